"""The consent tab of the patient screen: where things stand, the history of
steps, and the guided flow one tap away."""
from __future__ import annotations

import datetime as dt

from bedside.consent import service
from bedside.consent.config import ConsentConfig
from bedside.consent.gate import consent_status_details, notes
from bedside.drafts import CONSENT
from bedside.names import RecordType
from ui.consent.draft import ConsentDraft
from ui.drafts import take_restore
from ui.consent.flow import ConsentFlow
from ui.consent.save_copy import save_consent_copy
from ui.ops import Op
from ui.consent.widgets import label, sheet
from ui.widgets.buttons import Kind, Size, push_button
from ui.widgets.themed import Themed
from ui.consent.words import OUTCOME, PATHWAY, SCOPE, word
from ui import errors
from ui.i18n import format_datetime
from ui.patient_tabs import PatientTab
from ui.qt import QtCore, QtWidgets

KIND_WORDS = {
    "capacity": QtCore.QT_TRANSLATE_NOOP("ConsentTab", "Capacity assessment"),
    "unreachable": QtCore.QT_TRANSLATE_NOOP("ConsentTab", "No representative reachable"),
    "consent": QtCore.QT_TRANSLATE_NOOP("ConsentTab", "Consent signed"),
    "outcome": QtCore.QT_TRANSLATE_NOOP("ConsentTab", "Outcome of deferred confirmation"),
    "withdrawal": QtCore.QT_TRANSLATE_NOOP("ConsentTab", "Withdrawal"),
}


def _when(at: str) -> str:
    """A step's time as the user reads dates (02/12/2026 14:30 in French, in
    the site's zone), the stored text as is if it is not a full aware time."""
    try:
        when = dt.datetime.fromisoformat(str(at).replace("Z", "+00:00"))
    except ValueError:
        return str(at)
    return format_datetime(when) if when.tzinfo else str(at)[:16].replace("T", " ")


CONSENT_TYPES = (RecordType.CONSENT_STEP, RecordType.CONSENT_PDF, RecordType.SIGNATURE)   # the consent records this tab shows


