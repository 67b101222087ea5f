"""A label whose text wraps, styled by its object name (``hint``,
``notice``, ``fieldError``, ``title``… in ui/style.py): no screen sets a
stylesheet of its own on it."""
from __future__ import annotations

from ui.qt import QtWidgets


def wrapped_label(object_name: str, text: str = "", parent=None, *, hidden: bool = False) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(text, parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    if hidden:
        label.hide()
    return label
