"""A patient's adverse events as a Qt table model, newest first: onset,
term, grade, seriousness, AESI, relation, outcome, SAE clock and sign-off
(with the version, "· v2", once the event was corrected: no column of its
own, so the list fits beside the patient list at 1366×768 in French).

The texts, colours and tooltips are worked out once per list
(:meth:`AeModel.set_rows`), the SAE clocks again each second
(:meth:`AeModel.tick`, only that column); the view asks only for the cells
it paints. (Thirty rows of ten ``QTableWidgetItem`` each were rebuilt at
every opening of the infusion screen: issue 12.)"""
from __future__ import annotations

from datetime import datetime

from bedside.infusion import adverse_events, schedule
from bedside.infusion.protocol import InfusionProtocol
from bedside.infusion.snapshot import AeRow
from bedside.localtime import parse_iso
from ui.i18n import localized
from ui.infusion.common import local_time
from ui.infusion.role_table import RoleTableModel
from ui.qt import QtCore, QtGui, Qt
from ui.style import colour

COLUMNS = ("onset", "term", "grade", "serious", "aesi", "relation", "outcome", "sae_clock", "sign_off")


def sae_text(clock) -> str:
    """What the SAE clock column says (texts in context "AeList")."""
    translate = QtCore.QCoreApplication.translate
    if clock is None:
        return ""
    if clock.reported:
        return translate("AeList", "reported")
    if clock.overdue:
        return translate("AeList", "LATE by {t}").format(t=schedule.format_countdown(-clock.seconds_left))
    return translate("AeList", "report within {t}").format(t=schedule.format_countdown(clock.seconds_left))


def headers() -> list[str]:
    translate = QtCore.QCoreApplication.translate
    return [translate("AeList", "Onset"), translate("AeList", "Term"), translate("AeList", "Grade"),
            translate("AeList", "Serious"), translate("AeList", "AESI"), translate("AeList", "Relation"),
            translate("AeList", "Outcome"), translate("AeList", "SAE clock"), translate("AeList", "Sign-off")]


def sign_off_text(signed_off: bool, versions: int) -> str:
    """The sign-off cell: signed or to sign, and the version once corrected."""
    translate = QtCore.QCoreApplication.translate
    text = translate("AeList", "✓ signed") if signed_off else translate("AeList", "to sign")
    return text if versions < 2 else translate("AeList", "{sign_off} · v{n}").format(sign_off=text, n=versions)


class AeModel(RoleTableModel):
    """Named columns (:data:`COLUMNS`); row 0 is the newest event."""

    def __init__(self, protocol: InfusionProtocol, language: str = "en", parent=None):
        super().__init__(parent)
        self.protocol = protocol
        self.lang = language
        self.columns = COLUMNS
        self.rows: list[AeRow] = []
        self._heads = headers()
        self._bold = QtGui.QFont()
        self._bold.setBold(True)
        self._clock_col = COLUMNS.index("sae_clock")
        self._words: dict[int, dict] = {}

    # ------------------------------------------------------------ content
    def set_rows(self, rows: list[AeRow], now: datetime) -> None:
        """*rows* oldest first, as the snapshot gives them."""
        self.beginResetModel()
        self.rows = list(reversed(rows))
        self._table = [self._cells(r) for r in self.rows]
        self._clocks(now)
        self.endResetModel()

    def tick(self, now: datetime) -> list[int]:
        """The SAE clocks at *now*: only the cells whose text changed are
        repainted. Returns the rows whose clock changed."""
        changed = self._clocks(now)
        if changed:
            col = self._clock_col
            self.dataChanged.emit(self.index(min(changed), col), self.index(max(changed), col))
        return changed

    def _clocks(self, now: datetime) -> list[int]:
        R, changed = Qt.ItemDataRole, []
        for i, r in enumerate(self.rows):
            clock = adverse_events.sae_clock(self.protocol, r.version.content, now, r.reported_utc)
            text = sae_text(clock)
            cell = {R.DisplayRole: text, R.ToolTipRole: text}
            if clock and not clock.reported:
                late = clock.overdue
                cell.update({R.BackgroundRole: QtGui.QBrush(QtGui.QColor(colour("overdue_bg" if late else "alert_bg"))),
                             R.ForegroundRole: QtGui.QBrush(QtGui.QColor(colour("overdue_text" if late else "alert_text"))),
                             R.FontRole: self._bold})
            row = self._table[i]
            if row[self._clock_col].get(R.DisplayRole) != text:
                changed.append(i)
            row[self._clock_col] = cell
        return changed

    def _vocab(self, items, key) -> str:
        words = self._words.get(id(items))
        if words is None:        # one protocol vocabulary (relation, outcome…): its labels by id, once
            words = self._words[id(items)] = {}
            for i in items:
                words.setdefault(i.get("id"), localized(i["label"], self.lang))
        return words.get(key, "")

    def _cells(self, r: AeRow) -> list[dict]:
        translate = QtCore.QCoreApplication.translate
        c, p, R = r.version.content, self.protocol, Qt.ItemDataRole
        texts = [local_time(parse_iso(c.get("onset_utc")), "%d/%m %H:%M"), c.get("term", ""), str(c.get("grade", "")),
                 translate("AeList", "SAE") if c.get("serious") else "", self._vocab(p.aesi, c.get("aesi")),
                 self._vocab(p.relation, c.get("relation")), self._vocab(p.outcome, c.get("outcome")), "",
                 sign_off_text(r.signed_off, r.versions)]
        out = [{R.DisplayRole: t, R.ToolTipRole: t} for t in texts]
        if r.versions > 1:
            out[8][R.ToolTipRole] = translate("AeList", "{sign_off} — version {n}: History… shows every version"
                                              ).format(sign_off=texts[8], n=r.versions)
        if texts[3]:
            out[3].update({R.ForegroundRole: QtGui.QBrush(QtGui.QColor(colour("error_text"))), R.FontRole: self._bold})
        if not r.signed_off:
            out[8][R.ForegroundRole] = QtGui.QBrush(QtGui.QColor(colour("blocker_text")))
        return out

    def text(self, row: int, column: str) -> str:
        """What the cell in *column* (a name from :data:`COLUMNS`) shows."""
        return self._table[row][self.columns.index(column)][Qt.ItemDataRole.DisplayRole]

    def record_id(self, row: int) -> str | None:
        return self.rows[row].version.record_id if 0 <= row < len(self.rows) else None
