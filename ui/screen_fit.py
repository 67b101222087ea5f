"""Windows and dialogs never larger than the screen's free area (taskbar
excluded), title bar and frame included: on a 1366×768 ward PC the status
bar, the Sync button and a dialog's Save/Cancel stay visible."""
from __future__ import annotations

from ui.qt import QtCore, QtGui, QtWidgets

# Frame the window manager adds around a top-level window before it is shown
# (title bar + borders); replaced by the real frame once the window is mapped.
TITLE_BAR = 32
BORDER = 4


def available_area(widget: QtWidgets.QWidget | None = None) -> QtCore.QRect:
    screen = (widget.screen() if widget is not None else None) or QtGui.QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(widget: QtWidgets.QWidget) -> QtCore.QSize:
    """Width and height the frame adds to the client area."""
    if widget.isVisible():
        fg, g = widget.frameGeometry(), widget.geometry()
        extra = QtCore.QSize(fg.width() - g.width(), fg.height() - g.height())
        if extra.width() > 0 or extra.height() > 0:
            return extra
    return QtCore.QSize(2 * BORDER, TITLE_BAR + BORDER)


def fit_size(wanted: QtCore.QSize, widget: QtWidgets.QWidget, area: QtCore.QRect | None = None) -> QtCore.QSize:
    area = area or available_area(widget)
    extra = frame_extra(widget)
    return QtCore.QSize(max(200, min(wanted.width(), area.width() - extra.width())),
                        max(150, min(wanted.height(), area.height() - extra.height())))


def fit_window(win: QtWidgets.QWidget, wanted: QtCore.QSize, area: QtCore.QRect | None = None) -> None:
    """Size a main window to ``wanted`` or the free area, frame included, and
    put it in that area's top-left corner."""
    area = area or available_area(win)
    size = fit_size(wanted, win, area)
    win.resize(size)
    win.move(area.topLeft())
