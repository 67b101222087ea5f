"""The eligibility patient tab (factory for ``ui.patient_tabs.TABS``) and the
screening-log dialog opened from the main toolbar."""
from __future__ import annotations

from ui.qt import QtCore, QtWidgets

from .checklist import ChecklistWidget
from .screening_log import ScreeningLogWidget

translate = QtCore.QCoreApplication.translate


class EligibilityTab:
    """Patient tab factory (``ui.patient_tabs.TABS``)."""
    # consent is criterion INC-06; lab results come from the feed's decisions too
    shows = frozenset({"patient", "eligibility_assessment", "lab_value", "screening_outcome", "screen_failure",
                       "consent_step", "signature", "feed_decision", "site_setting", "site_settings"})

    @staticmethod
    def title() -> str:
        return translate("Eligibility", "Eligibility")

    @staticmethod
    def create(ctx, patient_id: str, parent=None) -> QtWidgets.QWidget:
        return ChecklistWidget(ctx, patient_id, parent, hosted=True)


class ScreeningLogDialog(QtWidgets.QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("screeningLogDialog")
        self.setWindowTitle(self.tr("Screening log"))
        lay = QtWidgets.QVBoxLayout(self)
        self.log = ScreeningLogWidget(ctx, self)
        lay.addWidget(self.log)
        self.resize(1280, 640)
