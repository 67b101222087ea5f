"""An upgraded vault (tests/fixtures/vault_v0001: its recovery slot is of the
kind the recovery code wraps directly) keeps a recovery path through a key
rotation: the rotation makes a new code in a slot that later rotations
reseal, the old code stops opening the vault, and the next administrator who
signs in is shown the new code in the real dialog, once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bedside.crypto.keyslots import RECOVERY_USER
from bedside.errors import WrongPassword
from bedside.identity.slots import PersonSlot
from bedside.roles import Role
from bedside.users import create_user, reset_password, revoke_user
from bedside.vault import Vault
from tests.conftest import PASSWORD

FIXTURE = Path(__file__).parent.parent / "fixtures" / "vault_v0001"
OLD_CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"


def test_rotation_renews_an_upgraded_recovery_code_shown_once(qtbot, tmp_path):
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.qt import Qt
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    vault = Vault.open(folder)
    assert vault.unlock_with_recovery(OLD_CODE)                  # the old kind of slot
    admin = vault.login("admin", PASSWORD)
    assert admin.new_recovery_code is None                       # nothing renewed yet
    leaver = create_user(admin, "leaver", "Inf. Leaver", Role.NURSE, "leaver password 1")
    revoke_user(admin, leaver.id)                                # rotates the data key
    assert isinstance(vault.header.slot_for_user(RECOVERY_USER), PersonSlot)
    with pytest.raises(WrongPassword):
        vault.unlock_with_recovery(OLD_CODE)
    vault.lock()

    ctx = AppContext(Vault.open(folder))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    try:
        session = ctx.vault.login("admin", PASSWORD)
        code = session.new_recovery_code
        assert code and code != OLD_CODE
        win._signed_in(session, "")
        dialog = win.recovery_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=10_000)
        assert dialog.code.text() == code
        assert not dialog.ok.isEnabled()                          # must tick first
        dialog.reject()                                           # Esc does not skip it
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.written, Qt.MouseButton.LeftButton)
        assert dialog.ok.isEnabled()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ctx.vault.db.get_meta("pending_recovery_code") is None,
                        timeout=10_000)
        assert any(e.action == "recovery_code_shown" for e in session.audit_trail())
        assert ctx.vault.unlock_with_recovery(code)               # the new code opens it
        # a later rotation reseals the new recovery slot: the code keeps working
        nurse = create_user(session, "nurse9", "Inf. Nine", Role.NURSE, "nurse nine pw 1")
        reset_password(session, nurse.id, "nurse nine pw 2")
        assert ctx.vault.unlock_with_recovery(code)
        assert ctx.vault.login("admin", PASSWORD).new_recovery_code is None   # shown once
    finally:
        ctx.worker.stop()
        ctx.vault.lock()
