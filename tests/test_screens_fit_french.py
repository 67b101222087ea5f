"""Issue 16 item 15: in French at 1366×768, inside the app window, no
button, check box or one-line label of the eligibility and consent screens
is cut ("e dans l'étude (attribuer le n° de", the witness attestation)."""
import pytest

from tests.conftest import PASSWORD, cut_texts
from tests.consent.data import new_patient
from tests.consent.uihelpers import choose, find, primary, type_password
from ui.consent.tab import ConsentTab
from ui.eligibility.checklist import ChecklistWidget
from ui.qt import QtWidgets, Qt


@pytest.fixture
def window(investigator_window, french):
    return investigator_window


def _at(flow, name):
    return lambda: flow.page is not None and flow.page.objectName() == name


def _open(qtbot, win, ctx, pid, kind):
    win.workspace.open_patient(pid)
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)
    view = win.workspace.views[pid]
    page = next(p for p in view.pages if isinstance(p, kind))
    view.tabs.setCurrentIndex(view.tabs.indexOf(page))
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)
    return page


def test_eligibility_panel_fits(qtbot, window):
    win, ctx, inv = window
    page = _open(qtbot, win, ctx, new_patient(inv), ChecklistWidget)
    qtbot.wait(50)
    assert page.include_btn.text() == "Inclure dans l'étude"
    assert cut_texts(page) == []


def test_witness_step_fits(qtbot, window):
    win, ctx, inv = window
    tab = _open(qtbot, win, ctx, new_patient(inv), ConsentTab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=30000)
    tab.open_flow.click()
    flow = tab.flow
    qtbot.waitUntil(lambda: flow.page is not None and flow.page.objectName() == "step-start", timeout=30000)
    choose(qtbot, flow, "capacity-choice", "no")
    find(flow, QtWidgets.QPlainTextEdit, "capacity-reason").setPlainText("Sous sédation")
    type_password(qtbot, flow, PASSWORD)
    primary(qtbot, flow)
    qtbot.waitUntil(_at(flow, "step-representative-reachable"), timeout=30000)
    choose(qtbot, flow, "representative-choice", "no")
    flow.page.rows[0]["whom"].setText("Mme Marie Dupont")
    primary(qtbot, flow)
    qtbot.waitUntil(_at(flow, "step-witness"), timeout=30000)
    qtbot.wait(50)
    assert cut_texts(tab) == []
    attest = find(flow, QtWidgets.QLabel, "independent-text")
    box = find(flow, QtWidgets.QCheckBox, "independent")
    qtbot.mouseClick(attest, Qt.LeftButton)
    assert box.isChecked()
