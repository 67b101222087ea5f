"""Storage half of --self-test and the upgrade check (bedside/self_check.py),
on real vault files: the fresh-vault round trip and the first-schema fixture
(tests/fixtures/vault_v0001) opened, migrated and verified by this build."""

import shutil
from pathlib import Path

import pytest

from bedside import self_check
from bedside.crypto.kdf import KdfParams
from bedside.storage.migrate import head_revision
from tests.conftest import PASSWORD

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault_v0001"


def test_fresh_vault_round_trip_and_chain(tmp_path):
    report = self_check.CheckReport()
    self_check.check_fresh_vault(tmp_path, report, KdfParams.for_tests())
    assert report.steps == ["create", "login", "write", "read", "encrypted", "verify"]
    assert report.audit_entries >= 4


def test_run_checks_cleans_its_temporary_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    self_check.run_checks(kdf=KdfParams.for_tests())
    assert list(tmp_path.iterdir()) == []


def test_previous_release_vault_opens_after_migration_with_chain_intact(tmp_path):
    before = self_check._folder_digest(FIXTURE)
    report = self_check.run_checks(upgrade_source=FIXTURE, username="admin", password=PASSWORD,
                                   kdf=KdfParams.for_tests())
    assert report.upgraded_from == "0001"
    assert report.upgraded_to == head_revision()
    assert "upgrade-verify" in report.steps
    assert self_check._folder_digest(FIXTURE) == before  # the original is only read


def test_upgrade_with_wrong_password_fails_on_a_named_step():
    with pytest.raises(self_check.CheckFailed) as info:
        self_check.run_checks(upgrade_source=FIXTURE, username="admin", password="wrong password 1",
                              kdf=KdfParams.for_tests())
    assert info.value.step == "old-revision"
    assert "WrongPassword" in info.value.reason


def test_upgrade_of_a_damaged_vault_is_refused_with_a_reason(tmp_path):
    damaged = tmp_path / "damaged"
    shutil.copytree(FIXTURE, damaged)
    db = damaged / "vault.db"
    data = bytearray(db.read_bytes())
    for i in range(8192, 8192 + 64):
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    with pytest.raises(self_check.CheckFailed) as info:
        self_check.run_checks(upgrade_source=damaged, username="admin", password=PASSWORD,
                              kdf=KdfParams.for_tests())
    assert info.value.step in ("old-revision", "migrate", "upgrade-verify")
    assert info.value.reason


def test_upgrade_of_a_folder_without_vault_is_a_clear_failure(tmp_path):
    with pytest.raises(self_check.CheckFailed) as info:
        self_check.run_checks(upgrade_source=tmp_path, username="admin", password=PASSWORD,
                              kdf=KdfParams.for_tests())
    assert info.value.step == "upgrade" and "no vault" in info.value.reason
