"""The trend chart keeps its last picture only while what it shows is the
same (issue 12: a patient opened again paints one image): new readings, a
later now-line, the night theme or another size draw it again."""
from __future__ import annotations

from bedside.infusion import flowsheet
from ui import style
from ui.infusion.trend_chart import TrendChart

from .data import NORMAL as VALS, P, T0, m


def test_the_chart_is_drawn_again_whenever_what_it_shows_changes(qtbot, qapp):
    rows = [(T0 + m(15 * i - 5), dict(VALS, hr=str(80 + 5 * i))) for i in range(4)]
    base = flowsheet.build(P, [{"id": "b", "taken_utc": rows[0][0], "values": rows[0][1]}], T0, None,
                           T0 + m(50)).baseline
    chart = TrendChart(P)
    qtbot.addWidget(chart)
    chart.resize(320, 380)
    chart.show()

    def shown(data, now=T0 + m(50)):
        chart.set_data(data, base, T0, None, now)
        return chart.grab().toImage()

    first = shown(rows)
    assert shown(list(rows)) == first                       # the same data: the same picture
    assert shown(rows[:3] + [(rows[3][0], dict(VALS, hr="150"))]) != first      # a value changed
    assert shown(rows) == first
    assert shown(rows, now=T0 + m(58)) != first              # the now-line moved
    sheet, palette = qapp.styleSheet(), qapp.palette()
    try:
        style.apply(qapp, style.NIGHT)
        assert shown(rows) != first                          # night colours
    finally:
        style.apply(qapp, style.DAY)
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
    assert shown(rows) == first
    chart.resize(360, 380)
    assert shown(rows).width() == 360
