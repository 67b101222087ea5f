"""The eligibility patient tab (factory for ``ui.patient_tabs.TABS``) and the
screening-log dialog opened from the main toolbar."""
from __future__ import annotations

from ui.qt import QtCore, QtWidgets

from .checklist import ChecklistWidget
from .screening_log import ScreeningLogWidget

translate = QtCore.QCoreApplication.translate


class EligibilityTab:
    """Patient tab factory (``ui.patient_tabs.TABS``)."""

    @staticmethod
    def title() -> str:
        return translate("Eligibility", "Eligibility")

    @staticmethod
    def create(ctx, patient_id: str, parent=None) -> QtWidgets.QWidget:
        return ChecklistWidget(ctx.session, patient_id, parent, run=ctx.run, on_changed=ctx.notify)


class ScreeningLogDialog(QtWidgets.QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("screeningLogDialog")
        self.setWindowTitle(self.tr("Screening log"))
        lay = QtWidgets.QVBoxLayout(self)
        self.log = ScreeningLogWidget(ctx.session, self, run=ctx.run)
        lay.addWidget(self.log)
        self.resize(1280, 640)
