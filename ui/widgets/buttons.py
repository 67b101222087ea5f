"""A push button named for the stylesheet and the tests, wired to what it
does."""
from __future__ import annotations

from typing import Callable

from ui.qt import QtWidgets


def push_button(text: str, object_name: str, clicked: Callable | None = None, parent=None, *,
                min_height: int | None = None) -> QtWidgets.QPushButton:
    button = QtWidgets.QPushButton(text, parent)
    button.setObjectName(object_name)
    if min_height is not None:
        button.setMinimumHeight(min_height)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button
