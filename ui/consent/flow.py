"""The guided consent flow: one question per screen, the pathway chosen from
the situation ("Can the patient understand and decide right now?"), big
touch targets. Every step is validated and stored by the core
(`bedside.consent`); this widget only asks and shows."""
from __future__ import annotations

import datetime as dt

from bedside.consent import pathway as consent_pathway
from bedside.consent import service
from bedside.consent.config import ConsentConfig
from bedside.consent.forms import load_contact_methods, load_pass_over_reasons
from bedside.consent.signature import validate_signature
from bedside.consent.status import needs_reconsent
from bedside.errors import BedsideError
from bedside.roles import Permission
from ui.consent.pdf import render_consent_pdf
from ui.consent.save_copy import save_consent_copy
from ui.consent.signature_pad import SignaturePad
from ui.consent.words import PATHWAY, SCOPE, word
from ui.errors import message_for
from ui.ops import Op
from ui.widgets.check_line import CheckLine
from ui.widgets.combo import combo_box
from ui.widgets.themed import Themed
from ui.i18n import format_date, localized
from ui.consent.widgets import Choice, YesNo, form_row, label, scrolled, sheet
from ui.widgets.buttons import Kind, Size, push_button
from ui.qt import QtCore, QtWidgets, Qt, Signal

ASSESS, OBTAIN = Permission.ASSESS_CAPACITY, Permission.OBTAIN_CONSENT
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "nl": "Nederlands", "de": "Deutsch"}



class Page(QtWidgets.QWidget):
    """One step: a question, its body, an error line and the navigation bar."""

    def __init__(self, flow: "ConsentFlow", name: str, question: str, hint: str = ""):
        super().__init__()
        self.flow = flow
        self.setObjectName(f"step-{name}")
        self.name = name
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(28, 18, 28, 16)
        outer.setSpacing(12)
        self.question = label(question, "question")
        outer.addWidget(self.question)
        if hint:
            outer.addWidget(label(hint, "hint"))
        inner = QtWidgets.QWidget()
        inner.setObjectName("consent-body")
        self.body = QtWidgets.QVBoxLayout(inner)
        self.body.setContentsMargins(0, 4, 8, 4)
        self.body.setSpacing(12)
        outer.addWidget(scrolled(inner), 1)
        self.error = label("", "error")
        self.error.setObjectName("consent-error")
        self.error.hide()
        outer.addWidget(self.error)
        nav = QtWidgets.QHBoxLayout()
        nav.setSpacing(16)
        self.back = push_button(self.tr("◀  Back"), size=Size.TOUCH)
        self.back.setObjectName("consent-back")
        self.back.clicked.connect(flow.go_back)
        nav.addWidget(self.back)
        nav.addStretch(1)
        self.primary = push_button("", kind=Kind.PRIMARY, size=Size.TOUCH)
        self.primary.setObjectName("consent-primary")
        self.primary.setMinimumWidth(320)
        self.primary.hide()
        nav.addWidget(self.primary)
        outer.addLayout(nav)

    def set_primary(self, text: str, callback) -> QtWidgets.QPushButton:
        self.primary.setText(text)
        self.primary.show()
        self.primary.clicked.connect(lambda: self._guard(callback))
        return self.primary

    def _guard(self, callback) -> None:
        self.error.hide()
        try:
            callback()
        except BedsideError as e:
            self.show_error(message_for(e))

    def do(self, fn, on_ok) -> None:
        """Run `fn` (vault work) on the DB worker; the step's button waits, errors are shown here."""
        self.error.hide()
        Op(self.flow.ctx, fn, parent=self).busy(self.primary).on_success(on_ok) \
            .on_failure(lambda err: self.show_error(message_for(err))).run()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def add(self, w: QtWidgets.QWidget) -> QtWidgets.QWidget:
        self.body.addWidget(w)
        return w


