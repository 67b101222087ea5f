"""The sync server over real HTTPS on 127.0.0.1, against SQLite and PostgreSQL."""

from __future__ import annotations

import json

import httpx
import pytest

from bedside.sync import wire
from bedside.sync.client import SyncClient, SyncRefused, pinned_ssl_context
from bedside.sync.signing import DeviceKey
from bedside.identity.entry_signing import sign_entry
from tests.server.entries import NURSE_KEYS, audit_chain, make_entry, site_directory


def test_enroll_push_pull_idempotent(server):
    code = server.enrollment_code("USI-PC-1")
    a = SyncClient(server.url, server.ca_pem)
    a.enroll(code, "USI-PC-1", "ws-a", DeviceKey.generate())
    with pytest.raises(SyncRefused) as err:       # one-time code
        SyncClient(server.url, server.ca_pem).enroll(code, "x", "ws-x", DeviceKey.generate())
    assert err.value.code == "bad_code"
    b = server.enrolled_client("USI-PC-2", "ws-b")

    staff = site_directory("ws-a")       # the people who sign the notes below
    assert a.push(staff)["entries"] == {e["id"]: "stored" for e in staff}
    e1, e2 = make_entry("ws-a"), make_entry("ws-a")
    e2_first = e2
    blob = wire.encode_blob(b"%PDF-1.4 signed consent")
    r = a.push([e1, e2], [blob])
    assert r["entries"] == {e1["id"]: "stored", e2["id"]: "stored"}
    assert r["blobs"] == {blob["sha256"]: "stored"}
    # same id, same content: already have it
    assert a.push([e1])["entries"] == {e1["id"]: "duplicate"}
    # same id, different content: conflict reported, nothing overwritten
    forged = sign_entry(dict(e1, content={"text": "other"},
                             content_hash=wire.content_hash({"text": "other"})), NURSE_KEYS)
    r = a.push([forged])
    assert r["entries"] == {e1["id"]: "conflict"}
    # invalid: content hash does not match; entry claiming another workstation
    bad = dict(make_entry("ws-a"), content_hash="0" * 64)
    other = make_entry("ws-b")
    r = a.push([bad, other])
    assert r["entries"] == {bad["id"]: "invalid", other["id"]: "invalid"}

    # a correction of a version the server never received is refused (no PC could apply it)
    orphan = make_entry("ws-a", version=2, replaces="9" * 32)
    chained = [make_entry("ws-a"), None]
    chained[1] = make_entry("ws-a", record_id=chained[0]["record_id"], version=2,
                            replaces=chained[0]["id"])
    r = a.push([orphan, *chained])
    assert r["entries"] == {orphan["id"]: "invalid", chained[0]["id"]: "stored",
                            chained[1]["id"]: "stored"}
    e2 = chained[1]

    got = b.pull(0)
    entries = [i["entry"] for i in got["items"] if i["kind"] == "entry"]
    assert entries == [*staff, e1, e2_first, chained[0], e2]  # original kept, order kept
    assert [i["blob"] for i in got["items"] if i["kind"] == "blob"] == [blob]
    assert all(wire.entry_hash(i["entry"]) == i["hash"] for i in got["items"]
               if i["kind"] == "entry")
    # cursor and paging
    page = b.pull(0, limit=1)
    assert page["more"] and len(page["items"]) == 1
    rest = b.pull(page["cursor"], limit=10)
    assert [i["seq"] for i in page["items"] + rest["items"]] == [i["seq"] for i in got["items"]]
    assert b.pull(got["cursor"])["items"] == []

    st = server.store()
    status = st.status()
    assert status["entries"] == 6 and status["blobs"] == 1      # 2 staff entries, 4 notes
    assert any(i["kind"] == "id_conflict" for i in status["incidents"])
    st.engine.dispose()


def _raw_post(server, path, body, headers):
    return httpx.post(server.url + path, content=body, headers=headers,
                      verify=pinned_ssl_context(server.ca_pem), timeout=10)


def test_refuses_unsigned_tampered_replayed_unknown_revoked(server):
    key = DeviceKey.generate()
    client = SyncClient(server.url, server.ca_pem)
    device = client.enroll(server.enrollment_code("pc"), "pc", "ws-a", key)
    body = json.dumps({"entries": [make_entry("ws-a")]}).encode()
    ts = client._wall_ms()
    headers = key.sign_headers(device, "POST", "/v1/push", body, ts)

    assert _raw_post(server, "/v1/push", body, {}).json()["detail"]["code"] == "unsigned"
    tampered = body.replace(b"Test Nurse", b"Evil Nurse")
    r = _raw_post(server, "/v1/push", tampered, headers)
    assert r.status_code == 401 and r.json()["detail"]["code"] == "bad_signature"
    other_path = key.sign_headers(device, "POST", "/v1/enroll", body, ts)
    r = _raw_post(server, "/v1/push", body, other_path)       # signed for another path
    assert r.json()["detail"]["code"] == "bad_signature"
    assert _raw_post(server, "/v1/push", body, headers).status_code == 200
    r = _raw_post(server, "/v1/push", body, headers)          # replay
    assert r.status_code == 401 and r.json()["detail"]["code"] == "replay"
    # signed by a key the server does not know for this device
    impostor = DeviceKey.generate().sign_headers(device, "POST", "/v1/push", body, ts)
    assert _raw_post(server, "/v1/push", body, impostor).json()["detail"]["code"] \
        == "bad_signature"
    unknown = key.sign_headers("f" * 32, "POST", "/v1/push", body, ts)
    assert _raw_post(server, "/v1/push", body, unknown).json()["detail"]["code"] \
        == "unknown_device"
    # an old signed request (captured yesterday) is refused
    old = key.sign_headers(device, "POST", "/v1/push", body, ts - 24 * 3600_000)
    assert _raw_post(server, "/v1/push", body, old).json()["detail"]["code"] == "clock_skew"

    st = server.store()
    assert st.revoke(device)
    st.engine.dispose()
    with pytest.raises(SyncRefused) as err:
        client.pull(0)
    assert err.value.status == 403 and err.value.code == "revoked"


