"""Site settings, for the administrator: idle lock, subject id format,
enrollment target, infusion interval, consent languages. Every change is a
site-wide settings entry with a reason (bedside/settings.py): the latest
change wins on every PC."""

from __future__ import annotations

from bedside.errors import BedsideError, ValidationError
from bedside.settings import CSV_SEPARATORS, RANGES

from .errors import message_for, show_error
from .ops import Op
from .qt import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                 QtWidgets)
from .widgets.dialogs import ScreenDialog

EDITABLE = ("site_name", "idle_lock_minutes", "subject_id_format", "enrollment_target",
            "enrollment_warn_remaining", "infusion_interval_days_min",
            "infusion_interval_days_max", "consent_languages", "export_csv_separator",
            "export_folder")


class SettingsDialog(ScreenDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent, name="settingsDialog")
        self.setWindowTitle(self.tr("Site settings"))
        labels = {
            "site_name": self.tr("Site name"),
            "idle_lock_minutes": self.tr("Lock the screen after (minutes idle)"),
            "subject_id_format": self.tr("Study subject id format"),
            "enrollment_target": self.tr("Enrollment target (patients)"),
            "enrollment_warn_remaining": self.tr("Warn when this many inclusions remain"),
            "infusion_interval_days_min": self.tr("Days between infusions, at least"),
            "infusion_interval_days_max": self.tr("Days between infusions, at most"),
            "consent_languages": self.tr("Consent form languages (comma-separated codes)"),
            "export_csv_separator": self.tr("CSV exports for people"),
            "export_folder": self.tr("Folder for saved copies (empty: each user's Documents)"),
        }
        separators = {";": self.tr("Semicolon, decimal comma (French Excel)"),
                      ",": self.tr("Comma, decimal point (machine import)")}
        lay = QVBoxLayout(self)
        scope = self.tr("These settings apply to every PC of the site; when two PCs change "
                        "the same setting, the latest change wins everywhere.") + "\n" + \
            self.tr("Each enrolled PC numbers patients in its own series: TJT-{n:03d} gives "
                    "TJT-03-001 on PC 03 (or place {pc:02d} yourself).")
        self.hint = QLabel(scope, objectName="hint")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        form = QFormLayout()
        self.fields: dict[str, QtWidgets.QWidget] = {}
        for key in EDITABLE:                      # the values in force arrive from the DB worker (_loaded)
            if key in RANGES:
                w = QtWidgets.QSpinBox(objectName=key)
                w.setRange(*RANGES[key])
            elif key == "export_csv_separator":
                w = QtWidgets.QComboBox(objectName=key)
                for code in CSV_SEPARATORS:
                    w.addItem(separators[code], code)
            else:
                w = QLineEdit(objectName=key)
            self.fields[key] = w
            form.addRow(labels[key], w)
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText(self.tr("e.g. protocol amendment 2, approved 01/12"))
        form.addRow(self.tr("Reason for the change"), self.reason)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self._initial = self.values()
        self.resize(720, 0)
        self.save_button.setEnabled(False)        # until what is in force is shown
        settings = ctx.session.settings
        Op(ctx, lambda: (settings.all(), settings.changes()), parent=self).on_success(self._loaded).run()

    def _loaded(self, found) -> None:
        current, changes = found
        if changes:
            last = changes[-1]
            self.hint.setText(self.hint.text() + "\n" + self.tr("Last change: {who}, {when} ({reason})").format(
                who=last.author_name, when=last.created_utc.astimezone().strftime("%d/%m/%Y %H:%M"),
                reason=last.reason or ""))
        for key, w in self.fields.items():
            value = current.get(key)
            if isinstance(w, QtWidgets.QSpinBox):
                w.setValue(int(value))
            elif isinstance(w, QtWidgets.QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            else:
                w.setText(", ".join(value) if isinstance(value, list) else str(value))
        self._initial = self.values()
        self.save_button.setEnabled(True)

    def values(self) -> dict:
        out = {}
        for key, w in self.fields.items():
            if isinstance(w, QtWidgets.QSpinBox):
                out[key] = w.value()
            elif isinstance(w, QtWidgets.QComboBox):
                out[key] = w.currentData()
            elif key == "consent_languages":
                out[key] = [c.strip().lower() for c in w.text().split(",") if c.strip()]
            else:
                out[key] = w.text().strip()
        return out

    def save(self) -> None:
        changes = {k: v for k, v in self.values().items() if v != self._initial[k]}
        if not changes:
            self.reject()
            return
        if not self.reason.text().strip():
            self.error.setText(message_for(ValidationError("reason", "A correction needs a reason.")))
            return
        settings, reason = self.ctx.session.settings, self.reason.text()
        Op(self.ctx, lambda: settings.update(changes, reason), parent=self).busy(self.save_button) \
            .on_success(lambda _r: self.accept()) \
            .on_failure(self._refused).run()

    def _refused(self, err: BaseException) -> None:
        if isinstance(err, BedsideError):
            self.error.setText(message_for(err))
        else:
            show_error(self, err)
