"""The TJT2012 eligibility checklist: grouped as the protocol groups it,
fillable by keyboard alone, every criterion re-evaluated as data is typed,
computed items showing the numbers used, missing items highlighted, lab
series entry with the previous value shown, and the investigator's signature."""
from __future__ import annotations

import html
from datetime import timezone

from bedside.consent.gate import consent_status_details
from bedside.eligibility import evaluator as E
from bedside.eligibility import service as S
from bedside.eligibility.assemble import build_facts
from bedside.eligibility.errors import InputError
from bedside.eligibility.units import fmt, units_for
from bedside.eligibility.validate import parse_covid_test, parse_date, parse_datetime, parse_spo2
from bedside.errors import BedsideError, LockedOut, WrongPassword
from bedside.roles import Permission
from ui.i18n import current_language
from ui.qt import QtGui, QtWidgets, Qt

from .texts import OVERALL_CHIP, choice_text, core, message, overall_text, status_text
from ui.errors import message_for
from ui.widgets.choices import ChoiceButtons
from ui.widgets.prompts import PasswordPrompt, ReasonPrompt

from .widgets import APP_STYLE, Field, StatusChip, local_text, wrap_label

SKIP_INPUTS = {"inclusion_time", "date_of_birth", "sex", "consent_status"}


class LabCorrectionDialog(QtWidgets.QDialog):
    """Correct the last value of a lab series: a new version with a reason."""

    def __init__(self, lab: str, label: str, entry, tz, parent=None):
        super().__init__(parent)
        self.setObjectName("LabCorrectionDialog")
        self.setWindowTitle(self.tr("Correct {lab}").format(lab=label))
        form = QtWidgets.QFormLayout(self)
        form.addRow(wrap_label(self.tr("Stored: {value} {unit} at {time} (entered {entered})").format(
            value=fmt(entry.value), unit=S.canonical_unit(lab), time=local_text(entry.time.isoformat(), tz),
            entered=entry.entered), "hint"))
        self.time = Field(self.tr("DD/MM/YYYY HH:MM"), self)
        self.time.setObjectName("time")
        self.time.setText(local_text(entry.time.isoformat(), tz))
        self.value = Field("", self)
        self.value.setObjectName("value")
        self.unit = QtWidgets.QComboBox(self)
        self.unit.setObjectName("unit")
        self.unit.addItems(units_for(lab))
        self.reason = Field(self.tr("why the value is corrected"), self)
        self.reason.setObjectName("reason")
        self.error = wrap_label("", "error")
        form.addRow(self.tr("Time"), self.time)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.error)
        box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.Save | QtWidgets.QDialogButtonBox.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.value.setFocus()


