"""The follow-up visit form: vital status, respiratory support, discharges,
every AESI category asked explicitly (linked to the AE log), concomitant
treatments of interest. Saved on the worker; a refusal is shown in the form
in the user's language and nothing typed is lost."""
from __future__ import annotations

from datetime import date

from bedside.followup import visits
from bedside.followup.protocol import load
from bedside.record_fields import aware_or_none
from ui.errors import message_for
from ui.followup.forms_common import DateField, ShowsProblems, error_line, words
from ui.ops import Op
from ui.qt import Qt, QtWidgets
from ui.widgets.buttons import Kind, push_button
from ui.widgets.choices import ChoiceButtons
from ui.widgets.combo import combo_box


class SupportRow(QtWidgets.QWidget):
    def __init__(self, form, period: dict | None, on: date):
        super().__init__(form)
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.kind = combo_box(self)
        for c in load().respiratory_support:
            if c.id != "none":
                self.kind.addItem(words(c), c.id)
        self.start = DateField(on, None, self)
        self.end = DateField(None, self.tr("ended on"), self, fallback=on)
        remove = push_button(self.tr("Remove"), clicked=lambda: form.remove_period(self), parent=self)
        for w in (self.kind, QtWidgets.QLabel(self.tr("from")), self.start, self.end, remove):
            lay.addWidget(w)
        if period:
            self.kind.setCurrentIndex(max(0, self.kind.findData(period["support"])))
            self.start.set_date(date.fromisoformat(period["start"]))
            self.end.set_date(date.fromisoformat(period["end"]) if period.get("end") else None)

    def value(self) -> dict:
        return {"support": self.kind.currentData(), "start": self.start.value(), "end": self.end.value()}


