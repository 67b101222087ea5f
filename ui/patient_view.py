"""One patient's screen: a banner that always says who this is, then the
capability tabs (see ``patient_tabs.TABS``) and an identity tab with history."""

from __future__ import annotations

from bedside.changes import Changed
from bedside.messages import Message
from bedside.names import RecordType
from bedside.patients import get_patient

from . import capabilities, errors
from .history_dialog import HistoryDialog
from .ops import Op
from .patient_form import PatientFormDialog
from .patient_tabs import BANNER_NOTES, TABS
from .i18n import format_date, format_number
from .qt import (QFormLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QTabWidget,
                 QVBoxLayout, QWidget, is_alive)
from .widgets.buttons import push_button


class PatientBanner(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("patientBanner")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(9, 4, 9, 4)
        lay.setSpacing(0)
        who = QHBoxLayout()
        who.setSpacing(8)
        self.name = QLabel(objectName="banner")
        self.details = QLabel()
        who.addWidget(self.name)
        who.addWidget(self.details, 1)
        lay.addLayout(who)
        # the notes get the banner's whole width on a line of their own: in a
        # narrow column beside the details they wrapped to three lines and
        # took that height from every tab (issue 16 item 12)
        self.alerts = QLabel(objectName="fieldError", wordWrap=True)
        self.alerts.hide()
        lay.addWidget(self.alerts)

    def set_notes(self, text: str) -> None:
        """Capability notes (duplicate number, consent to confirm…), or none."""
        self.alerts.setText(text)
        self.alerts.setVisible(bool(text))

    def show_patient(self, p, today) -> None:
        self.name.setText(f"{p.display_name}  ·  {p.label()}")
        self.details.setText(self.tr(
            "{age} y · {sex} · {weight} kg · {height} cm · MRN {mrn} · wristband {wb}").format(
            age=p.age_on(today), sex=p.sex, weight=format_number(p.weight_kg), height=format_number(p.height_cm),
            mrn=p.mrn, wb=p.wristband))


# What the banner shows: the patient, and the capability notes (consent to confirm, duplicate number…)
BANNER_SHOWS = frozenset({RecordType.PATIENT, RecordType.CONSENT_STEP, RecordType.CONSENT_PDF, RecordType.SIGNATURE,
                          RecordType.ELIGIBILITY_ASSESSMENT, RecordType.SCREENING_OUTCOME,
                          RecordType.END_OF_PARTICIPATION})


class IdentityTab(QWidget):
    SHOWS = frozenset({RecordType.PATIENT})

    def __init__(self, ctx, patient_id: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient_id = patient_id
        lay = QVBoxLayout(self)
        # the newest version was damaged on disk: say so above the last good one
        self.damaged = QLabel(objectName="fieldError", wordWrap=True)
        self.damaged.hide()
        lay.addWidget(self.damaged)
        self.form = QFormLayout()
        lay.addLayout(self.form)
        row = QHBoxLayout()
        self.correct = push_button(self.tr("Correct identity data…"), "correctPatient", self._correct)
        self.history = push_button(self.tr("History…"), "patientHistory", self._history)
        row.addWidget(self.correct)
        row.addWidget(self.history)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.patient = None

    def refresh(self) -> None:
        session = self.ctx.session
        Op(self.ctx, lambda: get_patient(session, self.patient_id), parent=self).on_success(self._show).run()

    def _show(self, p) -> None:
        self.patient = p
        self.damaged.setText(errors.text(Message(p.damaged_notice)) if p.damaged_notice else "")
        self.damaged.setVisible(bool(p.damaged_notice))
        while self.form.rowCount():
            self.form.removeRow(0)
        for label, value in ((self.tr("Family name"), p.family_name),
                             (self.tr("Given name"), p.given_name),
                             (self.tr("Date of birth"), format_date(p.date_of_birth)),
                             (self.tr("Sex"), p.sex),
                             (self.tr("Weight"), f"{format_number(p.weight_kg)} kg"),
                             (self.tr("Height"), f"{format_number(p.height_cm)} cm"),
                             (self.tr("Hospital no. (MRN)"), p.mrn),
                             (self.tr("Wristband"), p.wristband),
                             (self.tr("Screening no."), p.screening_number),
                             (self.tr("Study subject id"), p.subject_id or self.tr("not included yet")),
                             (self.tr("Record version"), str(p.version))):
            self.form.addRow(label, QLabel(value))

    def _correct(self) -> None:
        if self.patient and PatientFormDialog(self.ctx, self.patient, self).exec():
            self.refresh()

    def _history(self) -> None:
        HistoryDialog(self.ctx, self.patient_id,
                      self.patient.label() if self.patient else "", self).exec()


def _scrollable(page: QWidget) -> QScrollArea:
    """A tab never forces the window wider than the screen: it scrolls instead.
    A page that scrolls itself (property ``scrolls_itself``) is used as is: a
    scroll area inside another draws two scroll bars over the fields and
    opens scrolled down, hiding the question."""
    if page.property("scrolls_itself"):
        return page
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class PatientView(QWidget):
    def __init__(self, ctx, patient_id: str, parent=None) -> None:
        super().__init__(parent)
        capabilities.load()         # the capabilities fill TABS and BANNER_NOTES
        self.setObjectName("patientView")
        self.ctx = ctx
        self.patient_id = patient_id
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.banner = PatientBanner()
        self.tabs = QTabWidget(objectName="patientTabs")
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)
        self.pages = []
        self.keys: list[str] = []
        self.shows: list[frozenset[RecordType]] = []     # per page: the record types it shows (empty: any)
        for factory in TABS:
            page = factory.create(ctx, patient_id, self)
            self.pages.append(page)
            self.keys.append(factory.key)
            self.shows.append(factory.shows)
            self.tabs.addTab(_scrollable(page), factory.title())
        self.identity = IdentityTab(ctx, patient_id, self)
        self.pages.append(self.identity)
        self.shows.append(IdentityTab.SHOWS)
        self.tabs.addTab(self.identity, self.tr("Identity"))
        ctx.data_changed.connect(self._changed)
        self.refresh()

    def show_target(self, target: str) -> None:
        """Land on the tab a dashboard item is about ("infusion", "infusion:ae"),
        and let that page put the focus on the field to fill."""
        key, _, detail = target.partition(":")
        if key not in self.keys:
            return
        i = self.keys.index(key)
        self.tabs.setCurrentIndex(i)
        focus = getattr(self.pages[i], "focus_target", None)
        if focus:
            focus(detail)

    def _changed(self, changed: Changed) -> None:
        """Refresh only what shows a record type that changed."""
        if changed.concerns(self.patient_id):
            self.refresh(changed)

    def show_draft(self, draft) -> bool:
        """Bring up the tab whose form a restored draft belongs to."""
        for index, page in enumerate(self.pages):
            if getattr(page, "show_draft", None) and page.show_draft(draft):
                self.tabs.setCurrentIndex(index)
                return True
        return False

    def refresh(self, changed: Changed | None = None) -> None:
        """Everything (opening the patient), or what shows a type in ``changed``."""
        session = self.ctx.session
        if session is None or not session.is_open:
            return
        if changed is None or changed.touches(BANNER_SHOWS):
            today = self.ctx.clock.now().date()
            pid = self.patient_id
            Op(self.ctx, lambda: get_patient(session, pid), parent=self) \
                .on_success(lambda p: self.banner.show_patient(p, today)).run()
            Op(self.ctx, lambda: "  ·  ".join(t for t in (note(session, pid) for note in BANNER_NOTES) if t),
               parent=self).on_success(self.banner.set_notes).run()
        for page, shows in zip(self.pages, self.shows):
            if changed is None or changed.touches(shows) and not _shows_already(page, changed):
                page.refresh()


def _shows_already(page, changed: Changed) -> bool:
    """The change was made from this page, which showed it itself."""
    made_by = changed.initiator
    return made_by is not None and is_alive(made_by) and (made_by is page or page.isAncestorOf(made_by))
