"""The screening log: every screened patient with outcome, CONSORT counts,
the trial target, and the screen failure of a patient not included (the
criteria the assessment shows not met, or one coded non-clinical reason);
a screen failure recorded by mistake is retracted here, with the reason."""
from __future__ import annotations

from bedside.eligibility import service
from bedside.eligibility.screen_failure_writes import record_screen_failure, retract_screen_failure
from bedside.eligibility.screen_failure_reasons import reason as find_reason
from bedside.eligibility.screen_failure_reasons import reasons
from bedside.errors import BedsideError
from bedside.messages import Message
from bedside.roles import Permission
from ui import errors
from ui.i18n import localized
from ui.ops import Op
from ui.qt import QtWidgets, Qt
from ui.widgets.buttons import Kind, push_button
from ui.widgets.prompts import ReasonPrompt
from ui.widgets.tables import rows_to_pick
from ui.widgets.themed import Themed

from .texts import overall_text
from .widgets import app_style, local_text, wrap_label


class ScreeningLogWidget(QtWidgets.QWidget):
    COLUMNS = ("screening", "subject", "screened", "outcome", "failed", "assessment", "signed", "due")
    OUTCOME_WIDTH = 440         # px: a longer outcome (reason, note, retraction) wraps

    def __init__(self, ctx, parent=None):
        """``ctx``: the app's context (vault work runs as ``ui.ops.Op``s)."""
        super().__init__(parent)
        self.ctx = ctx
        session = self.session = ctx.session
        self.setObjectName("EligibilityRoot")
        self.theme = Themed(self, app_style)
        self.tz = None                  # the site's zone, read with the log on the DB worker
        v = QtWidgets.QVBoxLayout(self)
        self.counts = wrap_label("", "reason")
        self.counts.setObjectName("consort_counts")
        self.target = wrap_label("", "reason")
        self.target.setObjectName("target_line")
        v.addWidget(self.target)
        v.addWidget(self.counts)
        self.table = QtWidgets.QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("screening_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Screening no."), self.tr("Subject id"), self.tr("Screened"), self.tr("Outcome"),
            self.tr("Failed criteria"), self.tr("Assessment"), self.tr("Signed by"), self.tr("Confirmation due")])
        rows_to_pick(self.table, row_height=40)
        # every title read whole before (and after) the rows arrive; the failed
        # criteria take the room that is left, wrapped
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QtWidgets.QHeaderView.ResizeToContents)
        head.setSectionResizeMode(4, QtWidgets.QHeaderView.Stretch)
        head.setSectionResizeMode(3, QtWidgets.QHeaderView.Interactive)    # the outcome: capped, wrapped
        self.table.setWordWrap(True)
        v.addWidget(self.table, 1)
        row = QtWidgets.QHBoxLayout()
        self.outcome = QtWidgets.QComboBox(self)
        self.outcome.setObjectName("outcome_choice")
        self.outcome.setMinimumHeight(40)
        self.outcome.addItem(self.tr("Not eligible: the criteria not met"), None)
        for r in reasons():
            self.outcome.addItem(localized(r.label), r.id)
        self.note = QtWidgets.QLineEdit(self)
        self.note.setObjectName("outcome_note")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("Note (required for “other”)"))
        self.set_btn = push_button(self.tr("Record screen failure"), "record_outcome", self.record_outcome, self,
                                   kind=Kind.DANGER)
        self.set_btn.setEnabled(session.can(Permission.EDIT_CLINICAL))
        self.retract_btn = push_button(self.tr("Retract screen failure…"), "retract_failure", self.retract_failure, self)
        self.retract_btn.setToolTip(self.tr("Recorded by mistake, or the patient is included after all: "
                                            "the screen failure stays in the history, no longer counted."))
        self.retract_btn.setEnabled(session.can(Permission.EDIT_CLINICAL))
        row.addWidget(QtWidgets.QLabel(self.tr("Not included because:")))
        row.addWidget(self.outcome)
        row.addWidget(self.note, 1)
        row.addWidget(self.set_btn)
        v.addLayout(row)
        below = QtWidgets.QHBoxLayout()
        self.feedback = wrap_label("", "reason")
        below.addWidget(self.feedback, 1)
        below.addWidget(self.retract_btn)
        v.addLayout(below)
        self.rows: list[service.LogRow] = []
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        Op(self.ctx, lambda: (service.screening_log(session), service.enrollment(session), service.local_tz(session)),
           parent=self).on_success(self._show).on_failure(self._failed).run()

    def _failed(self, err) -> None:
        self.feedback.setText(errors.message_for(err) if isinstance(err, BedsideError)
                              else self.tr("Could not load the screening log."))

    def _show(self, data) -> None:
        self.rows, (n, target, state), self.tz = data
        counts = service.consort_counts(self.rows)
        text = self.tr("Included {n} of {target}.").format(n=n, target=target)
        if state == "reached":
            text += " " + self.tr("The trial target is reached.")
        elif state == "near":
            text += " " + self.tr("The trial target is nearly reached.")
        self.target.setText(text)
        self.counts.setText(self.tr("Screened {screened} · included {included} · not eligible {ne} · declined "
                                    "{declined} · other {other} · in screening {screening}").format(
            screened=counts["screened"], included=counts["included"], ne=counts["not_eligible"],
            declined=counts["declined"], other=counts["other"], screening=counts["screening"]))
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            due = ""
            if r.due:
                due = local_text(r.due, self.tz, with_time=False) + (" " + self.tr("OVERDUE") if r.overdue else "")
            values = (r.screening_number, r.subject_id or "", local_text(r.screened_utc.isoformat(), self.tz),
                      self._outcome_text(r),
                      ", ".join(r.failed_criteria), overall_text(r.assessment_status) if r.assessment_status else "",
                      r.signed_by or "", due)
            for j, val in enumerate(values):
                item = QtWidgets.QTableWidgetItem(val)
                item.setToolTip(val)
                item.setData(Qt.UserRole, r.patient_id)
                if j == 7 and r.overdue:
                    item.setForeground(Qt.red)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        # a long outcome (a reason, a retraction) wraps instead of pushing the other columns away
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), self.OUTCOME_WIDTH))
        self.table.resizeRowsToContents()

    def _outcome_text(self, r: service.LogRow) -> str:
        text = errors.text(Message(service.OUTCOME_LABELS[r.outcome]))
        coded = find_reason(r.failure_reason) if r.failure_reason else None
        if coded is not None and r.outcome != "declined":
            text += " — " + localized(coded.label)
        if r.retracted_why:
            text += " — " + self.tr("screen failure retracted: {why}").format(why=r.retracted_why)
        return text + (f" — {r.note}" if r.note else "")

    def _selected_row(self) -> service.LogRow | None:
        """The selected patient's row, or None (and the feedback line says so)."""
        i = self.table.currentRow()
        if i < 0:
            self.feedback.setText(self.tr("Select a patient first."))
            return None
        return self.rows[i]

    def record_outcome(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        why = None
        if row.outcome in ("not_eligible", "declined", "other"):
            why, ok = QtWidgets.QInputDialog.getText(
                self, self.tr("Change the screen failure"),
                self.tr("A screen failure is already recorded for {number}. Reason for the change:").format(
                    number=row.screening_number))
            if not ok:
                return
        session, pid, code, note = self.session, row.patient_id, self.outcome.currentData(), self.note.text()
        Op(self.ctx, lambda: record_screen_failure(session, pid, reason=code, note=note, why_changed=why),
           parent=self).on_success(self._recorded).on_failure(self._failed).run()

    def retract_failure(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        if not row.screen_failure:
            self.feedback.setText(self.tr("{number} has no screen failure to retract.").format(
                number=row.screening_number))
            return
        dlg = ReasonPrompt(self.tr("Retract the screen failure"),
                           self.tr("Retract the screen failure of {number}? It stays in the history, is no "
                                   "longer counted, and the patient is back in screening. Why?").format(
                               number=row.screening_number), self, "retractFailurePrompt")
        if not dlg.exec():
            return
        session, pid, why, number = self.session, row.patient_id, dlg.text(), row.screening_number
        Op(self.ctx, lambda: retract_screen_failure(session, pid, why), parent=self) \
            .on_success(lambda _v: self._retracted(number)) \
            .on_failure(self._failed).run()

    def _retracted(self, number: str) -> None:
        self.feedback.setText(self.tr("Screen failure of {number} retracted: the patient is back in "
                                      "screening.").format(number=number))
        self.refresh()

    def _recorded(self, _v) -> None:
        self.feedback.setText(self.tr("Screen failure recorded."))
        self.note.clear()
        self.refresh()