def test_workstation_clock_an_hour_behind_still_syncs(server):
    import time
    skewed = server.enrolled_client("pc", "ws-a",
                                    wall_ms=lambda: int(time.time() * 1000) - 3600_000)
    assert skewed.push([*site_directory("ws-a"), make_entry("ws-a")])["audit"]["status"] == "ok"
    assert len(skewed.pull(0)["items"]) == 3      # two staff entries and the note


def test_audit_chain_rewritten_or_rolled_back_is_reported(server):
    a = server.enrolled_client("pc-a", "ws-a")
    chain = audit_chain(5)
    assert a.push([], audit=chain[:3], audit_head=chain[2])["audit"] == \
        {"status": "ok", "acked_seq": 3}
    # resend overlapping + new: idempotent
    assert a.push([], audit=chain[1:], audit_head=chain[4])["audit"] == \
        {"status": "ok", "acked_seq": 5}
    # a gap is refused (the client resends from its acknowledged point)
    assert a.push([], audit=audit_chain(1, start=9))["audit"]["status"] == "gap"
    # workstation restored from an old copy: its head is behind what we have
    r = a.push([], audit=chain[:2], audit_head=chain[1])
    assert r["audit"]["status"] == "rolled_back"
    # rewritten history: same seqs, different hashes
    r = a.push([], audit=audit_chain(6, salt="edited"), audit_head=None)
    assert r["audit"]["status"] == "rewritten"
    # chain continuing with a wrong prev_hash
    b = server.enrolled_client("pc-b", "ws-b")
    b.push([], audit=audit_chain(2))
    forged = audit_chain(1, start=3, prev="e" * 64)
    assert b.push([], audit=forged)["audit"]["status"] == "rewritten"
    # an audit entry edited after it was chained
    c = server.enrolled_client("pc-c", "ws-c")
    edited = audit_chain(2)
    edited[1] = dict(edited[1], action="delete")
    assert c.push([], audit=edited)["audit"]["status"] == "invalid"
    st = server.store()
    kinds = {(i["kind"]) for i in st.status()["incidents"]}
    st.engine.dispose()
    assert {"rolled_back", "history_rewritten", "audit_tampered"} <= kinds


def test_encrypted_at_rest_and_append_only(server):
    from sqlalchemy import text
    a = server.enrolled_client("pc-a", "ws-a")
    secret = "PATIENT-NAME-DUPONT"
    a.push([*site_directory("ws-a"), make_entry("ws-a", {"text": secret})],
           [wire.encode_blob(secret.encode() * 3)],
           audit=audit_chain(1, reason=secret))
    st = server.store()
    with st.engine.connect() as conn:
        for table in ("log", "audit"):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                assert secret.encode() not in repr(tuple(row)).encode()
                assert all(secret.encode() not in bytes(v) for v in row
                           if isinstance(v, (bytes, memoryview)))
    for stmt in ("UPDATE log SET hash = 'x'", "DELETE FROM log", "DELETE FROM audit"):
        with pytest.raises(Exception), st.engine.begin() as conn:
            conn.execute(text(stmt))
    assert st.verify() == []
    st.engine.dispose()


def test_first_audit_push_must_start_at_the_first_entry(server):
    """A workstation that deleted the start of its history before its first
    sync is not accepted as if nothing were missing."""
    d = server.enrolled_client("pc-d", "ws-d")
    truncated = audit_chain(3, start=40, prev="a" * 64, workstation_id="ws-d")
    assert d.push([], audit=truncated)["audit"]["status"] == "gap"
    st = server.store()
    kinds = {i["kind"] for i in st.status()["incidents"]}
    st.engine.dispose()
    assert "history_missing" in kinds
    assert d.push([], audit=audit_chain(3, workstation_id="ws-d"))["audit"] == \
        {"status": "ok", "acked_seq": 3}


def test_one_live_device_per_workstation(server):
    server.enrolled_client("pc-e", "ws-e")
    code = server.enrollment_code("impostor")
    with pytest.raises(SyncRefused) as err:
        SyncClient(server.url, server.ca_pem).enroll(code, "impostor", "ws-e", DeviceKey.generate())
    assert err.value.code == "workstation_enrolled"
