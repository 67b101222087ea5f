"""Driving the real infusion tab from a test: open it, wait for it, type a
flowsheet row by keyboard."""
from __future__ import annotations

from tests.conftest import WAIT_MS, show_active
from ui.qt import QtWidgets, Qt


def focus():
    return QtWidgets.QApplication.focusWidget()


def wait_loaded(qtbot, tab):
    qtbot.waitUntil(lambda: not tab.loading and tab.snap is not None, timeout=WAIT_MS)


def open_tab(qtbot, ctx, pid):
    """The infusion tab of *pid* at 1366×700, shown, active and loaded."""
    from ui.infusion.tab import InfusionTab
    tab = show_active(qtbot, InfusionTab(ctx, pid), (1366, 700))
    wait_loaded(qtbot, tab)
    return tab


def type_row(qtbot, tab, values):
    """Type one flowsheet row: Tab between fields, Enter saves."""
    row = tab.panel.entry
    assert focus() is row.fields["hr"]
    for i, v in enumerate(values):
        qtbot.keyClicks(focus(), v)
        if i < len(values) - 1:
            qtbot.keyClick(focus(), Qt.Key_Tab)
    qtbot.keyClick(focus(), Qt.Key_Return)
