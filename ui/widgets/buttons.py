"""The one kit button: a push button named for the tests, wired to what it
does, its look given by two properties the theme's stylesheet reads
(``ui/style.py``), never a stylesheet of its own — so it follows the day and
night themes by itself, and costs no style-sheet parse per button.

- ``kind``: what pressing it means — ``primary`` (the step forward),
  ``danger`` (stop, withdraw, discard, an adverse event), ``ok`` (start,
  confirm), ``warning`` (pause), ``neutral`` (anything else); ``choice`` (one
  of exclusive answers: the consent flow's, and ``ui.widgets.choices``'s
  at regular size) and the consent flow's ``toggle``; the states of an
  infusion in its plan strip (``done``, ``running``, ``due``, ``late``);
  ``review`` (something waits for a person's look: the monitor strip's held
  messages, in the blocker colours) and ``status`` (a state shown as a framed
  word, its colour given by the ``tone`` property: the sync status).
- ``size`` (the ``sizing`` property): ``regular`` (the app's 38 px), ``large`` (bold 14 pt, 44 px:
  the infusion screens, gloved hands), ``compact`` (large type on a 34 px
  bar: the flowsheet's header, where height goes to the readings),
  ``touch`` (the consent flow: 64 px, 84 px a choice), ``slim`` (a 28 px
  line of a strip: the monitor strip's "Do not chart") and ``tag`` (24 px,
  a count beside a line of text: its held messages).
- states the theme reads too, set with :func:`set_look`: ``selected`` (the
  plan strip's open infusion), ``tone`` (``ok``, ``busy``, ``waiting``,
  ``off``, ``bad``), and a choice's ``state`` (``missing``, ``error``) and
  ``highlighted`` (the keyboard highlight). (A name of its own: a widget's
  own properties, ``cursor`` or ``size``, cannot carry one.)

A button Qt makes itself (a ``QDialogButtonBox`` standard button) gets its
kind with :func:`set_kind`. No button sets a stylesheet of its own
(``tests/test_kit_button.py``).
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
    CHOICE = "choice"        # one of exclusive answers (checkable; touch: left-aligned, tall)
    TOGGLE = "toggle"        # yes / no side by side (checkable)
    DONE = "done"            # an infusion's plan strip: given
    RUNNING = "running"      # ... running or paused
    DUE = "due"              # ... in its window now
    LATE = "late"            # ... past its window
    REVIEW = "review"        # waits for a person's look (held monitor messages)
    STATUS = "status"        # a framed state word, coloured by its ``tone``


class Size(StrEnum):
    REGULAR = "regular"
    LARGE = "large"
    COMPACT = "compact"
    TOUCH = "touch"
    SLIM = "slim"
    TAG = "tag"


class Tone(StrEnum):
    """The colour of a ``status`` button (a role of the theme each)."""
    OK = "ok"
    BUSY = "busy"
    WAITING = "waiting"
    OFF = "off"
    BAD = "bad"


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
    """Give *button* another kind (and the ``selected`` frame)."""
    set_look(button, kind=str(kind), selected=selected)


def set_look(button: QtWidgets.QPushButton, **properties) -> None:
    """Set properties the theme's sheet reads (``kind``, ``selected``,
    ``tone``, ``state``, ``highlighted``): the button is styled again once, and
    only when one of them changed."""
    changed = False
    for name, value in properties.items():
        if button.property(name) != value:
            button.setProperty(name, value)
            changed = True
    if changed:
        button.style().unpolish(button)
        button.style().polish(button)