class LabRow(QtWidgets.QWidget):
    """One lab: previous values, and a row to add a new timed value."""

    def __init__(self, checklist: "ChecklistWidget", lab: str, label: str):
        super().__init__(checklist)
        self.c, self.lab = checklist, lab
        self.setObjectName(f"lab_{lab}")
        lay = QtWidgets.QGridLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        name = QtWidgets.QLabel(f"<b>{label}</b>")
        name.setMinimumWidth(96)
        lay.addWidget(name, 0, 0)
        self.previous = wrap_label("", "hint")
        self.previous.setObjectName(f"previous_{lab}")
        lay.addWidget(self.previous, 0, 1, 1, 4)
        self.time = Field(self.tr("DD/MM/YYYY HH:MM"), self)
        self.time.setObjectName(f"time_{lab}")
        self.value = Field(self.tr("value"), self)
        self.value.setObjectName(f"value_{lab}")
        self.value.setMaximumWidth(110)
        self.unit = QtWidgets.QComboBox(self)
        self.unit.setObjectName(f"unit_{lab}")
        self.unit.addItems(units_for(lab))
        self.unit.setMinimumHeight(34)
        self.add = QtWidgets.QPushButton(self.tr("Add"), self)
        self.add.setObjectName(f"add_{lab}")
        self.add.clicked.connect(self.submit)
        self.value.returnPressed.connect(self.submit)
        self.error = wrap_label("", "error")
        self.fix = QtWidgets.QPushButton(self.tr("Correct last…"), self)
        self.fix.setObjectName(f"fix_{lab}")
        self.fix.clicked.connect(self.correct_last)
        self.entries = []
        lay.addWidget(self.time, 1, 1)
        lay.addWidget(self.value, 1, 2)
        lay.addWidget(self.unit, 1, 3)
        lay.addWidget(self.add, 1, 4)
        lay.addWidget(self.fix, 2, 4)
        lay.addWidget(self.error, 2, 1, 1, 3)
        lay.setColumnStretch(1, 2)
        self.error.hide()

    def show_series(self, entries, tz) -> None:
        self.entries, self.tz = list(entries), tz
        self.fix.setVisible(bool(entries))
        if not entries:
            self.previous.setText(self.tr("No value yet."))
            return
        last = entries[-1]
        parts = [self.tr("Previous: {value} {unit} at {time}").format(
            value=fmt(last.value), unit=S.canonical_unit(self.lab), time=local_text(last.time.isoformat(), tz))]
        if last.entered and last.entered.split(" ", 1)[-1] != S.canonical_unit(self.lab):
            parts.append(self.tr("(entered {entered})").format(entered=last.entered))
        if len(entries) > 1:
            before = entries[-2]
            parts.append(self.tr("— before: {value} at {time}").format(
                value=fmt(before.value), time=local_text(before.time.isoformat(), tz)))
        self.previous.setText(" ".join(parts))

    def submit(self) -> None:
        c = self.c
        args = (c.session, c.patient_id, self.lab, self.time.text(), self.value.text(), self.unit.currentText())
        label = c.protocol.inputs[self.lab].label[c.lang]
        c.run(lambda: S.add_lab_value(*args, field_label=label), self._added, self._refused)

    def correct_last(self) -> None:
        if not self.entries:
            return
        c = self.c
        last = self.entries[-1]
        dlg = LabCorrectionDialog(self.lab, c.protocol.inputs[self.lab].label[c.lang], last, self.tz, self)
        while dlg.exec() == QtWidgets.QDialog.Accepted:
            args = (c.session, last.record_id, dlg.time.text(), dlg.value.text(), dlg.unit.currentText(),
                    dlg.reason.text())
            failure = []

            def failed(err, failure=failure):
                failure.append(err)          # inline run: shown in the dialog, which stays open
                self._refused(err)           # worker thread: shown under the lab row
            c.run(lambda: S.correct_lab_value(*args), self._added, failed)
            if not failure:
                return
            err = failure[0]
            dlg.error.setText(message(_Msg(err)) if isinstance(err, BedsideError) else type(err).__name__)

    def _refused(self, err) -> None:
        self.error.setText(message(_Msg(err)) if isinstance(err, BedsideError) else str(type(err).__name__))
        self.error.show()
        self.value.set_state("error")

    def _added(self, _entry) -> None:
        self.error.hide()
        self.value.set_state("")
        self.value.clear()
        self.c.reload_labs()
        self.time.setFocus()
        self.time.selectAll()


def _run_inline(fn, on_success, on_failure=None):
    try:
        result = fn()
    except Exception as e:  # noqa: BLE001 - delivered like the DB worker does
        if on_failure is None:
            raise
        on_failure(e)
        return
    on_success(result)


class _Msg:
    def __init__(self, err):
        self.template, self.params = err.template, getattr(err, "params", {})


