"""A rogue enrolled device (valid device key, signed requests) pushes poison
entries.  The server refuses each one with a 4xx and a reason; when one is
already stored on the server (an older server let it in), every PC keeps it
aside in quarantine and keeps syncing: the patient list, the record lists and
the export still work, and the good entries from the other PCs arrive.

Real server process over real HTTPS on 127.0.0.1, against SQLite and
PostgreSQL; real vaults (SQLCipher) on three workstations."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bedside.export.service import export_vault
from bedside.patients import list_patients, register_patient
from bedside.sync import quarantine, wire
from bedside.sync.client import SyncRefused
from bedside.sync.service import SYNCED
from tests.server.entries import make_entry, site_directory
from tests.server.fixtures import db_url, pg_cluster, server, sqlite_server  # noqa: F401
from tests.sync.workstations import Workstation

ROGUE_WS = "ws-rogue"
PATIENT = {"mrn": "H700001", "family_name": "Martin", "given_name": "Claire",
           "date_of_birth": "1958-04-02", "sex": "F", "weight_kg": 71, "height_cm": 165}


def _with(entry: dict, **changes) -> dict:
    out = dict(entry, **changes)
    out["content_hash"] = wire.content_hash(out["content"])
    return out


def poison_entries(base: dict) -> dict[str, dict]:
    """Each attack from issue 18, built on a valid first version *base*."""
    e = lambda **kw: _with(make_entry(ROGUE_WS), **kw)  # noqa: E731
    return {
        "offset 2**70": e(utc_offset_min=2 ** 70),
        "version 2**63": _with(make_entry(ROGUE_WS, record_id=base["record_id"], version=2 ** 63,
                                          replaces=base["id"])),
        "patient {}": e(record_type="patient", content={}),
        "not-a-date": e(created_utc="not-a-date"),
        "windows traversal": e(record_type="..\\..\\..\\evil"),
        "posix traversal": e(record_type="../../evil"),
        "NUL in type": e(record_type="note\x00evil"),
        "year 1 with offset": e(created_utc="0001-01-01T00:00:00+05:00"),
    }


@pytest.fixture
def rogue(server):
    client = server.enrolled_client("ROGUE-PC", ROGUE_WS)
    client.push(site_directory(ROGUE_WS))          # its staff, so its signed entries are known
    yield client
    client.close()


def test_server_refuses_each_poison_entry_with_a_reason(server, rogue):
    base = make_entry(ROGUE_WS)
    assert rogue.push([base])["entries"] == {base["id"]: "stored"}
    for name, poison in poison_entries(base).items():
        with pytest.raises(SyncRefused) as err:
            rogue.push([make_entry(ROGUE_WS), poison])
        assert 400 <= err.value.status < 500 and err.value.code, name   # 422 inadmissible, or 400 from the hardened parser
        assert err.value.message, name
    st = server.store()
    try:
        status = st.status()
        assert status["entries"] == 1 + len(site_directory(ROGUE_WS))  # nothing refused was stored
        rogue_id = next(d["id"] for d in status["devices"] if d["workstation_id"] == ROGUE_WS)
        kinds = {(i["device_id"], i["kind"]) for i in status["incidents"]}
        assert (rogue_id, "inadmissible") in kinds
    finally:
        st.engine.dispose()


def _store_as_an_older_server_did(server, entries: list[dict]) -> None:
    """Insert entries straight into the server's log, as a server without the
    admission door would have stored them."""
    st = server.store()
    try:
        dev = next(d for d in st.status()["devices"] if d["workstation_id"] == ROGUE_WS)
        now = datetime.now(timezone.utc).isoformat()
        with st._sessions.begin() as s:
            st._insert_new(s, [st._row("entry", e["id"], wire.entry_hash(e),
                                       wire.canonical_json(e).encode("utf-8"), dev["id"], now)
                               for e in entries])
    finally:
        st.engine.dispose()


def test_stored_poison_is_quarantined_on_every_pc_and_sync_goes_on(tmp_path, server, rogue):
    pcs = [Workstation(tmp_path / f"w{i}", server, f"USI-PC-{i}") for i in range(3)]
    try:
        base = make_entry(ROGUE_WS)
        assert rogue.push([base])["entries"] == {base["id"]: "stored"}
        poisons = poison_entries(base)
        good = [pc.note(f"before the poison, {pc.name}").id for pc in pcs]
        register_patient(pcs[0].nurse, PATIENT)
        for pc in pcs:
            assert pc.sync().state == SYNCED
        _store_as_an_older_server_did(server, list(poisons.values()))
        good += [pc.note(f"after the poison, {pc.name}").id for pc in pcs]
        for _ in range(2):
            for pc in pcs:
                st = pc.sync()
                assert st.state == SYNCED, (pc.name, st)
        for pc in pcs:
            assert set(good) <= set(pc.entries())                  # sync carried on
            assert not set(e["id"] for e in poisons.values()) & set(pc.entries())
            found = quarantine.incidents(pc.admin)
            assert sorted(i.entry_id for i in found) == sorted(e["id"] for e in poisons.values())
            assert {i.workstation_id for i in found} == {ROGUE_WS}   # names the device's PC
            assert all(i.reason for i in found)
            assert pc.service.status().quarantined == len(poisons)
            assert [p.family_name for p in list_patients(pc.nurse)] == ["Martin"]
            assert len(pc.nurse.records.list_latest("note")) >= len(good)
            assert any(a.action == "sync_quarantined" for a in pc.admin.audit_trail())
        (tmp_path / "export").mkdir()
        out = export_vault(pcs[1].admin, tmp_path / "export", reviewed=True)
        files = [p for p in out.folder.rglob("*") if p.is_file()]
        assert files and all(out.folder in p.resolve().parents for p in files)
        assert not any("evil" in p.name for p in files)
        before = quarantine.count(pcs[2].vault.db)
        assert pcs[2].sync().state == SYNCED                       # the cursor moved past it
        assert quarantine.count(pcs[2].vault.db) == before
    finally:
        for pc in pcs:
            pc.close()


def test_pulled_poison_never_reaches_the_clinical_tables_even_without_the_server_check(
        tmp_path, sqlite_server):
    """The PC's own door holds even if the server forwards anything."""
    client = sqlite_server.enrolled_client("ROGUE-PC", ROGUE_WS)
    client.push(site_directory(ROGUE_WS))
    pc = Workstation(tmp_path / "w", sqlite_server, "USI-PC-1")
    try:
        bad = _with(make_entry(ROGUE_WS), record_type="patient",
                    content={"mrn": "H1", "family_name": "\u202eevil"})
        _store_as_an_older_server_did(sqlite_server, [bad])
        assert pc.sync().state == SYNCED
        assert bad["id"] not in pc.entries()
        assert [i.entry_id for i in quarantine.incidents(pc.admin)] == [bad["id"]]
    finally:
        pc.close()
        client.close()


def test_quarantine_is_for_those_who_may_see_the_audit(tmp_path, sqlite_server):
    pc = Workstation(tmp_path / "w", sqlite_server, "USI-PC-1")
    try:
        from bedside.errors import PermissionDenied
        with pytest.raises(PermissionDenied):
            quarantine.incidents(pc.nurse)
        assert quarantine.incidents(pc.admin) == []
    finally:
        pc.close()


