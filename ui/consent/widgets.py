"""Big-target building blocks for the consent flow (gloved hands, 3 a.m.):
its buttons are the kit's (``ui.widgets.buttons``, size ``touch``); this
sheet lays out its labels and fields."""
from __future__ import annotations

from ui.qt import QtWidgets, Qt, Signal
from ui.widgets.buttons import Kind, Size, push_button
from ui.widgets.layouts import flush

STYLE = """
QWidget#ConsentFlow { background: #f4f6f9; }
QLabel[role="question"] { font-size: 24px; font-weight: 600; color: #10233f; }
QLabel[role="hint"] { font-size: 16px; color: #3b4a5e; }
QLabel[role="check"] { font-size: 18px; color: #10233f; }
QLabel[role="status"] { font-size: 16px; color: #10233f; background: #e6edf6; border-radius: 8px; padding: 8px 12px; }
QLabel[role="error"] { font-size: 16px; color: #ffffff; background: #b3261e; border-radius: 8px; padding: 10px 14px; }
QLabel[role="ok"] { font-size: 18px; color: #0b4d1e; background: #d8f3df; border-radius: 8px; padding: 10px 14px; }
QLineEdit, QPlainTextEdit, QDateTimeEdit, QComboBox { font-size: 18px; min-height: 48px; padding: 4px 10px; border: 2px solid #8799b0; border-radius: 8px; background: white; }
QComboBox QAbstractItemView { font-size: 18px; background: white; color: #10233f;
                              selection-background-color: #1a5fb4; selection-color: white; }
QComboBox QAbstractItemView::item { min-height: 40px; }
QCheckBox { font-size: 18px; spacing: 14px; min-height: 48px; }
QCheckBox::indicator { width: 34px; height: 34px; }
QScrollArea { border: none; background: transparent; }
QWidget#consent-body { background: transparent; }
QScrollBar:vertical { width: 26px; background: #e3e8ef; border-radius: 8px; }
QScrollBar::handle:vertical { background: #8799b0; min-height: 60px; border-radius: 8px; }
QFrame#attempt { background: #ffffff; border: 1px solid #c8d0da; border-radius: 10px; }
"""


def label(text: str, role: str | None = None, wrap: bool = True) -> QtWidgets.QLabel:
    w = QtWidgets.QLabel(text)
    w.setWordWrap(wrap)
    if role:
        w.setProperty("role", role)
    w.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return w


class Choice(QtWidgets.QWidget):
    """Exclusive big buttons; `value()` is the chosen key or None."""
    changed = Signal(object)

    def __init__(self, options: list[tuple[str, str]], kind: Kind = Kind.CHOICE, columns: int = 1, parent=None):
        super().__init__(parent)
        grid = flush(QtWidgets.QGridLayout(self), spacing=10)
        self._group = QtWidgets.QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QtWidgets.QPushButton] = {}
        for i, (key, text) in enumerate(options):
            b = push_button(text, kind=kind, size=Size.TOUCH, checkable=True)
            self._group.addButton(b)
            self.buttons[key] = b
            grid.addWidget(b, i // columns, i % columns)
            b.toggled.connect(lambda on, k=key: on and self.changed.emit(k))

    def value(self):
        for k, b in self.buttons.items():
            if b.isChecked():
                return k
        return None

    def set_value(self, key) -> None:
        if key in self.buttons:
            self.buttons[key].setChecked(True)


class YesNo(Choice):
    def __init__(self, yes: str, no: str, parent=None):
        super().__init__([("yes", yes), ("no", no)], kind=Kind.TOGGLE, columns=2, parent=parent)

    def answer(self) -> bool | None:
        v = self.value()
        return None if v is None else v == "yes"


def form_row(layout: QtWidgets.QVBoxLayout, caption: str, widget: QtWidgets.QWidget) -> QtWidgets.QWidget:
    cap = label(caption, "hint")
    cap.setBuddy(widget)
    layout.addWidget(cap)
    layout.addWidget(widget)
    return widget


def scrolled(inner: QtWidgets.QWidget) -> QtWidgets.QScrollArea:
    area = QtWidgets.QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    return area