class TestSeries(QtWidgets.QWidget):
    """SARS-CoV-2 tests entered on the checklist (date, method, result)."""

    def __init__(self, checklist: "ChecklistWidget"):
        super().__init__(checklist)
        self.c = checklist
        self.tests: list[dict] = []
        lay = QtWidgets.QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.listing = wrap_label("", "hint")
        self.listing.setObjectName("covid_tests_list")
        lay.addWidget(self.listing, 0, 0, 1, 5)
        self.date = Field(self.tr("DD/MM/YYYY"), self)
        self.date.setObjectName("covid_test_date")
        self.date.setMaximumWidth(150)
        self.method = ChoiceButtons([("pcr", choice_text("pcr")), ("serology", choice_text("serology"))], self)
        self.method.setObjectName("covid_test_method")
        self.result = ChoiceButtons([("positive", choice_text("positive")), ("negative", choice_text("negative"))],
                                    self)
        self.result.setObjectName("covid_test_result")
        self.add = QtWidgets.QPushButton(self.tr("Add test"), self)
        self.add.setObjectName("covid_test_add")
        self.add.clicked.connect(self.submit)
        self.remove = QtWidgets.QPushButton(self.tr("Remove last"), self)
        self.remove.setObjectName("covid_test_remove")
        self.remove.clicked.connect(self.remove_last)
        self.error = wrap_label("", "error")
        self.error.hide()
        lay.addWidget(self.date, 1, 0)
        lay.addWidget(self.method, 1, 1, 1, 2)
        lay.addWidget(self.result, 2, 0, 1, 2)
        lay.addWidget(self.add, 2, 2)
        lay.addWidget(self.remove, 2, 3)
        lay.addWidget(self.error, 3, 0, 1, 4)
        lay.setColumnStretch(4, 1)

    def set_tests(self, tests) -> None:
        self.tests = [dict(t) for t in (tests or [])]
        self._show()

    def _show(self) -> None:
        if not self.tests:
            self.listing.setText(self.tr("No test entered."))
            return
        self.listing.setText("; ".join(
            f"{local_text(t['date'], None, with_time=False)} {choice_text(t['method'])} "
            f"{choice_text(t['result'])}" for t in self.tests))

    def submit(self) -> None:
        try:
            t = parse_covid_test(self.date.text(), self.method.value(), self.result.value(), self.tr("Test"),
                                 self.c.session.clock.now().astimezone(self.c.tz).date())
        except BedsideError as e:
            self.error.setText(message(_Msg(e)))
            self.error.show()
            return
        self.error.hide()
        self.tests.append(t)
        self.tests.sort(key=lambda x: x["date"])
        self.date.clear()
        self.method.set_value(None)
        self.result.set_value(None)
        self._show()
        self.c.reevaluate()

    def remove_last(self) -> None:
        if self.tests:
            self.tests.pop()
            self._show()
            self.c.reevaluate()


class CriterionRow(QtWidgets.QFrame):
    def __init__(self, checklist: "ChecklistWidget", crit, lang: str):
        super().__init__(checklist)
        self.crit = crit
        self.setObjectName(f"criterion_{crit.id}")
        self.setFrameShape(QtWidgets.QFrame.StyledPanel)
        self.lay = QtWidgets.QGridLayout(self)
        self.lay.setContentsMargins(6, 6, 6, 6)
        self.chip = StatusChip(self)
        self.chip.setObjectName(f"chip_{crit.id}")
        self.lay.addWidget(self.chip, 0, 0, Qt.AlignTop)
        head = wrap_label(f"<b>{crit.id}</b> — {html.escape(crit.text[lang])}", "registry")
        head.setTextFormat(Qt.RichText)
        self.lay.addWidget(head, 0, 1)
        self.lay.setColumnStretch(1, 1)
        self.inputs = QtWidgets.QFormLayout()
        self.inputs.setLabelAlignment(Qt.AlignLeft)
        self.inputs.setRowWrapPolicy(QtWidgets.QFormLayout.WrapLongRows)
        self.lay.addLayout(self.inputs, 1, 0, 1, 2)
        self.reasons = wrap_label("", "reason")
        self.reasons.setTextFormat(Qt.PlainText)
        self.reasons.setObjectName(f"reasons_{crit.id}")
        self.lay.addWidget(self.reasons, 2, 0, 1, 2)


