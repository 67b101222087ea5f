"""Site settings belong to the site: each administrator's change is an
entry, the latest hybrid-clock stamp wins key by key on every PC, a joining
PC adopts them, and a non-administrator's change is refused at every door.
Real vaults, real server over HTTPS."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import insert

from bedside.canonical import canonical_json, sha256_hex
from bedside.errors import PermissionDenied
from bedside.names import RecordType
from bedside.settings import LEGACY_SETTINGS_RECORD_ID
from bedside.storage.schema import RecordRow
from bedside.sync.service import SYNCED
from bedside.verify import verify_vault
from tests.conftest import PASSWORD
from tests.sync.workstations import Workstation


def _forge_setting(ws, author, changes: dict) -> str:
    """What a rogue insider with a valid session (or a rogue build) can do
    without the core: write the settings row directly with its audit entry."""
    from bedside import audit
    encoded = canonical_json({"changes": changes})
    row = dict(id=uuid.uuid4().hex, record_id=uuid.uuid4().hex, record_type=RecordType.SITE_SETTING,
               patient_id=None, version=1, replaces=None, content=encoded,
               content_hash=sha256_hex(encoded), author_id=author.id,
               author_name=author.display_name, created_utc=ws.clock.now().isoformat(),
               utc_offset_min=0, reason="forged", workstation_id=ws.vault.db.workstation_id,
               hlc=ws.vault.db.hlc.now())
    with ws.vault.db.write() as orm:
        orm.execute(insert(RecordRow), [row])
        audit.append(orm, ws.nurse.actor, "create", when=ws.clock.now(), utc_offset_min=0,
                     record_type=RecordType.SITE_SETTING, record_id=row["record_id"], entry_id=row["id"],
                     version=1, details={"content_hash": row["content_hash"]})
    return row["id"]


def test_changes_before_first_pull_converge_without_conflict(tmp_path, workstations):
    a, b = workstations(2)
    a.admin.settings.update({"site_name": "CHU de Liège — USI", "idle_lock_minutes": 10},
                            "ward policy")
    for ws in (a, b):
        ws.clock.advance(60)
    # B's administrator, before B ever pulled: same key later, another key too
    b.admin.settings.update({"idle_lock_minutes": 7, "enrollment_target": 24},
                            "amendment 2")
    for ws in (a, b, a):
        assert ws.sync().state == SYNCED
    for ws in (a, b):
        s = ws.nurse.settings
        assert (s["site_name"], s["idle_lock_minutes"], s["enrollment_target"]) == \
            ("CHU de Liège — USI", 7, 24)
        assert ws.service.status().conflicts == 0
    # further changes are not refused ("changed elsewhere"): no heads to resolve
    a.admin.settings.update({"idle_lock_minutes": 12}, "back to 12")
    a.sync(), b.sync()
    assert b.nurse.settings["idle_lock_minutes"] == 12
    # a PC joining the site later adopts the site's settings with the pull made at join
    c = Workstation(tmp_path / "late", a.server, "USI-PC-9")
    try:
        s = c.nurse.settings
        assert (s["site_name"], s["idle_lock_minutes"], s["enrollment_target"]) == \
            ("CHU de Liège — USI", 12, 24)
        assert c.sync().state == SYNCED
        assert c.nurse.settings["idle_lock_minutes"] == 12
    finally:
        c.close()


def test_non_administrator_change_refused_at_every_door(workstations):
    a, b = workstations(2)
    # core: neither the settings API nor the record API lets a nurse write one
    with pytest.raises(PermissionDenied):
        a.nurse.settings.update({"idle_lock_minutes": 120}, "I want longer")
    with pytest.raises(PermissionDenied):
        a.nurse.records.create(RecordType.SITE_SETTING, {"changes": {"idle_lock_minutes": 120}},
                               reason="direct")
    # written around the core: ignored where the author is known, named by verify
    forged = _forge_setting(a, a.nurse.user, {"idle_lock_minutes": 120})
    assert a.nurse.settings["idle_lock_minutes"] == 15
    a.vault.lock()
    result = verify_vault(a.vault.folder, username="admin", password=PASSWORD)
    assert not result.ok and forged in result.line and "nurse" in result.line
    a.vault = type(a.vault).open(a.vault.folder)
    a.admin = a.vault.login("admin", PASSWORD)
    a.nurse = a.vault.login("nurse", PASSWORD)
    a.service = type(a.service)(a.nurse, client_factory=a._client)
    # pull: B forges a change in the name of A's nurse; A refuses it when it arrives
    b_forged = _forge_setting(b, a.nurse.user, {"enrollment_target": 999})
    assert b.sync().state == SYNCED and a.sync().state == SYNCED
    assert a.nurse.settings["enrollment_target"] == 20
    assert b_forged not in a.entries()
    refused = [e.entry_id for e in a.admin.audit_trail() if e.action == "sync_quarantined"]
    # refused by the entry rules on push (server), or by A's on pull (identity work)
    assert b.service.status().rejected >= 1 or b_forged in refused


def test_legacy_settings_record_with_two_heads_is_no_conflict(workstations):
    (a,) = workstations(1)
    from bedside.records import RecordStore
    v1 = a.admin.records.create(RecordType.SITE_SETTINGS, {"idle_lock_minutes": 9}, record_id=LEGACY_SETTINGS_RECORD_ID,
                                reason="old build")
    a.admin.records.correct(LEGACY_SETTINGS_RECORD_ID, {"idle_lock_minutes": 8}, "old build, PC A")
    a.clock.advance(timedelta(minutes=1).total_seconds())
    # the same record corrected on another PC (as a pull delivered it): two heads
    with a.vault.db.write() as orm:
        from bedside import audit
        encoded = canonical_json({"idle_lock_minutes": 11})
        row = dict(id=uuid.uuid4().hex, record_id=LEGACY_SETTINGS_RECORD_ID, record_type=RecordType.SITE_SETTINGS,
                   patient_id=None, version=2, replaces=v1.id, content=encoded,
                   content_hash=sha256_hex(encoded), author_id="other-pc-admin",
                   author_name="Admin B", created_utc=a.clock.now().isoformat(),
                   utc_offset_min=0, reason="old build, PC B", workstation_id="pc-b",
                   hlc=a.vault.db.hlc.now())
        orm.execute(insert(RecordRow), [row])
        audit.append(orm, a.admin.actor, "sync_received", when=a.clock.now(), utc_offset_min=0,
                     record_type=RecordType.SITE_SETTINGS, record_id=LEGACY_SETTINGS_RECORD_ID, entry_id=row["id"],
                     version=2, details={"content_hash": row["content_hash"]})
    assert len(RecordStore(a.admin).heads(LEGACY_SETTINGS_RECORD_ID)) == 2
    assert a.admin.records.conflicted() == []                 # nothing for anyone to resolve
    assert a.nurse.settings["idle_lock_minutes"] == 11        # latest stamp wins
    a.admin.settings.update({"idle_lock_minutes": 6}, "the administrator can change it")
    assert a.nurse.settings["idle_lock_minutes"] == 6
