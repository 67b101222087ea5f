"""pytest-qt: first-run wizard, sign-in, lock/unlock restoring a half-filled
form, idle auto-lock on an injected clock, patient list search and the
patient table model tested without a view."""

from datetime import date

from bedside.crypto.kdf import KdfParams
from bedside.patients import register_patient
from bedside.roles import Role
from bedside.vault import Vault
from ui.patient_form import PatientFormDialog
from ui.patient_list import Col, PatientTableModel
from ui.qt import Qt, QtWidgets
from ui.wizard import FirstRunWizard

from .conftest import finish_wizard, settle, sign_in, wizard_next, wizard_to_admin

ALICE = {"mrn": "H100001", "family_name": "Marchal", "given_name": "Alice",
         "date_of_birth": "1970-02-03", "sex": "F", "weight_kg": 70, "height_cm": 165}
BOB = {"mrn": "H100002", "family_name": "Thiry", "given_name": "Bob",
       "date_of_birth": "1960-05-06", "sex": "M", "weight_kg": 90, "height_cm": 180,
       "wristband": "WB-777"}


def test_wizard_creates_vault_and_shows_recovery_code_once(qtbot, tmp_path):
    w = FirstRunWizard(tmp_path / "vault", kdf=KdfParams.for_tests())
    qtbot.addWidget(w)
    w.show()
    p = wizard_to_admin(qtbot, w, confirm="different 123")
    wizard_next(qtbot, w)
    assert w.currentPage() is p and "differ" in p.error.text()
    p.confirm.clear()
    qtbot.keyClicks(p.confirm, "long enough 1")
    wizard_next(qtbot, w)
    code = finish_wizard(w)
    assert w.recovery_code is None and w.recovery_page.code.text() == ""
    w.vault.lock()
    v = Vault.open(tmp_path / "vault")
    assert v.login("chef", "long enough 1").user.role == Role.ADMINISTRATOR
    assert len(v.unlock_with_recovery(code)) == 32


def test_wrong_password_shows_message_not_traceback(qtbot, window):
    sign_in(qtbot, window, "nurse", "not my password")
    assert window.stack.currentWidget() is window.login
    assert "wrong password" in window.login.error.text().lower()
    assert window.login.password.text() == ""


def test_sign_in_then_search_patient_list(qtbot, window, tmp_vault):
    sign_in(qtbot, window)
    s = window.ctx.session
    register_patient(s, ALICE)
    register_patient(s, BOB)
    window.workspace.patients.reload()
    table = window.workspace.patients
    qtbot.waitUntil(lambda: table.model.rowCount() == 2)
    assert "Inf. Test Nurse" in window.user_label.text()
    qtbot.keyClicks(table.search, "thir")
    qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=30000)
    assert table.model.patient_at(0).family_name == "Thiry"
    table.search.clear()
    qtbot.keyClicks(table.search, "H100001")
    qtbot.waitUntil(lambda: table.model.rowCount() == 1 and
                    table.model.patient_at(0).mrn == "H100001", timeout=30000)
    # a wristband scanner types the code and Enter: the patient opens
    table.search.clear()
    qtbot.keyClicks(table.search, "WB-777")
    qtbot.keyClick(table.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.right.currentWidget() is not window.workspace.dashboard,
                    timeout=30000)
    view = window.workspace.right.currentWidget()
    qtbot.waitUntil(lambda: "THIRY" in view.banner.name.text(), timeout=30000)


def test_lock_keeps_half_filled_form_for_same_user(qtbot, window, tmp_vault):
    sign_in(qtbot, window)
    dlg = PatientFormDialog(window.ctx, parent=window.workspace)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.fields["family_name"], "Half-typed")
    window.lock()
    assert not tmp_vault.is_unlocked and tmp_vault._key is None
    assert window.stack.currentWidget() is window.login
    assert window.login.username.text() == "nurse"
    sign_in(qtbot, window)
    assert dlg.fields["family_name"].text() == "Half-typed"
    for key, value in {**ALICE, "family_name": ""}.items():
        if key in ("sex",):
            dlg.fields["sex"].setCurrentIndex(dlg.fields["sex"].findData(value))
        elif value != "":
            dlg.fields[key].setText(str(value))
    dlg.save()
    settle(qtbot, window.ctx)
    assert dlg.saved is not None and dlg.saved.family_name == "Half-typed"


def test_other_user_after_lock_gets_a_fresh_workspace(qtbot, window):
    sign_in(qtbot, window)
    first = window.workspace
    window.lock()
    sign_in(qtbot, window, "investigator")
    assert window.workspace is not first
    assert window.ctx.session.user.username == "investigator"


def test_idle_auto_lock_with_injected_clock(qtbot, window, clock):
    sign_in(qtbot, window)
    window.check_idle()
    assert window.stack.currentWidget() is window.workspace
    clock.advance(14 * 60)
    window.check_idle()
    assert window.stack.currentWidget() is window.workspace
    clock.advance(61)
    window.check_idle()
    assert window.stack.currentWidget() is window.login
    assert not window.ctx.vault.is_unlocked


