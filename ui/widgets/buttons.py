"""The one kit button: a push button named for the tests, wired to what it
does, its look given by two properties the theme's stylesheet reads
(``ui/style.py``), never a stylesheet of its own — so it follows the day and
night themes by itself, and costs no style-sheet parse per button.

- ``kind``: what pressing it means — ``primary`` (the step forward),
  ``danger`` (stop, withdraw, an adverse event), ``ok`` (start, confirm),
  ``warning`` (pause), ``neutral``; the consent flow's exclusive ``choice``
  and ``toggle`` buttons; and the states of an infusion in its plan strip
  (``done``, ``running``, ``due``, ``late``).
- ``size`` (the ``sizing`` property): ``regular`` (the app's 38 px), ``large`` (bold 14 pt, 44 px:
  the infusion screens, gloved hands), ``compact`` (large type on a 34 px
  bar: the flowsheet's header, where height goes to the readings) and
  ``touch`` (the consent flow: 64 px, 84 px a choice).
"""
from __future__ import annotations

from enum import StrEnum
from typing import Callable

from ui.qt import QtWidgets, Qt


class Kind(StrEnum):
    NEUTRAL = "neutral"
    PRIMARY = "primary"
    DANGER = "danger"
    OK = "ok"
    WARNING = "warning"
    CHOICE = "choice"        # one of exclusive answers (checkable, left-aligned, tall)
    TOGGLE = "toggle"        # yes / no side by side (checkable)
    DONE = "done"            # an infusion's plan strip: given
    RUNNING = "running"      # ... running or paused
    DUE = "due"              # ... in its window now
    LATE = "late"            # ... past its window


class Size(StrEnum):
    REGULAR = "regular"
    LARGE = "large"
    COMPACT = "compact"
    TOUCH = "touch"


TOUCH_HEIGHT, CHOICE_HEIGHT = 64, 84      # px: the consent flow's targets


def push_button(text: str, object_name: str = "", clicked: Callable | None = None, parent=None, *,
                kind: Kind = Kind.NEUTRAL, size: Size = Size.REGULAR, checkable: bool = False,
                min_height: int | None = None) -> QtWidgets.QPushButton:
    button = QtWidgets.QPushButton(text, parent)
    if object_name:
        button.setObjectName(object_name)
    button.setProperty("kind", str(kind))
    button.setProperty("sizing", str(size))   # not "size": every QWidget has a size property
    button.setCheckable(checkable)
    if size != Size.REGULAR:
        button.setCursor(Qt.PointingHandCursor)
    if size == Size.TOUCH:
        button.setMinimumHeight(CHOICE_HEIGHT if kind == Kind.CHOICE else TOUCH_HEIGHT)
        button.setSizePolicy(QtWidgets.QSizePolicy.Expanding if kind == Kind.CHOICE else QtWidgets.QSizePolicy.Preferred,
                             QtWidgets.QSizePolicy.Fixed)
    if min_height is not None:
        button.setMinimumHeight(min_height)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


def set_kind(button: QtWidgets.QPushButton, kind: Kind, *, selected: bool = False) -> None:
    """Give *button* another kind (and the ``selected`` frame): it is styled
    again only when one of them changed."""
    if button.property("kind") == kind and bool(button.property("selected")) == selected:
        return
    button.setProperty("kind", str(kind))
    button.setProperty("selected", selected)
    button.style().unpolish(button)
    button.style().polish(button)