class VisitForm(ShowsProblems, QtWidgets.QDialog):
    def __init__(self, ctx, overview, visit_id: str, parent=None, existing=None):
        super().__init__(parent)
        self.setObjectName("VisitForm")
        self.ctx, self.ov, self.visit_id, self.existing = ctx, overview, visit_id, existing
        p = load()
        c = existing.content if existing is not None else {}
        names = {v.id: v for v in p.visits}
        title = words(p.unscheduled) if visit_id == p.unscheduled.id else \
            self.tr("Day {n} visit").format(n=names[visit_id].day)
        self.setWindowTitle(title)
        self.resize(1100, 700)
        outer = QtWidgets.QVBoxLayout(self)
        head = QtWidgets.QLabel(title)
        head.setStyleSheet("font-size: 16pt; font-weight: bold;")
        outer.addWidget(head)
        scroll = QtWidgets.QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(body)
        form.setLabelAlignment(Qt.AlignRight)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        today = overview.today
        self.visit_date = DateField(date.fromisoformat(c["visit_date"]) if c else today, None, self)
        form.addRow(self.tr("Visit date"), self.visit_date)
        self.reason = QtWidgets.QLineEdit(c.get("unscheduled_reason") or "", self)
        self.reason.setObjectName("unscheduledReason")
        if visit_id == p.unscheduled.id:
            form.addRow(self.tr("Why this visit"), self.reason)
        else:
            self.reason.hide()
        self.vital = ChoiceButtons([("alive", self.tr("Alive")), ("died", self.tr("Died"))], self)
        self.vital.setObjectName("vitalStatus")
        self.vital.set_value(c.get("vital_status"))
        form.addRow(self.tr("Vital status"), self.vital)
        self.death_date = DateField(date.fromisoformat(c["death_date"]) if c.get("death_date") else today, None, self)
        self.death_cause = QtWidgets.QLineEdit(c.get("death_cause") or "", self)
        self.death_cause.setObjectName("deathCause")
        self.death_row = QtWidgets.QWidget(self)
        dl = QtWidgets.QHBoxLayout(self.death_row)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.death_date)
        dl.addWidget(QtWidgets.QLabel(self.tr("Cause")))
        dl.addWidget(self.death_cause, 1)
        form.addRow(self.tr("Date of death"), self.death_row)
        self.support = combo_box(self)
        self.support.setObjectName("supportAtVisit")
        for ch in p.respiratory_support:
            self.support.addItem(words(ch), ch.id)
        if c.get("support_at_visit"):
            self.support.setCurrentIndex(self.support.findData(c["support_at_visit"]))
        form.addRow(self.tr("Respiratory support at the visit"), self.support)
        self.periods_box = QtWidgets.QVBoxLayout()
        self.periods: list[SupportRow] = []
        add = push_button(self.tr("Add a period of respiratory support"), "addPeriod", lambda: self.add_period(None), self)
        holder = QtWidgets.QWidget(self)
        hl = QtWidgets.QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addLayout(self.periods_box)
        hl.addWidget(add, 0, Qt.AlignLeft)
        form.addRow(self.tr("Since inclusion"), holder)
        for period in c.get("support_periods", []):
            self.add_period(period)
        self.icu = DateField(date.fromisoformat(c["icu_discharge_date"]) if c.get("icu_discharge_date") else None,
                             self.tr("discharged on"), self, fallback=today)
        self.hospital = DateField(date.fromisoformat(c["hospital_discharge_date"])
                                  if c.get("hospital_discharge_date") else None, self.tr("discharged on"), self,
                                  fallback=today)
        form.addRow(self.tr("Intensive care"), self.icu)
        form.addRow(self.tr("Hospital"), self.hospital)
        # every AESI category, asked explicitly, with the AE log's events to link
        answers = {a["category"]: a for a in c.get("aesi_review", [])}
        self.aesi: dict[str, tuple[ChoiceButtons, list[tuple[QtWidgets.QCheckBox, str]]]] = {}
        for cat in p.aesi:
            box = QtWidgets.QWidget(self)
            bl = QtWidgets.QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            yes_no = ChoiceButtons([("yes", self.tr("Yes")), ("no", self.tr("No"))], box)
            yes_no.setObjectName(f"aesi_{cat.id}")
            prior = answers.get(cat.id)
            if prior is not None:
                yes_no.set_value("yes" if prior["occurred"] else "no")
            bl.addWidget(yes_no)
            links = []
            events = overview.aesi_events.get(cat.id, [])
            for ev in events:
                onset = aware_or_none(ev.content.get("onset_utc"))
                cb = QtWidgets.QCheckBox(self.tr("{term} — onset {date}, grade {grade}").format(
                    term=ev.content.get("term", ""), date=onset.astimezone().strftime("%d/%m/%Y") if onset else "?",
                    grade=ev.content.get("grade", "?")), box)
                cb.setChecked(prior is not None and ev.record_id in prior["ae_ids"])
                links.append((cb, ev.record_id))
                bl.addWidget(cb)
            if not events:
                none = QtWidgets.QLabel(self.tr("None in the adverse event log: record it there first if it occurred."))
                none.setWordWrap(True)
                none.setStyleSheet("color: #546e7a;")
                bl.addWidget(none)
            self.aesi[cat.id] = (yes_no, links)
            form.addRow(self.tr("Since inclusion: {what}?").format(what=words(cat)), box)
        given = {t["treatment"]: t["given"] for t in c.get("concomitant", [])}
        self.treatments: dict[str, ChoiceButtons] = {}
        for t in p.concomitant_treatments:
            yes_no = ChoiceButtons([("yes", self.tr("Yes")), ("no", self.tr("No"))], self)
            yes_no.setObjectName(f"treatment_{t.id}")
            if t.id in given:
                yes_no.set_value("yes" if given[t.id] else "no")
            self.treatments[t.id] = yes_no
            form.addRow(words(t), yes_no)
        self.notes = QtWidgets.QPlainTextEdit(c.get("notes", ""), self)
        self.notes.setMaximumHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        self.why = QtWidgets.QLineEdit(self)
        self.why.setObjectName("correctionReason")
        if existing is not None:
            form.addRow(self.tr("Reason for the correction"), self.why)
        else:
            self.why.hide()
        self.error = error_line()
        outer.addWidget(self.error)
        buttons = QtWidgets.QDialogButtonBox(self)
        self.save = push_button(self.tr("Save the visit"), "saveVisit", parent=buttons, kind=Kind.PRIMARY)
        buttons.addButton(self.save, QtWidgets.QDialogButtonBox.AcceptRole)
        buttons.addButton(push_button(self.tr("Cancel"), parent=buttons), QtWidgets.QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.vital.changed.connect(self._vital_changed)
        self._vital_changed()

    def add_period(self, period) -> None:
        row = SupportRow(self, period, self.ov.today)
        self.periods.append(row)
        self.periods_box.addWidget(row)

    def remove_period(self, row) -> None:
        self.periods.remove(row)
        row.setParent(None)
        row.deleteLater()

    def _vital_changed(self) -> None:
        died = self.vital.value() == "died"
        self.death_row.setEnabled(died)
        self.support.setEnabled(not died)

    def unanswered(self) -> list[str]:
        out = [] if self.vital.value() else [self.tr("vital status")]
        out += [words(c) for c in load().aesi if self.aesi[c.id][0].value() is None]
        out += [words(t) for t in load().concomitant_treatments if self.treatments[t.id].value() is None]
        return out

    def content(self) -> dict:
        p = load()
        died = self.vital.value() == "died"
        c = {"visit": self.visit_id, "visit_date": self.visit_date.value(),
             "vital_status": self.vital.value() or "alive",
             "death_date": self.death_date.value() if died else None,
             "death_cause": self.death_cause.text().strip() or None if died else None,
             "support_at_visit": None if died else self.support.currentData(),
             "support_periods": [r.value() for r in self.periods],
             "icu_discharge_date": self.icu.value(), "hospital_discharge_date": self.hospital.value(),
             "aesi_review": [{"category": cat, "occurred": yn.value() == "yes",
                              "ae_ids": [rid for cb, rid in links if cb.isChecked()] if yn.value() == "yes" else []}
                             for cat, (yn, links) in self.aesi.items()],
             "concomitant": [{"treatment": t, "given": yn.value() == "yes"} for t, yn in self.treatments.items()],
             "notes": self.notes.toPlainText().strip()}
        if self.visit_id == p.unscheduled.id:
            c["unscheduled_reason"] = self.reason.text().strip()
        return c

    def submit(self) -> None:
        missing = self.unanswered()
        if missing:
            self.show_problem(self.tr("Answer every question: {what}.").format(what=", ".join(missing)))
            return
        if self.existing is not None and not self.why.text().strip():
            self.show_problem(self.tr("Give a reason for the correction."))
            self.why.setFocus()
            return
        content, pid = self.content(), self.ov.patient_id
        session = self.ctx.session
        if self.existing is None:
            job = lambda: visits.record_visit(session, pid, content)  # noqa: E731
        else:
            rid, why = self.existing.record_id, self.why.text().strip()
            job = lambda: visits.correct_visit(session, rid, content, why)  # noqa: E731
        Op(self.ctx, job, parent=self).busy(self.save) \
            .on_success(lambda _v: self.accept()) \
            .on_failure(lambda err: self.show_problem(message_for(err))).run()
