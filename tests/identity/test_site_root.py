"""The site administrator root key is pinned (on the PC that creates the
site, on the server at that PC's enrollment, on every PC that joins) and
every staff directory entry must chain to it. A rogue enrolled device that
signs a "new administrator" or a "new investigator" with a key of its own
is refused by the server; if such an entry got into the server's store by a
file edit, every pulling PC quarantines it (and what the invented person
signs), `bedside-server verify` names it, and `bedside verify` names one
slipped into a PC's database. Real vaults, a real server on 127.0.0.1."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import insert

from bedside import audit
from bedside.canonical import canonical_json
from bedside.clock import FakeClock
from bedside.identity.entry_signing import sign_entry
from bedside.identity.keys import PersonKeys
from bedside.roles import Role
from bedside.storage.schema import RecordRow
from bedside.sync import wire
from bedside.sync.client import SyncClient, SyncRefused
from bedside.sync.enrollment import enroll
from bedside.sync.local import VaultLocal
from bedside.sync.signing import DeviceKey
from bedside.vault import Vault
from bedside.verify import verify_vault
from tests.conftest import PASSWORD, make_vault
from tests.identity.forgery import invented
from tests.identity.site import client, enroll_first_pc, join_second_pc, sync


def note_by(keys: PersonKeys, uid: str, workstation_id: str, hlc: str) -> dict:
    content = {"text": "written by a person nobody created"}
    e = {"id": uuid.uuid4().hex, "record_id": uuid.uuid4().hex, "record_type": "note",
         "patient_id": "P-1", "version": 1, "replaces": None, "content": content,
         "content_hash": wire.content_hash(content), "author_id": uid,
         "author_name": "Dr Rogue", "created_utc": "2026-11-25T02:00:00+00:00",
         "utc_offset_min": 60, "reason": None, "workstation_id": workstation_id, "hlc": hlc}
    return sign_entry(e, keys)


def _slip_into_server_store(server, device_id: str, entries: list[dict]) -> None:
    """A file edit on the server: entries straight into its log, no door."""
    st = server.store()
    try:
        now = datetime.now(timezone.utc).isoformat()
        with st._sessions.begin() as s:
            st._insert_new(s, [st._row("entry", e["id"], wire.entry_hash(e),
                                       wire.canonical_json(e).encode("utf-8"), device_id, now)
                               for e in entries])
    finally:
        st.engine.dispose()


def test_rogue_device_cannot_invent_an_administrator_or_investigator(tmp_path, sqlite_server):
    srv = sqlite_server
    a_vault, _ = make_vault(tmp_path / "a", FakeClock())
    root = a_vault.meta("site_root")
    assert root and root == a_vault.login("admin", PASSWORD).signing_keys().public.sign_pub
    a_admin = a_vault.login("admin", PASSWORD)
    enroll(a_admin, srv.url, srv.ca_pem, srv.enrollment_code("A"), "USI-PC-1",
           client_factory=client)
    assert srv.store().site_root() == root                   # pinned at the site's first PC
    assert sync(a_admin).state == "synced"

    # another site's PC (its own root) cannot enroll into this one
    with pytest.raises(SyncRefused) as refused:
        srv.enrolled_client("OTHER-SITE", "ws-other", site_root=PersonKeys.generate()
                            .public.sign_pub)
    assert refused.value.code == "other_site"

    rogue = srv.enrolled_client("ROGUE-PC", "ws-rogue")       # a valid, enrolled device
    assert rogue.site_root == root                            # learns the pinned root
    admin_e, admin_keys, admin_uid = invented(Role.ADMINISTRATOR, "ws-rogue",
                                              f"{1:015d}-000000-ws-rogue")  # backdated too
    inv_e, inv_keys, inv_uid = invented(Role.INVESTIGATOR, "ws-rogue",
                                        f"{9_000_000_000_000:015d}-000000-ws-rogue")
    r = rogue.push([admin_e, inv_e])
    assert r["entries"] == {admin_e["id"]: "invalid", inv_e["id"]: "invalid"}
    for e in (admin_e, inv_e):
        assert "does not chain to the site's administrator key" in r["errors"][e["id"]]
    # what the invented administrator then signs: unknown everywhere
    hired = invented(Role.INVESTIGATOR, "ws-rogue", f"{9_000_000_000_001:015d}-000000-ws-rogue")
    by_admin = sign_entry(dict(hired[0], author_id=admin_uid), admin_keys)
    r = rogue.push([by_admin, note_by(inv_keys, inv_uid, "ws-rogue",
                                      f"{9_000_000_000_002:015d}-000000-ws-rogue")])
    assert set(r["entries"].values()) == {"invalid"}
    incidents = srv.store().status()["incidents"]
    assert sum(i["kind"] == "entry_refused" for i in incidents) == 4
    rogue.close()


def test_directory_entry_slipped_into_the_server_is_refused_by_every_pc(tmp_path,
                                                                        sqlite_server):
    srv = sqlite_server
    a_vault, a_admin = enroll_first_pc(tmp_path, srv)
    sync(a_admin)
    b_vault, _ = join_second_pc(tmp_path, srv)
    b_inv = Vault.open(b_vault.folder).login("investigator", PASSWORD)
    assert b_inv.vault.meta("site_root") == a_vault.meta("site_root")   # pinned at join
    assert any(e.action == "site_root_pinned" for e in b_inv.audit_trail())

    rogue = srv.enrolled_client("ROGUE-PC", "ws-rogue")
    admin_e, admin_keys, admin_uid = invented(Role.ADMINISTRATOR, "ws-rogue",
                                              f"{2:015d}-000000-ws-rogue")
    note = note_by(admin_keys, admin_uid, "ws-rogue", f"{3:015d}-000000-ws-rogue")
    device_id = next(d["id"] for d in srv.store().status()["devices"]
                     if d["workstation_id"] == "ws-rogue")
    _slip_into_server_store(srv, device_id, [admin_e, note])
    assert any(admin_e["id"] in p and "not_anchored" in p for p in srv.store().verify())

    for session in (a_admin, b_inv):
        assert sync(session).state == "synced"
        local = VaultLocal(session)
        assert local.quarantined() == {admin_e["id"]: "not_anchored",
                                       note["id"]: "unknown_key"}
        with session.db.read() as orm:
            assert orm.get(RecordRow, admin_e["id"]) is None
        with pytest.raises(Exception):
            session.vault.authenticate("rogue-administrator", "rogue password")
    rogue.close()


def test_bedside_verify_names_a_self_signed_directory_entry(tmp_vault, session_as):
    admin = session_as(Role.ADMINISTRATOR)
    e, _, _ = invented(Role.ADMINISTRATOR, admin.db.workstation_id, admin.db.hlc.now())
    row = {k: e[k] for k in e if k != "supersedes"}
    row["content"] = canonical_json(e["content"])
    with tmp_vault.db.write() as orm:         # an insider with the database key
        orm.execute(insert(RecordRow), [row])
        audit.append(orm, admin.actor, "create", when=admin.clock.now(), utc_offset_min=0,
                     record_type="staff", record_id=e["record_id"], entry_id=e["id"],
                     version=1, details={"content_hash": e["content_hash"]})
    result = verify_vault(tmp_vault.folder, username="admin", password=PASSWORD)
    assert not result.ok and e["id"] in result.line
    assert "does not chain to the site's administrator key" in result.line


def test_pinned_root_edited_in_the_vault_is_named(tmp_vault):
    """The root in the vault's metadata is the one its audit trail pinned."""
    with tmp_vault.db.write() as orm:
        tmp_vault.db.set_meta(orm, "site_root", PersonKeys.generate().public.sign_pub)
    result = verify_vault(tmp_vault.folder, username="admin", password=PASSWORD)
    assert not result.ok and "administrator key" in result.line


def test_server_enrollment_refuses_a_malformed_root(sqlite_server):
    c = SyncClient(sqlite_server.url, sqlite_server.ca_pem)
    with pytest.raises(SyncRefused) as refused:
        c.enroll(sqlite_server.enrollment_code("x"), "x", "ws-x", DeviceKey.generate(),
                 site_root="not a key")
    assert refused.value.status == 400
    c.close()
