"""A record made now is named by its first version; every lookup by record
id finds its versions through an index (migration 0011, issue 12).

The record-id index holds only the versions whose record id is not their own
id, so a query written ``record_id = ?`` alone would still be right but read
the whole table -- on every screen, at a million versions. These tests run
the core's own lookups on a real vault, catch every statement SQLite runs
(its trace callback) and ask SQLite for each one's plan."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bedside.errors import Conflict
from bedside.header import DB_NAME
from bedside.roles import Role
from bedside.storage.engine import keyed_connection
from bedside.users import list_users, reset_password
from tests.conftest import PASSWORD, make_patient

ROOT = Path(__file__).resolve().parent.parent


def _plans(vault, statements) -> dict[str, list[str]]:
    """Each statement that reads ``records`` by record id, with its plan."""
    conn = keyed_connection(vault.folder / DB_NAME, bytes(vault._key))
    try:
        out = {}
        for sql in statements:
            if not re.search(r"\bFROM records\b", sql) or "record_id" not in sql \
                    or not sql.lstrip().upper().startswith("SELECT"):
                continue
            out[sql] = [row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
        return out
    finally:
        conn.close()


def test_a_new_record_is_named_by_its_first_version(session_as):
    nurse = session_as(Role.NURSE)
    first = nurse.records.create("note", {"text": "named by me"})
    assert first.record_id == first.id
    second = nurse.records.correct(first.record_id, {"text": "corrected"}, "typo")
    assert second.record_id == first.id != second.id
    patient = make_patient(nurse)
    head = nurse.records.latest(patient.id)
    assert head.record_id == patient.id != head.id      # a patient keeps its random id


def test_every_lookup_by_record_id_uses_an_index(traced):
    vault, statements = traced
    nurse = vault.login("nurse", PASSWORD)
    note = nurse.records.create("note", {"text": "first"})
    nurse.records.correct(note.record_id, {"text": "second"}, "typo")
    patient = make_patient(nurse)                       # record id not its first version's id
    admin = vault.login("admin", PASSWORD)
    statements.clear()
    for rid in (note.record_id, patient.id):
        assert nurse.records.history(rid)
        assert nurse.records.heads(rid)
        assert nurse.records.latest(rid) and nurse.records.latest_good(rid)
    nurse.records.correct(note.record_id, {"text": "third"}, "typo")
    with pytest.raises(Conflict):
        nurse.records.create("note", {"text": "again"}, record_id=note.record_id)
    nurse.settings.all()
    reset_password(admin, _user_id(admin, "nurse2"), "a new password 1")   # the staff entry
    plans = _plans(vault, statements)
    assert len(plans) >= 8, plans.keys()
    for sql, plan in plans.items():
        assert not any(step.startswith("SCAN records") for step in plan), (sql, plan)


def _user_id(admin, username: str) -> str:
    return next(u.id for u in list_users(admin) if u.username == username)


def test_versions_of_a_record_are_found_whichever_way_it_is_named(session_as):
    """A record named by its first version, a patient (random id), a record
    given its id (one per patient: the end of participation) -- history,
    heads and the current version of each, after a correction."""
    nurse = session_as(Role.NURSE)
    note = nurse.records.create("note", {"text": "v1"})
    nurse.records.correct(note.record_id, {"text": "v2"}, "typo")
    patient = make_patient(nurse)
    given = nurse.records.create("note", {"text": "given id v1"}, record_id="a" * 32)
    nurse.records.correct(given.record_id, {"text": "given id v2"}, "typo")
    for rid, texts in ((note.record_id, ["v1", "v2"]), (given.record_id, ["given id v1", "given id v2"])):
        assert [v.content["text"] for v in nurse.records.history(rid)] == texts
        assert [h.content["text"] for h in nurse.records.heads(rid)] == texts[-1:]
        assert nurse.records.latest(rid).content["text"] == texts[-1]
    assert [v.version for v in nurse.records.history(patient.id)] == [1]


def test_no_lookup_by_record_id_is_written_around_the_helpers():
    """``record_id = ?`` or ``RecordRow.record_id ==`` over ``records``
    anywhere but ``bedside/records.py``'s helpers reads the whole table."""
    found = []
    for path in (ROOT / "bedside").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for n, line in enumerate(text.splitlines(), 1):
            code = line.split("#")[0]
            helper = path.name == "records.py" and ("and_(RecordRow." in code
                                                    or code.startswith("OF_RECORD_SQL"))
            if re.search(r"RecordRow\.record_id\s*==|\brecord_id\s*=\s*\?", code) \
                    and not helper and "audit" not in code.lower():
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert found == []
