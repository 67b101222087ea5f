"""Register a screened patient (or correct their identity data with a reason).
Keyboard-first: Tab through fields, Enter saves; a wristband scanner types its
code and Enter into the wristband field."""

from __future__ import annotations

from bedside.errors import BedsideError, ValidationError
from bedside.patients import correct_patient, register_patient

from .errors import message_for, show_error
from .ops import Op
from .i18n import format_date, format_number
from .qt import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                 QVBoxLayout)
from .widgets.buttons import Kind, set_kind


class PatientFormDialog(QDialog):
    def __init__(self, ctx, patient=None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient = patient
        self.saved = None
        self.setObjectName("patientForm")
        self.setWindowTitle(self.tr("New patient") if patient is None
                            else self.tr("Correct patient data"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        # built in the order they are shown: Tab follows what the eye reads
        for key, label, hint in (
                ("mrn", self.tr("Hospital no. (MRN)"), ""),
                ("family_name", self.tr("Family name"), ""),
                ("given_name", self.tr("Given name"), ""),
                ("date_of_birth", self.tr("Date of birth"), self.tr("DD/MM/YYYY")),
                ("sex", self.tr("Sex"), ""),
                ("weight_kg", self.tr("Weight (kg)"), self.tr("drives the dose")),
                ("height_cm", self.tr("Height (cm)"), ""),
                ("wristband", self.tr("Wristband code"), self.tr("scan or type; blank = MRN"))):
            if key == "sex":
                w = QComboBox(objectName="sex")
                w.addItem(self.tr("— choose —"), "")
                w.addItem(self.tr("Female"), "F")
                w.addItem(self.tr("Male"), "M")
            else:
                w = QLineEdit(objectName=key)
                w.setPlaceholderText(hint)
            self.fields[key] = w
            form.addRow(label, w)
        self.reason = QLineEdit(objectName="reason")
        if patient is not None:
            form.addRow(self.tr("Reason for correction"), self.reason)
            self._fill(patient)
        else:
            self.reason.hide()
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("primary")
        set_kind(self.save_button, Kind.PRIMARY)     # Qt makes the standard Save (translated by Qt)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.fields["wristband"].returnPressed.connect(self.save)
        self.resize(560, 0)

    def _fill(self, p) -> None:
        for key in ("mrn", "family_name", "given_name", "wristband"):
            self.fields[key].setText(getattr(p, key))
        self.fields["date_of_birth"].setText(format_date(p.date_of_birth))
        self.fields["weight_kg"].setText(format_number(p.weight_kg))
        self.fields["height_cm"].setText(format_number(p.height_cm))
        self.fields["sex"].setCurrentIndex(self.fields["sex"].findData(p.sex))

    def values(self) -> dict:
        out = {}
        for key, w in self.fields.items():
            out[key] = w.currentData() if isinstance(w, QComboBox) else w.text().strip()
        return out

    def save(self) -> None:
        if not self.save_button.isEnabled():      # already saving (Enter from the scanner)
            return
        session, values, reason = self.ctx.session, self.values(), self.reason.text()
        if self.patient is None:
            job = lambda: register_patient(session, values)      # noqa: E731
        else:
            pid = self.patient.id
            job = lambda: correct_patient(session, pid, values, reason)      # noqa: E731
        Op(self.ctx, job, parent=self).busy(self.save_button) \
            .on_success(self._saved).on_failure(self._refused).run()

    def _saved(self, patient) -> None:
        self.saved = patient
        self.accept()

    def _refused(self, err: BaseException) -> None:
        if not isinstance(err, BedsideError):
            show_error(self, err)
            return
        self.error.setText(message_for(err))
        if isinstance(err, ValidationError):
            w = self.fields.get(err.field) or (self.reason if err.field == "reason" else None)
            if w is not None:
                w.setFocus()


