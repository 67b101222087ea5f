"""The trend chart's labels never overlap, whatever the values: strip names
and units, threshold and baseline values ("102,4" was once drawn over "74",
and a strip's top threshold over the next strip's baseline), minutes under
the axis. Checked on the label rectangles the chart computes
(``TrendChart.labels``, placed by ``ui.infusion.chart_labels.place``) for
generated readings, sizes and languages, and on the placement alone."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bedside.infusion import flowsheet
from ui.infusion import chart_labels
from ui.infusion.chart_labels import Box, Frame, StripLabels
from ui.infusion.trend_chart import STRIPS as STRIP_NAMES, TrendChart
from ui.qt import QtGui

from .data import NORMAL, P, T0

# readings as a monitor or a nurse gives them: one decimal at most, in a wide clinical range
SIGNS = {"hr": (20, 240), "sbp": (40, 260), "dbp": (20, 160), "spo2": (50, 100), "temp": (30, 43), "rr": (4, 60)}


def reading(sign):
    lo, hi = SIGNS[sign]
    return st.decimals(min_value=lo, max_value=hi, places=1, allow_nan=False, allow_infinity=False).map(str)


readings = st.fixed_dictionaries({s: reading(s) for s in SIGNS})


def assert_apart(labels, width, height):
    for i, a in enumerate(labels):
        assert a.box.inside(Box(0, 0, width, height)), a
        for b in labels[i + 1:]:
            assert not a.box.overlaps(b.box), (a, b)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(readings, min_size=1, max_size=12), size=st.tuples(st.integers(240, 700), st.integers(160, 640)),
       minutes=st.integers(1, 300), french=st.booleans())
@example(rows=[dict(NORMAL, hr="74"), dict(NORMAL, hr="102.4"), dict(NORMAL, hr="74")], size=(260, 200),
         minutes=30, french=True)
def test_chart_labels_never_overlap(qapp, rows, size, minutes, french):
    chart = TrendChart(P, "fr" if french else "en")
    try:
        chart.resize(*size)
        times = [T0 + timedelta(minutes=minutes * i / max(len(rows) - 1, 1)) for i in range(len(rows))]
        data = list(zip(times, rows))
        base = flowsheet.build(P, [{"id": "b", "taken_utc": times[0], "values": rows[0]}], T0, None,
                               times[-1]).baseline
        if french:
            from ui.i18n import install_language
            install_language(qapp, "fr")
        chart.set_data(data, base, T0, None, times[-1])
        labels = chart.labels()
        assert_apart(labels, *size)
        plot = chart._plot()
        dots = [d for strip in (chart.label_strips(plot) if plot else []) for d in strip.dots]
        for label in labels:                                      # no value under a reading's dot
            if label.kind == chart_labels.VALUE:
                assert not any(label.box.overlaps(d) for d in dots), label
        names = [label.text for label in labels if label.kind == chart_labels.NAME]
        assert len(names) == len(STRIP_NAMES) and len(set(names)) == len(names)   # every strip keeps its name
        values = [label.text for label in labels if label.kind == chart_labels.VALUE]
        if french:
            assert not any("." in v for v in values), values      # 102,4, never 102.4
        fonts = chart._fonts()
        for label in labels:                                      # drawn whole: its box is as wide as its text
            if label.kind != chart_labels.NAME:                   # (a name is cut to the left column at worst)
                assert label.box.w >= QtGui.QFontMetricsF(fonts[label.kind]).horizontalAdvance(label.text), label
        chart.grab()                                              # and the paint draws them (no error)
    finally:
        if french:
            from ui.i18n import install_language
            install_language(qapp, "en")
        chart.deleteLater()


def measure(text, kind):
    return 7.0 * len(text) + (3 if kind == chart_labels.NAME else 0), 16.0 if kind == chart_labels.NAME else 13.0


lines = st.lists(st.tuples(st.sampled_from(["baseline", "low", "high"]), st.floats(-50, 800),
                           st.decimals(0, 300, places=1).map(lambda d: str(d).replace(".", ","))), max_size=6)


@given(width=st.integers(100, 900), height=st.integers(80, 800), strips=st.lists(lines, min_size=1, max_size=6),
       ticks=st.lists(st.floats(0, 900), max_size=30))
def test_placement_never_overlaps_and_stays_in_its_band(width, height, strips, ticks):
    left, top, bottom = 86, 6, 26
    h = height - top - bottom
    band = h / len(strips)
    given_strips = [StripLabels(top + i * band, band, "hr", f"S{i}", "bpm", tuple(ls)) for i, ls in enumerate(strips)]
    frame = Frame(width, height, left, width - 12, top + h)
    placed = chart_labels.place(frame, given_strips, [(x, f"{int(x):+d}′") for x in sorted(ticks)], measure)
    assert_apart(placed, width, height)
    for label in placed:
        if label.kind == chart_labels.TICK:
            assert label.box.y >= frame.axis_y
        else:
            strip = next(s for s in given_strips if s.top <= label.box.y < s.top + s.height + 1e-9)
            assert label.box.y + label.box.h <= strip.top + strip.height + 1e-9
        if label.kind == chart_labels.VALUE:
            assert left <= label.box.x and label.box.x + label.box.w <= frame.plot_right


def test_a_value_goes_below_its_line_when_above_is_taken():
    frame = Frame(400, 300, 86, 388, 274)
    strip = StripLabels(6, 100, "hr", "FC", "bpm", (("high", 50.0, "102,4"), ("baseline", 52.0, "74")))
    placed = chart_labels.place(frame, [strip], [], measure)
    values = {label.text: label.box for label in placed if label.kind == chart_labels.VALUE}
    assert values["102,4"].y + values["102,4"].h <= 50.0          # above its line
    assert values["74"].y >= 52.0                                 # below its own, clear of the other
    assert not values["102,4"].overlaps(values["74"])


def test_a_tall_chart_shows_every_threshold_and_the_baseline(qapp):
    """With room, nothing is left out: each strip's lines all keep their value."""
    chart = TrendChart(P, "en")
    try:
        chart.resize(420, 900)
        rows = [(T0, dict(NORMAL)), (T0 + timedelta(minutes=30), dict(NORMAL, hr="102.4"))]
        base = flowsheet.build(P, [{"id": "b", "taken_utc": T0, "values": NORMAL}], T0, None, rows[-1][0]).baseline
        chart.set_data(rows, base, T0, None, rows[-1][0])
        labels = chart.labels()
        assert_apart(labels, 420, 900)
        shown = sorted(label.text for label in labels if label.kind == chart_labels.VALUE)
        drawn = sorted(text for strip in chart._strips for _rid, _v, text in strip.lines)
        assert shown == drawn and "80" in shown                     # 80: the heart rate's baseline
        assert [label.text for label in labels if label.kind == chart_labels.TICK] == ["+0′", "+15′", "+30′"]
    finally:
        chart.deleteLater()