class ConsentFlow(QtWidgets.QWidget):
    """Guided capture for one patient. Emits `page_shown(page)` whenever a
    step comes up (ui/consent/draft.py keeps it); what a step stored reaches
    every view through its ``Op`` (``bedside.changes.recorded``)."""
    page_shown = Signal(object)

    def __init__(self, ctx, patient_id: str, parent=None, config: ConsentConfig | None = None,
                 render_pdf=render_consent_pdf):
        super().__init__(parent)
        self.setObjectName("ConsentFlow")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.theme = Themed(self, sheet)
        self.ctx, self.session, self.patient_id = ctx, ctx.session, patient_id
        self._given_config = config        # None: the site's, read with the state on the DB worker
        self.config = config or ConsentConfig.default()
        self.render_pdf = render_pdf
        self.patient_name = ""
        self.state = consent_pathway.ConsentState()
        self._stack = QtWidgets.QStackedWidget()
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._stack)
        self._history: list[Page] = []
        self.draft: dict = {}
        self.last_version = None
        self.refresh()

    # -- navigation --------------------------------------------------------
    @property
    def page(self) -> Page:
        return self._stack.currentWidget()

    def show_page(self, page: Page) -> Page:
        if self._history:
            self._history[-1].hide()
        self._history.append(page)
        page.body.addStretch(1)
        self._stack.addWidget(page)
        self._stack.setCurrentWidget(page)
        page.back.setVisible(len(self._history) > 1)
        self.page_shown.emit(page)
        return page

    def go_back(self) -> None:
        if len(self._history) > 1:
            old = self._history.pop()
            self._stack.removeWidget(old)
            old.deleteLater()
            self._stack.setCurrentWidget(self._history[-1])
            self.page_shown.emit(self._history[-1])

    def refresh(self) -> None:
        """Back to the situation's first question (after storing, or on open)."""
        self._reset_history()
        self.draft = {}
        session, pid, given = self.session, self.patient_id, self._given_config

        def load():
            config = given or ConsentConfig.for_session(session)
            return config, service.state_of(session, pid, config), service.patient_summary(session, pid)["name"]

        def show(result):
            self.config, self.state, self.patient_name = result
            self._hub()
            then, self._continue_with = getattr(self, "_continue_with", None), None
            if then == "witness" and self.state.status == consent_pathway.NO_REPRESENTATIVE and self.session.can(OBTAIN):
                self._signer("witness")

        def fail(err):
            p = Page(self, "error", message_for(err))
            self.show_page(p)
        Op(self.ctx, load, parent=self).on_success(show).on_failure(fail).run()

    def _now(self) -> dt.datetime:
        return self.session.clock.now()

    # -- hub: first question chosen from the state -------------------------
    def _hub(self) -> None:
        s = self.state
        if s.status == consent_pathway.NONE:
            p = Page(self, "start", self.tr("Can the patient understand the study and decide right now?"),
                     self.tr("Awake, oriented, able to follow the explanation and to say yes or no."))
            c = p.add(Choice([("yes", self.tr("Yes — the patient can decide")),
                              ("no", self.tr("No — the patient cannot decide (sedated, confused, too ill)"))]))
            c.setObjectName("capacity-choice")
            c.changed.connect(lambda k: self._capacity(k == "yes"))
            self._restrict(p, c, {"yes": ASSESS, "no": ASSESS})
        elif s.status == consent_pathway.INCAPABLE:
            p = Page(self, "representative-reachable", self.tr("Can you reach a legal representative now?"),
                     self.tr("Look for one in this order:"))
            order = "\n".join(f"{i + 1}. {localized(r['label'])}"
                              for i, r in enumerate(self.config.representative_order))
            p.add(label(order, "hint"))
            c = p.add(Choice([("yes", self.tr("Yes — a representative is here or on the phone")),
                              ("no", self.tr("No — nobody could be reached")),
                              ("capable", self.tr("The patient can now decide (new assessment)"))]))
            c.setObjectName("representative-choice")
            c.changed.connect(lambda k: self._signer("representative") if k == "yes"
                              else self._unreachable() if k == "no" else self._capacity(True))
            self._restrict(p, c, {"yes": OBTAIN, "no": OBTAIN, "capable": ASSESS})
        elif s.status == consent_pathway.NO_REPRESENTATIVE:
            p = Page(self, "witness-intro", self.tr("No representative could be reached: ask an impartial witness"),
                     self.tr("A physician from a department not taking part in the trial, or a member of the Ethics Committee."))
            p.set_primary(self.tr("Continue with the witness  ▶"), lambda: self._signer("witness"))
            p.add(label(self.tr("Has the situation changed?"), "hint"))
            c = p.add(Choice([("representative", self.tr("A representative has been reached after all")),
                              ("capable", self.tr("The patient can now decide (new assessment)"))]))
            c.setObjectName("witness-alternatives")
            c.changed.connect(lambda k: self._signer("representative") if k == "representative" else self._capacity(True))
            self._restrict(p, c, {"representative": OBTAIN, "capable": ASSESS})
            p.primary.setEnabled(self.session.can(OBTAIN))
        elif s.status == consent_pathway.PENDING:
            p = Page(self, "pending", self.tr("Confirmation by the patient is pending"))
            p.add(label(self._pending_text(), "status"))
            p.add(label(self.tr("Can the patient now understand and decide?"), "question"))
            c = p.add(Choice([("capable", self.tr("Yes — assess capacity and ask the patient now")),
                              ("died", self.tr("The patient died without regaining capacity")),
                              ("discharged", self.tr("The patient was discharged without regaining capacity")),
                              ("withdraw", self.tr("A legal representative withdraws consent"))]))
            if needs_reconsent(s, self.config, self._now().date()) and s.basis["pathway"] == "representative":
                c2 = p.add(push_button(self.tr("New form version approved: representative re-consents"),
                                        kind=Kind.CHOICE, size=Size.TOUCH))
                c2.clicked.connect(lambda: self._signer("representative"))
            c.setObjectName("pending-choice")
            c.changed.connect(self._pending_choice)
            self._restrict(p, c, {"capable": ASSESS})
        elif s.status == consent_pathway.PENDING_CAPABLE:
            p = self._decision_page()
        elif s.status == consent_pathway.CONSENTED:
            p = Page(self, "consented", self.tr("Consent is in place"))
            p.add(label(self._basis_text(), "ok"))
            if needs_reconsent(s, self.config, self._now().date()):
                cur = self.config.catalogue.current_version(self.config.form_id, self._now().date())
                p.add(label(self.tr("A newer form version ({version}) is approved by the Ethics Committee: "
                                    "ask the patient to re-consent.").format(version=cur), "error"))
                b = p.add(push_button(self.tr("Re-consent on version {version}").format(version=cur),
                                       kind=Kind.CHOICE, size=Size.TOUCH))
                b.setObjectName("reconsent")
                b.clicked.connect(lambda: self._start_consent("patient"))
                b.setEnabled(self.session.can(OBTAIN))
            b = p.add(push_button(self.tr("The patient can no longer decide (record assessment)"),
                                   kind=Kind.CHOICE, size=Size.TOUCH))
            b.clicked.connect(lambda: self._capacity(False))
            b.setEnabled(self.session.can(ASSESS))
            self._maybe_withdraw(p)
        else:
            p = Page(self, "closed", self.tr("Participation has ended"))
            p.add(label(self._closed_text(), "status"))
            self._maybe_withdraw(p, self.tr("Record a further withdrawal (e.g. objection to use of data)"))
        self.show_page(p)

    def _restrict(self, page: Page, choice: Choice, needs: dict) -> None:
        """Grey out what this user's role may not do, and say who can."""
        blocked = [k for k, perm in needs.items() if not self.session.can(perm)]
        for k in blocked:
            choice.buttons[k].setEnabled(False)
        if blocked:
            page.body.insertWidget(0, label(self.tr(
                "Only an investigator can assess capacity and obtain consent. "
                "You can record a withdrawal, a death or a discharge."), "status"))

    def _maybe_withdraw(self, page: Page, text: str | None = None) -> None:
        holders = self.state.right_holders()
        if not holders:
            return
        b = page.add(push_button(text or self.tr("Record a withdrawal of consent"), kind=Kind.DANGER, size=Size.TOUCH))
        b.setObjectName("withdraw")
        b.clicked.connect(lambda: self._withdraw(holders[-1] if self.state.has_capacity is False else "patient"))

    def _pathway_word(self, pathway: str) -> str:
        return word(PATHWAY, pathway)

    def _pending_text(self) -> str:
        b = self.state.basis
        days = (self._now() - dt.datetime.fromisoformat(self.state.pending_since)).days
        return self.tr("Consent given by {who} ({name}) on {date} — {days} day(s) ago, form version {version}.").format(
            who=self._pathway_word(b["pathway"]), name=b["signer"]["name"], date=format_date(self.state.pending_since),
            days=days, version=b["form_version"])

    def _basis_text(self) -> str:
        b = self.state.basis
        text = self.tr("Signed by {who} ({name}) on {date}, form version {version} ({language}).").format(
            who=self._pathway_word(b["pathway"]), name=b["signer"]["name"], date=b["at"][:10],
            version=b["form_version"], language=b["language"])
        if self.state.confirmed is not None:
            text += "\n" + self.tr("This confirms the consent given earlier on the patient's behalf.")
        return text

    def _closed_text(self) -> str:
        s = self.state
        if s.status == consent_pathway.REFUSED:
            obj = self.tr("objects") if s.refusal.get("objects_to_data_use") else self.tr("does not object")
            t = self.tr("The patient refused to continue on {date} and {objection} to the use of data already collected.").format(
                date=s.refusal["at"][:10], objection=obj)
        elif s.status == consent_pathway.WITHDRAWN:
            t = self.tr("Consent withdrawn on {date} by {who}. Scope: {scope}.").format(
                date=s.withdrawal["at"][:10], who=self._pathway_word(s.withdrawal["by"]),
                scope=", ".join(self._scope_word(x) for x in s.withdrawal["scope"]))
        elif s.end and s.end["outcome"] == "died":
            t = self.tr("The patient died on {date} without regaining capacity.").format(date=s.end["at"][:10])
        else:
            t = self.tr("The patient was discharged on {date} without regaining capacity.").format(date=s.end["at"][:10])
        if s.basis is not None:
            t += "\n" + self._basis_text()
        return t

    def _scope_word(self, key: str) -> str:
        return word(SCOPE, key)

    def _pending_choice(self, key: str) -> None:
        if key == "capable":
            self._capacity(True)
        elif key in ("died", "discharged"):
            self._end(key)
        else:
            self._withdraw("representative")

    # -- capacity assessment ------------------------------------------------
    def _capacity(self, has: bool) -> None:
        if has:
            p = Page(self, "capacity-yes", self.tr("Record that the patient can decide"),
                     self.tr("How did you check? (optional: e.g. oriented, explains the study back in their own words)"))
        else:
            p = Page(self, "capacity-no", self.tr("Why can the patient not decide right now?"),
                     self.tr("A physician records this before a representative or witness can be asked."))
        reason = p.add(QtWidgets.QPlainTextEdit())
        reason.setObjectName("capacity-reason")
        reason.setPlaceholderText(self.tr("e.g. sedated and intubated (RASS -4)") if not has else "")
        reason.setMaximumHeight(120)
        p.add(label(self.tr("Assessing physician: {name}").format(name=self.session.user.display_name), "status"))
        password_edit = form_row(p.body, self.tr("Your password, to sign the assessment"), QtWidgets.QLineEdit())
        password_edit.setObjectName("password")
        password_edit.setEchoMode(QtWidgets.QLineEdit.Password)

        def save():
            session, pid, config, why, secret = self.session, self.patient_id, self.config, reason.toPlainText(), password_edit.text()
            password_edit.clear()

            def work():
                service.record_capacity(session, pid, has_capacity=has, reason=why, password=secret, config=config)
                return service.state_of(session, pid, config)

            def done(state):
                if has and state.status == consent_pathway.NONE:
                    self.state = state
                    self._reset_history()
                    self._start_consent("patient")
                else:
                    self.refresh()
            p.do(work, done)

        p.set_primary(self.tr("Sign the assessment  ▶"), save)
        password_edit.returnPressed.connect(p.primary.click)
        self.show_page(p)

    # -- attempts to reach a representative ---------------------------------
    def _unreachable(self) -> None:
        p = Page(self, "unreachable", self.tr("Whom did you try to reach, and when?"),
                 self.tr("Record every attempt. The witness pathway opens after this record."))
        rows: list[dict] = []
        holder = QtWidgets.QVBoxLayout()
        box = QtWidgets.QWidget()
        box.setLayout(holder)
        p.add(box)

        def add_row():
            frame = QtWidgets.QFrame()
            frame.setObjectName("attempt")
            g = QtWidgets.QGridLayout(frame)
            rel = combo_box()
            for r in self.config.representative_order:
                rel.addItem(localized(r["label"]), r["id"])
            whom = QtWidgets.QLineEdit()
            whom.setPlaceholderText(self.tr("Name"))
            when = QtWidgets.QDateTimeEdit(QtCore.QDateTime(self._now().astimezone()))
            when.setDisplayFormat("dd/MM/yyyy HH:mm")
            when.setCalendarPopup(True)
            how = combo_box()
            for m in load_contact_methods():
                how.addItem(localized(m["label"]), m["id"])
            outcome = QtWidgets.QLineEdit()
            outcome.setPlaceholderText(self.tr("Outcome, e.g. no answer"))
            for i, (cap, w) in enumerate([(self.tr("Relationship"), rel), (self.tr("Whom"), whom),
                                          (self.tr("When"), when), (self.tr("How"), how), (self.tr("Outcome"), outcome)]):
                g.addWidget(label(cap, "hint"), i // 2 * 2, i % 2)
                g.addWidget(w, i // 2 * 2 + 1, i % 2)
            holder.addWidget(frame)
            rows.append({"rel": rel, "whom": whom, "when": when, "how": how, "outcome": outcome})

        add_row()
        more = p.add(push_button(self.tr("+ Add another attempt"), size=Size.TOUCH))
        more.setObjectName("add-attempt")
        more.clicked.connect(add_row)
        p.rows = rows

        def save():
            attempts = [{"relationship": r["rel"].currentData(), "whom": r["whom"].text(),
                         "when": r["when"].dateTime().toPython().astimezone().isoformat(),
                         "how": r["how"].currentData(), "outcome": r["outcome"].text()} for r in rows]
            session, pid, config = self.session, self.patient_id, self.config
            def recorded(result):
                self._continue_with = "witness"      # straight on to the witness (the intro stays one Back away)
                self._saved(result)
            p.do(lambda: service.record_step(session, pid, {"kind": "unreachable", "attempts": attempts}, config=config),
                 recorded)
        p.set_primary(self.tr("Record: no representative reachable  ▶"), save)
        self.show_page(p)

    # -- consent sub-flow ---------------------------------------------------
    def _start_consent(self, pathway: str) -> None:
        self.draft = {"pathway": pathway, "signer": {}}
        if pathway == "patient":
            self.draft["signer"] = {"name": self.patient_name}
        self._language()

    def _signer(self, pathway: str) -> None:
        self.draft = {"pathway": pathway, "signer": {}}
        if pathway == "representative":
            p = Page(self, "representative", self.tr("Who is the representative?"))
            p.add(label(self.tr("Relationship to the patient (in the legal order of priority)"), "hint"))
            rel = p.add(Choice([(r["id"], localized(r["label"]))
                                for r in self.config.representative_order], columns=2))
            rel.setObjectName("relationship")
            passed = p.add(QtWidgets.QFrame())
            passed.setObjectName("passed-over")
            passed_grid = QtWidgets.QGridLayout(passed)
            passed_grid.setContentsMargins(0, 0, 0, 0)
            reasons: dict[str, QtWidgets.QComboBox] = {}

            def show_passed_over(rel_id):
                """One reason per earlier step of the legal order, asked when a later step signs."""
                while passed_grid.count():
                    passed_grid.takeAt(0).widget().deleteLater()
                reasons.clear()
                ids = self.config.representative_ids
                earlier = self.config.representative_order[:ids.index(rel_id)] if rel_id in ids else []
                if earlier:
                    passed_grid.addWidget(label(self.tr("Step {n} of the legal order: why was each earlier step "
                                                        "passed over?").format(n=len(earlier) + 1), "hint"),
                                          0, 0, 1, 2)
                for i, r in enumerate(earlier, start=1):
                    box = combo_box()
                    box.setObjectName(f"passed-over-{r['id']}")
                    box.addItem(self.tr("— choose why —"), None)
                    for why in load_pass_over_reasons():
                        box.addItem(localized(why["label"]), why["id"])
                    caption = label(f"{i}. {localized(r['label'])}")
                    caption.setToolTip(r.get("law", ""))
                    passed_grid.addWidget(caption, i, 0)
                    passed_grid.addWidget(box, i, 1)
                    reasons[r["id"]] = box
                passed_grid.setColumnStretch(0, 1)

            rel.changed.connect(show_passed_over)
            name = form_row(p.body, self.tr("Full name"), QtWidgets.QLineEdit())
            name.setObjectName("signer-name")
            contact = form_row(p.body, self.tr("Phone or address"), QtWidgets.QLineEdit())
            contact.setObjectName("signer-contact")

            def nxt():
                if rel.value() is None or not name.text().strip() or not contact.text().strip():
                    p.show_error(self.tr("Choose the relationship and fill in the name and the contact."))
                    return
                if any(box.currentData() is None for box in reasons.values()):
                    p.show_error(self.tr("Say why each earlier step of the legal order was passed over."))
                    return
                self.draft["signer"] = {"name": name.text(), "relationship": rel.value(), "contact": contact.text(),
                                        "passed_over": [{"step": step, "reason": box.currentData()}
                                                        for step, box in reasons.items()]}
                self._language()
        else:
            p = Page(self, "witness", self.tr("Who is the impartial witness?"))
            role = p.add(Choice([(r["id"], localized(r["label"]))
                                 for r in self.config.witness_roles]))
            role.setObjectName("witness-role")
            name = form_row(p.body, self.tr("Full name"), QtWidgets.QLineEdit())
            name.setObjectName("signer-name")
            dept = form_row(p.body, self.tr("Department"), QtWidgets.QLineEdit())
            dept.setObjectName("signer-department")
            indep = p.add(CheckLine(self.tr("The witness attests being independent of the trial: "
                                            "not an investigator, not in a participating department, "
                                            "no interest in it."), "independent")).box

            def nxt():
                roles = {r["id"]: r for r in self.config.witness_roles}
                if role.value() is None or not name.text().strip():
                    p.show_error(self.tr("Choose the witness's role and fill in the name."))
                    return
                if roles[role.value()]["department_required"] and not dept.text().strip():
                    p.show_error(self.tr("Fill in the witness's department."))
                    return
                if not indep.isChecked():
                    p.show_error(self.tr("The witness must attest being independent of the trial."))
                    return
                self.draft["signer"] = {"name": name.text(), "role": role.value(), "department": dept.text(),
                                        "independent": True}
                self._language()
        p.set_primary(self.tr("Next  ▶"), nxt)
        self.show_page(p)

    def _language(self) -> None:
        today = self._now().date()
        version = self.config.catalogue.current_version(self.config.form_id, today)
        p = Page(self, "language", self.tr("In which language will the form be read?"))
        if version is None:
            p.show_error(self.tr("No consent form version is approved yet."))
            self.show_page(p)
            return
        langs = self.config.form_languages(version)
        c = p.add(Choice([(lang, LANGUAGE_NAMES.get(lang, lang)) for lang in langs], columns=2))
        c.setObjectName("language")

        def chosen(lang):
            self.draft["form"] = self.config.catalogue.get(self.config.form_id, version, lang)
            self._read()
        c.changed.connect(chosen)
        self.show_page(p)

    def _read(self) -> None:
        f = self.draft["form"]
        p = Page(self, "read", self.tr("Read and explain the form"))
        p.add(label(self.tr("{form} version {version} ({language}) — approved by the Ethics Committee on {date}").format(
            form=f.form_id, version=f.version, language=f.language, date=format_date(f.ec_approval_date)), "status"))
        text = QtWidgets.QTextBrowser()
        text.setObjectName("form-text")
        html = f"<h2>{_esc(f.title)}</h2>" + "".join(f"<h3>{_esc(s.heading)}</h3><p>{_esc(s.text)}</p>" for s in f.sections)
        text.setHtml(html)
        text.setMinimumHeight(360)
        p.add(text)
        p.set_primary(self.tr("Read and explained — questions answered  ▶"),
                      lambda: self._optional() if f.optional_items else self._signature())
        self.show_page(p)

    def _optional(self) -> None:
        f = self.draft["form"]
        p = Page(self, "optional", self.tr("Optional items — ask each one"),
                 self.tr("The answer does not change participation in the trial."))
        answers = {}
        for item in f.optional_items:
            p.add(label(item.text, "hint"))
            yn = p.add(YesNo(self.tr("Yes"), self.tr("No")))
            yn.setObjectName(f"optional-{item.id}")
            answers[item.id] = yn

        def nxt():
            if any(a.answer() is None for a in answers.values()):
                p.show_error(self.tr("Please answer every optional item (yes or no)."))
                return
            self.draft["answers"] = {k: a.answer() for k, a in answers.items()}
            self._signature()
        p.set_primary(self.tr("Next  ▶"), nxt)
        self.show_page(p)

    def _signature(self) -> None:
        pathway = self.draft["pathway"]
        who = {"patient": self.tr("The patient signs"), "representative": self.tr("The representative signs"),
               "witness": self.tr("The witness signs")}[pathway]
        p = Page(self, "signature", who)
        if pathway == "patient":
            name = form_row(p.body, self.tr("Patient's full name"), QtWidgets.QLineEdit(self.draft["signer"].get("name", "")))
            name.setObjectName("signer-name")
        else:
            name = None
            p.add(label(self.draft["signer"]["name"], "status"))
        pad = p.add(SignaturePad())
        pad.setObjectName("signature-pad")
        pad.setMinimumHeight(220)
        clear = push_button(self.tr("Clear and sign again"), size=Size.TOUCH)
        clear.setObjectName("signature-clear")
        clear.clicked.connect(pad.clear)
        p.add(clear)

        def nxt():
            if name is not None:
                if not name.text().strip():
                    p.show_error(self.tr("Fill in the patient's name."))
                    return
                self.draft["signer"] = {"name": name.text()}
            validate_signature(pad.strokes(), self.config.signature_rules)  # refuses empty / trivial
            self.draft["strokes"] = pad.strokes()
            self._obtainer()
        p.set_primary(self.tr("Signature done  ▶"), nxt)
        self.show_page(p)

    def _obtainer(self) -> None:
        d, f = self.draft, self.draft["form"]
        p = Page(self, "obtainer", self.tr("You sign as the person who obtained consent"))
        summary = self.tr("Consent by {who}: {name}\nForm {form} version {version} ({language})").format(
            who=self._pathway_word(d["pathway"]), name=d["signer"]["name"], form=f.form_id, version=f.version,
            language=f.language)
        p.add(label(summary, "status"))
        p.add(label(self.tr("Signing means: “consent obtained”. {name}, enter your password.").format(
            name=self.session.user.display_name), "hint"))
        password_edit = p.add(QtWidgets.QLineEdit())
        password_edit.setObjectName("password")
        password_edit.setEchoMode(QtWidgets.QLineEdit.Password)

        def save():
            event = {"pathway": d["pathway"], "form_id": f.form_id, "form_version": f.version, "language": f.language,
                     "optional_answers": d.get("answers", {}), "signer": d["signer"],
                     "obtained_by": self.session.user.display_name}
            session, pid, config, secret, strokes = self.session, self.patient_id, self.config, password_edit.text(), d["strokes"]
            password_edit.clear()

            def work():  # vault work on the worker; the PDF is drawn on the GUI thread
                version, esig, _ = service.record_consent(session, pid, event, signature=strokes, password=secret,
                                                          config=config)
                return version, service.document_data(session, version, esig, config), service.state_of(session, pid, config)

            def recorded(result):
                version, doc, state = result
                self.last_version, self.state = version, state
                try:
                    pdf = self.render_pdf(doc) if self.render_pdf else None
                except Exception:  # the consent is stored and signed; the PDF can be made later from the tab
                    pdf = None
                if pdf is None:
                    self._done(version)
                    return
                p.do(lambda: service.attach_pdf(session, version, pdf), lambda _v: self._done(version))
            p.do(work, recorded)
        p.set_primary(self.tr("Sign and record the consent"), save)
        password_edit.returnPressed.connect(p.primary.click)
        password_edit.setFocus()
        self.show_page(p)

    def _reset_history(self) -> None:
        for old in self._history:
            self._stack.removeWidget(old)
            old.deleteLater()
        self._history = []

    def _saved(self, _result=None) -> None:
        self.refresh()

    def _done(self, version) -> None:
        self._reset_history()
        p = Page(self, "done", self.tr("Consent recorded"))
        msg = self.tr("Recorded and signed. SHA-256 of the record: {hash}").format(hash=version.content_hash)
        if self.state.confirmation_pending:
            msg += "\n" + self.tr("The patient must confirm as soon as they can decide: this is now on the dashboard.")
        p.add(label(msg, "ok"))
        save = p.add(push_button(self.tr("Save a copy of the consent (PDF)…"), size=Size.TOUCH))
        save.setObjectName("save-pdf")
        save.clicked.connect(lambda: self.save_pdf(version))
        self.copy_note = p.add(label("", "ok"))
        self.copy_note.setObjectName("consent-copy-note")
        self.copy_note.hide()
        self.pdf_saved = None
        p.set_primary(self.tr("Finish"), self.refresh)
        self.show_page(p)

    def save_pdf(self, version, path: str | None = None) -> None:
        """A copy of the stored PDF for the patient's file, where the user
        chooses (the audit trail records it)."""
        page = self.page

        def done(result):
            self.pdf_saved = result
            if result:
                self.copy_note.setText(self.tr("Copy saved: {path}").format(path=result))
                self.copy_note.show()

        def failed(err):
            page.show_error(message_for(err))
        page.error.hide()
        save_consent_copy(self, self.ctx, version, done, failed, path)

    # -- decisions at confirmation -----------------------------------------
    def _decision_page(self) -> Page:
        p = Page(self, "decision", self.tr("The patient can decide again. What does the patient decide?"))
        p.add(label(self._pending_text(), "status"))
        c = p.add(Choice([("confirm", self.tr("Confirms — the patient reads and signs the consent form")),
                          ("refuse", self.tr("Refuses to continue the trial")),
                          ("withdraw", self.tr("Withdraws consent"))]))
        c.setObjectName("decision")
        c.changed.connect(lambda k: self._start_consent("patient") if k == "confirm"
                          else self._refuse() if k == "refuse" else self._withdraw("patient"))
        self._restrict(p, c, {"confirm": OBTAIN, "refuse": OBTAIN})
        p.add(label(self.tr("Has the situation changed?"), "hint"))
        other = p.add(Choice([("incapable", self.tr("The patient cannot decide after all (new assessment)")),
                              ("died", self.tr("The patient died"))]))
        other.setObjectName("decision-other")
        other.changed.connect(lambda k: self._capacity(False) if k == "incapable" else self._end("died"))
        self._restrict(p, other, {"incapable": ASSESS})
        return p

    def _refuse(self) -> None:
        p = Page(self, "refuse", self.tr("Does the patient object to the use of data already collected?"),
                 self.tr("Further trial procedures stop in any case."))
        yn = p.add(YesNo(self.tr("Yes, objects"), self.tr("No objection")))
        yn.setObjectName("objects")
        reason = form_row(p.body, self.tr("Reason, if the patient gives one"), QtWidgets.QLineEdit())

        def save():
            session, pid, config = self.session, self.patient_id, self.config
            ev = {"kind": "outcome", "outcome": "refuse", "objects_to_data_use": yn.answer(), "reason": reason.text()}
            p.do(lambda: service.record_step(session, pid, ev, config=config), self._saved)
        p.set_primary(self.tr("Record the refusal"), save)
        self.show_page(p)

    def _end(self, outcome: str) -> None:
        q = self.tr("Record that the patient died without regaining capacity") if outcome == "died" else \
            self.tr("Record that the patient was discharged without regaining capacity")
        p = Page(self, f"end-{outcome}", q)
        when = form_row(p.body, self.tr("When"), QtWidgets.QDateTimeEdit(QtCore.QDateTime(self._now().astimezone())))
        when.setDisplayFormat("dd/MM/yyyy HH:mm")
        note = form_row(p.body, self.tr("Note (optional)"), QtWidgets.QLineEdit())

        def save():
            session, pid, config = self.session, self.patient_id, self.config
            ev = {"kind": "outcome", "outcome": outcome, "reason": note.text(),
                  "at": when.dateTime().toPython().astimezone().isoformat()}
            p.do(lambda: service.record_step(session, pid, ev, config=config), self._saved)
        p.set_primary(self.tr("Record"), save)
        self.show_page(p)

    # -- withdrawal ----------------------------------------------------------
    def _withdraw(self, by: str) -> None:
        p = Page(self, "withdraw", self.tr("Withdrawal of consent"),
                 self.tr("The patient may withdraw at any time; the representative while the patient cannot decide."))
        holders = self.state.right_holders()
        who = p.add(Choice([(h, self.tr("The patient") if h == "patient" else self.tr("The legal representative"))
                            for h in holders], kind="toggle", columns=2))
        who.setObjectName("withdraw-by")
        who.set_value(by if by in holders else holders[0])
        name = form_row(p.body, self.tr("Name of the person withdrawing"), QtWidgets.QLineEdit())
        name.setObjectName("withdraw-name")
        patient_name = self.patient_name
        rep_name = self.state.basis["signer"]["name"] if self.state.basis and self.state.basis["pathway"] == "representative" else ""

        def prefill(key):
            if not name.isModified():
                name.setText(patient_name if key == "patient" else rep_name)
        who.changed.connect(prefill)
        prefill(who.value())
        p.add(label(self.tr("What does the withdrawal cover?"), "hint"))
        boxes = {}
        for key in ("stop_treatment", "stop_follow_up", "object_data_use"):
            cb = p.add(QtWidgets.QCheckBox(self._scope_word(key)))
            cb.setObjectName(f"scope-{key}")
            cb.setChecked(key == "stop_treatment")
            boxes[key] = cb
        reason = form_row(p.body, self.tr("Reason, if given"), QtWidgets.QLineEdit())

        def save():
            session, pid, config = self.session, self.patient_id, self.config
            ev = {"kind": "withdrawal", "by": who.value(), "by_name": name.text(),
                  "scope": [k for k, cb in boxes.items() if cb.isChecked()], "reason": reason.text()}
            p.do(lambda: service.record_step(session, pid, ev, config=config), self._saved)
        p.set_primary(self.tr("Record the withdrawal"), save)
        self.show_page(p)


def _esc(text: str) -> str:
    from html import escape
    return escape(text)
