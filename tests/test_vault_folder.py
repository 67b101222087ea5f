"""One vault per PC: the machine-wide location, the Windows access list
(command checked, as far as Linux allows), POSIX modes, and moving a vault an
earlier version left in a user's profile (real vault files)."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path, PureWindowsPath

import pytest

from bedside import vault_folder as vf
from bedside.verify import verify_vault
from tests.conftest import PASSWORD, make_vault


def test_machine_wide_location_per_platform():
    env = {"ProgramData": r"D:\ProgramData"}
    assert PureWindowsPath(vf.machine_vault_dir("win32", env)) == \
        PureWindowsPath(r"D:\ProgramData\Bedside\vault")
    assert vf.machine_vault_dir("linux", {}) == Path("/var/lib/bedside/vault")
    assert "AppData" not in str(vf.machine_vault_dir("win32", {}))


def test_windows_access_list_command():
    cmd = vf.windows_acl_command(Path(r"C:\ProgramData\Bedside\vault"))
    assert cmd[:3] == ["icacls", r"C:\ProgramData\Bedside\vault", "/inheritance:r"]
    grants = [cmd[i + 1] for i, a in enumerate(cmd) if a == "/grant:r"]
    # by SID (names differ on French Windows); nobody else: no Users, no Everyone
    assert grants == ["*S-1-5-18:(OI)(CI)F", "*S-1-5-32-544:(OI)(CI)F",
                      "Bedside users:(OI)(CI)M"]


def test_windows_prepare_runs_icacls_inside_programdata_and_fails_closed(tmp_path, monkeypatch):
    monkeypatch.setenv("ProgramData", str(tmp_path / "pd"))
    ran = []

    def run(cmd, **_kw):
        ran.append(cmd)
        return subprocess.CompletedProcess(cmd, 0 if len(ran) == 1 else 1332)
    target = tmp_path / "pd" / "Bedside" / "vault"
    vf.prepare(target, platform="win32", run=run)
    assert ran == [vf.windows_acl_command(target)] and target.is_dir()
    with pytest.raises(vf.VaultFolderError) as err:     # group missing: no unprotected vault
        vf.prepare(tmp_path / "pd" / "Bedside" / "other", platform="win32", run=run)
    assert "Bedside users" in err.value.message and "icacls exit 1332" in err.value.message
    vf.prepare(tmp_path / "profile" / "demo", platform="win32", run=run)   # own profile: untouched
    assert len(ran) == 2


def test_posix_vault_folder_and_files_are_owner_only(tmp_path):
    vault, _ = make_vault(tmp_path / "machine" / "vault")
    vault.lock()
    assert stat.S_IMODE((tmp_path / "machine" / "vault").stat().st_mode) == 0o700
    for name in ("vault.json", "vault.db"):
        assert stat.S_IMODE((tmp_path / "machine" / "vault" / name).stat().st_mode) == 0o600


def test_legacy_profile_vault_is_moved_only_when_asked_and_never_lost(tmp_path):
    legacy, target = tmp_path / "profile" / "vault", tmp_path / "machine" / "vault"
    vault, _ = make_vault(legacy)
    nurse = vault.login("nurse", PASSWORD)
    rec = nurse.records.create("note", {"text": "before the move"}, patient_id="P-1")
    vault.lock()
    asked = []
    assert vf.settle_legacy(target, lambda o, n: asked.append((o, n)) or vf.CANCEL,
                            legacy) is None
    assert asked == [(legacy, target)] and not target.exists()
    assert vf.settle_legacy(target, lambda o, n: vf.USE_WHERE_IT_IS, legacy) == legacy
    assert vf.settle_legacy(target, lambda o, n: vf.MOVE, legacy) == target
    old = next((tmp_path / "profile").glob("vault.moved-*"))
    assert (old / "vault.db").exists()                   # the old copy is kept, renamed
    assert verify_vault(target, username="admin", password=PASSWORD).ok
    moved = type(vault).open(target).login("nurse", PASSWORD)
    assert moved.records.latest(rec.record_id).content == {"text": "before the move"}
    # once this PC has its vault, nothing more is offered
    assert vf.settle_legacy(target, lambda o, n: pytest.fail("asked again"), old) == target


def test_move_offer_names_both_folders_and_defaults_to_move(qtbot, tmp_path):
    from ui.vault_move import move_box
    box, buttons = move_box(tmp_path / "profile" / "vault", tmp_path / "machine" / "vault")
    qtbot.addWidget(box)
    assert str(tmp_path / "profile" / "vault") in box.text()
    assert str(tmp_path / "machine" / "vault") in box.text()
    assert sorted(buttons.values()) == sorted([vf.MOVE, vf.USE_WHERE_IT_IS, vf.CANCEL])
    assert buttons[box.defaultButton()] == vf.MOVE
