"""A table the user reads and picks one row of: nothing edited in place,
whole rows selected, one at a time, no row numbers."""
from __future__ import annotations

from ui.qt import QtWidgets

_View = QtWidgets.QAbstractItemView


def rows_to_pick(table: QtWidgets.QTableView, row_height: int | None = None) -> QtWidgets.QTableView:
    """Make *table* read-only with one whole row selectable; *row_height*
    (px) gives each row room for a finger. Returns the table."""
    table.setEditTriggers(_View.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(_View.SelectionBehavior.SelectRows)
    table.setSelectionMode(_View.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(row_height)
    return table
