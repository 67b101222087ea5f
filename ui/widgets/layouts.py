"""A layout that adds no margin of its own (the widget it sits in has its
margins already), with the spacing between its items given."""
from __future__ import annotations

from typing import TypeVar

from ui.qt import QtWidgets

L = TypeVar("L", bound=QtWidgets.QLayout)


def flush(layout: L, spacing: int | None = None) -> L:
    layout.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        layout.setSpacing(spacing)
    return layout
