"""The guarantees the fast save path (issue 12) moved, held on the local
write: writes run on a connection the database holds while open
(``storage/write_tx.py``), the account row is checked again only when it or
the signed directory changed, and a version's declaration is checked once,
by entry rule 4. Each test reads what the SQLCipher file holds afterwards."""

from __future__ import annotations

import json
import os
import time
import uuid
from datetime import datetime

import pytest
from hypothesis import given, settings, strategies as st

from bedside import audit, entry_rules
from bedside.canonical import canonical_json, content_hash
from bedside.clock import Clock
from bedside.errors import AccountInactive, VaultTampered
from bedside.identity.entry_signing import sign_entry_here, signature_ok
from bedside.identity.vault_directory import load_directory
from bedside.ids import _RandomBytes, new_id, new_random_id
from bedside.record_types import ContentError
from bedside.roles import Role
from bedside.storage import checkpoints
from bedside.storage.database import VaultDB
from bedside.storage.engine import keyed_connection
from bedside.users import revoke_user
from bedside.vault import DB_NAME
from tests.conftest import make_patient
from tests.identity.forgery import entry


def _counts(vault) -> tuple[int, int]:
    """(record versions, audit entries) as the file holds them."""
    conn = keyed_connection(vault.folder / DB_NAME, bytes(vault._key))
    try:
        return (conn.execute("SELECT count(*) FROM records").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    finally:
        conn.close()


def _chain_ok(vault) -> audit.ChainReport:
    return _chain_ok_with(vault.folder, bytes(vault._key))


def _chain_ok_with(folder, key: bytes) -> audit.ChainReport:
    conn = keyed_connection(folder / DB_NAME, key)
    try:
        cur = conn.execute(f"SELECT {', '.join(audit.HASHED_FIELDS)}, hash FROM audit ORDER BY seq")
        cols = [d[0] for d in cur.description]
        return audit.verify_rows(dict(zip(cols, r)) for r in cur.fetchall())
    finally:
        conn.close()


def test_a_role_raised_with_raw_sql_after_a_save_stops_the_next_save(tmp_vault, session_as):
    nurse = session_as(Role.NURSE)
    nurse.records.create("note", {"text": "settled"})        # the account checked once
    conn = keyed_connection(tmp_vault.folder / DB_NAME, bytes(tmp_vault._key))
    conn.execute("UPDATE users SET role='investigator' WHERE id=?", (nurse.user.id,))
    conn.commit()
    conn.close()
    before = _counts(tmp_vault)
    with pytest.raises(VaultTampered):
        nurse.records.create("note", {"text": "written as an investigator"})
    assert _counts(tmp_vault) == before


def test_an_account_revoked_between_two_saves_cannot_save_again(session_as):
    nurse = session_as(Role.NURSE)
    nurse.records.create("note", {"text": "first"})
    admin = session_as(Role.ADMINISTRATOR)
    revoke_user(admin, nurse.user.id)
    before = _counts(nurse.vault)
    with pytest.raises(AccountInactive):
        nurse.records.create("note", {"text": "after revocation"})
    assert _counts(nurse.vault) == before


def test_content_against_its_declaration_is_refused_by_name_and_nothing_stored(session_as):
    nurse = session_as(Role.NURSE)
    before = _counts(nurse.vault)
    with pytest.raises(ContentError) as e:
        nurse.records.create("lab_value", {"lab": "crp", "time": "2026-11-20T08:00:00+00:00",
                                           "unit": "mg/L", "entered": "80", "value": "high"},
                             patient_id="p1")
    assert e.value.field == "value"
    assert _counts(nurse.vault) == before


def test_a_write_that_fails_half_way_leaves_nothing_and_the_next_one_lands(session_as):
    nurse = session_as(Role.NURSE)
    before = _counts(nurse.vault)
    with pytest.raises(RuntimeError):
        with nurse.db.write() as tx:
            audit.append(tx, nurse.actor, "probe", when=nurse.clock.now(), utc_offset_min=60)
            raise RuntimeError("power cut in the middle of the save")
    assert _counts(nurse.vault) == before
    nurse.records.create("note", {"text": "after the failed write"})
    assert _counts(nurse.vault) == (before[0] + 1, before[1] + 1)


def test_a_write_from_another_connection_between_saves_is_chained_after(tmp_vault, session_as):
    """Another program on the same file (its own connections, as a second
    process would have) appends an audit entry between two saves: the
    writer connection held by the vault sees it, the next save chains
    after it, and the trail stays whole."""
    nurse = session_as(Role.NURSE)
    nurse.records.create("note", {"text": "before"})
    other = VaultDB(tmp_vault.folder / DB_NAME, bytes(tmp_vault._key), nurse.clock.now)
    try:
        with other.write() as tx:
            added = audit.append(tx, nurse.actor, "probe", when=nurse.clock.now(),
                                 utc_offset_min=60)
    finally:
        other.close()
    nurse.records.create("note", {"text": "after"})
    report = _chain_ok(tmp_vault)
    assert report.ok, report.line()
    assert report.entries == added["seq"] + 1


def test_checkpoints_run_in_a_pause_or_at_the_bound_never_inside_a_save(tmp_vault, session_as,
                                                                          monkeypatch):
    """The writer connection never checkpoints inside a commit (a save would
    wait for megabytes copied and fsynced): its own thread does, once the
    saves pause, or after a bounded number of commits when they never
    pause; the file keeps every entry and a whole audit trail."""
    nurse = session_as(Role.NURSE)
    before = _counts(tmp_vault)
    writer = nurse.db._writer.connection.dbapi_connection
    assert writer.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0

    def ran(at_least: int) -> bool:
        deadline = time.monotonic() + 30
        while nurse.db.checkpoints.done < at_least and time.monotonic() < deadline:
            time.sleep(0.01)               # a condition, polled: its thread runs when it can
        return nurse.db.checkpoints.done >= at_least

    start = nurse.db.checkpoints.done
    monkeypatch.setattr(checkpoints, "IDLE_SECONDS", 0.05)
    nurse.records.create("note", {"text": "then a pause"})
    assert ran(start + 1)                  # in the pause
    first = nurse.db.checkpoints.done
    monkeypatch.setattr(checkpoints, "IDLE_SECONDS", 3600)   # no pause from now on
    monkeypatch.setattr(checkpoints, "MAX_COMMITS", 3)
    for i in range(7):
        nurse.records.create("note", {"text": f"entry {i}"})
    assert ran(first + 1)                  # at the bound, though the saves never paused
    assert _counts(tmp_vault) == (before[0] + 8, before[1] + 8)
    key = bytes(tmp_vault._key)
    tmp_vault.lock()                       # stops the thread; SQLite checkpoints the rest
    assert not (tmp_vault.folder / (DB_NAME + "-wal")).exists()
    report = _chain_ok_with(tmp_vault.folder, key)
    assert report.ok and report.entries == before[1] + 8, report.line()


def test_the_wal_starts_over_though_the_saves_never_pause(tmp_vault, session_as, monkeypatch):
    """Under saves that never pause, a frame is always newer than the last
    PASSIVE checkpoint and the WAL never started over: the file grew by every
    commit (20 MB after 1,000 saves, without end). At the bound a RESTART
    checkpoint follows, so the file stops growing at a few bounds' worth."""
    nurse = session_as(Role.NURSE)
    monkeypatch.setattr(checkpoints, "IDLE_SECONDS", 3600)   # no pause
    monkeypatch.setattr(checkpoints, "MAX_COMMITS", 20)
    connect = nurse.db.checkpoints._connect

    class SlowDisk:
        """A checkpoint that takes longer than the gap between two saves (a
        ward PC's disk copying 256 saves' pages): saves commit during it."""
        def __init__(self):
            self.conn = connect()

        def cursor(self):
            return self

        def execute(self, sql, *args):
            if "PASSIVE" in sql:
                time.sleep(0.03)
            return self.conn.cursor().execute(sql, *args)

        def close(self):
            self.conn.close()
    monkeypatch.setattr(nurse.db.checkpoints, "_connect", SlowDisk)
    wal = tmp_vault.folder / (DB_NAME + "-wal")
    frames = []
    for i in range(400):
        nurse.records.create("note", {"text": f"entry {i}"})
        frames.append(wal.stat().st_size // (4096 + 24))
    assert nurse.db.checkpoints.done >= 2  # bounds reached; no save waited for one
    # without the RESTART: every save's frames stay (≈ 400 × 5.5); with it, the
    # file holds a few bounds' worth (≈ 20 × 5.5 each), whatever the timing of
    # the checkpoint thread on a loaded machine (up to six bounds late here)
    per_save = frames[19] / 20
    assert frames[-1] <= 6 * 20 * per_save < 400 * per_save / 3, (per_save, frames[-1])
    assert _counts(tmp_vault)[0] >= 400


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(blacklist_categories=("Cs",))),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                               max_size=4),
    max_leaves=12)


