"""Workstation vaults syncing through a real server over real HTTPS."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bedside.errors import ValidationError
from bedside.sync.conflicts import list_conflicts, resolve
from bedside.sync.service import NOT_ENROLLED, REFUSED, SYNCED
from bedside.verify import verify_vault
from tests.conftest import PASSWORD
from tests.sync.workstations import Workstation, lab


def test_offline_entries_converge_everywhere(tmp_path, server):
    """Against both server databases (SQLite and PostgreSQL)."""
    a, b, c = (Workstation(tmp_path / f"w{i}", server, f"USI-PC-{i}") for i in range(3))
    sqlite_server = server
    made = set()
    for ws in (a, b, c):
        for i in range(30):
            made.add(ws.note(f"{ws.name} note {i}").id)
    sha = a.nurse.records.put_blob(b"signature strokes \x00\x01")
    for _ in range(2):
        for ws in (a, b, c):
            st = ws.sync()
            assert st.state == SYNCED, st
    everywhere = [ws.entries() for ws in (a, b, c)]
    assert everywhere[0] == everywhere[1] == everywhere[2]
    assert made <= set(everywhere[0])
    assert b.nurse.records.get_blob(sha) == c.nurse.records.get_blob(sha)
    assert a.service.status().unsent == 0
    srv = sqlite_server.store()
    assert srv.status()["entries"] == len(everywhere[0])
    assert srv.verify() == []
    srv.engine.dispose()
    for ws in (a, b, c):                    # audit chains intact after applying remote entries
        ws.vault.lock()
        assert verify_vault(ws.vault.folder, username="admin", password=PASSWORD).ok
        ws.vault = type(ws.vault).open(ws.vault.folder)
        ws.close()


def test_concurrent_corrections_conflict_then_resolved(workstations):
    a, b, c = workstations(3)
    v1 = a.nurse.records.create("lab_value", lab(80), patient_id="P-1")
    a.sync(), b.sync(), c.sync()
    # both PCs offline, both correct the same record
    va = a.nurse.records.correct(v1.record_id, lab(85), "misread printout")
    vb = b.nurse.records.correct(v1.record_id, lab(94), "second sample")
    for ws in (a, b, c, a, b):
        ws.sync()
    for ws in (a, b, c):
        heads = ws.nurse.records.heads(v1.record_id)
        assert {h.id for h in heads} == {va.id, vb.id}          # both kept, no winner
        assert ws.service.status().conflicts == 1
    conflicts = list_conflicts(c.investigator)
    assert len(conflicts) == 1 and conflicts[0].changed_fields() == ["entered", "value"]
    with pytest.raises(Exception):
        resolve(c.nurse, v1.record_id, lab(90), "merge")   # nurses may not
    with pytest.raises(ValidationError):
        resolve(c.investigator, v1.record_id, lab(90), "  ")
    fixed = resolve(c.investigator, v1.record_id, lab(90),
                    "both corrections are right: merged", base_entry_id=vb.id)
    assert va.id[:8] in fixed.reason and vb.id[:8] in fixed.reason
    for ws in (c, a, b):
        ws.sync()
    for ws in (a, b, c):
        heads = ws.nurse.records.heads(v1.record_id)
        assert [h.id for h in heads] == [fixed.id]
        assert ws.service.status().conflicts == 0
        assert {v.id for v in ws.nurse.records.history(v1.record_id)} == \
            {v1.id, va.id, vb.id, fixed.id}


def test_clock_set_back_an_hour_orders_after_what_it_saw(workstations):
    a, b = workstations(2)
    v1 = a.nurse.records.create("note", {"text": "from A"}, patient_id="P-1")
    a.sync()
    b.clock.advance(-3600)                # B's clock goes back an hour (entries)
    b.wall_offset_ms = -3600_000          # and so does the clock it signs requests with
    assert b.sync().state == SYNCED
    vb = b.nurse.records.correct(v1.record_id, {"text": "corrected on B"}, "typo")
    assert vb.created_utc < v1.created_utc          # its wall time is an hour behind...
    assert vb.hlc > v1.hlc                          # ...its clock still orders it after
    b.sync(), a.sync()
    assert a.nurse.records.latest(v1.record_id).id == vb.id
    assert a.nurse.records.heads(v1.record_id)[0].id == vb.id
    # A corrects again; B restarts (clock still an hour behind) and corrects after pulling
    va = a.nurse.records.correct(v1.record_id, {"text": "again on A"}, "precision")
    a.sync()
    b.vault.lock()
    b.vault = type(b.vault).open(b.vault.folder, clock=b.clock)
    nurse = b.vault.login("nurse", PASSWORD)
    from bedside.sync.service import SyncService
    assert SyncService(nurse, client_factory=b._client).run_once().state == SYNCED
    vb2 = nurse.records.correct(v1.record_id, {"text": "last on B"}, "final")
    assert vb2.hlc > va.hlc and vb2.created_utc < va.created_utc


def test_revoked_and_not_enrolled(workstations, sqlite_server, tmp_path):
    (a,) = workstations(1)
    a.note("x")
    assert a.sync().state == SYNCED
    st = sqlite_server.store()
    assert st.revoke(a.service.state.get("device_id"))
    st.engine.dispose()
    a.note("y")
    res = a.sync()
    assert res.state == REFUSED and res.detail == "revoked" and res.unsent == 1
    from tests.conftest import make_vault
    from bedside.sync.service import SyncService
    lone, _ = make_vault(tmp_path / "lone")
    assert SyncService(lone.login("nurse", PASSWORD)).run_once().state == NOT_ENROLLED
    lone.lock()


def test_workstation_restored_from_an_old_copy_is_reported(workstations, sqlite_server):
    import shutil
    (a,) = workstations(1)
    a.note("before the backup")
    assert a.sync().state == SYNCED
    a.vault.lock()
    backup = a.vault.folder.parent / "backup"
    shutil.copytree(a.vault.folder, backup)            # the old copy
    a.vault = type(a.vault).open(a.vault.folder)
    nurse = a.vault.login("nurse", PASSWORD)
    from bedside.sync.service import SyncService
    nurse.records.create("note", {"text": "after the backup"}, patient_id="P-1")
    assert SyncService(nurse, client_factory=a._client).run_once().state == SYNCED
    a.vault.lock()
    # the PC's disk is replaced by the old copy, and work goes on
    shutil.rmtree(a.vault.folder)
    shutil.copytree(backup, a.vault.folder)
    a.vault = type(a.vault).open(a.vault.folder)
    nurse = a.vault.login("nurse", PASSWORD)
    service = SyncService(nurse, client_factory=a._client)
    st = service.run_once()
    assert st.state == SYNCED and st.audit_status in ("rolled_back", "rewritten")
    # nothing was lost: what the old copy missed comes back from the server
    texts = {v.content["text"] for v in nurse.records.list_latest("note")}
    assert {"before the backup", "after the backup"} <= texts
    srv = sqlite_server.store()
    kinds = {i["kind"] for i in srv.status()["incidents"]}
    srv.engine.dispose()
    assert kinds & {"rolled_back", "history_rewritten"}


def test_revoked_pc_enrolled_again_resumes_without_loss(workstations, sqlite_server):
    from bedside.sync.enrollment import enroll, unenroll
    a, b = workstations(2)
    a.note("one")
    a.sync()
    st = sqlite_server.store()
    st.revoke(a.service.state.get("device_id"))
    st.engine.dispose()
    a.note("two, while refused")
    assert a.sync().state == REFUSED
    with pytest.raises(Exception):
        unenroll(a.nurse)                       # administrators only
    unenroll(a.admin)
    assert a.sync().state == NOT_ENROLLED
    enroll(a.admin, sqlite_server.url, sqlite_server.ca_pem,
           sqlite_server.enrollment_code("USI-PC-1 again"), "USI-PC-1", client_factory=a._client)
    res = a.sync()
    assert res.state == SYNCED and res.unsent == 0 and res.audit_status == "ok"
    b.sync()
    assert {"one", "two, while refused"} <= {v.content["text"]
                                             for v in b.nurse.records.list_latest("note")}
