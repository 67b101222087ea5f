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
