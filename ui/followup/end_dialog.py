"""End of participation: one reason, with exactly the facts that reason
needs (date and cause of death; the consent withdrawal it follows; the
contact attempts; the investigator's explanation). Saved on the worker;
a refusal stays in the dialog, nothing typed is lost."""
from __future__ import annotations

from datetime import date, timedelta

from bedside.followup import end
from bedside.followup.protocol import load
from ui.errors import message_for
from ui.followup.forms_common import DateField, ShowsProblems, error_line, words
from ui.ops import Op
from ui.qt import Qt, QtWidgets
from ui.widgets.buttons import Kind, push_button
from ui.widgets.combo import combo_box


class AttemptRow(QtWidgets.QWidget):
    def __init__(self, on: date, parent=None):
        super().__init__(parent)
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.on = DateField(on, None, self)
        self.method = combo_box(self)
        for c in load().contact_methods:
            self.method.addItem(words(c), c.id)
        self.outcome = QtWidgets.QLineEdit(self)
        self.outcome.setPlaceholderText(self.tr("What happened (no answer, letter returned…)"))
        for w in (self.on, self.method):
            lay.addWidget(w)
        lay.addWidget(self.outcome, 1)

    def value(self) -> dict:
        return {"on": self.on.value(), "method": self.method.currentData(), "outcome": self.outcome.text().strip()}


class EndDialog(ShowsProblems, QtWidgets.QDialog):
    def __init__(self, ctx, overview, parent=None):
        super().__init__(parent)
        self.setObjectName("EndDialog")
        self.ctx, self.ov = ctx, overview
        p = load()
        self.setWindowTitle(self.tr("End of participation"))
        self.resize(900, 560)
        lay = QtWidgets.QVBoxLayout(self)
        head = QtWidgets.QLabel(self.tr("End of participation: one reason"))
        head.setStyleSheet("font-size: 16pt; font-weight: bold;")
        lay.addWidget(head)
        form = QtWidgets.QFormLayout()
        lay.addLayout(form)
        self.reason = combo_box(self)
        self.reason.setObjectName("endReason")
        for c in p.end_reasons:
            self.reason.addItem(words(c), c.id)
        form.addRow(self.tr("Reason"), self.reason)
        self.end_date = DateField(overview.today, None, self)
        form.addRow(self.tr("Last day of participation"), self.end_date)
        self.stack = QtWidgets.QStackedWidget(self)
        lay.addWidget(self.stack, 1)
        self.pages: dict[str, QtWidgets.QWidget] = {}
        for c in p.end_reasons:
            page = QtWidgets.QWidget()
            QtWidgets.QFormLayout(page)
            self.pages[c.id] = page
            self.stack.addWidget(page)
        self.pages["completed"].layout().addRow(QtWidgets.QLabel(self.tr(
            "The day-{day} visit must be recorded.").format(day=p.final_day())))
        self.death_cause = QtWidgets.QLineEdit(self)
        self.death_cause.setObjectName("endDeathCause")
        self.pages["died"].layout().addRow(QtWidgets.QLabel(self.tr("The last day is the day of death.")))
        self.pages["died"].layout().addRow(self.tr("Cause of death"), self.death_cause)
        self.withdrawal = combo_box(self)
        self.withdrawal.setObjectName("endWithdrawal")
        for w in overview.withdrawals:
            when = w.content.get("at", "")[:10]
            scope = ", ".join(w.content.get("scope") or [])
            self.withdrawal.addItem(self.tr("Withdrawal of {date} ({scope})").format(
                date=".".join(reversed(when.split("-"))).replace(".", "/"), scope=scope), w.record_id)
        if not overview.withdrawals:
            self.withdrawal.hide()
            self.pages["withdrawn"].layout().addRow(QtWidgets.QLabel(self.tr(
                "No consent withdrawal is recorded: record it on the Consent tab first.")))
        else:
            self.pages["withdrawn"].layout().addRow(self.tr("Consent withdrawal"), self.withdrawal)
        self.attempts: list[AttemptRow] = []
        lost = self.pages["lost_to_follow_up"].layout()
        lost.addRow(QtWidgets.QLabel(self.tr("At least {n} contact attempts.").format(n=p.lost_min_attempts)))
        for i in range(p.lost_min_attempts):
            row = AttemptRow(overview.today - timedelta(days=(p.lost_min_attempts - i) * 2), self)
            self.attempts.append(row)
            lost.addRow(self.tr("Attempt {n}").format(n=i + 1), row)
        self.explanation = QtWidgets.QPlainTextEdit(self)
        self.explanation.setObjectName("endExplanation")
        self.pages["investigator_decision"].layout().addRow(self.tr("Explanation"), self.explanation)
        self.reason.currentIndexChanged.connect(lambda _i: self.stack.setCurrentWidget(
            self.pages[self.reason.currentData()]))
        self.error = error_line()
        lay.addWidget(self.error)
        buttons = QtWidgets.QDialogButtonBox(self)
        self.save = push_button(self.tr("Record the end of participation"), "saveEnd", parent=buttons, kind=Kind.PRIMARY)
        buttons.addButton(self.save, QtWidgets.QDialogButtonBox.AcceptRole)
        buttons.addButton(push_button(self.tr("Cancel"), parent=buttons), QtWidgets.QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons, 0, Qt.AlignRight)

    def content(self) -> dict:
        reason = self.reason.currentData()
        c = {"reason": reason, "end_date": self.end_date.value()}
        if reason == "died":
            c.update(death_date=c["end_date"], death_cause=self.death_cause.text().strip() or None)
        elif reason == "withdrawn":
            step = next((w for w in self.ov.withdrawals if w.record_id == self.withdrawal.currentData()), None)
            c.update(withdrawal_step_id=step.record_id if step else None,
                     withdrawal_scope=list(step.content.get("scope") or []) if step else [])
        elif reason == "lost_to_follow_up":
            c["contact_attempts"] = [r.value() for r in self.attempts if r.value()["outcome"]]
        elif reason == "investigator_decision":
            c["explanation"] = self.explanation.toPlainText().strip()
        return c

    def submit(self) -> None:
        content, pid, session = self.content(), self.ov.patient_id, self.ctx.session
        Op(self.ctx, lambda: end.record_end(session, pid, content), parent=self).busy(self.save) \
            .on_success(lambda _v: self.accept()) \
            .on_failure(lambda err: self.show_problem(message_for(err))).run()


__all__ = ["EndDialog"]