def test_a_value_is_never_written_on_a_reading():
    """The latest readings sit at the right end, where values are written: the
    running infusion's "102,4" was drawn under the +30 min dot. Above its
    line, else below, else left out -- its dashed line still drawn."""
    frame = Frame(400, 300, 86, 388, 274)
    on_above = Box(360, 38, 9.5, 9.5)                 # a dot where "102,4" would go, above its line
    strip = StripLabels(6, 100, "hr", "FC", "bpm", (("high", 50.0, "102,4"),), (on_above,))
    [value] = [lb for lb in chart_labels.place(frame, [strip], [], measure) if lb.kind == chart_labels.VALUE]
    assert value.box.y >= 50.0 and not value.box.overlaps(on_above)     # below its line instead
    both = StripLabels(6, 100, "hr", "FC", "bpm", (("high", 50.0, "102,4"),),
                       (on_above, Box(360, 54, 9.5, 9.5)))
    [value] = [lb for lb in chart_labels.place(frame, [both], [], measure) if lb.kind == chart_labels.VALUE]
    assert value.box.x + value.box.w <= 360 and not any(value.box.overlaps(d) for d in both.dots)
    crowded = StripLabels(6, 100, "hr", "FC", "bpm", (("high", 50.0, "102,4"),),
                          tuple(Box(x, y, 9.5, 9.5) for x in range(86, 390, 8) for y in (38, 54)))
    assert [lb for lb in chart_labels.place(frame, [crowded], [], measure)
            if lb.kind == chart_labels.VALUE] == []                         # no room: left out


def test_a_value_moved_left_of_the_readings_keeps_off_their_lines():
    """Moved left of the latest readings, a value is not written across a
    series' line either (the running chart wrote "84" through the heart
    rate's line); with no such place it is left out."""
    frame = Frame(400, 300, 86, 388, 274)
    dots = (Box(360, 38, 9.5, 9.5), Box(360, 54, 9.5, 9.5))
    free = StripLabels(6, 100, "hr", "FC", "bpm", (("high", 50.0, "102,4"),), dots)
    [value] = [lb for lb in chart_labels.place(frame, [free], [], measure) if lb.kind == chart_labels.VALUE]
    through = (100.0, value.box.y + value.box.h / 2, 364.0, 42.0)       # a series' line through that place
    crossed = StripLabels(6, 100, "hr", "FC", "bpm", (("high", 50.0, "102,4"),), dots, (through,))
    placed = [lb for lb in chart_labels.place(frame, [crossed], [], measure) if lb.kind == chart_labels.VALUE]
    assert all(not chart_labels._crosses(lb.box, *through) for lb in placed)


def test_crossing_a_box():
    box = Box(10, 10, 20, 10)
    assert chart_labels._crosses(box, 0, 15, 40, 15)          # straight through
    assert chart_labels._crosses(box, 15, 12, 16, 13)         # inside it
    assert chart_labels._crosses(box, 0, 0, 40, 25)           # a diagonal through
    assert not chart_labels._crosses(box, 0, 0, 40, 5)        # above it
    assert not chart_labels._crosses(box, 0, 15, 9, 15)       # stops short of it
    assert not chart_labels._crosses(box, 35, 0, 35, 40)      # beside it
