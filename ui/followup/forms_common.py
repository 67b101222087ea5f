"""Small pieces the follow-up dialogs share: a dd/mm/yyyy date field that
may be left empty, the error line, labels of protocol choices."""
from __future__ import annotations

from datetime import date

from ui.i18n import current_language, localized
from ui.qt import QtCore, QtWidgets


def words(choice) -> str:
    """A protocol choice (``Choice``) in the interface language."""
    return localized(choice.label, current_language())


class DateField(QtWidgets.QWidget):
    """A date (dd/mm/yyyy, calendar) that is optional when *optional*: a
    check box says whether it applies."""

    def __init__(self, on: date | None, optional_text: str | None = None, parent=None,
                 fallback: date | None = None):
        super().__init__(parent)
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.check = None
        if optional_text is not None:
            self.check = QtWidgets.QCheckBox(optional_text, self)
            self.check.toggled.connect(lambda on: self.edit.setEnabled(on))
            lay.addWidget(self.check)
        self.edit = QtWidgets.QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumWidth(150)
        if on is None and fallback is not None:
            self.edit.setDate(QtCore.QDate(fallback.year, fallback.month, fallback.day))
        self.set_date(on)
        lay.addWidget(self.edit)
        lay.addStretch(1)
        if self.check is not None:
            self.edit.setEnabled(self.check.isChecked())

    def set_date(self, on: date | None) -> None:
        if on is not None:
            self.edit.setDate(QtCore.QDate(on.year, on.month, on.day))
        if self.check is not None:
            self.check.setChecked(on is not None)

    def value(self) -> str | None:
        if self.check is not None and not self.check.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day()).isoformat()


def error_line() -> QtWidgets.QLabel:
    lab = QtWidgets.QLabel()
    lab.setObjectName("formError")
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #b3261e; font-weight: bold; font-size: 12pt;")
    lab.hide()
    return lab


class ShowsProblems:
    """Dialogs that keep what was typed and say, in their own error line,
    why the core refused it (``self.error``, ``self.save``)."""

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
