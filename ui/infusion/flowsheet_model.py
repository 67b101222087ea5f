"""The flowsheet's rows as a Qt table model: each scheduled timepoint (done,
due, overdue, upcoming) and each extra reading, in time order.

The texts are worked out once per flowsheet
(:meth:`FlowsheetModel.set_flowsheet`), each row's cells (colours, fonts,
tooltips) once, the first time the view paints or asks for that row. (One
``QTableWidgetItem`` per cell, ≈ 700 per infusion, was most of the time to
open a patient's infusion screen: issue 12.)"""
from __future__ import annotations

from dataclasses import dataclass, field

from bedside.infusion.flowsheet import Flowsheet
from bedside.infusion.protocol import InfusionProtocol
from ui.i18n import format_number, localized
from ui.infusion.common import alert_text, local_time
from ui.infusion.role_table import RoleTableModel
from ui.qt import QtCore, QtGui, Qt
from ui.style import colour

FIXED_COLUMNS = ("time", "timepoint")     # then one column per vital sign, by its id


def timepoint_name(tid: str | None) -> str:
    translate = QtCore.QCoreApplication.translate
    if not tid:
        return translate("Infusion", "extra")
    if tid == "baseline":
        return translate("Infusion", "Baseline")
    phase, _, minutes = tid.partition("_")
    if phase == "during":
        return translate("Infusion", "+{m} min").format(m=minutes)
    return translate("Infusion", "End +{m}").format(m=minutes)


@dataclass(frozen=True)
class FlowRow:
    """One line of the flowsheet as shown."""
    time: str
    timepoint: str
    reading_id: str | None            # None: a timepoint not yet recorded
    status: str | None = None         # due / overdue / upcoming for a row not yet recorded
    values: dict[str, str] = field(default_factory=dict)     # sign id -> text shown
    alerts: dict[str, str] = field(default_factory=dict)     # sign id -> alert tooltip


class FlowsheetModel(RoleTableModel):
    """Named columns: ``time``, ``timepoint``, then the protocol's sign ids."""

    def __init__(self, protocol: InfusionProtocol, language: str = "en", parent=None):
        super().__init__(parent)
        self.protocol = protocol
        self.lang = language
        self.columns = FIXED_COLUMNS + tuple(s.id for s in protocol.signs)
        self.rows: list[FlowRow] = []
        translate = QtCore.QCoreApplication.translate   # the table's words: its context
        self._heads = [translate("FlowsheetTable", "Time"), translate("FlowsheetTable", "Timepoint")] + [
            f"{localized(s.short, language)}\n{s.unit}" for s in protocol.signs]
        self._bold = QtGui.QFont()
        self._bold.setBold(True)
        self._brushes: dict[str, QtGui.QBrush] = {}

    # ------------------------------------------------------------ content
    def set_flowsheet(self, fs: Flowsheet | None) -> None:
        self.beginResetModel()
        self.rows = self._rows(fs) if fs is not None else []
        self._brushes = {}      # the theme may have changed since the last flowsheet
        # a row's cells are worked out when the view first paints or asks for
        # it: of an infusion's ≈ 40 rows, about ten are on screen
        self._table = [None] * len(self.rows)
        self.endResetModel()

    def cell(self, row: int, column: int) -> dict:
        cells = self._table[row]
        if cells is None:
            cells = self._table[row] = self._cells(row)
        return cells[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column()).get(role)

    def _rows(self, fs: Flowsheet) -> list[FlowRow]:
        by_id = {r.reading_id: r for r in fs.rows}
        timed = []
        for t in fs.schedule.timepoints:
            r = by_id.get(t.reading_id) if t.reading_id else None
            # a reading sits at the time it was measured (corrections included), a gap at its due time
            timed.append((r.taken_utc if r else t.due_utc, t, r))
        for rid in fs.schedule.unscheduled:
            r = by_id[rid]
            timed.append((r.taken_utc, None, r))
        timed.sort(key=lambda x: x[0])
        out = []
        shown: dict[str, str] = {}       # the same few values come back in every row: formatted once

        def number(raw: str) -> str:
            text = shown.get(raw)
            if text is None:
                text = shown[raw] = format_number(raw)
            return text

        for when, tp, reading in timed:
            name = timepoint_name(tp.id if tp else None)
            if reading is None:
                out.append(FlowRow(local_time(when), name, None, tp.status))
                continue
            if reading.version > 1:
                name += " ✎"
            values = {s.id: number(raw) if (raw := reading.values.get(s.id, "")) else ""
                      for s in self.protocol.signs}      # 37,2 in French
            alerts = {}
            for a in reading.alerts:
                alerts.setdefault(a.sign, []).append(alert_text(a, self.protocol, self.lang))
            out.append(FlowRow(local_time(reading.taken_utc), name, reading.reading_id,
                               values=values, alerts={s: "\n".join(t) for s, t in alerts.items()}))
        return out

    def newest_reading_row(self) -> int | None:
        """The last row holding a reading (0 when none does), None when empty."""
        if not self.rows:
            return None
        return max((i for i, r in enumerate(self.rows) if r.reading_id), default=0)

    def text(self, row: int, column: str) -> str:
        """What the cell in *column* (a name from :attr:`columns`) shows."""
        r = self.rows[row]
        if column == "time":
            return r.time
        if column == "timepoint":
            return r.timepoint
        if r.reading_id is None:
            return self._status_text(r.status) if column == self.columns[2] else ""
        return r.values.get(column, "")

    def _status_text(self, status: str) -> str:
        translate = QtCore.QCoreApplication.translate
        return {"due": translate("FlowsheetTable", "due"), "overdue": translate("FlowsheetTable", "overdue"),
                "upcoming": translate("FlowsheetTable", "to come")}[status]

    def _brush(self, role: str) -> QtGui.QBrush:
        if role not in self._brushes:
            self._brushes[role] = QtGui.QBrush(QtGui.QColor(colour(role)))
        return self._brushes[role]

    def _cells(self, row: int) -> list[dict]:
        """Per column, what each role of the cell gives (the view asks ≈ 7
        roles of each cell it paints: looked up, not worked out again)."""
        r, R = self.rows[row], Qt.ItemDataRole
        out = []
        for column in self.columns:
            cell = {R.DisplayRole: self.text(row, column)}
            if column == "time":
                cell[R.UserRole] = r.reading_id
            if r.reading_id is None:       # a timepoint still to record: the whole row in its colour
                cell[R.BackgroundRole] = self._brush(f"row_{r.status}_bg")
                cell[R.ForegroundRole] = self._brush("row_pending_text")
            elif column not in FIXED_COLUMNS:
                cell[R.TextAlignmentRole] = int(Qt.AlignmentFlag.AlignCenter)
                if column in r.alerts:
                    cell.update({R.BackgroundRole: self._brush("cell_alert_bg"),
                                 R.ForegroundRole: self._brush("cell_alert_text"),
                                 R.FontRole: self._bold, R.ToolTipRole: r.alerts[column]})
            out.append(cell)
        return out
