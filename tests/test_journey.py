"""One patient's whole journey through the real app window (pytest-qt,
offscreen, real vault, real DB worker thread):

nurse registers the patient (New-patient form, keyboard) and fills the
eligibility checklist → investigator signs it, records a representative
consent (patient lacks capacity; signature drawn with the mouse) and
includes the patient → nurse prepares infusion 1 (product, dose, two-person
check with nurse2), starts it, types vital signs, ends it → the patient
regains capacity and confirms → ``bedside verify`` on the vault prints ok.

Users change through the toolbar's "Switch user", as on a ward PC."""
from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from bedside.changes import Changed
from bedside.consent import pathway as consent_pathway
from bedside.consent import service as consent_service
from bedside.eligibility import service as eligibility
from bedside.infusion.store import InfusionStore
from bedside.patients import get_patient
from tests import fork_server
from tests.conftest import PASSWORD
from tests.consent.uihelpers import choose, draw_signature, error_text, find, pass_over, read_the_form, step, type_password
from tests.eligibility.checklist_keys import answer_dialog, fill_group_a
from ui.consent.signature_pad import SignaturePad
from ui.consent.tab import ConsentTab
from ui.context import AppContext
from ui.eligibility.checklist import ChecklistWidget
from ui.infusion.tab import InfusionTab
from ui.main_window import MainWindow
from ui.ops import Op
from ui.qt import QtCore, QtWidgets, Qt

ROOT = Path(__file__).resolve().parents[1]
MRN = "H5550123"
WAIT = 30000        # a condition wait: returns as soon as it holds; generous for a loaded machine


# ---------------------------------------------------------------- the shell
def idle(qtbot, win):
    qtbot.waitUntil(lambda: win.ctx.worker.pending() == 0, timeout=WAIT)


def sign_in(qtbot, win, username):
    win.login.username.setText("")
    qtbot.keyClicks(win.login.username, username)
    win.login.password.setText("")
    qtbot.keyClicks(win.login.password, PASSWORD)
    qtbot.keyClick(win.login.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: win.workspace is not None and win.stack.currentWidget() is win.workspace
                    and win.ctx.session is not None and win.ctx.session.user.username == username, timeout=WAIT)
    idle(qtbot, win)


def switch_user(qtbot, win, username):
    win.act_switch.trigger()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.login, timeout=WAIT)
    sign_in(qtbot, win, username)


def open_patient_by_keyboard(qtbot, win, text):
    """Type in the search box and press Enter (as a wristband scanner does)."""
    search = win.workspace.patients.search
    search.setFocus()
    qtbot.keyClicks(search, text)
    qtbot.keyClick(search, Qt.Key_Return)
    qtbot.waitUntil(lambda: any(v.isVisible() for v in win.workspace.views.values()), timeout=WAIT)
    idle(qtbot, win)
    [view] = [v for v in win.workspace.views.values() if v.isVisible()]
    return view


def page(view, cls):
    p = next(p for p in view.pages if isinstance(p, cls))
    view.tabs.setCurrentIndex(view.pages.index(p))
    return p


def activate(qtbot, win):
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=WAIT)


def focus():
    return QtWidgets.QApplication.focusWidget()


# ---------------------------------------------------------------- 1. registration
def register_by_keyboard(qtbot, win):
    """The New-patient form is modal: it is filled from a timer inside its own loop."""
    failures = []

    def fill():
        dlg = QtWidgets.QApplication.activeModalWidget()
        try:
            assert dlg is not None and dlg.objectName() == "patientForm"
            f = dlg.fields
            for key, text in (("mrn", MRN), ("family_name", "Renard"), ("given_name", "Paul"),
                              ("date_of_birth", "1961-03-14")):
                f[key].setFocus()
                qtbot.keyClicks(f[key], text)
            f["sex"].setFocus()
            qtbot.keyClick(f["sex"], Qt.Key_M)                 # "Male"
            for key, text in (("weight_kg", "70"), ("height_cm", "176")):
                f[key].setFocus()
                qtbot.keyClicks(f[key], text)
            f["wristband"].setFocus()
            qtbot.keyClicks(f["wristband"], "WB-" + MRN)
            qtbot.keyClick(f["wristband"], Qt.Key_Return)     # Enter saves (on the DB worker)
            qtbot.waitUntil(lambda: not dlg.isVisible() or bool(dlg.error.text()), timeout=WAIT)
            if dlg.isVisible():
                failures.append(dlg.error.text())
                dlg.reject()
        except BaseException as e:  # never leave a modal dialog open: the test would hang
            failures.append(repr(e))
            if dlg is not None:
                dlg.reject()

    QtCore.QTimer.singleShot(0, fill)
    qtbot.mouseClick(win.workspace.patients.register, Qt.LeftButton)
    assert not failures, failures
    idle(qtbot, win)


