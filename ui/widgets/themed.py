"""A widget whose own stylesheet is written in the theme's colours
(ui/style.py): ``Themed(widget, sheet)`` sets ``sheet()`` now and again at
each day↔night switch (ui/night_mode.py), then calls ``then`` for what the
widget colours outside its sheet (list items, pictures). It is the widget's
child, so it and its connection go with the widget."""
from __future__ import annotations

from typing import Callable

from ui.night_mode import notifier
from ui.qt import QtCore, QtWidgets


class Themed(QtCore.QObject):
    def __init__(self, widget: QtWidgets.QWidget, sheet: Callable[[], str],
                 then: Callable[[], None] | None = None):
        super().__init__(widget)
        self.widget, self.sheet, self.then = widget, sheet, then
        widget.setStyleSheet(sheet())
        notifier().changed.connect(self.restyle)

    def restyle(self, _theme: str = "") -> None:
        self.widget.setStyleSheet(self.sheet())
        if self.then is not None:
            self.then()
