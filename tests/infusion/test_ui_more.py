"""More infusion screens on a real vault: the gate's reasons shown, pause
and resume, a reading corrected with a reason, AE sign-off and SAE report
by an investigator, and the dashboard sections."""
from bedside.infusion.store import InfusionStore
from bedside.roles import Role
from tests.clinical_states import withdraw
from tests.conftest import PASSWORD
from tests.infusion.data import NORMAL, ready_infusion
from tests.infusion.tab_driver import focus
from ui.qt import QtWidgets, Qt


def wait_dialog(qtbot, tab):
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isAncestorOf(focus()), timeout=30000)
    return tab.dialog


def wait_closed(qtbot, tab):
    qtbot.waitUntil(lambda: tab.dialog is None and not tab.loading, timeout=30000)


def test_gate_reason_shown_and_start_disabled(qtbot, infusion_tab, given_subject_id_only, clock):
    """No consent recorded: the real gate's reasons are shown, Start stays off."""
    nurse, pid = given_subject_id_only
    ready_infusion(nurse, pid, clock)
    tab = infusion_tab(nurse, pid)
    assert "No consent has been recorded." in tab.panel.blockers.text()
    assert "No eligibility assessment has been recorded." in tab.panel.blockers.text()
    assert not tab.panel.buttons["start"].isEnabled()
    qtbot.keyClick(focus(), Qt.Key_F4)          # the shortcut does nothing while blocked
    qtbot.wait(50)
    assert InfusionStore(nurse).infusions(pid)[0].state.status == "ready"


def test_withdrawal_shown_and_start_disabled(qtbot, infusion_tab, included, clock):
    """Consent withdrawn after the check: the screen says so and Start stays off."""
    # the one formatter writes dates as the user reads them, never raw ISO text
    nurse, pid = included
    ready_infusion(nurse, pid, clock)
    withdraw(nurse, pid)
    tab = infusion_tab(nurse, pid)
    assert "Consent was withdrawn on 25/11/2026." in tab.panel.blockers.text()
    assert not tab.panel.buttons["start"].isEnabled()
    qtbot.keyClick(focus(), Qt.Key_F4)
    qtbot.wait(50)
    assert InfusionStore(nurse).infusions(pid)[0].state.status == "ready"


def test_pause_resume_and_correction(qtbot, infusion_tab, included, clock):
    nurse, pid = included
    store, v = ready_infusion(nurse, pid, clock)
    store.add_reading(v.record_id, NORMAL)
    store.event(v.record_id, "start")
    clock.advance(minutes=15)
    r, _ = store.add_reading(v.record_id, dict(NORMAL, hr="180"))
    tab = infusion_tab(nurse, pid)
    # pause with a reason (F5), resume (F6)
    qtbot.keyClick(focus(), Qt.Key_F5)
    dlg = wait_dialog(qtbot, tab)
    qtbot.keyClick(focus(), Qt.Key_Return)             # no reason: refused
    qtbot.waitUntil(dlg.error.isVisible, timeout=30000)
    qtbot.keyClicks(focus(), "line occluded")
    qtbot.keyClick(focus(), Qt.Key_Return)
    wait_closed(qtbot, tab)
    assert tab.snap.view.state.status == "paused" and "PAUSED" in tab.panel.state.text()
    clock.advance(minutes=3)
    qtbot.keyClick(focus(), Qt.Key_F6)
    qtbot.waitUntil(lambda: not tab.loading and tab.snap.view.state.status == "running", timeout=30000)
    # correct the mistyped HR: double-click the row, new values + reason
    flow = tab.panel.table.flow
    row = next(i for i in range(flow.rowCount()) if flow.rows[i].reading_id == r.record_id)
    tab.panel.table.correct_requested.emit(r.record_id)
    dlg = wait_dialog(qtbot, tab)
    dlg.row.fields["hr"].selectAll()
    dlg.row.fields["hr"].setFocus()
    qtbot.keyClicks(dlg.row.fields["hr"], "80")
    dlg.reason.setFocus()
    qtbot.keyClicks(dlg.reason, "typo 180 for 80")
    qtbot.keyClick(dlg.reason, Qt.Key_Return)
    wait_closed(qtbot, tab)
    hist = nurse.records.history(r.record_id)
    assert [h.content["values"]["hr"] for h in hist] == ["180", "80"] and hist[1].reason == "typo 180 for 80"
    assert tab.panel.table.flow.text(row, "timepoint").endswith("✎")
    # correct the product recorded: new version, dose recomputed
    tab.panel.fix.click()
    dlg = wait_dialog(qtbot, tab)
    dlg.cells.selectAll()
    qtbot.keyClicks(dlg.cells, "190")
    dlg.reason.setFocus()
    qtbot.keyClicks(dlg.reason, "label misread")
    qtbot.keyClick(dlg.reason, Qt.Key_Return)
    wait_closed(qtbot, tab)
    assert tab.snap.view.content["dose_shown"] == "2.71" and tab.snap.view.record.version == 2
    assert "2.71" in tab.panel.state.text()