# ---------------------------------------------------------------- consent flow (through the worker)
def at_step(qtbot, flow, name):
    qtbot.waitUntil(lambda: flow.page is not None and step(flow) == name, timeout=WAIT)


def click_primary(qtbot, flow):
    qtbot.mouseClick(find(flow, QtWidgets.QPushButton, "consent-primary"), Qt.LeftButton)


def sign_consent_form(qtbot, flow, signer_name=None):
    """language → read → optional items → handwritten signature → obtainer's e-signature."""
    read_the_form(qtbot, flow)
    at_step(qtbot, flow, "step-signature")
    if signer_name is not None:
        name = find(flow, QtWidgets.QLineEdit, "signer-name")
        name.selectAll()
        qtbot.keyClicks(name, signer_name)
    pad = find(flow, SignaturePad, "signature-pad")
    qtbot.waitUntil(lambda: pad.width() > 200, timeout=WAIT)
    draw_signature(qtbot, pad)
    click_primary(qtbot, flow)
    at_step(qtbot, flow, "step-obtainer")
    pw_edit = find(flow, QtWidgets.QLineEdit, "password")
    qtbot.keyClicks(pw_edit, PASSWORD)
    qtbot.keyClick(pw_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: step(flow) == "step-done" or bool(error_text(flow)), timeout=30000)
    assert step(flow) == "step-done", error_text(flow)


def open_consent_flow(qtbot, win, view):
    tab = page(view, ConsentTab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=WAIT)
    qtbot.mouseClick(tab.open_flow, Qt.LeftButton)
    flow = tab.flow
    qtbot.waitUntil(lambda: flow is not None and flow.page is not None, timeout=WAIT)
    return tab, flow


# ---------------------------------------------------------------- infusion (keyboard, function keys)
def press(qtbot, tab, key, dialog=True):
    qtbot.keyClick(focus() or tab, key)
    if dialog:
        qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isAncestorOf(focus()), timeout=WAIT)


def wait_closed(qtbot, tab):
    qtbot.waitUntil(lambda: tab.dialog is None and not tab.loading, timeout=WAIT)


def type_row(qtbot, tab, values):
    assert focus() is tab.panel.entry.fields["hr"]
    for i, v in enumerate(values):
        qtbot.keyClicks(focus(), v)
        if i < len(values) - 1:
            qtbot.keyClick(focus(), Qt.Key_Tab)
    n = len(tab.panel.snap.readings)
    qtbot.keyClick(focus(), Qt.Key_Return)
    qtbot.waitUntil(lambda: len(tab.panel.snap.readings) == n + 1, timeout=WAIT)


# ---------------------------------------------------------------- the journey
@pytest.fixture
def win(qtbot, tmp_vault):
    tmp_vault.lock()
    ctx = AppContext(tmp_vault)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    ctx.worker.stop()


