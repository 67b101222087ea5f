"""Consent inside the real app window: tab on the patient screen, banner note
on every patient screen, dashboard section; the guided flow through the
app's background DB worker."""
import pytest

from bedside.consent import pathway as pw
from bedside.consent import service
from tests.conftest import PASSWORD
from tests.consent.data import consent_event, good_signature, new_patient
from tests.consent.uihelpers import choose, draw_signature, find, type_password
from ui.consent.signature_pad import SignaturePad
from ui.consent.tab import ConsentTab
from ui.qt import QtWidgets


@pytest.fixture
def app(investigator_window):
    return investigator_window


def idle(qtbot, ctx):
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)


def test_banner_tab_and_dashboard(qtbot, app, clock):
    win, ctx, inv = app
    pid = new_patient(inv)
    service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
    service.record_consent(inv, pid, consent_event("representative"), signature=good_signature(), password=PASSWORD)
    clock.advance(days=2)
    win.workspace.show_dashboard()
    idle(qtbot, ctx)
    win.workspace.open_patient(pid)
    idle(qtbot, ctx)
    view = win.workspace.views[pid]
    qtbot.waitUntil(lambda: "confirm (2 d)" in view.banner.alerts.text(), timeout=30000)
    tab = next(p for p in view.pages if isinstance(p, ConsentTab))
    qtbot.waitUntil(lambda: tab.loaded, timeout=30000)
    assert "must confirm" in tab.notes.text()
    assert win.size().width() <= 1366


def test_flow_through_background_worker(qtbot, app):
    win, ctx, inv = app
    pid = new_patient(inv)
    win.workspace.open_patient(pid)
    idle(qtbot, ctx)
    tab = next(p for p in win.workspace.views[pid].pages if isinstance(p, ConsentTab))
    qtbot.waitUntil(lambda: tab.loaded, timeout=30000)
    tab.open_flow.click()
    flow = tab.flow
    qtbot.waitUntil(lambda: flow.page is not None and flow.page.objectName() == "step-start", timeout=30000)
    choose(qtbot, flow, "capacity-choice", "yes")
    type_password(qtbot, flow, PASSWORD)
    flow.page.primary.click()
    qtbot.waitUntil(lambda: flow.page.objectName() == "step-language", timeout=30000)
    choose(qtbot, flow, "language", "en")
    flow.page.primary.click()
    from ui.consent.widgets import YesNo
    for yn in flow.page.findChildren(YesNo):
        yn.buttons["no"].click()
    flow.page.primary.click()
    draw_signature(qtbot, find(flow, SignaturePad, "signature-pad"))
    flow.page.primary.click()
    type_password(qtbot, flow, PASSWORD)
    flow.page.primary.click()
    qtbot.waitUntil(lambda: flow.page.objectName() == "step-done", timeout=30000)
    idle(qtbot, ctx)
    st = service.state_of(inv, pid)
    assert st.status == pw.CONSENTED and st.basis["language"] == "en"
    assert service.pdf_for(inv, flow.last_version).startswith(b"%PDF")
    qtbot.waitUntil(lambda: "Consent valid" in tab.status.text(), timeout=30000)


def test_consent_steps_open_at_the_question_with_one_scroll_bar(qtbot, app):
    """Issue 16 item 16: no scroll area around the consent tab (two scroll
    bars covered the fields' right edge), and each step opens at its top."""
    win, ctx, inv = app
    pid = new_patient(inv)
    win.workspace.open_patient(pid)
    idle(qtbot, ctx)
    view = win.workspace.views[pid]
    tab = next(p for p in view.pages if isinstance(p, ConsentTab))
    view.tabs.setCurrentIndex(view.tabs.indexOf(tab))
    qtbot.waitUntil(lambda: tab.loaded, timeout=30000)
    ancestor, outer_scrolls = tab.parentWidget(), 0
    while ancestor is not None:
        outer_scrolls += isinstance(ancestor, QtWidgets.QScrollArea)
        ancestor = ancestor.parentWidget()
    assert outer_scrolls == 0
    tab.open_flow.click()
    flow = tab.flow
    qtbot.waitUntil(lambda: flow.page is not None and flow.page.objectName() == "step-start", timeout=30000)
    choose(qtbot, flow, "capacity-choice", "no")
    qtbot.wait(50)
    question = flow.page.question
    assert not question.visibleRegion().isEmpty()
    for area in flow.page.findChildren(QtWidgets.QScrollArea):
        assert area.verticalScrollBar().value() == 0
