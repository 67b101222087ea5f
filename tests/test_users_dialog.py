"""Issue 16 item 8: staff accounts by keyboard — the role is chosen anew for
each account, the password is typed twice, a role change asks first."""
import pytest

from bedside.roles import Role
from bedside.users import list_users
from tests.conftest import settle, when_modal
from ui.context import AppContext
from ui.qt import QtWidgets, Qt
from ui.users_dialog import UsersDialog

NEW_PASSWORD = "Correct-Horse-42!"


@pytest.fixture
def dialog(qtbot, tmp_vault, session_as):
    admin = session_as(Role.ADMINISTRATOR)
    ctx = AppContext(tmp_vault)
    ctx.signed_in(admin)
    dlg = UsersDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    settle(qtbot, ctx)
    yield dlg, admin
    ctx.worker.stop()


def _fill(qtbot, dlg, username, role_index, password, confirm):
    dlg.username.setText(username)
    dlg.display.setText(username.title())
    dlg.role.setCurrentIndex(role_index)
    dlg.password.setText(password)
    dlg.confirm.setText(confirm)
    qtbot.mouseClick(dlg.add, Qt.LeftButton)
    settle(qtbot, dlg.ctx)


def _answer(qtbot, button):
    seen = []

    def click(box):
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.LeftButton)
    when_modal(click)
    return seen


def test_role_reset_and_passwords_must_match(qtbot, dialog):
    dlg, admin = dialog
    before = len(list_users(admin))
    assert dlg.role.currentData() is None
    _fill(qtbot, dlg, "nurse9", 0, NEW_PASSWORD, NEW_PASSWORD)          # no role chosen
    assert "role" in dlg.error.text() and len(list_users(admin)) == before
    nurse = dlg.role.findData(Role.NURSE.value)
    _fill(qtbot, dlg, "nurse9", nurse, NEW_PASSWORD, NEW_PASSWORD + "x")
    assert "differ" in dlg.error.text() and len(list_users(admin)) == before
    assert dlg.username.text() == "nurse9" and dlg.confirm.text() == "" and dlg.confirm.hasFocus()
    _fill(qtbot, dlg, "nurse9", nurse, NEW_PASSWORD, NEW_PASSWORD)
    assert dlg.error.text() == "" and len(list_users(admin)) == before + 1
    assert dlg.role.currentData() is None                                # the next account starts blank


def test_role_change_asks_first(qtbot, dialog):
    dlg, admin = dialog
    target = next(u for u in list_users(admin) if u.role == Role.NURSE)
    row = next(i for i in range(dlg.list.count())
               if dlg.list.item(i).data(Qt.ItemDataRole.UserRole) == target.id)
    dlg.list.setCurrentRow(row)
    dlg.role.setCurrentIndex(dlg.role.findData(Role.INVESTIGATOR.value))
    seen = _answer(qtbot, QtWidgets.QMessageBox.StandardButton.No)
    qtbot.mouseClick(dlg.set_role, Qt.LeftButton)
    settle(qtbot, dlg.ctx)
    assert seen and "Investigator" in seen[0]
    assert next(u for u in list_users(admin) if u.id == target.id).role == Role.NURSE
    _answer(qtbot, QtWidgets.QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dlg.set_role, Qt.LeftButton)
    settle(qtbot, dlg.ctx)
    assert next(u for u in list_users(admin) if u.id == target.id).role == Role.INVESTIGATOR
