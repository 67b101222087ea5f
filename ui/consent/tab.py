"""The consent tab of the patient screen: where things stand, the history of
steps, and the guided flow one tap away."""
from __future__ import annotations

from bedside.consent import service
from bedside.consent.config import ConsentConfig
from bedside.consent.gate import consent_status_details, notes
from ui.consent.flow import ConsentFlow, core_text
from ui.consent.pdf import render_consent_pdf
from ui.consent.widgets import STYLE, button, label
from ui.consent.words import OUTCOME, PATHWAY, SCOPE, word
from ui.qt import QtCore, QtWidgets, Qt

KIND_WORDS = {
    "capacity": QtCore.QT_TRANSLATE_NOOP("ConsentTab", "Capacity assessment"),
    "unreachable": QtCore.QT_TRANSLATE_NOOP("ConsentTab", "No representative reachable"),
    "consent": QtCore.QT_TRANSLATE_NOOP("ConsentTab", "Consent signed"),
    "outcome": QtCore.QT_TRANSLATE_NOOP("ConsentTab", "Outcome of deferred confirmation"),
    "withdrawal": QtCore.QT_TRANSLATE_NOOP("ConsentTab", "Withdrawal"),
}


def _core(template: str, params: dict) -> str:
    text = QtCore.QCoreApplication.translate("core", template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


class ConsentTab(QtWidgets.QWidget):
    def __init__(self, session, patient_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("ConsentTab")
        self.setStyleSheet(STYLE)
        self.session, self.patient_id = session, patient_id
        self.config = ConsentConfig.for_session(session)
        self.stack = QtWidgets.QStackedWidget()
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        # overview
        ov = QtWidgets.QWidget()
        ol = QtWidgets.QVBoxLayout(ov)
        ol.setContentsMargins(24, 16, 24, 16)
        ol.setSpacing(12)
        self.status = label("", "ok")
        self.status.setObjectName("consent-status")
        ol.addWidget(self.status)
        self.notes = label("", "status")
        ol.addWidget(self.notes)
        row = QtWidgets.QHBoxLayout()
        self.open_flow = button(self.tr("Open the guided consent  ▶"), "primary")
        self.open_flow.setObjectName("open-flow")
        self.open_flow.clicked.connect(self.show_flow)
        self.pdf = button(self.tr("Save PDF of the latest consent…"))
        self.pdf.setObjectName("save-latest-pdf")
        self.pdf.clicked.connect(lambda: self.save_latest_pdf())
        row.addWidget(self.open_flow)
        row.addWidget(self.pdf)
        row.addStretch(1)
        ol.addLayout(row)
        ol.addWidget(label(self.tr("History"), "hint"))
        self.history = QtWidgets.QListWidget()
        self.history.setObjectName("consent-history")
        self.history.setStyleSheet("QListWidget { font-size: 16px; } QListWidget::item { padding: 8px; }")
        ol.addWidget(self.history, 1)
        self.stack.addWidget(ov)
        self.overview = ov
        self.flow = None
        self.refresh()

    def show_flow(self) -> None:
        if self.flow is None:
            holder = QtWidgets.QWidget()
            hl = QtWidgets.QVBoxLayout(holder)
            hl.setContentsMargins(0, 0, 0, 0)
            back = button(self.tr("◀  Consent overview"))
            back.setObjectName("back-to-overview")
            back.clicked.connect(self.show_overview)
            top = QtWidgets.QHBoxLayout()
            top.setContentsMargins(24, 8, 24, 0)
            top.addWidget(back)
            top.addStretch(1)
            hl.addLayout(top)
            self.flow = ConsentFlow(self.session, self.patient_id, config=self.config)
            self.flow.changed.connect(self.refresh)
            hl.addWidget(self.flow, 1)
            self.stack.addWidget(holder)
            self._flow_holder = holder
        else:
            self.flow.refresh()
        self.stack.setCurrentWidget(self._flow_holder)

    def show_overview(self) -> None:
        self.refresh()
        self.stack.setCurrentWidget(self.overview)

    def refresh(self) -> None:
        ok, reasons = consent_status_details(self.session, self.patient_id, self.config)
        state = service.state_of(self.session, self.patient_id, self.config)
        if ok:
            self.status.setProperty("role", "ok")
            self.status.setText(self.tr("Consent valid for trial procedures"))
        else:
            self.status.setProperty("role", "error")
            self.status.setText("\n".join(_core(t, p) for t, p in reasons))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        n = notes(self.session, self.patient_id)
        self.notes.setVisible(bool(n))
        self.notes.setText("\n".join(_core(t, p) for t, p in n))
        self.history.clear()
        for s in reversed(service.steps(self.session, self.patient_id)):
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
            item = QtWidgets.QListWidgetItem(f"{e['at'][:16].replace('T', ' ')}  {words}{detail}  · {s.version.author_name}{flag}")
            self.history.addItem(item)
        if self.history.count() == 0:
            self.history.addItem(self.tr("No consent step recorded yet."))
        if not state.events:
            self.open_flow.setText(self.tr("Start the consent  ▶"))
        elif state.status in ("refused", "withdrawn", "ended"):
            self.open_flow.setText(self.tr("Consent details  ▶"))
        else:
            self.open_flow.setText(self.tr("Continue the consent  ▶"))
        self.pdf.setEnabled(state.basis is not None)

    def latest_consent_version(self):
        consents = [s for s in service.steps(self.session, self.patient_id) if s.event["kind"] == "consent" and s.signed]
        return consents[-1].version if consents else None

    def save_latest_pdf(self, path: str | None = None) -> str | None:
        v = self.latest_consent_version()
        if v is None:
            return None
        if service.pdf_for(self.session, v) is None:  # e.g. demo data seeded without Qt
            try:
                service.attach_pdf(self.session, v, render_consent_pdf(service.document_data(self.session, v)))
            except Exception as e:  # shown, never a crash
                QtWidgets.QMessageBox.warning(self, self.tr("Consent record"), core_text(e))
                return None
        if path is None:
            path, _ = QtWidgets.QFileDialog.getSaveFileName(self, self.tr("Save consent record"), "consent.pdf", "PDF (*.pdf)")
            if not path:
                return None
        with open(path, "wb") as fh:
            fh.write(service.pdf_for(self.session, v))
        return path


class ConsentTabFactory:
    """Entry for ui/patient_tabs.py:TABS."""

    @staticmethod
    def title() -> str:
        return QtCore.QCoreApplication.translate("ConsentTab", "Consent")

    @staticmethod
    def create(session, patient_id: str, parent=None) -> ConsentTab:
        return ConsentTab(session, patient_id, parent)
