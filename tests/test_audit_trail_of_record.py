"""A record's audit trail: the entries in the record index, and the entries
its versions name (migration 0012, issue 12).

A version written here names the audit entry that logs it
(``records.audit_seq``), and that entry stays out of ``ix_audit_record``:
one index fewer in every save. These tests read a record's trail as the
history dialog does, count what the index holds on the real encrypted file,
ask SQLite for the plans of the reads, and edit the file as a rogue insider
with the key would (``bedside verify`` names it)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bedside import audit
from bedside.header import DB_NAME
from bedside.integrity import check_user_row
from bedside.roles import Role
from bedside.storage.engine import keyed_connection
from bedside.users import list_users
from bedside.vault import Vault
from bedside.verify import verify_vault
from tests.conftest import PASSWORD, make_patient, with_key

FIXTURE = Path(__file__).parent / "fixtures" / "vault_v0001"


def _raw(vault):
    return keyed_connection(vault.folder / DB_NAME, bytes(vault._key))


def _refused_after(vault, sql: str, params: dict) -> str:
    """What ``bedside verify`` says of the vault once *sql* ran on its file
    with the key (a rogue insider): it must refuse it."""
    key = bytes(vault._key)
    vault.lock()
    with_key(vault.folder, key, sql, params=params)
    result = verify_vault(vault.folder, username="admin", password=PASSWORD)
    assert not result.ok
    return result.line


def _indexed(vault) -> int:
    """How many audit entries ``ix_audit_record`` holds (read through it)."""
    conn = _raw(vault)
    try:
        through = int(conn.execute("SELECT value FROM meta WHERE key = ?",
                                   (audit.INDEXED_THROUGH_KEY,)).fetchone()[0])
        return conn.execute(f"SELECT count(*) FROM audit INDEXED BY ix_audit_record "
                            f"WHERE {audit.in_record_index(through)}").fetchone()[0]
    finally:
        conn.close()


def test_a_records_trail_holds_every_entry_about_it_newest_first(session_as):
    nurse = session_as(Role.NURSE)
    note = nurse.records.create("note", {"text": "v1"})
    nurse.records.create("note", {"text": "another record"})
    v2 = nurse.records.correct(note.record_id, {"text": "v2"}, "typo")
    nurse.audit_event("consent_copy_printed", record_type="note", record_id=note.record_id,
                      entry_id=v2.id)
    v3 = nurse.records.correct(note.record_id, {"text": "v3"}, "second look")
    trail = nurse.audit_trail(note.record_id)
    assert [(e.action, e.entry_id) for e in trail] == [
        ("correct", v3.id), ("consent_copy_printed", v2.id), ("correct", v2.id),
        ("create", note.id)]
    assert [e.seq for e in trail] == sorted((e.seq for e in trail), reverse=True)
    assert trail[0].reason == "second look" and trail[0].details["replaces"] == v2.id
    assert [e.action for e in nurse.audit_trail(note.record_id, limit=2)] == [
        "correct", "consent_copy_printed"]
    patient = make_patient(nurse)               # a record named otherwise: a random id
    assert [e.action for e in nurse.audit_trail(patient.id)] == ["create"]


def test_a_save_leaves_the_record_index_and_other_entries_enter_it(tmp_vault, session_as):
    nurse = session_as(Role.NURSE)
    before = _indexed(tmp_vault)
    note = nurse.records.create("note", {"text": "v1"})
    nurse.records.correct(note.record_id, {"text": "v2"}, "typo")
    assert _indexed(tmp_vault) == before
    nurse.audit_event("consent_copy_printed", record_type="note", record_id=note.record_id)
    assert _indexed(tmp_vault) == before + 1
    conn = _raw(tmp_vault)
    try:
        linked = conn.execute("SELECT r.id, a.action FROM records r JOIN audit a "
                              "ON a.seq = r.audit_seq WHERE r.record_id = ? ORDER BY a.seq",
                              (note.record_id,)).fetchall()
    finally:
        conn.close()
    assert [a for _, a in linked] == ["create", "correct"]


def test_only_writing_actions_log_a_version(session_as):
    nurse = session_as(Role.NURSE)
    note = nurse.records.create("note", {"text": "v1"})
    with pytest.raises(ValueError):
        nurse.records.correct(note.record_id, {"text": "v2"}, "typo", action="printed")
    assert [v.content["text"] for v in nurse.records.history(note.record_id)] == ["v1"]


def test_the_trails_are_read_through_indexes(traced):
    """A record's trail and an account's (checked against the audit trail when
    it is not in the signed directory) read indexes only: no scan of the audit
    table, nor of the records, at a million entries."""
    vault, statements = traced
    nurse = vault.login("nurse", PASSWORD)
    note = nurse.records.create("note", {"text": "v1"})
    nurse.records.correct(note.record_id, {"text": "v2"}, "typo")
    admin = vault.login("admin", PASSWORD)
    user = next(u for u in list_users(admin) if u.username == "nurse")
    statements.clear()
    assert len(nurse.audit_trail(note.record_id)) == 2
    with vault.db.read() as orm:
        row = orm.execute(__import__("sqlalchemy").text(
            "SELECT * FROM users WHERE id = :i"), {"i": user.id}).first()
        try:
            check_user_row(orm, row, None)      # not in a directory: replayed from the trail
        except Exception:   # noqa: BLE001 -- the statement it ran is what is looked at here
            pass
    reads = [s for s in statements if re.search(r"\bFROM audit\b", s)
             and "record_id" in s and s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 2, statements
    conn = _raw(vault)
    try:
        for sql in reads:
            plan = [r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + sql)]
            assert any("ix_audit_record" in step for step in plan), (sql, plan)
            assert not any(step.startswith(("SCAN audit", "SCAN records")) for step in plan), (
                sql, plan)
    finally:
        conn.close()


def test_verify_names_a_version_pointing_at_an_entry_that_does_not_log_it(tmp_vault, session_as):
    nurse = session_as(Role.NURSE)
    a = nurse.records.create("note", {"text": "a"})
    b = nurse.records.create("note", {"text": "b"})
    assert verify_vault(tmp_vault.folder, username="admin", password=PASSWORD).ok
    said = _refused_after(tmp_vault, "UPDATE records SET audit_seq = (SELECT audit_seq FROM "
                          "records WHERE id = :b) WHERE id = :a", {"a": a.id, "b": b.id})
    assert f"record version {a.id} names audit entry" in said


def test_verify_names_an_entry_its_version_does_not_name(tmp_vault, session_as):
    """Unlinked, the entry would be missing from the record's history."""
    nurse = session_as(Role.NURSE)
    a = nurse.records.create("note", {"text": "a"})
    seq = nurse.audit_trail(a.record_id)[0].seq
    said = _refused_after(tmp_vault, "UPDATE records SET audit_seq = NULL WHERE id = :a",
                          {"a": a.id})
    assert f"audit entry {seq} is not named by the version it logs" in said


