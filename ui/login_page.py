"""Sign-in screen (also the lock screen): user name, password, language.
When the screen was locked, the locked user's name is pre-filled and their
unfinished work is waiting behind it."""

from __future__ import annotations

from datetime import datetime

from bedside.errors import BedsideError, WrongPassword

from .errors import message_for
from .qt import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                 QVBoxLayout, QWidget, Signal)
from .widgets.buttons import Kind, push_button
from .widgets.labels import wrapped_label

LANGUAGES = (("fr", "Français"), ("en", "English"))


class LoginPage(QWidget):
    submitted = Signal(str, str, str)  # username, password, language
    language_changed = Signal(str)     # chosen in the combo: the screen switches at once

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("loginPage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QFrame()
        box.setObjectName("loginBox")
        box.setMaximumWidth(520)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(box)
        self.title = QLabel(self.tr("Bedside — sign in"), objectName="title")
        self.site = QLabel(objectName="hint")
        self.locked_note = wrapped_label("hint")
        self.abnormal_end = wrapped_label("notice", hidden=True)
        form = QFormLayout()
        self.username = QLineEdit(objectName="username")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Language"), self.language)
        self.error = wrapped_label("fieldError")
        self.not_received = wrapped_label("hint")
        self.button = push_button(self.tr("Sign in"), "primary", kind=Kind.PRIMARY)
        self.button.setDefault(True)
        self.demo_hint = wrapped_label("hint")
        lay.addWidget(self.title)
        lay.addWidget(self.site)
        lay.addWidget(self.abnormal_end)
        lay.addWidget(self.locked_note)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.not_received)
        lay.addWidget(self.button)
        lay.addWidget(self.demo_hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._form = form
        self._state: dict = {"locked_user": None, "demo": False}
        self._abnormal_end: tuple[bool, datetime | None] = (False, None)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language.currentData()))
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)

    def show_abnormal_end(self, started: datetime | None) -> None:
        """Say, until someone signs in, that the last run did not close normally."""
        self._abnormal_end = (True, started)
        self._set_texts()

    def clear_abnormal_end(self) -> None:
        self._abnormal_end = (False, None)
        self._set_texts()

    def prepare(self, *, site: str = "", locked_user: str | None = None,
                demo: bool = False, language: str | None = None) -> None:
        self._state = {"locked_user": locked_user, "demo": demo}
        self.site.setText(site)
        self.error.clear()
        self.password.clear()
        if language:
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
        if locked_user:
            self.username.setText(locked_user)
            self.password.setFocus()
        else:
            self.username.setFocus()
        self._set_texts()

    def retranslate(self) -> None:
        """Re-read every text in the current language (after a language change)."""
        self.title.setText(self.tr("Bedside — sign in"))
        for field, text in ((self.username, self.tr("User name")), (self.password, self.tr("Password")),
                            (self.language, self.tr("Language"))):
            label = self._form.labelForField(field)
            if label is not None:
                label.setText(text)
        self.button.setText(self.tr("Sign in"))
        self.error.clear()
        self.not_received.clear()
        self._set_texts()

    def _set_texts(self) -> None:
        locked_user, demo = self._state["locked_user"], self._state["demo"]
        if locked_user:
            self.locked_note.setText(self.tr(
                "Screen locked. {user}, sign in again to return to your unfinished work; "
                "another person may sign in instead.").format(user=locked_user))
        else:
            self.locked_note.clear()
        shown, started = self._abnormal_end
        if shown:
            since = self.tr(" (it had been running since {when})").format(
                when=started.astimezone().strftime("%d/%m/%Y %H:%M")) if started else ""
            self.abnormal_end.setText(self.tr(
                "Bedside did not close normally last time{since} — a power cut, a forced "
                "stop or an error. Everything that was saved is safe. Sign in: anything you "
                "were still typing will be offered back to you.").format(since=since))
        self.abnormal_end.setVisible(shown)
        self.demo_hint.setText(self.tr(
            "Demonstration vault with fictitious patients. Users: nurse, investigator, "
            "datamanager, admin — password: bedside-demo") if demo else "")

    def show_error(self, err: BedsideError) -> None:
        self.error.setText(message_for(err))
        # accounts and passwords are site-wide: a change made on another PC
        # reaches this one with its next sync
        self.not_received.setText(self.tr(
            "Account created or password changed on another PC? This PC has not "
            "received the change yet: it arrives with the next sync.")
            if isinstance(err, WrongPassword) else "")
        self.password.clear()
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.username.text().strip():
            self.error.setText(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        self.error.setText(self.tr("Checking…"))
        self.not_received.clear()
        self.submitted.emit(self.username.text().strip(), self.password.text(),
                            self.language.currentData())
