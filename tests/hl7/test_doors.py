"""Every door of the feed: what the server kept is only for enrolled PCs
(no signature, a revoked device: refused); a row changed on disk is never
handed out and does not stop the others; a fetched message is re-checked
on the PC (tests/hl7/test_proposals.py) and a proposal goes through the
record rules when stored (a probe-off SpO2 of 0 is refused there too)."""

from __future__ import annotations

import base64
import sqlite3

import httpx
import pytest

from bedside.hl7feed.message import parse
from bedside.hl7feed.simulator import monitor_message
from bedside.sync.client import SyncClient, SyncRefused, pinned_ssl_context
from bedside_server.hl7_inbox import Hl7Inbox
from tests.hl7.feed import DUPONT, local, send


def test_feed_is_refused_without_a_device_signature_and_to_a_revoked_device(feed_site):
    srv, ws, _p = feed_site
    r = httpx.get(srv.url + "/v1/hl7?since=0", verify=pinned_ssl_context(srv.ca_pem), timeout=30)
    assert r.status_code == 401
    rogue = srv.enrolled_client("ROGUE-PC", "rogue0000001")
    assert isinstance(rogue.hl7(0)["items"], list)          # enrolled: allowed
    st = srv.store()
    try:
        assert st.revoke(rogue.device_id)
    finally:
        st.engine.dispose()
    with pytest.raises(SyncRefused):
        rogue.hl7(0)
    rogue.close()


def test_a_row_changed_on_disk_is_skipped_and_the_others_still_flow(feed_site):
    srv, ws, _p = feed_site
    assert send(srv, monitor_message(DUPONT, local(ws, -1), {"hr": "88"}, cid="DOOR-1"),
                monitor_message(DUPONT, local(ws, 0), {"hr": "89"}, cid="DOOR-2")) == ["AA", "AA"]
    db = next(srv.data_dir.glob("*.db"))
    with sqlite3.connect(db) as con:
        con.execute("DROP TRIGGER IF EXISTS hl7_inbox_no_update")
        con.execute("UPDATE hl7_inbox SET ciphertext = zeroblob(length(ciphertext)) "
                    "WHERE control_id = 'DOOR-1'")
    with SyncClient(srv.url, srv.ca_pem, *_device_of(ws)) as c:
        items = c.hl7(0)["items"]
    ids = [parse(base64.b64decode(i["message"])).control_id for i in items]
    assert "DOOR-2" in ids and "DOOR-1" not in ids
    st = srv.store()
    try:
        assert "DOOR-1" not in [parse(base64.b64decode(i["message"])).control_id
                                for i in Hl7Inbox(st).since(0)["items"]]
    finally:
        st.engine.dispose()


def _device_of(ws):
    from bedside.hl7feed.feed import enrollment_of
    enr = enrollment_of(ws.nurse)
    return enr.device_id, enr.key
