"""A one-line label that gives way: when its row is short of room it shows
"CHU de Liège — dém…" and keeps the whole text in its tooltip and accessible
name. For texts that matter less than their neighbours (the status bar's
site and vault state give way to the sync state)."""
from __future__ import annotations

from ui.qt import QtCore, QtWidgets, Qt


class ElidedLabel(QtWidgets.QLabel):
    MIN_WIDTH = 80

    def __init__(self, text: str = "", parent=None, objectName: str = ""):  # noqa: N803 - Qt's keyword
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._full = ""
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Preferred)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt
        self._full = text or ""
        self.setToolTip(self._full)
        self.setAccessibleName(self._full)
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt
        m = self.contentsMargins()
        return QtCore.QSize(self.fontMetrics().horizontalAdvance(self._full) + m.left() + m.right() + 4,
                            super().sizeHint().height())

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt
        return QtCore.QSize(min(self.MIN_WIDTH, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, 0)) \
            if self.fontMetrics().horizontalAdvance(self._full) > room else self._full
        super().setText(shown)
