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
from tests.server.entries import SITE_ROOT, make_entry, site_directory
from bedside.verify import EXIT_QUARANTINE, verify_vault
from tests.conftest import PASSWORD
from tests.identity.forgery import ROGUE_WS, store_as_an_older_server_did
from tests.sync.workstations import Workstation

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
    """An enrolled device of the site (it presents no root: it learns the
    site's, pinned by whichever PC created the site)."""
    client = server.enrolled_client("ROGUE-PC", ROGUE_WS)
    yield client
    client.close()


def test_server_refuses_each_poison_entry_with_a_reason(server, rogue):
    server.enrolled_client("USI-PC-1", "ws-site", site_root=SITE_ROOT).close()  # the test site
    rogue.push(site_directory(ROGUE_WS))          # its staff, so its signed entries are known
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


def test_stored_poison_is_quarantined_on_every_pc_and_sync_goes_on(tmp_path, server, rogue):
    pcs = [Workstation(tmp_path / "w0", server, "USI-PC-0")]
    pcs += [Workstation(tmp_path / f"w{i}", server, f"USI-PC-{i}", site=pcs[0]) for i in (1, 2)]
    try:
        nurse = pcs[0].nurse      # the rogue device writes as a real nurse of the site
        base = make_entry(ROGUE_WS, keys=nurse.signing_keys(), author_id=nurse.user.id)
        assert rogue.push([base])["entries"] == {base["id"]: "stored"}
        poisons = poison_entries(base)
        good = [pc.note(f"before the poison, {pc.name}").id for pc in pcs]
        register_patient(pcs[0].nurse, PATIENT)
        for pc in pcs:
            assert pc.sync().state == SYNCED
        store_as_an_older_server_did(server, list(poisons.values()))
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
    pc = Workstation(tmp_path / "w", sqlite_server, "USI-PC-1")
    try:
        bad = _with(make_entry(ROGUE_WS), record_type="patient",
                    content={"mrn": "H1", "family_name": "\u202eevil"})
        store_as_an_older_server_did(sqlite_server, [bad])
        assert pc.sync().state == SYNCED
        assert bad["id"] not in pc.entries()
        assert [i.entry_id for i in quarantine.incidents(pc.admin)] == [bad["id"]]
        pc.close()
        result = verify_vault(pc.vault.folder, username="admin", password=PASSWORD)
        assert result.ok and result.exit_code == EXIT_QUARANTINE       # intact, but look
        assert result.quarantine_line.startswith("quarantine: 1 pulled entry kept aside")
        assert sum(result.quarantined.values()) == 1
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




def _store_raw_as_an_older_server_did(server, entry_id: str, data: bytes) -> None:
    """Insert one entry's stored text as it is (it may hold what no encoder
    writes, such as a 5,000-digit integer)."""
    st = server.store()
    try:
        dev = next(d for d in st.status()["devices"] if d["workstation_id"] == ROGUE_WS)
        now = datetime.now(timezone.utc).isoformat()
        with st._sessions.begin() as s:
            st._insert_new(s, [st._row("entry", entry_id, "0" * 64, data, dev["id"], now)])
    finally:
        st.engine.dispose()


@pytest.mark.parametrize("where", ["utc_offset_min", "content"])
def test_an_integer_of_5000_digits_is_quarantined_and_sync_goes_on(tmp_path, sqlite_server,
                                                                     where):
    """Past Python's 4,300-digit int-string limit the page cannot be read as
    plain JSON: the entry holding it is kept aside, the rest of the page
    applies and the cursor moves on."""
    pc = Workstation(tmp_path / "w", sqlite_server, "USI-PC-1")     # creates the site
    client = sqlite_server.enrolled_client("ROGUE-PC", ROGUE_WS)
    nurse = dict(keys=pc.nurse.signing_keys(), author_id=pc.nurse.user.id)  # a real nurse's key
    try:
        assert pc.sync().state == SYNCED
        huge = "9" * 5000
        bad = make_entry(ROGUE_WS, content={"text": "placeholder", "n": 7} if where == "content"
                         else None, hlc=f"{1795600000001:015d}-000000-{ROGUE_WS}", **nurse)
        text = wire.canonical_json(bad)
        text = (text.replace('"n":7', f'"n":{huge}') if where == "content"
                else text.replace('"utc_offset_min":60', f'"utc_offset_min":{huge}'))
        assert huge in text
        _store_raw_as_an_older_server_did(sqlite_server, bad["id"], text.encode("utf-8"))
        after = make_entry(ROGUE_WS, hlc=f"{1795600000002:015d}-000000-{ROGUE_WS}", **nurse)
        assert client.push([after])["entries"] == {after["id"]: "stored"}
        assert pc.sync().state == SYNCED
        entries = pc.entries()
        assert after["id"] in entries and bad["id"] not in entries    # the rest applied
        found = quarantine.incidents(pc.admin)
        assert [i.entry_id for i in found] == [bad["id"]]
        assert found[0].workstation_id == ROGUE_WS and found[0].reason
        assert pc.service.status().quarantined == 1
        later = make_entry(ROGUE_WS, hlc=f"{1795600000003:015d}-000000-{ROGUE_WS}", **nurse)
        client.push([later])
        assert pc.sync().state == SYNCED                  # the cursor moved past it
        assert later["id"] in pc.entries() and quarantine.count(pc.vault.db) == 1
    finally:
        pc.close()
        client.close()
