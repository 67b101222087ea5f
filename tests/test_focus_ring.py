"""Issue 16 item 16: the control with the keyboard focus shows a clear ring
(checked on the rendered pixels, with the application's stylesheet)."""
from ui.qt import QtGui, QtWidgets
from ui.style import STYLE
from ui.widgets.choices import ChoiceButtons
from ui.widgets.focus_ring import FOCUS_COLOUR, FOCUS_RING


def _ring_pixels(widget) -> int:
    image = widget.grab().toImage()
    ring = QtGui.QColor(FOCUS_COLOUR)
    count = 0
    for x in range(image.width()):
        for y in (1, image.height() // 2):
            if image.pixelColor(x, y) == ring:
                count += 1
    for y in range(image.height()):
        if image.pixelColor(1, y) == ring:
            count += 1
    return count


def test_focused_controls_are_framed(qtbot):
    root = QtWidgets.QWidget()
    root.setStyleSheet(STYLE + FOCUS_RING)
    lay = QtWidgets.QVBoxLayout(root)
    first, second = QtWidgets.QPushButton("Enregistrer"), QtWidgets.QPushButton("Annuler")
    edit = QtWidgets.QLineEdit()
    choice = ChoiceButtons([("yes", "Oui"), ("no", "Non")])
    for w in (first, second, edit, choice):
        lay.addWidget(w)
    qtbot.addWidget(root)
    root.show()
    root.activateWindow()
    qtbot.waitUntil(root.isActiveWindow, timeout=30000)
    for focused in (first, edit, choice):
        focused.setFocus()
        qtbot.waitUntil(focused.hasFocus, timeout=30000)
        others = [w for w in (first, second, edit, choice) if w is not focused]
        assert _ring_pixels(focused) > 20, focused
        assert all(_ring_pixels(w) == 0 for w in others)
