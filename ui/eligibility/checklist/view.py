"""The TJT2012 eligibility checklist: grouped as the protocol groups it,
fillable by keyboard alone, every criterion re-evaluated as data is typed,
computed items showing the numbers used, missing items highlighted, lab
series entry with the previous value shown, and the investigator's signature."""
from __future__ import annotations

import html

from bedside.eligibility import service
from bedside.eligibility.draft import ChecklistData, load_checklist
from bedside.eligibility.units import fmt
from bedside.errors import LockedOut, WrongPassword
from bedside.roles import Permission
from ui import errors
from ui.errors import message_for
from ui.i18n import current_language
from ui.ops import Op
from ui.qt import QtGui, QtWidgets, Qt
from ui.style import colour
from ui.widgets.buttons import push_button
from ui.widgets.choices import ChoiceButtons
from ui.widgets.layouts import flush
from ui.widgets.prompts import PasswordPrompt, ReasonPrompt
from ui.widgets.themed import Themed

from ..texts import OVERALL_CHIP, choice_text, overall_text, status_text
from ..widgets import Field, StatusChip, app_style, local_text, wrap_label
from .presenter import SKIP_INPUTS, ChecklistView, present
from .rows import CriterionRow, LabRow, TestSeries

TODO_COLOURS = {"not_met": "field_bad_bg", "provisional": "banner_bg", None: "notice_bg"}   # theme roles (ui/style.py)


class TodoList(QtWidgets.QListWidget):
    """The side panel's to-do list. Its first item is always shown whole: the
    list is at least that tall (up to ``FIRST_ITEM_MAX`` px; a longer one
    scrolls by pixel, not by item, so it can still be read to its end).
    Squeezed by a long verdict above it, the list once cut its first line."""
    FIRST_ITEM_MAX = 150

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollPerPixel)
        self.setResizeMode(QtWidgets.QListView.Adjust)

    def show_items(self, items: list[QtWidgets.QListWidgetItem]) -> None:
        self.clear()
        self.setMinimumHeight(0)
        for item in items:
            self.addItem(item)
        self.setVisible(bool(items))

    def updateGeometries(self) -> None:  # noqa: N802 - Qt
        """Items are laid out (at this width): keep the first one whole. The
        floor only rises until the next :meth:`show_items`, so a scroll bar
        coming or going cannot make it swing."""
        super().updateGeometries()
        if self.count():
            need = min(self.visualItemRect(self.item(0)).height(), self.FIRST_ITEM_MAX) + 2 * self.frameWidth()
            if need > self.minimumHeight():
                self.setMinimumHeight(need)


