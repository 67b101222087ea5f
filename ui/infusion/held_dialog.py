"""Review the monitor and lab messages held for this patient: each one beside
the app's patient (what differs in bold), dismissed as not this patient with
a reason, or left held while the identity is corrected (docs/hl7.md)."""
from __future__ import annotations

from bedside.hl7feed.held import HeldMessage, dismiss, held_messages
from ui.i18n import format_date, format_number, localized
from ui.infusion.common import error_messages, local_time
from ui.ops import Op
from ui.qt import QtWidgets, Qt
from ui.widgets.buttons import Kind, push_button
from ui.widgets.tables import rows_to_pick


class HeldMessagesDialog(QtWidgets.QDialog):
    COLUMNS = ("time", "sender", "name", "birth", "bed", "values")

    def __init__(self, ctx, session, patient, protocol, language: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.session, self.patient = ctx, session, patient
        self.protocol, self.language = protocol, language
        self.rows: list[HeldMessage] = []
        self.setObjectName("heldMessagesDialog")
        self.setWindowTitle(self.tr("Monitor and lab messages held for review"))
        self.resize(980, 460)
        lay = QtWidgets.QVBoxLayout(self)
        intro = QtWidgets.QLabel(self.tr(
            "These messages carry this patient's hospital number ({mrn}) but another name or "
            "birth date, so they are never charted. In Bedside: {name}, born {born}. If Bedside "
            "is wrong, correct the Identity tab: the messages then agree and are proposed. "
            "Otherwise dismiss each one as not this patient.").format(
                mrn=patient.mrn, name=f"{patient.family_name.upper()} {patient.given_name}".strip(),
                born=format_date(patient.date_of_birth)))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.PlainText)
        intro.setObjectName("heldIntro")
        lay.addWidget(intro)
        self.table = QtWidgets.QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("heldTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Measured"), self.tr("From"), self.tr("Name in the message"),
            self.tr("Birth date in the message"), self.tr("Bed"), self.tr("Values")])
        rows_to_pick(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        self.empty = QtWidgets.QLabel(self.tr("No message is held for this patient."))
        self.empty.setObjectName("heldEmpty")
        self.empty.hide()
        lay.addWidget(self.empty)
        self.error = QtWidgets.QLabel()
        self.error.setObjectName("heldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        lay.addWidget(self.error)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        self.dismiss_btn = push_button(self.tr("Not this patient: dismiss…"), "heldDismiss", self.dismiss_selected,
                                       kind=Kind.DANGER)
        row.addWidget(self.dismiss_btn)
        close = push_button(self.tr("Close"), clicked=self.accept)
        row.addWidget(close)
        lay.addLayout(row)
        self.loading = False
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        from bedside.hl7feed.feed import cache_for
        session, patient = self.session, self.patient
        self.loading = True
        Op(self.ctx, lambda: held_messages(session, patient, cache_for(session)), parent=self) \
            .on_success(self._fill).on_failure(self._failed).run()

    def _fill(self, rows: list[HeldMessage]) -> None:
        self.loading = False
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, h in enumerate(rows):
            name = f"{h.family_name.upper()} {h.given_name}".strip()
            cells = (local_time(h.observed_utc, "%d/%m %H:%M"), h.sender, name,
                     format_date(h.date_of_birth) if h.date_of_birth else "—",
                     " / ".join(part for part in h.bed.split("^") if part) or "—",  # PV1-3 unit^room^bed
                     "  ·  ".join(f"{localized(self.protocol.sign(k).short, self.language)} "
                                  f"{format_number(v)}" if self._is_sign(k) else f"{k} {format_number(v)}"
                                  for k, v in h.values.items()))
            for c, text in enumerate(cells):
                it = QtWidgets.QTableWidgetItem(text)
                # what made the message held (the core's own comparison), in bold
                if {2: "family_name", 3: "date_of_birth"}.get(c) in h.differs:
                    f = it.font()
                    f.setBold(True)
                    it.setFont(f)
                self.table.setItem(i, c, it)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.dismiss_btn.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _is_sign(self, item: str) -> bool:
        return any(s.id == item for s in self.protocol.signs)

    def _failed(self, err) -> None:
        self.loading = False
        self.error.setText("  •  ".join(t for _, t in error_messages(err, self.protocol, self.language)))
        self.error.show()

    # --------------------------------------------------------------- actions
    def dismiss_selected(self) -> None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.rows):
            return
        h = self.rows[r]
        from ui.widgets.prompts import ReasonPrompt
        dlg = ReasonPrompt(self.tr("Not this patient"),
                           self.tr("Why is the message of {time} from {sender} not this patient's "
                                   "(another patient in bed {bed}, name misspelt by the sender…)?")
                           .format(time=local_time(h.observed_utc), sender=h.sender, bed=h.bed or "—"),
                           self, "heldDismissPrompt")
        if not dlg.exec():
            return
        self.dismiss_with(h, dlg.text())

    def dismiss_with(self, h: HeldMessage, reason: str) -> None:
        session, pid = self.session, self.patient.id
        self.error.hide()
        self.loading = True
        Op(self.ctx, lambda: dismiss(session, pid, h, reason), parent=self) \
            .on_success(lambda _r: self.reload()).on_failure(self._failed).run()
