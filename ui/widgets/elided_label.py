"""A one-line label that gives way: when its row is short of room it shows
"CHU de Liège — dém…" and keeps the whole text in its tooltip and accessible
name. For texts that matter less than their neighbours (the status bar's
site and vault state give way to the sync state).

With ``whole_parts=" · "`` it drops whole parts from the end instead
("RUNNING since 21:02 …"): a number is shown whole or not at all, never
cut to a shorter number (:func:`whole_parts`)."""
from __future__ import annotations

from typing import Callable

from ui.qt import QtCore, QtWidgets, Qt

MORE = " …"


def whole_parts(text: str, separator: str, fits: Callable[[str], bool]) -> str:
    """*text* if it fits, else its first parts (split at *separator*) and
    " …", as many as fit; the first part always stays."""
    if fits(text):
        return text
    parts = text.split(separator)
    for n in range(len(parts) - 1, 1, -1):
        shown = separator.join(parts[:n]) + MORE
        if fits(shown):
            return shown
    return parts[0] + (MORE if len(parts) > 1 else "")


class ElidedLabel(QtWidgets.QLabel):
    MIN_WIDTH = 80

    def __init__(self, text: str = "", parent=None, objectName: str = "",  # noqa: N803 - Qt's keyword
                 whole_parts: str | None = None):
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._separator = whole_parts
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
        """At least the first part in whole-parts mode (it is never dropped)."""
        least = min(self.MIN_WIDTH, self.sizeHint().width())
        if self._separator and self._full:
            first = self._full.split(self._separator)[0] + (MORE if self._separator in self._full else "")
            least = self.fontMetrics().horizontalAdvance(first) + 4
        return QtCore.QSize(least, super().minimumSizeHint().height())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt
        """A sheet that changes the font (size, weight) changes what fits."""
        super().changeEvent(event)
        if event.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            self._elide()
            self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2
        metrics = self.fontMetrics()
        if self._separator:
            shown = whole_parts(self._full, self._separator, lambda t: metrics.horizontalAdvance(t) <= room)
        elif metrics.horizontalAdvance(self._full) > room:
            shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, 0))
        else:
            shown = self._full
        super().setText(shown)
