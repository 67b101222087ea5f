"""The flowsheet table's model, read without a view: rows in time order,
named columns, alert cells in red with their reason, corrected readings
marked, timepoints still to record coloured by their status."""
from __future__ import annotations

from bedside.infusion import flowsheet
from ui.infusion.flowsheet_model import FlowsheetModel
from ui.qt import Qt, QtGui
from ui.style import colour

from .data import NORMAL as VALS, P, T0, m

R = Qt.ItemDataRole


def test_rows_columns_alerts_and_pending_timepoints(qapp):
    rs = [{"id": "b", "taken_utc": T0 - m(5), "values": VALS},
          {"id": "r15", "taken_utc": T0 + m(15), "values": dict(VALS, sbp="95"), "version": 2},
          {"id": "extra", "taken_utc": T0 + m(22), "values": dict(VALS, temp="38.0")}]
    model = FlowsheetModel(P)
    model.set_flowsheet(flowsheet.build(P, rs, T0, None, T0 + m(31)))
    assert model.columns[:2] == ("time", "timepoint") and model.columns[2:] == tuple(s.id for s in P.signs)
    assert model.columnCount() == len(model.columns) and model.rowCount() == len(model.rows)
    ids = [r.reading_id for r in model.rows]
    assert ids[:3] == ["b", "r15", "extra"] and all(i is None for i in ids[3:])   # then what is to come
    assert [model.text(i, "timepoint") for i in range(3)] == ["Baseline", "+15 min ✎", "extra"]
    assert model.newest_reading_row() == 2
    col = {c: i for i, c in enumerate(model.columns)}
    idx = model.index(0, col["time"])
    assert model.data(idx, R.UserRole) == "b" and model.data(model.index(0, col["hr"])) == "80"
    alert = model.index(1, col["sbp"])          # the drop from baseline
    assert model.data(alert, R.BackgroundRole).color() == QtGui.QColor(colour("cell_alert_bg"))
    assert model.data(alert, R.FontRole).bold() and model.data(alert, R.ToolTipRole)
    assert model.data(model.index(1, col["hr"]), R.BackgroundRole) is None
    assert model.data(model.index(2, col["temp"]), R.ToolTipRole)
    due = model.rows[3]
    assert due.status in ("due", "overdue", "upcoming")
    pending = model.index(3, col["time"])
    assert model.data(pending, R.BackgroundRole).color() == QtGui.QColor(colour(f"row_{due.status}_bg"))
    assert model.data(model.index(3, 2)) in ("due", "overdue", "to come")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    model.set_flowsheet(None)
    assert model.rowCount() == 0 and model.newest_reading_row() is None


def test_table_paints_the_selected_row_and_forgets_it_when_the_rows_change(qtbot):
    """The flowsheet's cells are painted from the model's roles
    (role_table.RoleCellDelegate): a selected row in the selection colour,
    an alert cell in red, and after new rows (a reading saved) no row
    painted as selected any more."""
    from ui.infusion.flowsheet_widgets import FlowsheetTable
    rs = [{"id": f"r{i}", "taken_utc": T0 + m(15 * i - 5), "values": dict(VALS, sbp="95" if i == 2 else "120")}
          for i in range(3)]
    table = FlowsheetTable(P)
    qtbot.addWidget(table)
    table.resize(700, 300)
    table.show()
    table.set_flowsheet(flowsheet.build(P, rs, T0, None, T0 + m(31)))
    col = {c: i for i, c in enumerate(table.flow.columns)}

    def colour_at(row, column):
        r = table.visualRect(table.flow.index(row, col[column]))
        return table.viewport().grab().toImage().pixelColor(r.left() + 2, r.top() + 2)

    assert colour_at(2, "sbp") == QtGui.QColor(colour("cell_alert_bg"))
    table.selectRow(0)
    assert colour_at(0, "hr") == QtGui.QColor(colour("highlight"))
    table.set_flowsheet(flowsheet.build(P, rs[:2], T0, None, T0 + m(31)))
    assert not table.selectionModel().selectedRows()
    assert colour_at(0, "hr") != QtGui.QColor(colour("highlight"))


