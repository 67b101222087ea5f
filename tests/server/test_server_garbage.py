"""Whatever a device sends, the server answers with a clear refusal or
per-entry statuses: never a crash, never something invalid stored."""

from __future__ import annotations

import json

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bedside.sync.client import pinned_ssl_context
from bedside.sync.signing import DeviceKey
from tests.server.entries import make_entry

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**40, 2**40) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=10)

bodies = st.one_of(
    json_values,
    st.fixed_dictionaries({"entries": st.lists(json_values, max_size=3)}),
    st.fixed_dictionaries({"entries": st.lists(
        st.builds(lambda f, v: {**make_entry("ws-g"), f: v},
                  st.sampled_from(["id", "version", "content", "hlc", "replaces",
                                   "supersedes", "created_utc"]), json_values), max_size=3)}),
    st.fixed_dictionaries({"blobs": st.lists(json_values, max_size=3),
                           "audit": st.lists(json_values, max_size=3),
                           "audit_head": json_values}),
)


def test_garbage_push_bodies(sqlite_server):
    key = DeviceKey.generate()
    from bedside.sync.client import SyncClient
    dev = SyncClient(sqlite_server.url, sqlite_server.ca_pem).enroll(
        sqlite_server.enrollment_code("g"), "g", "ws-g", key)
    http = httpx.Client(verify=pinned_ssl_context(sqlite_server.ca_pem), timeout=10)
    import time

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(bodies)
    def check(body):
        raw = json.dumps(body).encode()
        headers = key.sign_headers(dev, "POST", "/v1/push", raw, int(time.time() * 1000))
        r = http.post(sqlite_server.url + "/v1/push", content=raw, headers=headers)
        assert r.status_code in (200, 400, 422), r.text      # 422: refused by the entry rules
        if r.status_code == 422:
            assert r.json()["detail"]["code"] == "inadmissible" and r.json()["detail"]["entries"]
        if r.status_code == 200:
            for eid, status in r.json()["entries"].items():
                assert status in ("stored", "invalid", "duplicate", "conflict")

    check()
    st_ = sqlite_server.store()
    assert st_.verify() == [] or all("incident" in p for p in st_.verify())
    st_.engine.dispose()
    http.close()
