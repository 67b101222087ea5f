"""Exclusive big choice buttons that are ONE keyboard stop.

A nurse tabbing through the eligibility questions must never change an
answer by accident: Tab enters and leaves the whole group (never stops on
each button), entering it highlights nothing, so Space does nothing until an
arrow key has put the highlight on a choice. The first letter of a choice
("o"/"y" for Oui/Yes, "n" for Non/No) picks it directly. Delete clears it.

Its buttons are the kit's ``choice`` kind at regular size: the theme's sheet
(``ui/style.py``) paints them, their ``state`` (missing / error) and the
keyboard highlight (``highlighted``; not ``cursor``, a QWidget property) — no stylesheet per button.
"""
from __future__ import annotations

from ui import style
from ui.qt import QtWidgets, Qt, Signal
from ui.widgets.buttons import Kind, push_button, set_look

# A field's look in the state the screen gives it (missing / error), in the
# current theme's colours (ui.eligibility.widgets.Field; a choice's is the theme's).
_STATE_ROLES = {"missing": ("notice_border", "notice_bg"), "error": ("danger", "field_bad_bg")}


def state_css(state: str) -> str:
    """The rules of a button or field in *state* ("" for none)."""
    if state not in _STATE_ROLES:
        return ""
    border, background = (style.colour(r) for r in _STATE_ROLES[state])
    return f"border-color: {border}; background: {background};"


_SELECT_KEYS = (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter)
_CLEAR_KEYS = (Qt.Key_Delete, Qt.Key_Backspace)
_NEXT_KEYS = (Qt.Key_Right, Qt.Key_Down)
_PREVIOUS_KEYS = (Qt.Key_Left, Qt.Key_Up)


class ChoiceButtons(QtWidgets.QFrame):
    """``changed`` is emitted whenever the chosen value changes."""

    changed = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent=None, keys: dict | None = None,
                 vertical: bool = False):
        """``vertical``: one choice per line (long labels that would not fit side by side)."""
        super().__init__(parent)
        self.setProperty("role", "choices")
        self.setFocusPolicy(Qt.StrongFocus)
        self._buttons: dict[str, QtWidgets.QPushButton] = {}
        self._keys = dict(keys or {})
        self._cursor: str | None = None
        lay = QtWidgets.QVBoxLayout(self) if vertical else QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(3, 3, 3, 3)
        for value, text in choices:
            b = push_button(text, f"choice_{value}", lambda checked, v=value: self._clicked(v, checked), self,
                            kind=Kind.CHOICE, checkable=True)
            b.setFocusPolicy(Qt.NoFocus)       # the group is the focus stop
            b.setFocusProxy(self)
            b.setMinimumWidth(max(72, b.sizeHint().width()))
            self._buttons[value] = b
            if vertical:
                lay.addWidget(b, 0, Qt.AlignLeft)
            else:
                lay.addWidget(b)
            self._keys.setdefault(text[:1].lower(), value)
        lay.addStretch(1)
        self.setAccessibleDescription(self.tr("Arrow keys choose, Space confirms, or type the first letter."))

    # -- value -----------------------------------------------------------------------
    def value(self) -> str | None:
        return next((v for v, b in self._buttons.items() if b.isChecked()), None)

    def set_value(self, value: str | None) -> None:
        for v, b in self._buttons.items():
            b.setChecked(v == value)

    def button(self, value: str) -> QtWidgets.QPushButton:
        return self._buttons[value]

    def buttons(self) -> list[QtWidgets.QPushButton]:
        return list(self._buttons.values())

    def highlighted(self) -> str | None:
        """The choice the keyboard highlight is on (None when just entered)."""
        return self._cursor

    def _choose(self, value: str | None) -> None:
        before = self.value()
        self.set_value(value)
        if self.value() != before:
            self.changed.emit()

    def _clicked(self, value, checked):
        self._move_cursor(None)
        self._choose(value if checked else None)

    # -- keyboard ----------------------------------------------------------------------
    def keyPressEvent(self, ev):  # noqa: N802 - Qt
        key, values = ev.key(), list(self._buttons)
        if key in _NEXT_KEYS or key in _PREVIOUS_KEYS:
            step = 1 if key in _NEXT_KEYS else -1
            start = self._cursor or self.value()
            if start is None:
                target = values[0] if step == 1 else values[-1]
            else:
                target = values[(values.index(start) + step) % len(values)]
            self._move_cursor(target)
            ev.accept()
            return
        if key in _SELECT_KEYS:
            if self._cursor is not None:        # Space on nothing highlighted does nothing
                self._choose(self._cursor)
            ev.accept()
            return
        if key in _CLEAR_KEYS:
            self._choose(None)
            ev.accept()
            return
        v = self._keys.get(ev.text().lower()) if ev.text() else None
        if v is not None:
            self._move_cursor(v)
            self._choose(v)
            ev.accept()
            return
        super().keyPressEvent(ev)

    def focusOutEvent(self, ev):  # noqa: N802 - Qt
        self._move_cursor(None)
        super().focusOutEvent(ev)

    def _move_cursor(self, value: str | None) -> None:
        self._cursor = value
        for v, b in self._buttons.items():
            set_look(b, highlighted=v == value)

    # -- look ------------------------------------------------------------------------
    def set_state(self, state: str) -> None:
        if self.property("state") == state:
            return
        self.setProperty("state", state)
        for b in self._buttons.values():
            set_look(b, state=state)