def test_investigator_signs_off_and_reports_sae(qtbot, infusion_tab, included, clock, session_as):
    nurse, pid = included
    ae = InfusionStore(nurse).add_ae(pid, {
        "term": "Pneumonia", "onset_utc": clock.now(), "grade": 3, "serious": True, "seriousness": ["hospitalisation"],
        "relation": "unlikely", "expected": False, "aesi": "infection", "action": "treatment_given",
        "outcome": "ongoing", "infusion": 1})
    clock.advance(hours=3)
    inv = session_as(Role.INVESTIGATOR)
    tab = infusion_tab(inv, pid)
    tab.inner.setCurrentIndex(1)
    assert "SAE clock" in tab.inner.tabText(1)
    assert "report within 21:00:00" == tab.aes.model.text(0, "sae_clock")
    tab.aes.table.selectRow(0)
    assert tab.aes.sign.isEnabled() and tab.aes.reported.isEnabled()
    tab.aes.sign.click()
    dlg = wait_dialog(qtbot, tab)
    qtbot.keyClicks(focus(), "wrong")
    qtbot.keyClick(focus(), Qt.Key_Return)
    qtbot.waitUntil(dlg.error.isVisible, timeout=30000)
    dlg.password.clear()
    qtbot.keyClicks(dlg.password, PASSWORD)
    qtbot.keyClick(dlg.password, Qt.Key_Return)
    wait_closed(qtbot, tab)
    assert tab.aes.model.text(0, "sign_off") == "✓ signed"
    tab.aes.table.selectRow(0)
    tab.aes.reported.click()
    qtbot.waitUntil(lambda: not tab.loading and tab.aes.model.text(0, "sae_clock") == "reported", timeout=30000)
    assert InfusionStore(inv).sae_clocks(pid) == []


def test_nurse_cannot_sign(qtbot, infusion_tab, included, clock):
    nurse, pid = included
    InfusionStore(nurse).add_ae(pid, {"term": "Rash", "onset_utc": clock.now(), "grade": 1, "serious": False,
                                      "relation": "possible", "expected": True, "action": "none",
                                      "outcome": "ongoing"})
    tab = infusion_tab(nurse, pid)
    # opening shows the flowsheet: the AE list, on the other tab, is not
    # filled nor painted until that tab is shown (issue 12); its title counts them
    assert tab.inner.currentIndex() == 0 and not tab.aes.isVisible() and tab.aes.model.rowCount() == 0
    assert "(1)" in tab.inner.tabText(1)
    tab.inner.setCurrentIndex(1)
    assert tab.aes.model.rowCount() == 1 and tab.aes.model.text(0, "term") == "Rash"
    tab.aes.table.selectRow(0)
    assert tab.aes.correct.isEnabled() and not tab.aes.sign.isEnabled() and not tab.aes.reported.isEnabled()
    tab.inner.setCurrentIndex(0)
    InfusionStore(nurse).add_ae(pid, {"term": "Fever", "onset_utc": clock.now(), "grade": 1, "serious": False,
                                      "relation": "possible", "expected": True, "action": "none",
                                      "outcome": "ongoing"})
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.loading and "(2)" in tab.inner.tabText(1), timeout=30000)
    assert tab.aes.model.rowCount() == 1                  # still the list shown last…
    tab.inner.setCurrentIndex(1)
    assert [tab.aes.model.text(i, "term") for i in (0, 1)] == ["Fever", "Rash"]   # …until its tab is shown
    assert tab.aes.current_id() == tab.aes.model.record_id(1)    # the selected event stays selected
    tab.aes.table.selectRow(1)
    tab.aes.history.click()
    qtbot.waitUntil(lambda: any(w.isVisible() and w.__class__.__name__ == "HistoryDialog"
                                for w in QtWidgets.QApplication.topLevelWidgets()), timeout=30000)


def test_dashboard_sections(included, clock, session_as):
    from ui.followup.dashboard import FOLLOW_UP_DUE
    from ui.infusion.dashboard import INFUSIONS_DUE, SAE_CLOCKS
    nurse, pid = included
    assert [i.urgency for i in INFUSIONS_DUE.items(nurse)] == [1]           # infusion 1 due today
    store, v = ready_infusion(nurse, pid, clock)
    store.event(v.record_id, "start")
    assert "in progress" in INFUSIONS_DUE.items(nurse)[0].text
    clock.advance(minutes=21)                               # baseline missing, +15 missed
    [item] = INFUSIONS_DUE.items(nurse)
    assert item.urgency == 2 and "2 reading(s) overdue" in item.text
    store.event(v.record_id, "stop", outcome="complete")
    clock.advance(days=5)                                                   # infusion 2 window 3–4 days: missed
    [item] = INFUSIONS_DUE.items(nurse)
    assert "OVERDUE" in item.text and item.urgency == 2 and item.patient_id == pid
    clock.advance(days=20)                                                  # day 25: D28 window opens in 1 day
    assert any("28" in i.text for i in FOLLOW_UP_DUE.items(nurse))
    store.add_ae(pid, {"term": "Stroke", "onset_utc": clock.now(), "grade": 4, "serious": True,
                       "seriousness": ["life_threatening"], "relation": "unlikely", "expected": False,
                       "aesi": "thromboembolic", "action": "none", "outcome": "ongoing"})
    clock.advance(hours=19)
    [sae] = SAE_CLOCKS.items(nurse)
    assert "within 5:00:00" in sae.text and sae.urgency == 2
    clock.advance(hours=6)
    assert "LATE" in SAE_CLOCKS.items(nurse)[0].text
