"""Adverse-event form (new or correction), investigator sign-off and
'SAE reported' — protocol vocabularies come from the protocol file."""
from __future__ import annotations


from bedside import localtime
from bedside.drafts import ADVERSE_EVENT
from bedside.infusion.store import InfusionStore
from ui.drafts import DraftKeeper
from ui.infusion.dialogs import _Dialog, _dt_edit, _read_dt
from ui.i18n import current_language, localized
from ui.qt import QtCore, QtWidgets


class AeForm(_Dialog):
    def __init__(self, ctx, store: InfusionStore, patient_id: str, existing=None, infusion: int | None = None,
                 term: str = "", alert: dict | None = None, parent=None):
        title = self.tr("Correct adverse event") if existing else self.tr("New adverse event")
        super().__init__(title, ctx, parent)
        self.store, self.pid, self.existing, self.alert = store, patient_id, existing, alert
        p = store.protocol
        lang = current_language()
        now = store.now()
        c = existing.content if existing else {}
        self.term = self.line("ae_term", self.tr("Term"))
        self.term.setText(c.get("term", term))
        self.onset = _dt_edit("ae_onset", localtime.parse_iso(c.get("onset_utc")) or now)
        self.form.addRow(self.tr("Onset"), self.onset)
        self.has_end = QtWidgets.QCheckBox(self.tr("Ended"))
        self.has_end.setObjectName("ae_has_end")
        self.end = _dt_edit("ae_end", localtime.parse_iso(c.get("end_utc")) or now)
        self.has_end.setChecked(bool(c.get("end_utc")))
        self.end.setEnabled(self.has_end.isChecked())
        self.has_end.toggled.connect(self.end.setEnabled)
        endrow = QtWidgets.QHBoxLayout()
        endrow.addWidget(self.has_end)
        endrow.addWidget(self.end, 1)
        self.form.addRow(self.tr("End"), endrow)

        def combo(name, items, current, none_text=None):
            cb = QtWidgets.QComboBox()
            cb.setObjectName(name)
            if none_text is not None:
                cb.addItem(none_text, None)
            for it in items:
                cb.addItem(localized(it["label"], lang), it.get("id", it.get("grade")))
            idx = cb.findData(current)
            cb.setCurrentIndex(max(idx, 0))
            return cb

        self.grade = combo("ae_grade", p.ctcae_grades, c.get("grade"), self.tr("— choose —"))
        self.form.addRow(self.tr("CTCAE grade"), self.grade)
        self.serious = QtWidgets.QCheckBox(self.tr("Serious (SAE)"))
        self.serious.setObjectName("ae_serious")
        self.serious.setChecked(bool(c.get("serious")))
        self.form.addRow("", self.serious)
        self.criteria_box = QtWidgets.QGroupBox(self.tr("Seriousness criteria"))
        grid = QtWidgets.QGridLayout(self.criteria_box)
        self.criteria = {}
        for i, it in enumerate(p.seriousness_criteria):
            cb = QtWidgets.QCheckBox(localized(it["label"], lang))
            cb.setObjectName(f"ae_crit_{it['id']}")
            cb.setChecked(it["id"] in (c.get("seriousness") or []))
            grid.addWidget(cb, i // 2, i % 2)
            self.criteria[it["id"]] = cb
        self.form.addRow(self.criteria_box)
        self.criteria_box.setVisible(self.serious.isChecked())
        self.serious.toggled.connect(self.criteria_box.setVisible)
        self.relation = combo("ae_relation", p.relation, c.get("relation"), self.tr("— choose —"))
        self.form.addRow(self.tr("Relation to MSC"), self.relation)
        self.expected = QtWidgets.QComboBox()
        self.expected.setObjectName("ae_expected")
        self.expected.addItem(self.tr("— choose —"), None)
        self.expected.addItem(self.tr("Expected"), True)
        self.expected.addItem(self.tr("Unexpected"), False)
        self.expected.setCurrentIndex(max(self.expected.findData(c.get("expected")), 0) if "expected" in c else 0)
        self.form.addRow(self.tr("Expectedness"), self.expected)
        self.aesi = combo("ae_aesi", p.aesi, c.get("aesi"), self.tr("Not of special interest"))
        self.form.addRow(self.tr("Special interest (AESI)"), self.aesi)
        self.action = combo("ae_action", p.action_taken, c.get("action"), self.tr("— choose —"))
        self.form.addRow(self.tr("Action taken"), self.action)
        self.outcome = combo("ae_outcome", p.outcome, c.get("outcome", "ongoing"), None)
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.infusion = QtWidgets.QComboBox()
        self.infusion.setObjectName("ae_infusion")
        self.infusion.addItem(self.tr("Not linked to an infusion"), None)
        for n in range(1, p.infusion_count + 1):
            self.infusion.addItem(self.tr("Infusion {n}").format(n=n), n)
        self.infusion.setCurrentIndex(max(self.infusion.findData(c.get("infusion", infusion)), 0))
        self.form.addRow(self.tr("Infusion"), self.infusion)
        self.notes = self.line("ae_notes", self.tr("Notes"))
        self.notes.setMaxLength(2000)
        self.notes.setText(c.get("notes", ""))
        self.reason = None
        if existing:
            self.reason = self.line("ae_reason", self.tr("Reason for the correction"))
        self.ok.setText(self.tr("Save adverse event"))
        self.draft = DraftKeeper(ctx, ADVERSE_EVENT, self._draft_state, self)
        for w in self._draft_widgets():
            for signal in ("textEdited", "dateTimeChanged", "toggled", "activated"):
                if hasattr(w, signal):
                    getattr(w, signal).connect(self.draft.changed)
        self.finished.connect(lambda _result: self.draft.discard())  # saved or cancelled

    # ------------------------------------------------------------------ draft
    def _draft_widgets(self) -> list:
        return [self.term, self.onset, self.has_end, self.end, self.grade, self.serious,
                *self.criteria.values(), self.relation, self.expected, self.aesi, self.action,
                self.outcome, self.infusion, self.notes] + ([self.reason] if self.reason else [])

    def draft_key(self) -> str:
        return f"correct:{self.existing.record_id}" if self.existing else f"new:{self.pid}"

    def draft_fields(self) -> dict:
        """What is typed, exactly (dates as ISO text)."""
        return {
            "term": self.term.text(), "onset": _read_dt(self.onset).isoformat(),
            "has_end": self.has_end.isChecked(), "end": _read_dt(self.end).isoformat(),
            "grade": self.grade.currentIndex(), "serious": self.serious.isChecked(),
            "seriousness": [k for k, cb in self.criteria.items() if cb.isChecked()],
            "relation": self.relation.currentIndex(), "expected": self.expected.currentIndex(),
            "aesi": self.aesi.currentIndex(), "action": self.action.currentIndex(),
            "outcome": self.outcome.currentIndex(), "infusion": self.infusion.currentIndex(),
            "notes": self.notes.text(), "reason": self.reason.text() if self.reason else "",
        }

    def apply_draft(self, f: dict) -> None:
        """Put back a form as it was typed before Bedside closed."""
        self.term.setText(str(f.get("term", "")))
        for edit, name in ((self.onset, "onset"), (self.end, "end")):
            when = localtime.parse_iso(f.get(name))
            if when is not None:
                edit.setDateTime(QtCore.QDateTime(when.astimezone(localtime.display_zone()).replace(tzinfo=None)))   # the site's wall time, as _read_dt reads it
        self.has_end.setChecked(bool(f.get("has_end")))
        self.serious.setChecked(bool(f.get("serious")))
        for k, cb in self.criteria.items():
            cb.setChecked(k in (f.get("seriousness") or []))
        for combo, name in ((self.grade, "grade"), (self.relation, "relation"),
                            (self.expected, "expected"), (self.aesi, "aesi"),
                            (self.action, "action"), (self.outcome, "outcome"),
                            (self.infusion, "infusion")):
            index = f.get(name)
            if isinstance(index, int) and 0 <= index < combo.count():
                combo.setCurrentIndex(index)
        self.notes.setText(str(f.get("notes", "")))
        if self.reason is not None:
            self.reason.setText(str(f.get("reason", "")))
        self.draft.changed()

    def _draft_state(self):
        return (self.draft_key(), self.pid, {"infusion": self.infusion.currentData(),
                                             "alert": self.alert}, self._typed())

    def _typed(self) -> dict:
        """The draft's fields, or none when nothing differs from a blank form."""
        fields = self.draft_fields()
        if self.existing is None and not (fields["term"] or fields["notes"] or fields["grade"]
                                          or fields["serious"] or fields["relation"]
                                          or fields["action"]):
            return {}
        return fields

    def entry(self) -> dict:
        return {
            "term": self.term.text(), "onset_utc": _read_dt(self.onset),
            "end_utc": _read_dt(self.end) if self.has_end.isChecked() else None,
            "grade": self.grade.currentData(), "serious": self.serious.isChecked(),
            "seriousness": [k for k, cb in self.criteria.items() if cb.isChecked()] if self.serious.isChecked() else [],
            "aware_utc": (self.existing.content.get("aware_utc") if self.existing else None),
            "relation": self.relation.currentData(), "expected": self.expected.currentData(),
            "aesi": self.aesi.currentData(), "action": self.action.currentData(),
            "outcome": self.outcome.currentData(), "infusion": self.infusion.currentData(),
            "alert": self.alert if not self.existing else self.existing.content.get("alert"),
            "notes": self.notes.text(),
        }

    def work(self):
        e = self.entry()
        if self.existing:
            reason = self.reason.text()
            return lambda: self.store.correct_ae(self.existing.record_id, e, reason)
        return lambda: self.store.add_ae(self.pid, e)


class SignOffDialog(_Dialog):
    def __init__(self, ctx, store: InfusionStore, ae_version, parent=None):
        super().__init__(self.tr("Investigator sign-off"), ctx, parent)
        self.store, self.v = store, ae_version
        c = ae_version.content
        info = QtWidgets.QLabel(self.tr("{term} — grade {grade}. I have reviewed this adverse event.").format(
            term=c.get("term"), grade=c.get("grade")))
        info.setWordWrap(True)
        self.form.addRow(info)
        self.password = self.line("signoff_password", self.tr("Your password"), password=True)
        self.ok.setText(self.tr("Sign"))

    def work(self):
        password = self.password.text()
        return lambda: self.store.sign_off(self.v.record_id, password)