def test_bad_patient_input_is_refused_in_words(qtbot, window):
    sign_in(qtbot, window)
    dlg = PatientFormDialog(window.ctx, parent=window.workspace)
    qtbot.addWidget(dlg)
    for key, value in ALICE.items():
        if key != "sex":
            dlg.fields[key].setText(str(value))
    dlg.fields["sex"].setCurrentIndex(1)
    dlg.fields["weight_kg"].setText("seventy")
    dlg.save()
    settle(qtbot, window.ctx)
    assert dlg.saved is None and "number" in dlg.error.text().lower()
    dlg.fields["weight_kg"].setText("70,5")
    dlg.fields["date_of_birth"].setText("2099-01-01")
    dlg.save()
    settle(qtbot, window.ctx)
    assert dlg.saved is None and "future" in dlg.error.text()
    dlg.fields["date_of_birth"].setText("1970-02-03")
    dlg.save()
    settle(qtbot, window.ctx)
    assert dlg.saved is not None and dlg.saved.weight_kg == 70.5


def test_patient_table_model_without_view(session_as):
    s = session_as(Role.NURSE)
    pts = [register_patient(s, ALICE), register_patient(s, BOB)]
    m = PatientTableModel()
    m.set_patients(pts, today=date(2026, 2, 3))
    assert m.rowCount() == 2 and m.columnCount() == len(Col)
    assert m.data(m.index(0, Col.NAME)) == "MARCHAL, Alice"
    assert m.data(m.index(0, Col.AGE)) == "56"
    assert m.data(m.index(1, Col.LABEL)) == "S-002"
    assert m.data(m.index(1, Col.MRN)) == "H100002"
    assert m.data(m.index(0, 0), Qt.ItemDataRole.UserRole) == pts[0].id
    assert m.headerData(Col.MRN, Qt.Orientation.Horizontal) == "Hospital no."


def test_site_settings_change_is_versioned_with_reason(qtbot, window):
    from ui.settings_dialog import SettingsDialog
    sign_in(qtbot, window, "admin")
    assert window.act_settings.isVisible()
    dlg = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    settle(qtbot, window.ctx)
    dlg.fields["idle_lock_minutes"].setValue(5)
    dlg.save()
    settle(qtbot, window.ctx)
    assert "reason" in dlg.error.text().lower()
    dlg.fields["subject_id_format"].setText("TJT-")
    dlg.reason.setText("ward policy")
    dlg.save()
    settle(qtbot, window.ctx)
    assert "{n}" in dlg.error.text()
    dlg.fields["subject_id_format"].setText("TJT-{n:03d}")
    dlg.save()
    settle(qtbot, window.ctx)
    assert dlg.result() == dlg.DialogCode.Accepted
    s = window.ctx.session
    assert s.settings["idle_lock_minutes"] == 5
    change = s.settings.changes()[-1]
    assert change.reason == "ward policy"
    assert change.content["changes"] == {"idle_lock_minutes": 5}     # only what was changed


def test_nurse_sees_no_admin_actions(qtbot, window):
    sign_in(qtbot, window, "nurse")
    assert not window.act_settings.isVisible() and not window.act_users.isVisible()


def test_uncaught_exception_is_shown_and_logged_without_its_message(qtbot, tmp_path, monkeypatch):
    import sys
    from bedside import logs
    from ui.errors import install_excepthook
    path = logs.configure(tmp_path / "logs")
    old = sys.excepthook
    install_excepthook()
    try:
        try:
            raise ValueError("secret patient DUPONT")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old
    text = path.read_text()
    assert "ValueError" in text and "DUPONT" not in text


def test_list_narrows_to_number_and_name_beside_an_open_patient(qtbot, window):
    sign_in(qtbot, window)
    register_patient(window.ctx.session, ALICE)
    ws = window.workspace
    ws.patients.reload()
    qtbot.waitUntil(lambda: ws.patients.model.rowCount() == 1)
    ws.open_patient(ws.patients.model.patient_at(0).id)
    assert ws.patients.table.isColumnHidden(Col.MRN) and not ws.patients.table.isColumnHidden(Col.NAME)
    ws.show_dashboard()
    assert not ws.patients.table.isColumnHidden(Col.MRN)


def test_new_patient_by_keyboard_follows_the_visual_order(qtbot, window, french):
    """Issue 16 item 7: Tab from the date of birth reaches Sexe, then the
    weight: typed values land in the fields they were meant for. The date is
    typed as shown (JJ/MM/AAAA), the weight with a decimal comma."""
    sign_in(qtbot, window)
    dlg = PatientFormDialog(window.ctx, parent=window.workspace)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=30000)
    f = dlg.fields
    f["mrn"].setFocus()
    order = []
    for text in ("H100009", "Lemaire", "Paul", "14/03/1961", None, "80,5", "176", "WB-H100009"):
        focused = QtWidgets.QApplication.focusWidget()
        order.append(focused.objectName())
        if text is None:
            qtbot.keyClick(focused, Qt.Key.Key_H)             # "Homme"
        else:
            qtbot.keyClicks(focused, text)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert order == ["mrn", "family_name", "given_name", "date_of_birth", "sex", "weight_kg", "height_cm",
                     "wristband"]
    assert f["date_of_birth"].placeholderText() == "JJ/MM/AAAA"
    f["wristband"].setFocus()
    qtbot.keyClick(f["wristband"], Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    assert dlg.saved is not None, dlg.error.text()
    assert (dlg.saved.sex, dlg.saved.weight_kg, str(dlg.saved.date_of_birth)) == ("M", 80.5, "1961-03-14")
