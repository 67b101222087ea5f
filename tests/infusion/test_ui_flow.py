"""A complete infusion driven by the keyboard alone (pytest-qt, offscreen,
real vault): product and dose, two-person check, baseline, start, readings
with an alert, AE from the alert, stop, post-infusion readings."""
from datetime import timedelta

import pytest

from bedside.infusion.store import InfusionStore
from tests.conftest import PASSWORD
from tests.infusion.tab_driver import focus, type_row
from ui.qt import Qt


def press(qtbot, tab, key, dialog=True):
    qtbot.keyClick(focus() or tab, key)
    if dialog:
        qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isAncestorOf(focus()), timeout=30000)


def fill(qtbot, texts):
    """Type into the focused field, Tab to the next; None skips a field."""
    for t in texts:
        if t is not None:
            qtbot.keyClicks(focus(), t)
        qtbot.keyClick(focus(), Qt.Key_Tab)


@pytest.fixture
def gui(infusion_tab, included):
    nurse, pid = included
    return infusion_tab(nurse, pid), nurse, pid


def test_complete_infusion_by_keyboard(gui, qtbot, clock):
    tab, nurse, pid = gui
    store = InfusionStore(nurse)
    # entry is disabled until product and dose are recorded
    assert not tab.panel.entry.isEnabled()
    tab.panel.setFocus()
    press(qtbot, tab, Qt.Key_F2)
    dlg = tab.dialog
    assert dlg is not None and focus() is dlg.bag
    fill(qtbot, ["BAG-7781", "D-0042", "200", "100", None])   # keep "Expiry on label"
    assert focus() is dlg.expiry
    qtbot.keyClick(focus(), Qt.Key_Return)                     # expiry left empty: refused
    qtbot.waitUntil(dlg.error.isVisible, timeout=30000)
    assert "label" in dlg.error.text()
    qtbot.keyClicks(focus(), (clock.now() + timedelta(hours=3)).astimezone().strftime("%d/%m/%Y %H:%M"))
    # weight (prefilled 70) and weighed-at: keep
    qtbot.keyClick(focus(), Qt.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None and not tab.loading, timeout=30000)
    assert tab.snap.view.content["dose_shown"] == "2.86"
    # start is refused until the two-person check is done: blockers are shown
    assert "two-person" in tab.panel.blockers.text()
    press(qtbot, tab, Qt.Key_F3)
    dlg = tab.dialog
    assert focus() is dlg.wristband
    qtbot.keyClicks(focus(), "WB-H4410231")
    qtbot.keyClick(focus(), Qt.Key_Tab)
    qtbot.keyClick(focus(), Qt.Key_Space)            # label confirmed
    qtbot.keyClick(focus(), Qt.Key_Tab)
    qtbot.keyClicks(focus(), "nurse")                # same user: refused
    qtbot.keyClick(focus(), Qt.Key_Tab)
    qtbot.keyClicks(focus(), PASSWORD)
    qtbot.keyClick(focus(), Qt.Key_Return)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=30000)
    assert "different person" in dlg.error.text()
    dlg.user.setFocus()
    dlg.user.selectAll()
    qtbot.keyClicks(focus(), "nurse2")
    qtbot.keyClick(focus(), Qt.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None and not tab.loading, timeout=30000)
    assert tab.snap.view.checked and tab.panel.blockers.isHidden()
    # baseline reading, typed in one row
    assert focus() is tab.panel.entry.fields["hr"]
    type_row(qtbot, tab, ["82", "124", "71", "18", "96", "36.9", "40"])
    qtbot.waitUntil(lambda: len(tab.panel.snap.readings) == 1, timeout=30000)
    assert tab.panel.fs.baseline["sbp"] == "124"
    press(qtbot, tab, Qt.Key_F4, dialog=False)
    qtbot.waitUntil(lambda: not tab.loading and tab.snap.view.state.status == "running", timeout=30000)
    assert tab.panel.banner.state == "upcoming"
    # a refused value: message, nothing stored, focus on the bad field
    clock.advance(minutes=15)
    type_row(qtbot, tab, ["350", "120", "70", "18", "95", "37.0", "40"])
    qtbot.waitUntil(lambda: tab.panel.entry.message.isVisible(), timeout=30000)
    assert "not possible" in tab.panel.entry.message.text()
    assert focus() is tab.panel.entry.fields["hr"]
    qtbot.keyClicks(focus(), "88")
    qtbot.keyClick(focus(), Qt.Key_Return)
    qtbot.waitUntil(lambda: len(tab.panel.snap.readings) == 2, timeout=30000)
    # 30 min: fever and SBP drop > 20 % -> alert shown, typing not blocked
    clock.advance(minutes=15)
    type_row(qtbot, tab, ["118", "96", "60", "24", "94", "38.3", "40"])
    qtbot.waitUntil(lambda: tab.panel.alerts.isVisible(), timeout=30000)
    assert "38.3" in tab.panel.alerts.text.text()
    assert focus() is tab.panel.entry.fields["hr"]   # the alert did not steal the focus
    # F8 records an adverse event from the alert
    press(qtbot, tab, Qt.Key_F8)
    dlg = tab.dialog
    assert "38.3" in dlg.term.text()
    dlg.term.setFocus()
    dlg.term.selectAll()
    qtbot.keyClicks(focus(), "Fever during infusion")
    for combo, steps in ((dlg.grade, 1), (dlg.relation, 3), (dlg.expected, 1), (dlg.action, 5)):
        combo.setFocus()
        for _ in range(steps):
            qtbot.keyClick(combo, Qt.Key_Down)
    qtbot.keyClick(focus(), Qt.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None and not tab.loading, timeout=30000)
    [ae] = store.adverse_events(pid)
    assert ae.content["grade"] == 1 and ae.content["relation"] == "possible"
    assert ae.content["alert"]["rules"] and ae.content["infusion"] == 1
    assert not tab.panel.alerts.isVisible() and focus() is tab.panel.entry.fields["hr"]
    assert "Adverse events (1)" in tab.inner.tabText(1)
    # stop: complete
    clock.advance(minutes=12)
    press(qtbot, tab, Qt.Key_F7)
    qtbot.keyClick(focus(), Qt.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None and not tab.loading and tab.snap.view.state.status == "ended", timeout=30000)
    assert tab.snap.view.state.outcome == "complete"
    # post-infusion readings at +15 .. +120 complete the schedule
    for m in (15, 15, 30, 60):
        clock.advance(minutes=m)
        n = len(tab.panel.snap.readings)
        type_row(qtbot, tab, ["90", "118", "68", "20", "95", "37.6", "40"])
        qtbot.waitUntil(lambda: len(tab.panel.snap.readings) == n + 1, timeout=30000)
    st = tab.panel.fs.schedule
    assert [t.status for t in st.timepoints if t.phase == "post"] == ["done"] * 4
    assert tab.panel.banner.state == "idle"
    assert len(store.reading_versions(pid, tab.snap.view.record_id)) == 7
