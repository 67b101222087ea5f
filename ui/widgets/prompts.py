"""Prompts that re-ask a password (electronic signature) or a reason for a
change. A refused password keeps the dialog open: the error is shown in it,
in the user's language, and the field is cleared and focused for a retry."""
from __future__ import annotations

from ui.qt import QtWidgets, Qt, Signal


def _wrapped(text: str, role: str) -> QtWidgets.QLabel:
    lab = QtWidgets.QLabel(text)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.PlainText)
    lab.setProperty("role", role)
    lab.setObjectName(role)
    return lab


def _error_line() -> QtWidgets.QLabel:
    """Why the prompt refused what was typed (hidden until then)."""
    lab = _wrapped("", "error")
    lab.setStyleSheet("color: #b3261e; font-weight: bold;")
    lab.hide()
    return lab


class _Prompt(QtWidgets.QDialog):
    """What both prompts share: the statement, one field, the line saying
    why what was typed is refused, and OK / Cancel (OK calls ``_submit``)."""

    def __init__(self, title: str, object_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)

    def _lay_out(self, statement: str, field: QtWidgets.QLineEdit, ok_text: str, cancel_text: str) -> None:
        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(_wrapped(statement, "statement"))
        lay.addWidget(field)
        self.error = _error_line()
        lay.addWidget(self.error)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.Ok | QtWidgets.QDialogButtonBox.Cancel, self)
        self.ok = self.buttons.button(QtWidgets.QDialogButtonBox.Ok)
        self.ok.setText(ok_text)
        self.buttons.button(QtWidgets.QDialogButtonBox.Cancel).setText(cancel_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        field.setFocus()

    def _say(self, text: str, field: QtWidgets.QLineEdit) -> None:
        """Show why the entry is refused and put the cursor back in it."""
        self.error.setText(text)
        self.error.show()
        field.setFocus(Qt.OtherFocusReason)

    def _submit(self) -> None:
        raise NotImplementedError


class PasswordPrompt(_Prompt):
    """``submitted(password)`` when the user confirms; the caller checks it
    (on the database worker) and answers with ``accept()`` or ``refuse(text)``.
    Until then the dialog stays open and its buttons wait."""

    submitted = Signal(str)

    def __init__(self, title: str, statement: str, parent=None, object_name: str = "PasswordPrompt",
                 confirm_text: str | None = None):
        super().__init__(title, object_name, parent)
        self.password = QtWidgets.QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QtWidgets.QLineEdit.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self._lay_out(statement, self.password, confirm_text or self.tr("Sign"), self.tr("Cancel"))

    def _submit(self) -> None:
        if not self.password.text():
            self.refuse(self.tr("Enter your password."))
            return
        password = self.password.text()
        self.ok.setEnabled(False)
        self.submitted.emit(password)

    def refuse(self, text: str) -> None:
        """Stay open: show why, clear the password, focus it for a retry."""
        self.password.clear()
        self.ok.setEnabled(True)
        self._say(text, self.password)

    def accept(self) -> None:  # noqa: D401 - Qt
        self.password.clear()
        super().accept()

    def reject(self) -> None:
        self.password.clear()
        super().reject()


class ReasonPrompt(_Prompt):
    """Asks why a signed or stored record is changed; refuses an empty reason."""

    def __init__(self, title: str, question: str, parent=None, object_name: str = "ReasonPrompt"):
        super().__init__(title, object_name, parent)
        self.reason = QtWidgets.QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self._lay_out(question, self.reason, self.tr("OK"), self.tr("Cancel"))

    def _submit(self) -> None:
        if not self.reason.text().strip():
            self._say(self.tr("Give a reason for the change."), self.reason)
            return
        self.accept()

    def text(self) -> str:
        return self.reason.text().strip()
