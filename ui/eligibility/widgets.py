"""Small widgets for the eligibility checklist: big choice buttons usable by
keyboard (Tab/Space, or the first letter), status chips, text fields that
show their error."""
from __future__ import annotations

from ui.qt import QtWidgets, Qt, Signal

STATUS_STYLE = {
    # status: (background, foreground)
    "met": ("#1b7f3b", "#ffffff"),
    "not_met": ("#b3261e", "#ffffff"),
    "missing": ("#f2b705", "#1a1a1a"),
    "provisional": ("#1f5fbf", "#ffffff"),
    "pending": ("#6b6b6b", "#ffffff"),
}

APP_STYLE = """
QWidget#EligibilityRoot, QWidget#EligibilityRoot QWidget { font-size: 15px; }
QGroupBox { font-weight: bold; font-size: 17px; border: 1px solid #9aa4b1; border-radius: 6px;
            margin-top: 14px; padding-top: 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QLineEdit { min-height: 34px; padding: 2px 6px; border: 2px solid #8a94a3; border-radius: 4px; }
QLineEdit:focus { border-color: #1f5fbf; }
QPushButton { min-height: 38px; padding: 2px 14px; border-radius: 5px; border: 2px solid #8a94a3;
              background: #f4f6f8; }
QPushButton:focus { border-color: #1f5fbf; border-width: 3px; }
QPushButton:checked { background: #1f5fbf; color: white; border-color: #123c7a; }
QPushButton:disabled { color: #9aa0a6; background: #eceff1; }
QLabel[role="error"] { color: #b3261e; font-weight: bold; }
QLabel[role="reason"] { color: #24303f; }
QLabel[role="registry"] { color: #3c4a5c; font-style: italic; }
QLabel[role="hint"] { color: #5b6675; }
"""


STATE_STYLE = {
    "missing": "border-color: #f2b705; background: #fff8e1;",
    "error": "border-color: #b3261e; background: #fdecea;",
}


def restyle(w: QtWidgets.QWidget) -> None:
    """Show the widget's ``state`` property (missing / error) as its own style.
    (Not QStyle.unpolish/polish: PySide6 6.12 leaks a reference to None on
    every call, which aborts the interpreter after many calls.)"""
    css = STATE_STYLE.get(w.property("state") or "", "")
    base = "QLineEdit" if isinstance(w, QtWidgets.QLineEdit) else "QPushButton"
    w.setStyleSheet(f"{base} {{ {css} }}" if css else "")


class ChoiceButtons(QtWidgets.QWidget):
    """Exclusive big buttons. Keyboard: Tab to a button and Space, or type the
    first letter of a choice while any button has focus."""

    changed = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent=None, keys: dict | None = None):
        super().__init__(parent)
        self._group = QtWidgets.QButtonGroup(self)
        self._group.setExclusive(False)
        self._buttons: dict[str, QtWidgets.QPushButton] = {}
        self._keys = dict(keys or {})
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for value, text in choices:
            b = QtWidgets.QPushButton(text, self)
            b.setCheckable(True)
            b.setMinimumWidth(max(72, b.sizeHint().width()))
            b.setObjectName(f"choice_{value}")
            b.clicked.connect(lambda checked, v=value: self._clicked(v, checked))
            self._buttons[value] = b
            self._group.addButton(b)
            lay.addWidget(b)
            self._keys.setdefault(text[:1].lower(), value)
        lay.addStretch(1)

    def _clicked(self, value, checked):
        for v, b in self._buttons.items():
            b.setChecked(v == value and checked)
        self.changed.emit()

    def value(self) -> str | None:
        return next((v for v, b in self._buttons.items() if b.isChecked()), None)

    def set_value(self, value: str | None) -> None:
        for v, b in self._buttons.items():
            b.setChecked(v == value)

    def button(self, value: str) -> QtWidgets.QPushButton:
        return self._buttons[value]

    def keyPressEvent(self, ev):  # noqa: N802 - Qt
        v = self._keys.get(ev.text().lower()) if ev.text() else None
        if v is not None:
            self.set_value(v)
            self._buttons[v].setFocus()
            self.changed.emit()
            ev.accept()
            return
        super().keyPressEvent(ev)

    def set_state(self, state: str) -> None:
        if self.property("state") == state:
            return
        self.setProperty("state", state)
        for b in self._buttons.values():
            b.setProperty("state", state)
            restyle(b)


class StatusChip(QtWidgets.QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignCenter)
        self.setMinimumWidth(104)
        self.setFixedHeight(30)

    def set_status(self, status: str, text: str) -> None:
        bg, fg = STATUS_STYLE.get(status, ("#6b6b6b", "#ffffff"))
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; border-radius: 6px; "
                           f"font-weight: bold; padding: 0 8px; }}")


class Field(QtWidgets.QLineEdit):
    """A line edit that remembers its state (ok / missing / error)."""

    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)

    def set_state(self, state: str) -> None:
        if self.property("state") != state:
            self.setProperty("state", state)
            restyle(self)


def wrap_label(text: str, role: str = "reason") -> QtWidgets.QLabel:
    lab = QtWidgets.QLabel(text)
    lab.setWordWrap(True)
    lab.setProperty("role", role)
    lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
    if role in ("reason", "hint", "error"):
        lab.setTextFormat(Qt.PlainText)
    return lab


def local_text(iso: str | None, tz, with_time: bool = True) -> str:
    """ISO date/datetime -> DD/MM/YYYY [HH:MM] in the workstation's zone."""
    if not iso:
        return ""
    from datetime import date, datetime
    try:
        if with_time:
            dt = datetime.fromisoformat(iso)
            if dt.tzinfo is not None:
                dt = dt.astimezone(tz)
            return dt.strftime("%d/%m/%Y %H:%M")
        return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return iso