def test_a_late_reading_says_so_whole_across_its_row_in_french(qtbot, french):
    """A timepoint still to record shows its state across the row's value
    cells: "en retard" whole at the flowsheet's width on a 1366×768 screen,
    not cut to "en r…" in the narrow heart-rate column."""
    from ui.infusion.flowsheet_widgets import FlowsheetTable
    from ui.style import apply
    before = french.styleSheet()
    apply(french)            # the app's style sheet, as in the app
    try:
        _late_row_spans(qtbot)
    finally:
        french.setStyleSheet(before)


def _late_row_spans(qtbot):
    from ui.infusion.flowsheet_widgets import FlowsheetTable
    rs = [{"id": "b", "taken_utc": T0 - m(5), "values": VALS}]
    table = FlowsheetTable(P, "fr")
    qtbot.addWidget(table)
    table.resize(770, 300)         # the table's width beside the chart at 1366×768
    table.show()
    table.set_flowsheet(flowsheet.build(P, rs, T0, None, T0 + m(40)))    # +15 and +30 missed
    late = [i for i, r in enumerate(table.flow.rows) if r.status == "overdue"]
    assert late and table.flow.rows[late[0]].reading_id is None
    first, n = len(table.flow.columns) - len(P.signs), len(P.signs)
    for i, r in enumerate(table.flow.rows):
        assert table.columnSpan(i, first) == (n if r.reading_id is None else 1)
    text = table.flow.data(table.flow.index(late[0], first))
    assert text == "en retard"
    room = table.visualRect(table.flow.index(late[0], first)).width()
    assert QtGui.QFontMetrics(table.font()).horizontalAdvance(text) + 6 < room
    assert QtGui.QFontMetrics(table.font()).horizontalAdvance(text) + 6 > table.columnWidth(first)  # it would be cut
    # a reading taken later is a row of values again: no span left behind
    table.set_flowsheet(flowsheet.build(P, rs + [{"id": f"r{k}", "taken_utc": T0 + m(15 * k), "values": VALS}
                                                 for k in (1, 2)], T0, None, T0 + m(40)))
    assert all(table.columnSpan(i, first) == 1 for i, r in enumerate(table.flow.rows) if r.reading_id)


def test_the_current_cell_is_framed_while_the_table_has_the_keyboard(qtbot):
    """Keyboard users see where they are: the current cell is framed in the
    focus ring's colour (amber on the selected row, whose blue is the
    ring's), and not framed once the keyboard is elsewhere."""
    from ui.infusion.flowsheet_widgets import FlowsheetTable
    from ui.qt import QtWidgets
    rs = [{"id": f"r{i}", "taken_utc": T0 + m(15 * i - 5), "values": VALS} for i in range(3)]
    box = QtWidgets.QWidget()
    qtbot.addWidget(box)
    lay = QtWidgets.QVBoxLayout(box)
    table, other = FlowsheetTable(P), QtWidgets.QLineEdit()
    lay.addWidget(table)
    lay.addWidget(other)
    table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # (the flowsheet leaves Tab in its entry row)
    box.resize(700, 360)
    box.show()
    qtbot.waitExposed(box)
    table.set_flowsheet(flowsheet.build(P, rs, T0, None, T0 + m(31)))
    col = {c: i for i, c in enumerate(table.flow.columns)}
    box.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=10000)

    def edge(row, column):
        r = table.visualRect(table.flow.index(row, col[column]))
        image = table.viewport().grab().toImage()
        return image.pixelColor(r.left() + 1, r.center().y()), image.pixelColor(r.center().x(), r.center().y())

    table.setCurrentIndex(table.flow.index(1, col["sbp"]))     # selects row 1, current cell sbp
    frame, inside = edge(1, "sbp")
    assert frame == QtGui.QColor(colour("focus")) and inside != frame
    assert edge(1, "hr")[0] == QtGui.QColor(colour("highlight"))          # the rest of the row: selected only
    table.selectionModel().clearSelection()
    assert edge(1, "sbp")[0] == QtGui.QColor(colour("focus_ring"))
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=10000)
    assert edge(1, "sbp")[0] not in (QtGui.QColor(colour("focus_ring")), QtGui.QColor(colour("focus")))
