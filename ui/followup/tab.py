"""The patient's Follow-up tab: where the patient stands (day N, next visit,
end of participation), the timeline inclusion → day 90, the visits with
their sign-off, and the buttons to record a visit, correct or sign it, and
end the participation."""
from __future__ import annotations

from bedside.followup import visits
from bedside.followup.protocol import load
from bedside.followup.timeline import overview
from bedside.names import RecordType
from ui.errors import message_for
from ui.followup.end_dialog import EndDialog
from ui.followup.forms_common import words
from ui.followup.timeline_widget import TimelineWidget
from ui.followup.visit_form import VisitForm
from ui.ops import Op
from ui.patient_tabs import PatientTab
from ui.qt import Qt, QtCore, QtWidgets
from ui.widgets.prompts import PasswordPrompt
from ui.widgets.buttons import push_button
from ui.widgets.labels import wrapped_label
from ui.widgets.tables import rows_to_pick


class FollowUpTab(QtWidgets.QWidget):
    def __init__(self, ctx, patient_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("FollowUpTab")
        self.ctx, self.patient_id, self.ov, self.dialog = ctx, patient_id, None, None
        lay = QtWidgets.QVBoxLayout(self)
        self.status = wrapped_label("followUpStatus", parent=self)
        lay.addWidget(self.status)
        self.timeline = TimelineWidget(self)
        lay.addWidget(self.timeline)
        row = QtWidgets.QHBoxLayout()
        self.visit_buttons: dict[str, QtWidgets.QPushButton] = {}
        p = load()
        for v in p.visits:
            b = push_button(self.tr("Record the day-{n} visit").format(n=v.day), f"record_{v.id}",
                            lambda _=False, vid=v.id: self.open_visit(vid), self, min_height=40)
            self.visit_buttons[v.id] = b
            row.addWidget(b)
        self.unscheduled = push_button(self.tr("Unscheduled visit"), "record_unscheduled",
                                       lambda: self.open_visit(p.unscheduled.id), self, min_height=40)
        row.addWidget(self.unscheduled)
        row.addStretch(1)
        self.end_button = push_button(self.tr("End of participation…"), "endParticipation", self.open_end, self,
                                      min_height=40)
        row.addWidget(self.end_button)
        lay.addLayout(row)
        self.table = QtWidgets.QTableWidget(0, 6, self)
        self.table.setObjectName("visitTable")
        self.table.setHorizontalHeaderLabels([self.tr("Visit"), self.tr("Date"), self.tr("Vital status"),
                                              self.tr("Respiratory support"), self.tr("AESI"), self.tr("Signed")])
        self.table.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        rows_to_pick(self.table)
        lay.addWidget(self.table, 1)
        actions = QtWidgets.QHBoxLayout()
        self.correct_button = push_button(self.tr("Correct the selected visit…"), "correctVisit",
                                          self.correct_selected, self)
        self.sign_button = push_button(self.tr("Sign the selected visit…"), "signVisit", self.sign_selected, self)
        actions.addWidget(self.correct_button)
        actions.addWidget(self.sign_button)
        actions.addStretch(1)
        lay.addLayout(actions)
        self._stale = True

    # -- data -----------------------------------------------------------------
    # what the patient screen refreshes this tab for (ui/patient_view.py)
    SHOWS = frozenset({RecordType.FOLLOW_UP_VISIT, RecordType.END_OF_PARTICIPATION, RecordType.SIGNATURE,
                       RecordType.INFUSION, RecordType.INFUSION_CHECK, RecordType.INFUSION_EVENT,
                       RecordType.ELIGIBILITY_ASSESSMENT, RecordType.PATIENT, RecordType.CONSENT_STEP,
                       RecordType.ADVERSE_EVENT})    # infusion check/event: the timeline counts from the infusions given

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read on the worker when on screen; a hidden tab only notes that
        it is stale (opening a patient does not wait for this tab)."""
        session, pid = self.ctx.session, self.patient_id
        if session is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        Op(self.ctx, lambda: overview(session, pid), parent=self).on_success(self.show_overview).run()

    def show_overview(self, ov) -> None:
        self.ov = ov
        self.timeline.set_overview(ov)
        self.status.setText(self.status_text(ov))
        ended = ov.end is not None
        included = ov.inclusion is not None
        done = {s.id for s in ov.slots if s.status == visits.DONE}
        for vid, b in self.visit_buttons.items():
            b.setEnabled(included and not ended and vid not in done)
        self.unscheduled.setEnabled(included and not ended)
        self.end_button.setEnabled(included and not ended and ov.may_end)
        self.end_button.setVisible(ov.may_end)
        self.sign_button.setVisible(ov.may_sign)
        self._fill_table(ov)

    def status_text(self, ov) -> str:
        if ov.inclusion is None:
            return self.tr("Not included: follow-up starts at inclusion.")
        day = (ov.today - ov.inclusion).days
        if ov.end is not None:
            reason = next((words(c) for c in load().end_reasons if c.id == ov.end.content["reason"]), "")
            return self.tr("Participation ended on {date}: {reason}.").format(
                date=_d(ov.end.content["end_date"]), reason=reason)
        nxt = next((s for s in ov.slots if s.status in (visits.DUE, visits.OVERDUE, visits.UPCOMING)), None)
        text = self.tr("Day {n} after inclusion.").format(n=day)
        if nxt is not None:
            text += " " + {visits.DUE: self.tr("Day-{d} visit DUE until {end}."),
                           visits.OVERDUE: self.tr("Day-{d} visit OVERDUE (window ended {end})."),
                           visits.UPCOMING: self.tr("Next: day-{d} visit from {start}.")}[nxt.status].format(
                d=nxt.day, end=nxt.window_end.strftime("%d/%m/%Y"), start=nxt.window_start.strftime("%d/%m/%Y"))
        return text

    def _fill_table(self, ov) -> None:
        p = load()
        self.table.setRowCount(len(ov.visits))
        names = {v.id: self.tr("Day {n}").format(n=v.day) for v in p.visits}
        names[p.unscheduled.id] = words(p.unscheduled)
        support = {c.id: words(c) for c in p.respiratory_support}
        aesi = {c.id: words(c) for c in p.aesi}
        for r, view in enumerate(ov.visits):
            c = view.content
            vital = self.tr("Alive") if c["vital_status"] == "alive" else self.tr("Died on {date}").format(
                date=_d(c["death_date"]))
            occurred = [aesi[a["category"]] for a in c["aesi_review"] if a["occurred"]]
            cells = [names.get(c["visit"], c["visit"]), _d(c["visit_date"]), vital,
                     support.get(c.get("support_at_visit") or "", "—"),
                     ", ".join(occurred) or self.tr("none"),
                     self.tr("✓ signed") if view.signed else self.tr("to sign")]
            for col, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.UserRole, view.version.record_id)
                self.table.setItem(r, col, item)
        self.table.resizeRowsToContents()

    def _selected(self):
        row = self.table.currentRow()
        if row < 0 or self.ov is None or row >= len(self.ov.visits):
            return None
        return self.ov.visits[row].version

    # -- actions --------------------------------------------------------------
    def open_visit(self, visit_id: str, existing=None) -> VisitForm:
        self.dialog = VisitForm(self.ctx, self.ov, visit_id, self, existing)
        self.dialog.open()
        return self.dialog

    def correct_selected(self):
        v = self._selected()
        if v is not None:
            return self.open_visit(v.content["visit"], v)

    def open_end(self) -> EndDialog:
        self.dialog = EndDialog(self.ctx, self.ov, self)
        self.dialog.open()
        return self.dialog

    def sign_selected(self):
        v = self._selected()
        if v is None:
            return None
        prompt = PasswordPrompt(self.tr("Sign the follow-up visit"), self.tr(
            "By signing, you confirm this follow-up visit as recorded ({date})."
        ).format(date=_d(v.content["visit_date"])), self, object_name="SignVisitPrompt")
        session, rid = self.ctx.session, v.record_id

        prompt.submitted.connect(lambda pw: Op(self.ctx, lambda: visits.sign_visit(session, rid, pw), parent=prompt)
                                 .on_success(lambda _sig: prompt.accept())
                                 .on_failure(lambda err: prompt.refuse(message_for(err))).run())
        prompt.open()
        self.dialog = prompt
        return prompt


def _d(iso: str | None) -> str:
    if not iso:
        return "—"
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


FOLLOW_UP_TAB = PatientTab("follow_up", "FollowUpTab", QtCore.QT_TRANSLATE_NOOP("FollowUpTab", "Follow-up"),
                           FollowUpTab, FollowUpTab.SHOWS)
