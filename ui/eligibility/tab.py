"""The eligibility patient tab (factory for ``ui.patient_tabs.TABS``) and the
screening-log dialog opened from the main toolbar."""
from __future__ import annotations

from bedside.names import RecordType
from ui.patient_tabs import PatientTab
from ui.qt import QtCore, QtWidgets

from .checklist import ChecklistWidget
from .screening_log import ScreeningLogWidget



class ScreeningLogDialog(QtWidgets.QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("screeningLogDialog")
        self.setWindowTitle(self.tr("Screening log"))
        lay = QtWidgets.QVBoxLayout(self)
        self.log = ScreeningLogWidget(ctx, self)
        lay.addWidget(self.log)
        self.resize(1280, 640)


# consent is criterion INC-06; lab results come from the feed's decisions too
ELIGIBILITY_TAB = PatientTab(
    "eligibility", "Eligibility", QtCore.QT_TRANSLATE_NOOP("Eligibility", "Eligibility"),
    lambda ctx, patient_id, parent=None: ChecklistWidget(ctx, patient_id, parent, hosted=True),
    frozenset({RecordType.PATIENT, RecordType.ELIGIBILITY_ASSESSMENT, RecordType.LAB_VALUE,
               RecordType.SCREENING_OUTCOME, RecordType.SCREEN_FAILURE, RecordType.CONSENT_STEP,
               RecordType.SIGNATURE, RecordType.FEED_DECISION, RecordType.SITE_SETTING, RecordType.SITE_SETTINGS}))