def test_one_patient_from_screening_to_confirmed_consent(qtbot, win, tmp_vault, clock):
    # -- 1. nurse: New patient (keyboard), eligibility checklist (keyboard), Ctrl+S
    sign_in(qtbot, win, "nurse")
    register_by_keyboard(qtbot, win)
    [view] = [v for v in win.workspace.views.values() if v.isVisible()]
    pid = view.patient_id
    nurse = win.ctx.session
    p = get_patient(nurse, pid)
    assert (p.mrn, p.family_name, p.sex, p.weight_kg, p.wristband) == (MRN, "Renard", "M", 70, "WB-" + MRN)
    checklist = page(view, ChecklistWidget)
    qtbot.waitUntil(lambda: checklist.overall.text() == "INCOMPLETE", timeout=WAIT)
    activate(qtbot, win)                 # the modal form was the active window until now
    fill_group_a(qtbot, checklist)
    assert checklist.overall.text() == "ELIGIBLE"
    qtbot.keyClick(checklist.fields["spo2_room_air"], Qt.Key_S, Qt.ControlModifier)
    qtbot.waitUntil(lambda: "Saved" in checklist.feedback.text(), timeout=WAIT)
    idle(qtbot, win)
    assert not checklist.sign_btn.isEnabled()                    # a nurse cannot sign

    # -- 2. investigator: signs the checklist
    switch_user(qtbot, win, "investigator")
    view = open_patient_by_keyboard(qtbot, win, MRN)
    checklist = page(view, ChecklistWidget)
    qtbot.waitUntil(lambda: checklist.overall.text() == "ELIGIBLE" and checklist.sign_btn.isEnabled(), timeout=WAIT)
    answer_dialog(qtbot, "SignPasswordDialog", "password", PASSWORD)   # typed into the modal password dialog
    qtbot.mouseClick(checklist.sign_btn, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Signed by Dr Test Investigator" in checklist.signature_line.text(), timeout=WAIT)
    idle(qtbot, win)
    inv = win.ctx.session
    assert eligibility.signed_assessment_status(inv, pid) == (True, [])

    # -- 3. investigator: representative consent (the patient cannot decide)
    ctab, flow = open_consent_flow(qtbot, win, view)
    at_step(qtbot, flow, "step-start")
    choose(qtbot, flow, "capacity-choice", "no")
    at_step(qtbot, flow, "step-capacity-no")
    reason = find(flow, QtWidgets.QPlainTextEdit, "capacity-reason")
    reason.setFocus()
    qtbot.keyClicks(reason, "sedated, intubated (RASS -4)")
    type_password(qtbot, flow, PASSWORD)
    click_primary(qtbot, flow)
    at_step(qtbot, flow, "step-representative-reachable")
    choose(qtbot, flow, "representative-choice", "yes")
    at_step(qtbot, flow, "step-representative")
    choose(qtbot, flow, "relationship", "spouse_partner")
    for name, text in (("signer-name", "Marie Renard"), ("signer-contact", "+32 4 123 45 67")):
        e = find(flow, QtWidgets.QLineEdit, name)
        e.setFocus()
        qtbot.keyClicks(e, text)
    pass_over(flow, "none")                 # no mandate, no administrator of the person
    click_primary(qtbot, flow)
    sign_consent_form(qtbot, flow)
    idle(qtbot, win)
    st = consent_service.state_of(inv, pid)
    assert st.status == consent_pathway.PENDING and st.consent_valid and st.basis["pathway"] == "representative"
    assert consent_service.pdf_for(inv, flow.last_version).startswith(b"%PDF")

    # -- 4. investigator: includes the patient (eligibility tab)
    checklist = page(view, ChecklistWidget)
    qtbot.waitUntil(checklist.include_btn.isEnabled, timeout=WAIT)
    qtbot.mouseClick(checklist.include_btn, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Included as TJT-001" in checklist.feedback.text(), timeout=WAIT)
    idle(qtbot, win)
    assert get_patient(inv, pid).subject_id == "TJT-001"

    # -- 5. nurse: infusion 1 — product and dose (F2), two-person check with nurse2 (F3),
    #       baseline, start (F4), readings during, stop (F7), all by keyboard
    switch_user(qtbot, win, "nurse")
    view = open_patient_by_keyboard(qtbot, win, "TJT-001")
    tab = page(view, InfusionTab)
    qtbot.waitUntil(lambda: tab.snap is not None and not tab.loading, timeout=WAIT)
    assert tab.snap.plan is not None and tab.panel.buttons["prepare"].isVisible()
    activate(qtbot, win)
    tab.panel.setFocus()
    press(qtbot, tab, Qt.Key_F2)
    dlg = tab.dialog
    assert focus() is dlg.bag
    for text in ("BAG-7781", "D-0042", "200", "100"):
        qtbot.keyClicks(focus(), text)
        qtbot.keyClick(focus(), Qt.Key_Tab)
    qtbot.keyClick(focus(), Qt.Key_Tab)                          # keep "Expiry on label"
    assert focus() is dlg.expiry
    qtbot.keyClicks(focus(), (clock.now() + timedelta(hours=3)).astimezone().strftime("%d/%m/%Y %H:%M"))
    qtbot.keyClick(focus(), Qt.Key_Return)                       # weight 70 kg from registration
    wait_closed(qtbot, tab)
    assert tab.snap.view.content["dose_shown"] == "2.86"
    press(qtbot, tab, Qt.Key_F3)
    dlg = tab.dialog
    qtbot.keyClicks(focus(), "WB-" + MRN)                        # the wristband, scanned
    qtbot.keyClick(focus(), Qt.Key_Tab)
    qtbot.keyClick(focus(), Qt.Key_Space)                        # label confirmed
    qtbot.keyClick(focus(), Qt.Key_Tab)
    qtbot.keyClicks(focus(), "nurse2")
    qtbot.keyClick(focus(), Qt.Key_Tab)
    qtbot.keyClicks(focus(), PASSWORD)
    qtbot.keyClick(focus(), Qt.Key_Return)
    wait_closed(qtbot, tab)
    assert tab.snap.view.checked and tab.panel.blockers.isHidden()   # the real gate says yes
    type_row(qtbot, tab, ["82", "124", "71", "18", "96", "36.9", "40"])   # baseline
    press(qtbot, tab, Qt.Key_F4, dialog=False)
    qtbot.waitUntil(lambda: not tab.loading and tab.snap.view.state.status == "running", timeout=WAIT)
    for minutes, row in ((15, ["88", "122", "70", "18", "96", "37.0", "40"]),
                         (15, ["90", "120", "70", "19", "95", "37.1", "40"])):
        clock.advance(minutes=minutes)
        type_row(qtbot, tab, row)
    clock.advance(minutes=10)
    press(qtbot, tab, Qt.Key_F7)
    qtbot.keyClick(focus(), Qt.Key_Return)                       # outcome: complete
    qtbot.waitUntil(lambda: not tab.loading and tab.dialog is None and tab.snap.view.state.status == "ended",
                    timeout=WAIT)
    assert tab.snap.view.state.outcome == "complete"
    store = InfusionStore(win.ctx.session)
    [inf] = store.infusions(pid)
    assert inf.checks[-1].content["second_user"]["name"] == "Inf. Second Nurse"
    assert len(store.reading_versions(pid, inf.record_id)) == 3

    # -- 6. investigator: two days later the patient can decide and confirms
    clock.advance(days=2)
    switch_user(qtbot, win, "investigator")
    view = open_patient_by_keyboard(qtbot, win, "TJT-001")
    ctab, flow = open_consent_flow(qtbot, win, view)
    at_step(qtbot, flow, "step-pending")
    choose(qtbot, flow, "pending-choice", "capable")
    at_step(qtbot, flow, "step-capacity-yes")
    type_password(qtbot, flow, PASSWORD)
    click_primary(qtbot, flow)
    at_step(qtbot, flow, "step-decision")
    choose(qtbot, flow, "decision", "confirm")
    sign_consent_form(qtbot, flow, signer_name="Paul Renard")
    idle(qtbot, win)
    st = consent_service.state_of(win.ctx.session, pid)
    assert st.status == consent_pathway.CONSENTED and st.confirmed is not None and not st.confirmation_pending

    # -- 7. the audit trail of everything above verifies
    win.act_switch.trigger()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.login, timeout=WAIT)
    env = {**os.environ, "BEDSIDE_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    out = fork_server.run([sys.executable, "-m", "bedside", "verify", str(tmp_vault.folder), "--user", "admin"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("ok: "), out.stdout + out.stderr


def test_a_write_after_switch_user_does_not_reach_the_dropped_workspace(qtbot, win):
    """Switch user deletes the workspace; a later data_changed must not call
    into its deleted patient list (the journey above found this)."""
    sign_in(qtbot, win, "nurse")
    switch_user(qtbot, win, "investigator")
    win.ctx.notify(Changed())           # would raise "Internal C++ object already deleted"
    idle(qtbot, win)
    qtbot.wait(20)


def test_switch_user_waits_for_the_query_running_on_the_worker(qtbot, win):
    """Switch user right after a save: the worker is still reading. The
    database is closed only once that read is done (closing it under the
    query aborted the whole process in the journey above)."""
    import time
    from bedside.patients import list_patients
    sign_in(qtbot, win, "nurse")
    session, got = win.ctx.session, []

    def slow_read():
        time.sleep(0.3)
        return list_patients(session)
    Op(win.ctx, slow_read).on_success(lambda r: got.append(("ok", r))) \
        .on_failure(lambda e: got.append(("failed", e))).run()
    win.act_switch.trigger()
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT)
    assert got[0] == ("ok", [])
    assert win.ctx.session is None and not session.is_open