class ConsentTab(QtWidgets.QWidget):
    """`ctx` is the app context (`.session`, `.worker` for ``ui.ops.Op``, `.notify(changed)`)."""

    def __init__(self, ctx, patient_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("ConsentTab")
        self.setProperty("scrolls_itself", True)    # each step scrolls its own body
        self.theme = Themed(self, sheet)
        self.ctx, self.patient_id = ctx, patient_id
        self._base_config = ConsentConfig.default()
        self.config = self._base_config
        self.stack = QtWidgets.QStackedWidget()
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        ov = QtWidgets.QWidget()
        ol = QtWidgets.QVBoxLayout(ov)
        ol.setContentsMargins(24, 16, 24, 16)
        ol.setSpacing(12)
        self.status = label("", "ok")
        self.status.setObjectName("consent-status")
        ol.addWidget(self.status)
        self.notes = label("", "status")
        self.notes.hide()
        ol.addWidget(self.notes)
        row = QtWidgets.QHBoxLayout()
        self.open_flow = push_button(self.tr("Start the consent  ▶"), kind=Kind.PRIMARY, size=Size.TOUCH)
        self.open_flow.setObjectName("open-flow")
        self.open_flow.clicked.connect(lambda: self.show_flow())
        self.pdf = push_button(self.tr("Save a copy of the latest consent (PDF)…"), size=Size.TOUCH)
        self.pdf.setObjectName("save-latest-pdf")
        self.pdf.setEnabled(False)
        self.pdf.clicked.connect(lambda: self.save_latest_pdf())
        row.addWidget(self.open_flow)
        row.addWidget(self.pdf)
        row.addStretch(1)
        ol.addLayout(row)
        self.copy_note = label("", "ok")        # where the last copy went, or why it could not be written
        self.copy_note.setObjectName("consent-copy-note")
        self.copy_note.hide()
        ol.addWidget(self.copy_note)
        ol.addWidget(label(self.tr("History"), "hint"))
        self.history = QtWidgets.QListWidget()
        self.history.setObjectName("consent-history")
        ol.addWidget(self.history, 1)
        self.stack.addWidget(ov)
        self.overview = ov
        self.flow = None
        self._flow_holder = None
        self.latest_version = None
        self.pdf_saved = None
        self.loaded = False

    @property
    def session(self):
        return self.ctx.session

    def show_draft(self, draft) -> bool:
        """A consent step typed before Bedside closed: reopen the flow on it."""
        if draft.kind != CONSENT:
            return False
        self.ctx.drafts_to_restore.pop((draft.kind, draft.key), None)
        self.show_flow(pending=draft)
        return True

    def show_flow(self, pending=None) -> None:
        if self._flow_holder is not None:
            self.stack.removeWidget(self._flow_holder)
            self._flow_holder.deleteLater()
        holder = QtWidgets.QWidget()
        hl = QtWidgets.QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.setSpacing(0)
        back = push_button(self.tr("◀  Consent overview"), size=Size.LARGE)
        back.setObjectName("back-to-overview")
        back.setMinimumHeight(44)
        back.clicked.connect(self.show_overview)
        top = QtWidgets.QHBoxLayout()
        top.setContentsMargins(28, 6, 28, 0)
        top.addWidget(back)
        top.addStretch(1)
        hl.addLayout(top)
        # a new flow each time: the signed-in user may have changed
        self.flow = ConsentFlow(self.ctx, self.patient_id, config=self.config)
        if pending is None:  # chosen at sign-in along with another draft: taken now
            pending = take_restore(self.ctx, CONSENT, self.patient_id)
        self.flow_draft = ConsentDraft(self.ctx, self.flow, pending)
        hl.addWidget(self.flow, 1)
        self.stack.addWidget(holder)
        self._flow_holder = holder
        self.stack.setCurrentWidget(holder)

    def show_overview(self) -> None:
        if self.flow is not None:
            self.flow_draft.discard()   # the flow was left: what was typed goes
        self.refresh()
        self.stack.setCurrentWidget(self.overview)

    def refresh(self) -> None:
        session, pid = self.session, self.patient_id
        if session is None:
            return

        def load():
            config = ConsentConfig.for_session(session, self._base_config)
            self.config = config
            ok, reasons = consent_status_details(session, pid, config)
            all_steps = service.steps(session, pid)
            state = service.state_of(session, pid, config)
            consents = [s for s in all_steps if s.event["kind"] == "consent" and s.signed]
            return ok, reasons, notes(session, pid), all_steps, state, (consents[-1].version if consents else None)
        Op(self.ctx, load, parent=self).on_success(self._show) \
            .on_failure(lambda err: self.status.setText(errors.message_for(err))).run()

    def _show(self, result) -> None:
        ok, reasons, note_list, all_steps, state, latest = result
        self.latest_version = latest
        if ok:
            self.status.setProperty("role", "ok")
            self.status.setText(self.tr("Consent valid for trial procedures"))
        else:
            self.status.setProperty("role", "error")
            self.status.setText("\n".join(errors.text(m) for m in reasons))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.notes.setVisible(bool(note_list))
        self.notes.setText("\n".join(errors.text(m) for m in note_list))
        self.history.clear()
        for s in reversed(all_steps):
            self.history.addItem(QtWidgets.QListWidgetItem(self._describe(s)))
        if self.history.count() == 0:
            self.history.addItem(self.tr("No consent step recorded yet."))
        if not state.events:
            self.open_flow.setText(self.tr("Start the consent  ▶"))
        elif state.status in ("refused", "withdrawn", "ended"):
            self.open_flow.setText(self.tr("Consent details  ▶"))
        else:
            self.open_flow.setText(self.tr("Continue the consent  ▶"))
        self.open_flow.setEnabled(True)
        self.pdf.setEnabled(latest is not None)
        self.loaded = True

    def _describe(self, s) -> str:
        e = s.event
        words = QtCore.QCoreApplication.translate("ConsentTab", KIND_WORDS.get(e["kind"], e["kind"]))
        detail = ""
        if e["kind"] == "consent":
            detail = f" — {e['signer']['name']} ({word(PATHWAY, e['pathway'])}), v{e['form_version']} {e['language']}"
        elif e["kind"] == "capacity":
            detail = " — " + (self.tr("can decide") if e["has_capacity"] else self.tr("cannot decide: {why}").format(why=e["reason"]))
        elif e["kind"] == "outcome":
            detail = f" — {word(OUTCOME, e['outcome'])}"
        elif e["kind"] == "withdrawal":
            detail = f" — {e['by_name']}: {', '.join(word(SCOPE, x) for x in e['scope'])}"
        flag = "" if s.signed else "  " + self.tr("[not signed: does not count]")
        return f"{_when(e['at'])}  {words}{detail}  · {s.version.author_name}{flag}"

    def save_latest_pdf(self, path: str | None = None) -> None:
        """Save a copy of the latest consent's PDF where the user chooses
        (produced now if it was never rendered, e.g. demo data seeded without Qt)."""
        v = self.latest_version
        if v is None:
            return
        self.copy_note.hide()

        def failed(err):
            self._copy_message(errors.message_for(err), "error")
        save_consent_copy(self, self.ctx, v, self._saved, failed, path)

    def _saved(self, path) -> None:
        self.pdf_saved = path
        if path:
            self._copy_message(self.tr("Copy saved: {path}").format(path=path), "ok")

    def _copy_message(self, text: str, role: str) -> None:
        self.copy_note.setText(text)
        self.copy_note.setProperty("role", role)
        self.copy_note.style().unpolish(self.copy_note)
        self.copy_note.style().polish(self.copy_note)
        self.copy_note.show()


CONSENT_TAB = PatientTab("consent", "ConsentTab", QtCore.QT_TRANSLATE_NOOP("ConsentTab", "Consent"),
                         ConsentTab, frozenset({RecordType.PATIENT, *CONSENT_TYPES, RecordType.SITE_SETTING,
                                                     RecordType.SITE_SETTINGS}))
