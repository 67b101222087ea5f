"""A new recovery code, shown once to an administrator (bedside/identity/recovery.py).

A vault upgraded from before per-person keys gets a new recovery code at
its first key rotation (a revocation or a password reset): the old code no
longer opens it. The next administrator who signs in sees the new code here
and confirms they wrote it down; only then is it forgotten by the vault."""

from __future__ import annotations

from .qt import (QCheckBox, QDialog, QDialogButtonBox, QFont, QLabel, Qt, QVBoxLayout,
                 QWidget)


def recovery_code_label(code: str = "") -> QLabel:
    """A recovery code as it is written down: large monospace, centred,
    selectable (the wizard's first code and a renewed one)."""
    label = QLabel(code, objectName="recoveryCode")
    f = QFont("DejaVu Sans Mono")
    f.setPointSize(18)
    f.setBold(True)
    label.setFont(f)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("New recovery code"))
        lay = QVBoxLayout(self)
        why = QLabel(self.tr(
            "The vault's key was changed (an account was revoked or a password reset). "
            "The old recovery code no longer opens this PC's vault. Write down or print "
            "this new code now and lock it away, in place of the old one. "
            "It is shown only once."))
        why.setWordWrap(True)
        self.code = recovery_code_label(code)
        self.written = QCheckBox(self.tr("I have written down the new recovery code and "
                                         "stored it safely"), objectName="writtenDown")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.written.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        for w in (why, self.code, self.written, self.buttons):
            lay.addWidget(w)
        self.resize(640, 300)

    def reject(self) -> None:      # Esc or the close box: the code must be written down first
        if self.written.isChecked():
            self.accept()
