import pytest

from bedside.errors import LockedOut, WrongPassword
from bedside.vault import Vault

from .conftest import PASSWORD


def test_five_failures_lock_with_back_off_and_are_audited(tmp_vault, clock):
    tmp_vault.lock()
    v = Vault.open(tmp_vault.folder, clock)
    for _ in range(4):
        with pytest.raises(WrongPassword):
            v.login("nurse", "wrong-password")
    with pytest.raises(LockedOut) as e:
        v.login("nurse", "wrong-password")
    assert e.value.params["seconds"] == 30
    with pytest.raises(LockedOut):  # even the right password waits
        v.login("nurse", PASSWORD)
    clock.advance(31)
    with pytest.raises(LockedOut) as e:  # 6th failure doubles the wait
        v.login("nurse", "wrong-password")
    assert e.value.params["seconds"] == 60
    clock.advance(61)
    s = v.login("nurse", PASSWORD)
    header = (tmp_vault.folder / "vault.json").read_text()
    assert "wrong-password" not in header
    admin = v.login("admin", PASSWORD)
    actions = [a.action for a in admin.audit_trail()]
    assert actions.count("login_failed") == 6
    assert actions.count("lockout") == 2
    assert all("wrong-password" not in str(a.details) for a in admin.audit_trail())
    assert s.user.username == "nurse"


def test_other_users_are_not_locked(tmp_vault, clock):
    for _ in range(5):
        with pytest.raises((WrongPassword, LockedOut)):
            tmp_vault.authenticate("nurse", "nope-nope")
    assert tmp_vault.authenticate("nurse2", PASSWORD).username == "nurse2"


def test_typing_recovery_or_unknown_names_cannot_lock_the_recovery_code(vault_with_code, clock):
    vault, code = vault_with_code
    vault.lock()
    v = Vault.open(vault.folder, clock)
    for name in ["recovery"] * 8 + [f"nobody{i}" for i in range(30)]:
        with pytest.raises((WrongPassword, LockedOut)):
            v.login(name, "whatever-it-is")
    assert len(v.unlock_with_recovery(code)) == 32
    assert len(v.header.throttle) == 1  # all unknown names share one entry


def test_vault_without_recovery_slot_refuses_cleanly(tmp_vault):
    tmp_vault.header.slots = [s for s in tmp_vault.header.slots if s.user_id != "recovery"]
    with pytest.raises(WrongPassword):
        tmp_vault.unlock_with_recovery("AAAA-BBBB")
