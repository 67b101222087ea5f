"""The first-run wizard makes the vault off the UI thread: while the key is
derived from the administrator's password (about a second on a ward PC) the
window still handles events, Next, Back and Cancel wait, a second press
starts nothing, and the wizard then moves on to the recovery code by itself.
The vault is made for real; the test only holds the worker at its start so
that "while it runs" does not depend on how fast the machine is."""

from __future__ import annotations

import threading

from bedside.crypto.kdf import KdfParams
from bedside.roles import Role
from bedside.vault import Vault
from tests.conftest import WAIT_MS, finish_wizard, wizard_to_admin
from ui.qt import Qt, QTimer, QWizard
from ui.wizard import FirstRunWizard


def test_creating_the_vault_keeps_the_window_responsive_and_runs_once(qtbot, tmp_path):
    w = FirstRunWizard(tmp_path / "vault", kdf=KdfParams.for_tests())
    qtbot.addWidget(w)
    started, release, threads = threading.Event(), threading.Event(), []

    def held_create(folder, **kwargs):          # the real Vault.create, held at its start
        threads.append(threading.current_thread())
        started.set()
        release.wait(WAIT_MS / 1000)
        return Vault.create(folder, **kwargs)

    w.make_vault = held_create
    w.show()
    p = wizard_to_admin(qtbot, w)
    w.next()
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)

    assert threads[0] is not threading.main_thread()
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=WAIT_MS)      # the UI thread is free meanwhile
    assert not release.is_set() and w.currentPage() is p
    for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                   QWizard.WizardButton.CancelButton):
        assert not w.button(button).isEnabled()
    assert not p.password.isEnabled() and p.password.text() == "long enough 1"
    w.next()                                     # pressed again, Enter, Escape: nothing more starts
    qtbot.keyClick(p.confirm, Qt.Key.Key_Return)
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert w.isVisible() and len(threads) == 1

    release.set()
    qtbot.waitUntil(lambda: w.currentPage() is w.recovery_page, timeout=WAIT_MS)
    assert len(threads) == 1 and p.password.text() == "" and p.confirm.text() == ""
    code = finish_wizard(w)
    w.vault.lock()
    v = Vault.open(tmp_path / "vault")
    assert v.login("chef", "long enough 1").user.role == Role.ADMINISTRATOR
    assert len(v.unlock_with_recovery(code)) == 32