class ChecklistWidget(QtWidgets.QWidget):
    """Patient tab: the eligibility checklist (refresh() reloads from the vault).
    Built empty; the protocol and the patient's data arrive with the first
    load on the database worker, then the questions are built."""

    def __init__(self, ctx, patient_id: str, parent=None, hosted: bool = False):
        """``ctx``: the app's context; vault work runs as ``ui.ops.Op``s and
        each write tells the views what changed. ``hosted``: on the patient
        screen, which refreshes this tab on those changes; on its own, the
        widget reloads itself after a write."""
        super().__init__(parent)
        self.ctx, self.patient_id, self.hosted = ctx, patient_id, hosted
        self.setObjectName("EligibilityRoot")
        self.setProperty("scrolls_itself", True)    # the checklist scrolls, its side panel stays
        self.theme = Themed(self, app_style, then=self._retheme)   # the sheet, then the to-do items' colours
        self.lang = current_language()      # the interface's language, not the account's
        self.data: ChecklistData | None = None
        self.view: ChecklistView | None = None
        self.protocol = None
        self.tz = None
        self.fields: dict[str, QtWidgets.QWidget] = {}
        self.errors: dict[str, QtWidgets.QLabel] = {}
        self.rows: dict[str, CriterionRow] = {}
        self.lab_rows: dict[str, LabRow] = {}
        self._loading = False
        self.poller = None                  # fetches the lab system's results (ui/feed_poller.py)
        self._build()
        self.refresh()

    @property
    def session(self):
        return self.ctx.session

    @property
    def labs(self) -> dict:
        return self.data.labs if self.data else {}

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
        self.loading_line = wrap_label(self.tr("Loading the checklist…"), "hint")
        self.body.addWidget(self.loading_line)

    def _build_questions(self) -> None:
        """The protocol's questions (once, when the first load brought it)."""
        self.loading_line.hide()
        body = self.body.parentWidget()
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
        self.not_done_input = crit.rule.get("not_done_input")
        not_done = self.protocol.inputs[self.not_done_input] if self.not_done_input else None
        for lab in ("ferritin", "crp", "lymphocytes", "ldh", "d_dimer"):
            r = LabRow(self, lab, self.protocol.inputs[lab].label[self.lang], not_done, self.lang)
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
            w = ChoiceButtons([(c, d.choice_label(c, self.lang) if d.choice_labels else choice_text(c))
                               for c in choices], self, keys=keys, vertical=bool(d.choice_labels))
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
        hl = flush(QtWidgets.QVBoxLayout(holder), spacing=1)
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
        v.setSpacing(4)                     # the to-do list takes what is left of 768 px
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
        self.todo = TodoList(panel)
        self.todo.setObjectName("todo")
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
        self.save_btn = push_button(self.tr("Save checklist  (Ctrl+S)"), "save", self.save, panel, min_height=48)
        sc = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+S"), self, activated=self.save)
        sc.setContext(Qt.WidgetWithChildrenShortcut)
        # neutral, as Save: primary's bold type would cut "Signer : éligibilité
        # confirmée…" in the 272-px panel (tests/test_screens_fit_french.py)
        self.sign_btn = push_button(self.tr("Sign: eligibility confirmed…"), "sign", self.sign, panel, min_height=48)
        self.include_btn = push_button(self.tr("Include in the trial"), "include", self.include, panel, min_height=48)
        self.include_btn.setToolTip(self.tr("Gives the patient the next subject number."))
        for b in (self.save_btn, self.sign_btn, self.include_btn):
            v.addWidget(b)
        self.feedback = wrap_label("", "reason")
        self.feedback.setObjectName("feedback")
        self.feedback.hide()                # no empty line under the buttons: the room goes to the list
        v.addWidget(self.feedback)
        return panel

    # -- data ------------------------------------------------------------------------
    def refresh(self) -> None:
        session, pid, lang = self.session, self.patient_id, self.lang
        Op(self.ctx, lambda: load_checklist(session, pid, lang), parent=self).on_success(self._loaded) \
            .on_failure(self._failed).run()

    def _failed(self, err) -> None:
        self._say(message_for(err))

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    def _loaded(self, data: ChecklistData) -> None:
        keep_edits = self.view is not None and self.view.edited   # never overwrite what is being typed
        self.data = data
        if self.protocol is None:
            self.protocol, self.tz = data.protocol, data.tz
            self._build_questions()
        self._loading = True
        try:
            if not keep_edits:
                self._set_answers(data.state.answers)
            for lab, row in self.lab_rows.items():
                row.show_series(data.labs[lab], self.tz)
            pc = data.patient
            self.patient_line.setText(self.tr("{label}: born {dob}, sex {sex} (from registration)").format(
                label=pc.get("subject_id") or pc.get("screening_number", ""),
                dob=local_text(pc.get("date_of_birth"), self.tz, with_time=False), sex=pc.get("sex", "")))
        finally:
            self._loading = False
        editable = self.session.can(Permission.EDIT_CLINICAL)
        for w in list(self.fields.values()) + list(self.lab_rows.values()):
            w.setEnabled(editable)
        self.reevaluate()
        self.load_lab_offers()

    # -- results from the lab system (docs/hl7.md) ---------------------------------------
    def load_lab_offers(self) -> None:
        """Offer the lab system's results not yet accepted (from what this
        PC fetched); the first time, also fetch from the server."""
        from bedside.hl7feed.labs import lab_offers
        if self.poller is None:
            from ui.feed_poller import FeedPoller
            self.poller = FeedPoller(self.ctx, self)
            self.poller.fetched.connect(self.load_lab_offers)
            self.poller.poll()
        from bedside.hl7feed.feed import cache_for
        if not cache_for(self.session).items:           # nothing fetched: no vault work at all
            return
        session, pid = self.session, self.patient_id
        Op(self.ctx, lambda: lab_offers(session, pid), parent=self).on_success(self._offers) \
            .on_failure(lambda _err: None).run()

    def _offers(self, offers: dict) -> None:
        for lab, row in self.lab_rows.items():
            row.show_offers(offers.get(lab, []), self.tz)

    def reload_labs(self) -> None:
        self.refresh()

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
        not_done = answers.get(self.not_done_input) if getattr(self, "not_done_input", None) else None
        for lab, row in self.lab_rows.items():
            if row.not_done is not None:
                row.not_done.set_value((not_done or {}).get(lab))

    def raw_answers(self) -> dict:
        """What the widgets hold, as typed (the core parses it)."""
        out = {}
        for iid, w in self.fields.items():
            if isinstance(w, ChoiceButtons):
                out[iid] = w.value()
            elif isinstance(w, TestSeries):
                out[iid] = list(w.tests)
            else:
                out[iid] = w.text()
        if getattr(self, "not_done_input", None):
            out[self.not_done_input] = {lab: row.not_done.value() for lab, row in self.lab_rows.items()
                                        if row.not_done is not None and row.not_done.value()}
        return out

    def answers(self) -> dict:
        """The values that parse (what Save would store)."""
        return dict(self.view.answers) if self.view else {}

    # -- painting ------------------------------------------------------------------------
    def reevaluate(self, *_):
        if self._loading or self.data is None:
            return None
        self.view = present(self.data, self.raw_answers(), self.session.clock.now(), self.lang,
                            can_edit=self.session.can(Permission.EDIT_CLINICAL),
                            can_sign=self.session.can(Permission.SIGN_ELIGIBILITY))
        self._paint(self.view)
        return self.view.assessment

    def _paint(self, v: ChecklistView) -> None:
        for iid, w in self.fields.items():
            err = self.errors[iid]
            if iid in v.parse_errors:
                err.setText(errors.text(v.parse_errors[iid]))
            err.setVisible(iid in v.parse_errors)
            if hasattr(w, "set_state"):
                w.set_state(v.field_states.get(iid, ""))
        for c in v.criteria:
            row = self.rows[c.id]
            row.chip.set_status(c.status, status_text(c.status, c.kind))
            lines = [errors.text(m) for m in c.reasons]
            if c.computed and lines:
                lines[0] = "= " + lines[0]
            row.reasons.setText("\n".join(lines))
        self._paint_branches(v)
        self.overall.set_status(OVERALL_CHIP[v.overall], overall_text(v.overall))
        self.summary.setText(errors.text(v.summary))
        self._paint_todo(v)
        consent = self.tr("Consent: {state}").format(state=status_text(
            "met" if v.consent == "given" else ("not_met" if v.consent == "refused" else "pending")))
        if v.consent_reason is not None:
            consent += " — " + errors.text(v.consent_reason)
        self.consent_line.setText(consent)
        self._paint_signature(v)

    def _paint_todo(self, v: ChecklistView) -> None:
        items = []
        for t in v.todo:
            if t.criterion_id is not None:            # what excludes, then what is awaited
                status = status_text(t.status, t.kind)
                text = (self.tr("{criterion} — {status}: {reason}").format(
                            criterion=t.criterion_id, status=status, reason=errors.text(t.first_reason))
                        if t.first_reason else
                        self.tr("{criterion} — {status}").format(criterion=t.criterion_id, status=status))
            else:                                     # what to enter
                text = self.tr("To enter: {what}").format(what=self.protocol.inputs[t.input_id].label[self.lang])
            item = QtWidgets.QListWidgetItem(text)
            item.setData(Qt.UserRole, t.target)
            role = TODO_COLOURS.get(t.status if t.criterion_id else None)
            if role:
                item.setBackground(QtGui.QColor(colour(role)))
            items.append(item)
        self.todo.show_items(items)
        self.todo_title.setVisible(bool(items))

    def _retheme(self) -> None:
        """Night mode switched: the to-do items carry their own background."""
        if self.view is not None:
            self._paint_todo(self.view)

    def _paint_branches(self, v: ChecklistView) -> None:
        if not hasattr(self, "branch_box"):
            return
        self.labs_box.setVisible(v.show_labs)
        self.branch_box.setVisible(v.branches is not None)
        for b in v.branches or ():
            chip, detail = self.branch_widgets[b.id]
            chip.set_status(b.status, status_text(b.status))
            detail.setText("\n".join(errors.text(m) for m in b.reasons))

    def _paint_signature(self, v: ChecklistView) -> None:
        if v.version is not None:
            self.version_line.setText(self.tr("Protocol {protocol}, assessment version {version}").format(
                protocol=v.protocol_key, version=v.version))
        else:
            self.version_line.setText(self.tr("Protocol {protocol}, not saved yet").format(protocol=v.protocol_key))
        s = v.signature
        if s.state == "signed":
            self.signature_line.setText(self.tr("Signed by {name} on {time}: eligibility confirmed.").format(
                name=s.signer, time=local_text(s.signed_utc.isoformat(), self.tz)))
        elif s.state == "changed":
            self.signature_line.setText(self.tr("Changed since the last signature: needs a new signature."))
        else:
            self.signature_line.setText(self.tr("Not signed."))
        self.save_btn.setEnabled(v.can_save)
        self.sign_btn.setEnabled(v.can_sign)
        self.sign_btn.setToolTip(self.tr("Only an investigator can sign; a nurse can prepare.")
                                 if v.investigator_only else "")
        if v.investigator_only:
            self.sign_btn.setText(self.tr("Sign (investigator only)"))
        self.include_btn.setEnabled(v.can_include)
        if v.included_subject:
            self.include_btn.setText(self.tr("Included: {subject}").format(subject=v.included_subject))

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
        if self.data.state.version is not None and self.data.ever_signed:
            dlg = ReasonPrompt(self.tr("Reason for the change"),
                               self.tr("This assessment was signed. Why is it changed? "
                                       "The new version will need a new signature."),
                               self, object_name="ChangeReasonDialog")
            if dlg.exec() != QtWidgets.QDialog.Accepted:
                return False
            reason = dlg.text()
        session, pid = self.session, self.patient_id
        Op(self.ctx, lambda: service.save_assessment(session, pid, answers, reason), parent=self).busy(self.save_btn) \
            .on_success(lambda _v: self._written(self.tr("Saved."))).on_failure(self._write_failed).run()
        return True

    def _written(self, text: str) -> None:
        """Stored: the Op told the views what changed; the patient screen
        refreshes this tab with them (``ELIGIBILITY_TAB.shows``)."""
        self._say(text)
        self.view = None                     # what is stored now is what was typed
        if not self.hosted:
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
        dlg.submitted.connect(lambda password: Op(self.ctx, lambda: service.sign_assessment(session, pid, password),
                                                  parent=dlg)
                              .on_success(signed).on_failure(refused).run())
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
        Op(self.ctx, lambda: service.include_patient(session, pid), parent=self).busy(self.include_btn) \
            .on_success(self._included) \
            .on_failure(self._write_failed).run()
        return True

    def _included(self, res) -> None:
        text = self.tr("Included as {subject} ({n} of {target}).").format(
            subject=res.subject_id, n=res.included, target=res.target)
        if res.target_state == "reached":
            text += " " + self.tr("The trial target is reached.")
        elif res.target_state == "near":
            text += " " + self.tr("The trial target is nearly reached.")
        self._written(text)