def test_an_upgraded_vault_keeps_the_trail_of_what_it_held(tmp_path):
    """The real revision-0001 file: its entries stay in the index (up to the
    upgrade point), a correction after the upgrade is found through its
    version, and the whole trail reads newest first."""
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    vault = Vault.open(folder)
    admin = vault.login("admin", PASSWORD)
    note = next(n for n in admin.records.list_latest("note")
                if n.content["text"].startswith("written by release 0.0"))
    old = [(e.action, e.entry_id) for e in admin.audit_trail(note.record_id)]
    assert ("create", note.id) in old
    from bedside.users import create_user
    create_user(admin, "nurse", "Nurse After Upgrade", Role.NURSE, PASSWORD)
    nurse = vault.login("nurse", PASSWORD)
    fixed = nurse.records.correct(note.record_id, {"text": "corrected after upgrade"}, "typo")
    trail = [(e.action, e.entry_id) for e in nurse.audit_trail(note.record_id)]
    assert trail == [("correct", fixed.id), *old]
    key = bytes(vault._key)
    vault.lock()
    conn = keyed_connection(folder / DB_NAME, key)
    try:
        through = int(conn.execute("SELECT value FROM meta WHERE key = ?",
                                   (audit.INDEXED_THROUGH_KEY,)).fetchone()[0])
        assert through > 0
        assert conn.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_audit_record'"
                            ).fetchone()[0].endswith(f"seq <= {through})")
        assert conn.execute("SELECT count(*) FROM records WHERE audit_seq IS NOT NULL "
                            "AND audit_seq <= ?", (through,)).fetchone()[0] == 0
    finally:
        conn.close()
    result = verify_vault(folder, username="admin", password=PASSWORD)
    assert result.ok, result.line


def test_verify_names_an_upgrade_point_moved_off_the_index(tmp_vault, session_as):
    """The trail is read by the index's own condition; a point moved in meta
    reads the whole audit table and, raised, spares entries the link check."""
    nurse = session_as(Role.NURSE)
    nurse.records.create("note", {"text": "a"})
    said = _refused_after(tmp_vault, "UPDATE meta SET value = '999999' WHERE key = :k",
                          {"k": audit.INDEXED_THROUGH_KEY})
    assert "record index does not match its upgrade point" in said


def test_a_version_action_is_logged_only_by_writing_the_version(session_as):
    nurse = session_as(Role.NURSE)
    note = nurse.records.create("note", {"text": "a"})
    for action in audit.VERSION_ACTIONS:
        with pytest.raises(ValueError):
            nurse.audit_event(action, record_type="note", record_id=note.record_id)
    assert [e.action for e in nurse.audit_trail(note.record_id)] == ["create"]


def test_the_index_condition_is_the_one_its_migration_wrote():
    """The migration keeps its own copy of the condition (a revision's SQL is
    frozen); the queries write it from ``audit``: the two must not drift, or
    every trail would read the whole table."""
    import importlib.util
    path = next((Path(audit.__file__).parent / "storage" / "migrations" / "versions")
                .glob("0012_*.py"))
    spec = importlib.util.spec_from_file_location("m0012", path)
    m0012 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0012)
    for through in (0, 7, 1_000_000):
        assert m0012.indexed(through) == audit.in_record_index(through)
    assert m0012.ACTIONS == audit.VERSION_ACTIONS
    assert m0012.INDEXED_THROUGH_KEY == audit.INDEXED_THROUGH_KEY
