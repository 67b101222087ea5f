"""The flowsheet fits a 1366×768 bedside screen: with a patient open the list
is narrowed to LIST_NARROW and the Infusions tab must fit in what is left,
with no sideways scrolling (pytest-qt, offscreen, real vault)."""
import pytest

from bedside.infusion.store import InfusionStore
from tests.conftest import PASSWORD
from tests.infusion.conftest import NORMAL, ready_infusion
from tests.test_ui_shell import sign_in
from ui.context import AppContext
from ui.infusion.tab import InfusionTab
from ui.main_window import MainWindow
from ui.qt import QScrollArea

MAX_TAB_WIDTH = 1040


def open_infusions(qtbot, vault, pid):
    vault.lock()
    ctx = AppContext(vault)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    sign_in(qtbot, win, "nurse", PASSWORD)
    win.workspace.open_patient(pid)
    view = win.workspace.views[pid]
    tab = next(p for p in view.pages if isinstance(p, InfusionTab))
    view.tabs.setCurrentIndex(view.pages.index(tab))
    qtbot.waitUntil(lambda: tab.snap is not None and not tab.loading and ctx.worker.pending() == 0, timeout=5000)
    qtbot.wait(50)
    return win, ctx, view, tab


@pytest.mark.parametrize("state", ["ready", "running"])
def test_infusion_tab_fits_beside_the_patient_list(qtbot, tmp_vault, included, clock, state):
    nurse, pid = included
    store, v = ready_infusion(nurse, pid, clock)
    if state == "running":
        store.add_reading(v.record_id, NORMAL)
        store.event(v.record_id, "start")
    win, ctx, view, tab = open_infusions(qtbot, tmp_vault, pid)
    try:
        assert tab.snap.view.state.status == state
        assert tab.minimumSizeHint().width() <= MAX_TAB_WIDTH
        tab.inner.setCurrentIndex(1)                  # the adverse events list too
        assert tab.aes.minimumSizeHint().width() <= MAX_TAB_WIDTH
        assert tab.minimumSizeHint().width() <= MAX_TAB_WIDTH
        tab.inner.setCurrentIndex(0)
        qtbot.wait(50)
        assert win.width() == 1366
        area = tab.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea)
        assert not area.horizontalScrollBar().isVisible()       # no sideways scrolling
        assert tab.width() <= area.viewport().width()
    finally:
        ctx.worker.stop()