@settings(max_examples=50)
@given(st.dictionaries(st.text(max_size=8), JSON_VALUES, max_size=5))
def test_content_decoded_from_its_canonical_json_encodes_back_to_it(content):
    """Why the local write's rules 1 and 2 may read the JSON the write
    encoded instead of encoding the content again: the content they check is
    decoded from that JSON, and decoding then encoding gives it back."""
    encoded = canonical_json(content)
    assert canonical_json(json.loads(encoded)) == encoded


def test_rules_read_the_writes_json_only_for_the_very_content_it_made(session_as):
    """``Context.encoded_here`` names one content object: an entry holding
    any other content (equal or not) is encoded and checked as at every
    other door."""
    nurse = session_as(Role.NURSE)
    made = {"text": "the note as written"}
    e = entry(nurse, "note", {"text": "swapped after the hash"})
    e["content_hash"] = content_hash(made)       # the hash of what the write made
    with nurse.db.read() as orm:
        directory = load_directory(nurse.db, orm)
    ctx = entry_rules.Context(directory, encoded_here=(made, canonical_json(made)))
    with pytest.raises(entry_rules.EntryRefused) as refused:
        entry_rules.admit(e, ctx)
    assert refused.value.rule == "wire"
    honest = entry(nurse, "note", made)
    assert entry_rules.refusal(honest, ctx) is None


