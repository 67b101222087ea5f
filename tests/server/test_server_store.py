"""Store logic in process (no HTTP), on both databases: enrollment codes
expire and are single-use, nonces are purged only after the window."""

from __future__ import annotations

import pytest

from bedside.sync.signing import DeviceKey
from bedside_server.atrest import AtRestKey
from bedside_server.db import create_schema, make_engine
from bedside_server.store import TIME_WINDOW_MS, AuthError, Store


class Now:
    def __init__(self):
        self.ms = 1_795_600_000_000

    def __call__(self):
        return self.ms


def test_codes_expire_and_nonces_window(tmp_path, db_url):
    engine = make_engine(db_url)
    create_schema(engine)
    now = Now()
    st = Store(engine, AtRestKey.generate_file(tmp_path / "k"), now_ms=now)
    code = st.create_enrollment_code("pc", valid_hours=1)
    now.ms += 2 * 3600_000
    with pytest.raises(AuthError) as err:
        st.enroll(code, "pc", "ws-a", DeviceKey.generate().public_b64)
    assert err.value.code == "bad_code"
    with pytest.raises(AuthError):
        st.enroll(st.create_enrollment_code("pc"), "pc", "ws-a", "not-a-key")
    key = DeviceKey.generate()
    dev = st.enroll(st.create_enrollment_code("pc"), "pc", "ws-a", key.public_b64)
    h = key.sign_headers(dev, "GET", "/v1/status", b"", now.ms, nonce="n" * 16)
    low = {k.lower(): v for k, v in h.items()}
    assert st.authenticate("GET", "/v1/status", b"", low).id == dev
    st._purge_nonces(now.ms + TIME_WINDOW_MS)          # still inside 2 windows: kept
    with pytest.raises(AuthError) as err:
        st.authenticate("GET", "/v1/status", b"", low)
    assert err.value.code == "replay"
    now.ms += 3 * TIME_WINDOW_MS                        # later the nonce may go...
    st._purge_nonces(now.ms)
    with pytest.raises(AuthError) as err:               # ...the timestamp still refuses it
        st.authenticate("GET", "/v1/status", b"", low)
    assert err.value.code == "clock_skew"
    engine.dispose()


def test_pc_numbers_in_enrollment_order_never_reused(tmp_path, db_url):
    """A replacement PC (same workstation after revoking the dead one's
    device) gets a new number: what the dead PC numbered offline and never
    pushed can never collide with the replacement's numbers."""
    engine = make_engine(db_url)
    create_schema(engine)
    st = Store(engine, AtRestKey.generate_file(tmp_path / "k"), now_ms=Now())

    def enroll(ws: str) -> str:
        return st.enroll(st.create_enrollment_code(ws), ws, ws, DeviceKey.generate().public_b64)
    a, b = enroll("ws-a"), enroll("ws-b")
    assert (st.station(a), st.station(b)) == (1, 2)
    assert st.station(a) == 1                            # asking again gives the same number
    assert st.revoke(a)
    a2 = enroll("ws-a")
    assert st.station(a2) == 3
    assert {d["id"]: d["station"] for d in st.status()["devices"]} == {a: 1, b: 2, a2: 3}
    engine.dispose()