class ChecklistWidget(QtWidgets.QWidget):
    """Patient tab: the eligibility checklist (refresh() reloads from the vault)."""

    def __init__(self, session, patient_id: str, parent=None, run=None, on_changed=None):
        """``run(fn, on_success, on_failure)`` does vault work off the UI thread
        (the app passes ``ctx.run``); without it the work runs inline (tests).
        ``on_changed(patient_id)`` is told after every write."""
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        self.run = run or _run_inline
        self._notify = on_changed
        self.ever_signed = False
        self._edited = False
        self.setObjectName("EligibilityRoot")
        self.setProperty("scrolls_itself", True)    # the checklist scrolls, its side panel stays
        self.setStyleSheet(APP_STYLE)
        self.lang = current_language()      # the interface's language, not the account's
        self.tz = S.local_tz(session)
        self.state: S.AssessmentState | None = None
        self.patient_content: dict = {}
        self.labs: dict = {}
        self.consent = "pending"
        self.fields: dict[str, QtWidgets.QWidget] = {}
        self.errors: dict[str, QtWidgets.QLabel] = {}
        self.parse_errors: dict[str, str] = {}
        self.rows: dict[str, CriterionRow] = {}
        self.lab_rows: dict[str, LabRow] = {}
        self._loading = False
        self.protocol = S.protocol_for(session)
        self._build()
        self.refresh()

    # -- construction ------------------------------------------------------------------
    def _build(self) -> None:
        root = QtWidgets.QHBoxLayout(self)
        root.setContentsMargins(4, 4, 4, 4)
        self.scroll = QtWidgets.QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QtWidgets.QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        body = QtWidgets.QWidget()
        self.body = QtWidgets.QVBoxLayout(body)
        self.scroll.setWidget(body)
        root.addWidget(self.scroll, 1)
        root.addWidget(self._build_panel())

        top = QtWidgets.QGroupBox(self.tr("Assessment"))
        form = QtWidgets.QFormLayout(top)
        self.patient_line = wrap_label("", "hint")
        self.patient_line.setObjectName("patient_line")
        form.addRow(self.patient_line)
        self._add_input(form, "inclusion_time")
        self.body.addWidget(top)

        p = self.protocol
        placed = set(SKIP_INPUTS)
        for g in p.groups:
            box = QtWidgets.QGroupBox(g.title[self.lang], body)
            box.setObjectName(f"group_{g.id}")
            v = QtWidgets.QVBoxLayout(box)
            for crit in p.criteria_in(g.id):
                row = CriterionRow(self, crit, self.lang)
                self.rows[crit.id] = row
                for iid in crit.inputs:
                    if iid in placed:
                        continue
                    placed.add(iid)
                    d = p.inputs[iid]
                    if d.type == "lab_series":
                        continue
                    self._add_input(row.inputs, iid)
                if crit.rule["type"] == "oxygen_group":
                    self._build_group_b(row, crit)
                v.addWidget(row)
            self.body.addWidget(box)
        self.body.addStretch(1)

    def _build_group_b(self, row: CriterionRow, crit) -> None:
        self.branch_box = QtWidgets.QGroupBox(self.tr("Group B, ventilated over {days} days: inflammation reading")
                                              .format(days=fmt(crit.rule["ventilation_direct_max_days"])))
        self.branch_box.setObjectName("branch_box")
        bl = QtWidgets.QGridLayout(self.branch_box)
        self.branch_widgets = {}
        for i, b in enumerate(crit.rule["inflammation_branches"]):
            chip = StatusChip(self.branch_box)
            chip.setObjectName(f"branch_chip_{b['id']}")
            text = wrap_label(f"<b>{b['id']}</b> {html.escape(b['label'][self.lang])}", "registry")
            text.setTextFormat(Qt.RichText)
            detail = wrap_label("", "hint")
            detail.setObjectName(f"branch_detail_{b['id']}")
            bl.addWidget(chip, 2 * i, 0, Qt.AlignTop)
            bl.addWidget(text, 2 * i, 1)
            bl.addWidget(detail, 2 * i + 1, 1)
            self.branch_widgets[b["id"]] = (chip, detail)
        bl.setColumnStretch(1, 1)
        row.lay.addWidget(self.branch_box, 3, 0, 1, 2)
        self.labs_box = QtWidgets.QGroupBox(self.tr("Lab values (timed series; converted to the protocol units)"))
        self.labs_box.setObjectName("labs_box")
        ll = QtWidgets.QVBoxLayout(self.labs_box)
        for lab in ("ferritin", "crp", "lymphocytes", "ldh", "d_dimer"):
            r = LabRow(self, lab, self.protocol.inputs[lab].label[self.lang])
            self.lab_rows[lab] = r
            ll.addWidget(r)
        row.lay.addWidget(self.labs_box, 4, 0, 1, 2)

    def _add_input(self, form: QtWidgets.QFormLayout, iid: str) -> None:
        d = self.protocol.inputs[iid]
        label = d.label[self.lang]
        if d.type in ("date", "datetime", "number"):
            ph = {"date": self.tr("DD/MM/YYYY"), "datetime": self.tr("DD/MM/YYYY HH:MM"),
                  "number": d.unit or ""}[d.type]
            w = Field(ph, self)
            w.setMaximumWidth(220)
            w.textChanged.connect(self.reevaluate)
        elif d.type in ("yes_no", "choice"):
            choices = ("yes", "no") if d.type == "yes_no" else d.choices
            keys = {"y": "yes", "o": "yes", "n": "no"} if d.type == "yes_no" else \
                {c[:1].lower(): c for c in choices}
            w = ChoiceButtons([(c, choice_text(c)) for c in choices], self, keys=keys)
            w.changed.connect(self.reevaluate)
        elif d.type == "test_series":
            w = TestSeries(self)
        else:
            return
        w.setObjectName(f"input_{iid}")
        self.fields[iid] = w
        err = wrap_label("", "error")
        err.hide()
        self.errors[iid] = err
        holder = QtWidgets.QWidget(self)
        hl = QtWidgets.QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.setSpacing(1)
        hl.addWidget(w)
        hl.addWidget(err)
        lab = wrap_label(label, "reason")
        lab.setMinimumWidth(150)
        lab.setMaximumWidth(250)
        lab.setBuddy(w)
        form.addRow(lab, holder)

    def _build_panel(self) -> QtWidgets.QWidget:
        panel = QtWidgets.QFrame(self)
        panel.setObjectName("panel")
        panel.setFixedWidth(290)
        v = QtWidgets.QVBoxLayout(panel)
        self.overall = StatusChip(panel)
        self.overall.setObjectName("overall")
        self.overall.setFixedHeight(52)
        f = self.overall.font()
        f.setPointSize(15)
        self.overall.setFont(f)
        v.addWidget(self.overall)
        self.summary = wrap_label("", "reason")
        self.summary.setObjectName("summary")
        v.addWidget(self.summary)
        self.todo_title = wrap_label(self.tr("Enter on an item goes to it:"), "hint")
        v.addWidget(self.todo_title)
        self.todo = QtWidgets.QListWidget(panel)
        self.todo.setObjectName("todo")
        self.todo.setWordWrap(True)
        self.todo.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.todo.setResizeMode(QtWidgets.QListView.Adjust)
        self.todo.setStyleSheet("QListWidget { background: #fbfbfb; border: 1px solid #9aa4b1; }"
                                "QListWidget::item { padding: 3px; }")
        self.todo.itemActivated.connect(self._go_to_item)
        self.todo.itemClicked.connect(self._go_to_item)
        v.addWidget(self.todo, 1)
        self.consent_line = wrap_label("", "hint")
        self.consent_line.setObjectName("consent_line")
        v.addWidget(self.consent_line)
        self.version_line = wrap_label("", "hint")
        self.version_line.setObjectName("version_line")
        v.addWidget(self.version_line)
        self.signature_line = wrap_label("", "reason")
        self.signature_line.setObjectName("signature_line")
        v.addWidget(self.signature_line)
        self.save_btn = QtWidgets.QPushButton(self.tr("Save checklist  (Ctrl+S)"), panel)
        self.save_btn.setObjectName("save")
        self.save_btn.clicked.connect(self.save)
        sc = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+S"), self, activated=self.save)
        sc.setContext(Qt.WidgetWithChildrenShortcut)
        self.sign_btn = QtWidgets.QPushButton(self.tr("Sign: eligibility confirmed…"), panel)
        self.sign_btn.setObjectName("sign")
        self.sign_btn.clicked.connect(self.sign)
        self.include_btn = QtWidgets.QPushButton(self.tr("Include in the trial"), panel)
        self.include_btn.setToolTip(self.tr("Gives the patient the next subject number."))
        self.include_btn.setObjectName("include")
        self.include_btn.clicked.connect(self.include)
        for b in (self.save_btn, self.sign_btn, self.include_btn):
            b.setMinimumHeight(48)
            v.addWidget(b)
        self.feedback = wrap_label("", "reason")
        self.feedback.setObjectName("feedback")
        v.addWidget(self.feedback)
        return panel

    # -- data ------------------------------------------------------------------------
    def refresh(self) -> None:
        session, pid, lang = self.session, self.patient_id, self.lang

        def load():
            state = S.assessment_state(session, pid, lang=lang)
            ever = bool(state.version and session.signatures_for(state.version.record_id))
            word, _english = S.consent_state(session, pid)
            _ok, reasons = consent_status_details(session, pid)
            return (state, session.records.latest(pid).content, S.lab_series(session, pid),
                    (word, reasons), ever)
        self.run(load, self._loaded, self._failed)

    def _failed(self, err) -> None:
        if isinstance(err, BedsideError):
            self.feedback.setText(message(_Msg(err)))
        else:
            self.feedback.setText(self.tr("Could not load or save; try again."))

    def _loaded(self, data) -> None:
        keep_edits = self.state is not None and self._edited
        self.state, self.patient_content, self.labs, (self.consent, self.consent_reasons), self.ever_signed = data
        self._loading = True
        try:
            if not keep_edits:                 # never overwrite what someone is typing
                self._set_answers(self.state.answers)
            for lab, row in self.lab_rows.items():
                row.show_series(self.labs[lab], self.tz)
            pc = self.patient_content
            self.patient_line.setText(self.tr("{label}: born {dob}, sex {sex} (from registration)").format(
                label=pc.get("subject_id") or pc.get("screening_number", ""),
                dob=local_text(pc.get("date_of_birth"), self.tz, with_time=False), sex=pc.get("sex", "")))
        finally:
            self._loading = False
        editable = self.session.can(Permission.EDIT_CLINICAL)
        for w in list(self.fields.values()) + list(self.lab_rows.values()):
            w.setEnabled(editable)
        self.reevaluate()

    def reload_labs(self) -> None:
        session, pid = self.session, self.patient_id
        self.run(lambda: S.lab_series(session, pid), self._labs_loaded, self._failed)

    def _labs_loaded(self, labs) -> None:
        self.labs = labs
        for lab, row in self.lab_rows.items():
            row.show_series(self.labs[lab], self.tz)
        self.reevaluate()

    def _set_answers(self, answers: dict) -> None:
        for iid, w in self.fields.items():
            v = answers.get(iid)
            d = self.protocol.inputs[iid]
            if isinstance(w, ChoiceButtons):
                w.set_value(v)
            elif isinstance(w, TestSeries):
                w.set_tests(v or [])
            elif d.type == "date":
                w.setText(local_text(v, self.tz, with_time=False))
            elif d.type == "datetime":
                w.setText(local_text(v, self.tz))
            elif d.type == "number":
                w.setText(fmt(v) if isinstance(v, (int, float)) else "")

    def answers(self) -> dict:
        """Read the widgets; values that do not parse are left out and their
        error shown next to the field."""
        now = self.session.clock.now()
        today = now.astimezone(self.tz).date()
        out, self.parse_errors = {}, {}
        for iid, w in self.fields.items():
            d = self.protocol.inputs[iid]
            label = d.label[self.lang]
            try:
                if isinstance(w, ChoiceButtons):
                    v = w.value()
                elif isinstance(w, TestSeries):
                    v = list(w.tests) or None
                else:
                    text = w.text().strip()
                    if not text:
                        v = None
                    elif d.type == "date":
                        v = parse_date(text, label, today).isoformat()
                    elif d.type == "datetime":
                        v = parse_datetime(text, label, now, self.tz).astimezone(timezone.utc).isoformat()
                    elif iid == "spo2_room_air":
                        v = parse_spo2(text, label)
                    else:
                        from bedside.eligibility.units import parse_number
                        v = parse_number(text, label)
            except InputError as e:
                self.parse_errors[iid] = message(_Msg(e))
                v = None
            if v is not None:
                out[iid] = v
        return out

    # -- evaluation ----------------------------------------------------------------------
    def reevaluate(self, *_):
        if self._loading:
            return None
        answers = self.answers()
        if self.state is not None:
            self._edited = answers != self.state.answers or bool(self.parse_errors)
        labs = {lab: [{"time": e.time.isoformat(), "value": e.value} for e in entries]
                for lab, entries in self.labs.items()}
        facts = build_facts(self.patient_content, answers, labs)
        facts["consent_status"] = self.consent
        ev = E.evaluate(self.protocol, facts, self.session.clock.now(), self.lang, self.tz)
        self._show(ev, answers)
        return ev

    def _show(self, ev: E.Assessment, answers: dict) -> None:
        missing = set(ev.missing_inputs)
        for iid, w in self.fields.items():
            err = self.errors[iid]
            if iid in self.parse_errors:
                err.setText(self.parse_errors[iid])
                err.show()
                state = "error"
            else:
                err.hide()
                state = "missing" if iid in missing else ""
            if hasattr(w, "set_state"):
                w.set_state(state)
        group = answers.get("oxygen_group")
        for r in ev.criteria:
            row = self.rows[r.id]
            row.chip.set_status(r.status, status_text(r.status, r.kind))
            lines = [message(m) for m in r.reasons]
            if r.computed and r.status in ("met", "not_met", "provisional"):
                lines[0] = "= " + lines[0]
            row.reasons.setText("\n".join(lines))
        self._show_branches(ev, group)
        self.overall.set_status(OVERALL_CHIP[ev.status], overall_text(ev.status))
        self.summary.setText(message(ev.summary))
        self.todo.clear()
        for r in ev.criteria:                     # what excludes, then what is awaited
            if r.status in ("not_met", "provisional"):
                first = message(r.reasons[0]) if r.reasons else ""
                item = QtWidgets.QListWidgetItem(f"{r.id} — {status_text(r.status, r.kind)}: {first}")
                item.setData(Qt.UserRole, "criterion:" + r.id)
                item.setBackground(QtGui.QColor("#fdecea" if r.status == "not_met" else "#e8f0fc"))
                self.todo.addItem(item)
        for iid in ev.missing_inputs:             # what to enter
            if iid in self.protocol.inputs:
                item = QtWidgets.QListWidgetItem(self.tr("To enter: {what}").format(
                    what=self.protocol.inputs[iid].label[self.lang]))
                item.setData(Qt.UserRole, iid)
                item.setBackground(QtGui.QColor("#fff8e1"))
                self.todo.addItem(item)
        self.todo.setVisible(self.todo.count() > 0)
        self.todo_title.setVisible(self.todo.count() > 0)
        consent = self.tr("Consent: {state}").format(state=status_text(
            "met" if self.consent == "given" else ("not_met" if self.consent == "refused" else "pending")))
        if self.consent != "given" and getattr(self, "consent_reasons", None):
            template, params = self.consent_reasons[0]
            consent += " — " + core(template, params)
        self.consent_line.setText(consent)
        self._show_signature(ev, answers)

    def _show_branches(self, ev, group) -> None:
        if not hasattr(self, "branch_box"):
            return
        res = next((r for r in ev.criteria if r.branches), None)
        self.labs_box.setVisible(group == "B")
        self.branch_box.setVisible(res is not None)
        if res is None:
            return
        for b in res.branches:
            chip, detail = self.branch_widgets[b.id]
            chip.set_status(b.status, status_text(b.status))
            detail.setText("\n".join(message(m) for m in b.reasons))

    def _show_signature(self, ev, answers) -> None:
        st = self.state
        if st is None:
            return
        can_sign = self.session.can(Permission.SIGN_ELIGIBILITY)
        can_edit = self.session.can(Permission.EDIT_CLINICAL)
        stored = st.version is not None
        dirty = (not stored) or (st.answers != {k: v for k, v in answers.items()}) or st.stale
        if stored:
            self.version_line.setText(self.tr("Protocol {protocol}, assessment version {version}").format(
                protocol=st.version.content.get("protocol_key", ""), version=st.version.version))
        else:
            self.version_line.setText(self.tr("Protocol {protocol}, not saved yet").format(protocol=self.protocol.key))
        if st.signatures and not dirty:
            s = st.signatures[-1]
            self.signature_line.setText(self.tr("Signed by {name} on {time}: eligibility confirmed.").format(
                name=s.signer_name, time=local_text(s.signed_utc.isoformat(), self.tz)))
        elif stored and self.ever_signed:
            self.signature_line.setText(self.tr("Changed since the last signature: needs a new signature."))
        else:
            self.signature_line.setText(self.tr("Not signed."))
        signable = ev.status in (E.ELIGIBLE, E.PROVISIONALLY_ELIGIBLE)
        self.save_btn.setEnabled(can_edit and dirty)
        self.sign_btn.setEnabled(can_sign and signable and not dirty and not st.signatures)
        self.sign_btn.setToolTip("" if can_sign else self.tr("Only an investigator can sign; a nurse can prepare."))
        if not can_sign:
            self.sign_btn.setText(self.tr("Sign (investigator only)"))
        included = bool(self.patient_content.get("subject_id"))
        self.include_btn.setEnabled(can_sign and bool(st.signatures) and not dirty and not included)
        if included:
            self.include_btn.setText(self.tr("Included: {subject}").format(subject=self.patient_content["subject_id"]))

    def focus_input(self, iid: str) -> None:
        if iid.startswith("criterion:"):
            row = self.rows[iid.split(":", 1)[1]]
            self.scroll.ensureWidgetVisible(row, 40, 40)
            inputs = [i for i in row.crit.inputs if i in self.fields]
            if inputs:
                iid = inputs[0]
            else:
                return
        w = self.fields.get(iid) or self.lab_rows.get(iid)
        if w is None:
            return
        target = w.time if isinstance(w, LabRow) else (w.date if isinstance(w, TestSeries) else w)
        self.scroll.ensureWidgetVisible(target, 40, 120)
        target.setFocus(Qt.ShortcutFocusReason)

    def _go_to_item(self, item) -> None:
        self.focus_input(item.data(Qt.UserRole))

    # -- actions -------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.save_btn.isEnabled():
            return False
        answers = self.answers()
        reason = None
        if self.state.version is not None and self.ever_signed:
            dlg = ReasonPrompt(self.tr("Reason for the change"),
                               self.tr("This assessment was signed. Why is it changed? "
                                       "The new version will need a new signature."),
                               self, object_name="ChangeReasonDialog")
            if dlg.exec() != QtWidgets.QDialog.Accepted:
                return False
            reason = dlg.text()
        session, pid = self.session, self.patient_id
        self.save_btn.setEnabled(False)
        self.run(lambda: S.save_assessment(session, pid, answers, reason),
                 lambda _v: self._written(self.tr("Saved.")), self._write_failed)
        return True

    def _written(self, text: str) -> None:
        self.feedback.setText(text)
        self._edited = False
        if self._notify is not None:
            self._notify(self.patient_id)    # the patient view refreshes every tab, this one too
        else:
            self.refresh()

    def _write_failed(self, err) -> None:
        self._failed(err)
        self.reevaluate()

    def sign(self) -> bool:
        """Ask the password in a prompt that stays open on a wrong password
        (error shown in it, field cleared and focused); True once signed."""
        if not self.sign_btn.isEnabled():
            return False
        dlg = PasswordPrompt(self.tr("Sign eligibility"),
                             self.tr("Electronic signature by {name}. Meaning: eligibility confirmed. "
                                     "Enter your password.").format(name=self.session.user.display_name),
                             self, object_name="SignPasswordDialog")
        session, pid = self.session, self.patient_id
        outcome: dict = {}

        def signed(_signature):
            outcome["signed"] = True
            dlg.accept()

        def refused(err):
            if isinstance(err, WrongPassword):
                dlg.refuse(self.tr("Wrong password: nothing was signed. Type your password again."))
            elif isinstance(err, LockedOut):
                dlg.refuse(message_for(err))
            else:
                outcome["error"] = err
                dlg.reject()
        dlg.submitted.connect(lambda password: self.run(
            lambda: S.sign_assessment(session, pid, password), signed, refused))
        dlg.exec()
        if outcome.get("signed"):
            self._written(self.tr("Signed: eligibility confirmed."))
            return True
        if "error" in outcome:
            self._write_failed(outcome["error"])
        return False

    def include(self) -> bool:
        if not self.include_btn.isEnabled():
            return False
        session, pid = self.session, self.patient_id
        self.include_btn.setEnabled(False)
        self.run(lambda: S.include_patient(session, pid), self._included, self._write_failed)
        return True

    def _included(self, res) -> None:
        text = self.tr("Included as {subject} ({n} of {target}).").format(
            subject=res.subject_id, n=res.included, target=res.target)
        if res.target_state == "reached":
            text += " " + self.tr("The trial target is reached.")
        elif res.target_state == "near":
            text += " " + self.tr("The trial target is nearly reached.")
        self._written(text)
