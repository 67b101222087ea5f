"""Dialogs of the eligibility checklist (password and reason prompts are the
shared ones in ui/widgets/prompts.py)."""
from __future__ import annotations

from bedside.eligibility import service
from bedside.eligibility.units import fmt, units_for
from ui.qt import QtWidgets, Signal

from ..widgets import Field, local_text, wrap_label


class LabCorrectionDialog(QtWidgets.QDialog):
    """Correct the last value of a lab series: a new version with a reason.
    Save emits ``submitted``; the dialog stays open until the row stores it
    (a refusal is shown here, nothing typed is lost)."""
    submitted = Signal()

    def __init__(self, lab: str, label: str, entry, tz, parent=None):
        super().__init__(parent)
        self.setObjectName("LabCorrectionDialog")
        self.setWindowTitle(self.tr("Correct {lab}").format(lab=label))
        form = QtWidgets.QFormLayout(self)
        form.addRow(wrap_label(self.tr("Stored: {value} {unit} at {time} (entered {entered})").format(
            value=fmt(entry.value), unit=service.canonical_unit(lab), time=local_text(entry.time.isoformat(), tz),
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
        self.save_button = box.button(QtWidgets.QDialogButtonBox.Save)
        box.accepted.connect(self.submitted)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.value.setFocus()
