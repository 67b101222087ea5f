"""Big-target building blocks for the consent flow (gloved hands, 3 a.m.):
its buttons are the kit's (``ui.widgets.buttons``, size ``touch``); its
sheet (:func:`sheet`) lays out its labels and fields in the theme's colours."""
from __future__ import annotations

from ui import style
from ui.qt import QtWidgets, Qt, Signal
from ui.widgets.buttons import Kind, Size, push_button
from ui.widgets.layouts import flush

def sheet() -> str:
    """The consent screens' sheet in the current theme's colours (ui/style.py),
    set again at each day↔night switch (``ui.widgets.themed.Themed``): its
    hex colours once kept the day's light fields and dark text at night."""
    c = style.theme().colours
    return f"""
QWidget#ConsentFlow {{ background: {c['window']}; }}
QLabel[role="question"] {{ font-size: 24px; font-weight: 600; color: {c['text']}; }}
QLabel[role="hint"] {{ font-size: 16px; color: {c['muted']}; }}
QLabel[role="check"] {{ font-size: 18px; color: {c['text']}; }}
QLabel[role="status"] {{ font-size: 16px; color: {c['text']}; background: {c['banner_bg']}; border-radius: 8px; padding: 8px 12px; }}
QLabel[role="error"] {{ font-size: 16px; color: {c['danger_text']}; background: {c['danger']}; border-radius: 8px; padding: 10px 14px; }}
QLabel[role="ok"] {{ font-size: 18px; color: {c['idle_text']}; background: {c['idle_bg']}; border-radius: 8px; padding: 10px 14px; }}
QLineEdit, QPlainTextEdit, QDateTimeEdit, QComboBox {{ font-size: 18px; min-height: 48px; padding: 4px 10px;
    border: 2px solid {c['border']}; border-radius: 8px; background: {c['field_bg']}; color: {c['field_text']}; }}
QComboBox QAbstractItemView {{ font-size: 18px; background: {c['field_bg']}; color: {c['field_text']};
                              selection-background-color: {c['highlight']}; selection-color: {c['highlight_text']}; }}
QComboBox QAbstractItemView::item {{ min-height: 40px; }}
QTextBrowser {{ font-size: 17px; background: {c['surface']}; color: {c['text']}; border: 1px solid {c['border']};
               border-radius: 8px; padding: 10px; }}
QCheckBox {{ font-size: 18px; spacing: 14px; min-height: 48px; color: {c['text']}; }}
QCheckBox::indicator {{ width: 34px; height: 34px; }}
QScrollArea {{ border: none; background: transparent; }}
QWidget#consent-body {{ background: transparent; }}
QScrollBar:vertical {{ width: 26px; background: {c['button']}; border-radius: 8px; }}
QScrollBar::handle:vertical {{ background: {c['border']}; min-height: 60px; border-radius: 8px; }}
QFrame#attempt {{ background: {c['surface']}; border: 1px solid {c['border']}; border-radius: 10px; }}
QListWidget#consent-history {{ font-size: 16px; background: {c['surface']}; color: {c['text']}; }}
QListWidget#consent-history::item {{ padding: 8px; }}
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
