"""A drop-down whose list items are drawn by an item delegate. With a
stylesheet on QComboBox, Qt's default menu delegate paints the current item
of the open list as an empty box (the "Lien" drop-down showed a blank line
where the chosen relationship should be)."""
from __future__ import annotations

from ui.qt import QtWidgets


def combo_box(parent=None, editable: bool = False) -> QtWidgets.QComboBox:
    box = QtWidgets.QComboBox(parent)
    box.setItemDelegate(QtWidgets.QStyledItemDelegate(box))
    box.setEditable(editable)
    return box