def test_new_ids_are_version_7_uuids_in_the_order_they_were_made():
    """Entry, record and audit-entry ids are time-ordered (ids.py: a save's
    index inserts land on leaves already in the cache): version-7 UUIDs
    whose first 48 bits are the Unix milliseconds, made later, sorted later."""
    made = []
    while len(made) < 200 or made[0][:12] == made[-1][:12]:   # spans several milliseconds
        before = time.time_ns() // 1_000_000
        made.append(new_id())
        after = time.time_ns() // 1_000_000
        found = uuid.UUID(made[-1])
        assert (found.version, found.variant, found.hex) == (7, uuid.RFC_4122, made[-1])
        assert before <= int(made[-1][:12], 16) <= after
    assert [m[:12] for m in made] == sorted(m[:12] for m in made)
    assert len(set(made)) == len(made)


def test_random_ids_are_version_4_uuids():
    for _ in range(200):
        made = new_random_id()
        found = uuid.UUID(made)
        assert (found.version, found.variant, found.hex) == (4, uuid.RFC_4122, made)


def test_the_random_bits_of_ids_are_never_handed_out_twice():
    """Ids take their random bits from a pool of the OS's random bytes
    (ids.py): across refills, from many threads at once, and in a forked
    child (which must not hand out its parent's next bytes)."""
    from concurrent.futures import ThreadPoolExecutor
    serial = [new_id()[12:] for _ in range(3 * _RandomBytes.SIZE // 10)]    # three refills
    with ThreadPoolExecutor(8) as pool:
        threaded = [i for chunk in pool.map(lambda _: [new_random_id() for _ in range(500)],
                                            range(8)) for i in chunk]
    assert len(set(serial)) == len(serial) and len(set(threaded)) == len(threaded)
    if not hasattr(os, "fork"):
        return
    read, write = os.pipe()
    child = os.fork()
    if child == 0:                                    # pragma: no cover -- the child
        os.write(write, new_random_id().encode())
        os._exit(0)
    os.close(write)
    os.waitpid(child, 0)
    theirs = os.read(read, 64).decode()
    os.close(read)
    assert len(theirs) == 32 and theirs != new_random_id()


def test_a_patient_id_is_random_and_what_a_save_makes_is_time_ordered(tmp_vault, session_as):
    """Read from the file: the patient's id (the patient record's id, named
    by every other record of that patient) tells nothing; a vital sign's
    entry id, record id and audit-entry id are version 7."""
    nurse = session_as(Role.NURSE)
    patient = make_patient(nurse)
    nurse.records.create("note", {"text": "settled"}, patient_id=patient.id)
    conn = keyed_connection(tmp_vault.folder / DB_NAME, bytes(tmp_vault._key))
    try:
        rows = conn.execute("SELECT r.record_type, r.id, r.record_id, r.patient_id, a.id "
                            "FROM records r JOIN audit a ON a.entry_id = r.id "
                            "WHERE r.record_type IN ('patient', 'note')").fetchall()
    finally:
        conn.close()
    kinds = {rtype: [uuid.UUID(x).version for x in ids] for rtype, *ids in rows}
    assert kinds["patient"] == [7, 4, 4, 7]       # entry, record (= patient) id, patient id, audit
    assert kinds["note"] == [7, 7, 4, 7]


@settings(max_examples=200)
@given(JSON_VALUES)
def test_canonical_json_is_what_json_dumps_gives(value):
    """One encoder built once (canonical.py) encodes as ``json.dumps`` with
    the canonical options did, byte for byte."""
    assert canonical_json(value) == json.dumps(value, sort_keys=True, separators=(",", ":"),
                                               ensure_ascii=False, allow_nan=False)


def test_canonical_json_refuses_what_json_dumps_refused():
    for bad, error in ((float("nan"), ValueError), ({"x": float("inf")}, ValueError),
                       ({"x": {1, 2}}, TypeError), ({1.5: "a"}, None)):
        if error is None:       # a float key: encoded as its text, as json.dumps does
            assert canonical_json(bad) == json.dumps(bad, sort_keys=True, separators=(",", ":"))
            continue
        with pytest.raises(error):
            canonical_json(bad)
    looped: list = []
    looped.append(looped)
    with pytest.raises(ValueError):
        canonical_json(looped)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="POSIX time zones")
@pytest.mark.parametrize("zone", ["UTC", "Europe/Brussels", "America/St_Johns", "Asia/Kathmandu",
                                  "Pacific/Chatham", "America/Los_Angeles"])
def test_the_workstation_offset_is_what_the_local_time_says(zone, monkeypatch):
    """``Clock.utc_offset_minutes`` reads ``localtime()``'s offset directly;
    it gives what ``datetime.now().astimezone()`` gives, in zones with
    half- and quarter-hour and negative offsets."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        expected = datetime.now().astimezone().utcoffset()
        assert Clock().utc_offset_minutes() == int(expected.total_seconds() // 60)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_value_signed_here_equal_but_of_another_type_is_verified_for_real(session_as):
    """The own-signature shortcut compares the signed values and their types
    (entry_signing._typed): 60.0 equals 60 but encodes otherwise, so the
    entry is verified as at any other door -- and the signature, made over
    ``60``, does not hold for it."""
    nurse = session_as(Role.NURSE)
    e = entry(nurse, "note", {"text": "ok"})
    signed = sign_entry_here(e, nurse.signing_keys())
    pub = nurse.signing_keys().public.sign_pub
    assert signature_ok(e, pub, signed)
    for name, other in (("utc_offset_min", float(e["utc_offset_min"])), ("version", True)):
        assert other == e[name]
        assert not signature_ok({**e, name: other}, pub, signed), name
