"""Adverse events of one patient with their SAE clocks and sign-off state."""
from __future__ import annotations

from bedside.infusion import adverse_events, schedule
from bedside.infusion.snapshot import AeRow
from bedside.infusion.store import InfusionStore, _dt
from bedside.roles import Permission
from ui.infusion.common import button, local_time
from ui.i18n import current_language, localized
from ui.style import colour
from ui.qt import QtCore, QtGui, QtWidgets, Signal


def sae_text(clock, tr=None) -> str:
    """`tr` is accepted for old callers; the texts are in context "AeList"."""
    translate = QtCore.QCoreApplication.translate
    if clock is None:
        return ""
    if clock.reported:
        return translate("AeList", "reported")
    if clock.overdue:
        return translate("AeList", "LATE by {t}").format(t=schedule.format_countdown(-clock.seconds_left))
    return translate("AeList", "report within {t}").format(t=schedule.format_countdown(clock.seconds_left))


class AeList(QtWidgets.QWidget):
    action = Signal(str, str)   # ("new"|"correct"|"signoff"|"reported", record id)

    def __init__(self, store: InfusionStore, parent=None):
        super().__init__(parent)
        self.store = store
        self.rows: list[AeRow] = []
        self.lang = current_language()
        lay = QtWidgets.QVBoxLayout(self)
        bar = QtWidgets.QGridLayout()      # two rows: fits beside the patient list at 1366×768
        self.new = button(self.tr("+ New adverse event"), "danger", "danger_text", "aeNew")
        self.correct = button(self.tr("Correct…"), name="aeCorrect")
        self.sign = button(self.tr("Investigator sign-off…"), name="aeSignOff")
        self.reported = button(self.tr("Mark SAE reported"), name="aeReported")
        self.history = button(self.tr("History…"), name="aeHistory")
        for i, (b, k) in enumerate(((self.new, "new"), (self.correct, "correct"), (self.sign, "signoff"),
                                    (self.reported, "reported"), (self.history, "history"))):
            b.clicked.connect(lambda _=False, k=k: self.action.emit(k, self.current_id() or ""))
            bar.addWidget(b, i // 3, i % 3)
        bar.setColumnStretch(3, 1)
        lay.addLayout(bar)
        self.table = QtWidgets.QTableWidget()
        self.table.setObjectName("aeTable")
        heads = [self.tr("Onset"), self.tr("Term"), self.tr("Grade"), self.tr("Serious"), self.tr("AESI"),
                 self.tr("Relation"), self.tr("Outcome"), self.tr("SAE clock"), self.tr("Sign-off"), self.tr("Version")]
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SingleSelection)
        f = self.table.font()
        f.setPointSize(12)
        self.table.setFont(f)
        # the term is never squeezed; the long AESI label is cut to a fixed width
        # (full text in the tooltip) so the list fits beside the patient list
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QtWidgets.QHeaderView.ResizeToContents)
        hh.setSectionResizeMode(4, QtWidgets.QHeaderView.Interactive)
        self.table.setColumnWidth(4, 130)
        hh.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemDoubleClicked.connect(lambda *_: self.action.emit("correct", self.current_id() or ""))
        lay.addWidget(self.table, 1)
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._enable()

    def current_id(self):
        r = self.table.currentRow()
        return self.rows[r].version.record_id if 0 <= r < len(self.rows) else None

    def _enable(self):
        can = self.store.session.can
        cur = self.table.currentRow()
        row = self.rows[cur] if 0 <= cur < len(self.rows) else None
        self.new.setEnabled(can(Permission.EDIT_CLINICAL))
        self.correct.setEnabled(row is not None and can(Permission.EDIT_CLINICAL))
        self.history.setEnabled(row is not None)
        self.sign.setEnabled(row is not None and not row.signed_off and can(Permission.SIGN_ADVERSE_EVENT))
        self.reported.setEnabled(row is not None and row.clock is not None and not row.clock.reported
                                 and can(Permission.SIGN_ADVERSE_EVENT))

    def set_rows(self, rows: list[AeRow]):
        keep = self.current_id()
        self.rows = list(reversed(rows))   # newest first
        p = self.store.protocol
        vocab = lambda items, key: next((localized(i["label"], self.lang) for i in items if i.get("id") == key), "")
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            c = r.version.content
            vals = [local_time(_dt(c.get("onset_utc")), "%d/%m %H:%M"), c.get("term", ""), str(c.get("grade", "")),
                    self.tr("SAE") if c.get("serious") else "", vocab(p.aesi, c.get("aesi")),
                    vocab(p.relation, c.get("relation")), vocab(p.outcome, c.get("outcome")), "",
                    self.tr("✓ signed") if r.signed_off else self.tr("to sign"), str(r.versions)]
            for j, v in enumerate(vals):
                it = QtWidgets.QTableWidgetItem(v)
                it.setToolTip(v)
                if j == 3 and v:
                    it.setForeground(QtGui.QColor(colour("error_text")))
                    fb = it.font()
                    fb.setBold(True)
                    it.setFont(fb)
                if j == 8 and not r.signed_off:
                    it.setForeground(QtGui.QColor(colour("blocker_text")))
                self.table.setItem(i, j, it)
            if keep and r.version.record_id == keep:
                self.table.selectRow(i)
        self._tick()
        self._enable()

    def _tick(self):
        now = self.store.now()
        for i, r in enumerate(self.rows):
            clock = adverse_events.sae_clock(self.store.protocol, r.version.content, now, r.reported_utc)
            it = self.table.item(i, 7)
            if it is None:
                continue
            it.setText(sae_text(clock, self.tr))
            if clock and not clock.reported:
                it.setBackground(QtGui.QColor(colour("overdue_bg" if clock.overdue else "alert_bg")))
                it.setForeground(QtGui.QColor(colour("overdue_text" if clock.overdue else "alert_text")))
                fb = it.font()
                fb.setBold(True)
                it.setFont(fb)
