"""A check box whose sentence wraps (a QCheckBox's own text never wraps, so a
long attestation is cut at the window's edge). Clicking the sentence ticks
the box, as clicking a check box's text does."""
from __future__ import annotations

from ui.qt import QtWidgets, Qt
from ui.widgets.layouts import flush


class _ClickableLabel(QtWidgets.QLabel):
    def __init__(self, text: str, box: QtWidgets.QCheckBox):
        super().__init__(text)
        self._box = box

    def mouseReleaseEvent(self, ev):  # noqa: N802 - Qt
        if ev.button() == Qt.LeftButton and self._box.isEnabled():
            self._box.toggle()
        super().mouseReleaseEvent(ev)


class CheckLine(QtWidgets.QWidget):
    """``box`` is the QCheckBox (keyboard: Space), ``label`` the wrapped sentence."""

    def __init__(self, text: str, object_name: str, parent=None):
        super().__init__(parent)
        lay = flush(QtWidgets.QHBoxLayout(self), spacing=12)
        self.box = QtWidgets.QCheckBox(self)
        self.box.setObjectName(object_name)
        self.box.setAccessibleName(text)
        self.label = _ClickableLabel(text, self.box)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.PlainText)
        self.label.setObjectName(object_name + "-text")
        self.label.setProperty("role", "check")
        self.label.setBuddy(self.box)
        lay.addWidget(self.box, 0, Qt.AlignTop)
        lay.addWidget(self.label, 1)
