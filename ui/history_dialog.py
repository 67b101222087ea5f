"""Any record's history: every version and every audit event on it — who,
when (UTC and the workstation's local offset), why, and what changed."""

from __future__ import annotations

from datetime import timedelta

from bedside.field_words import AUDIT_ACTIONS, RECORD_FIELDS, word_for

from .i18n import format_date
from .ops import Op
from .stored_values import format_stored
from .qt import (QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QLabel,
                 QtCore, Qt, translate)


def local_time(ts, offset_min: int) -> str:
    local = ts + timedelta(minutes=offset_min)
    sign = "+" if offset_min >= 0 else "-"
    return (f"{format_date(local.date())} {local:%H:%M:%S} "
            f"(UTC{sign}{abs(offset_min) // 60:02d}:{abs(offset_min) % 60:02d})")


class HistoryModel(QtCore.QAbstractTableModel):
    COLUMNS = ("when", "who", "what", "version", "why", "changes")

    def __init__(self, entries=(), parent=None) -> None:
        super().__init__(parent)
        self.entries = list(entries)

    def set_entries(self, entries) -> None:
        """The audit entries, read on the DB worker (``Op``)."""
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Version"),
                    self.tr("Why"), self.tr("Changes")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() \
                and self.COLUMNS[index.column()] in ("why", "changes"):
            return self.data(index) or None    # the whole text, where a mouse rests on it
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        e = self.entries[index.row()]
        col = self.COLUMNS[index.column()]
        if col == "when":
            return local_time(e.ts_utc, e.utc_offset_min)
        if col == "who":
            return e.username or self.tr("(not signed in)")
        if col == "what":
            return translate("core", word_for(AUDIT_ACTIONS, e.action))
        if col == "version":
            return "" if e.version is None else str(e.version)
        if col == "why":
            return e.reason or ""
        changes = e.details.get("changes") or {}
        return "\n".join(self.tr("{field}: {old} → {new}").format(   # one change a line
            field=translate("core", word_for(RECORD_FIELDS, k)), old=format_stored(old), new=format_stored(new))
            for k, (old, new) in changes.items())


class HistoryDialog(QDialog):
    def __init__(self, ctx, record_id: str, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History — {what}").format(what=title))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Every version is kept. Newest first."), objectName="hint"))
        self.model = HistoryModel(parent=self)
        session = ctx.session
        Op(ctx, lambda: session.audit_trail(record_id), parent=self).on_success(self.model.set_entries).run()
        view = QTableView(objectName="historyTable")
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        # every change in full, one a line (a gloved hand on a touchscreen has
        # no tooltip): the reason and the changes share the width left by the
        # short columns, wrap, and each row is as tall as its text
        header = view.horizontalHeader()
        for col, name in enumerate(HistoryModel.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if name in (
                "why", "changes") else QHeaderView.ResizeMode.ResizeToContents)
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view = view
        lay.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(1100, 480)
