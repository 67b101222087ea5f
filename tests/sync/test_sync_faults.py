"""Network and server faults: the server killed mid-batch at random points,
connections cut mid-response by a proxy, a pulled page altered.  Afterwards
the counts are equal everywhere and nothing is duplicated or lost."""

from __future__ import annotations

import random
import threading

import pytest

from bedside.sync.client import SyncClient
from bedside.sync.engine import SyncEngine, SyncVerifyError
from bedside.sync.local import VaultLocal
from bedside.sync.service import OFFLINE, SYNCED
from tests.sync.proxy import CutProxy


def _converged(workstations_, server, expected_ids):
    views = [ws.entries() for ws in workstations_]
    assert all(v == views[0] for v in views[1:])
    assert expected_ids <= set(views[0])
    st = server.store()
    try:
        status = st.status()
        assert status["entries"] == len(views[0])          # no duplicate, nothing lost
        assert st.verify() == []
    finally:
        st.engine.dispose()
    for ws in workstations_:
        s = ws.service.status()
        assert s.unsent == 0 and s.rejected == 0


def test_server_killed_mid_batch_at_random_points(workstations, sqlite_server):
    a, b = workstations(2, batch_size=25)
    rng = random.Random(20261125)
    made = {a.note(f"a{i}").id for i in range(200)} | {b.note(f"b{i}").id for i in range(200)}
    kills = 0
    for _round in range(6):
        for ws in (a, b):
            killer = threading.Timer(rng.uniform(0.0, 0.35), sqlite_server.kill)
            killer.start()
            st = ws.sync()
            killer.join()
            kills += 1
            assert st.state in (SYNCED, OFFLINE)
            sqlite_server.start()
            # new work keeps arriving between faults
            made.add(ws.note(f"{ws.name} round {_round}").id)
    for _ in range(2):
        for ws in (a, b):
            assert ws.sync().state == SYNCED
    _converged((a, b), sqlite_server, made)


def test_connection_cut_mid_response_by_proxy(workstations, sqlite_server):
    a, b = workstations(2, batch_size=30)
    proxy = CutProxy(sqlite_server.port)
    rng = random.Random(7)
    # most connections die after a random number of bytes of the server's answer
    proxy.policy = lambda: rng.randint(1, 6000) if rng.random() < 0.7 else None
    a.url_override = b.url_override = proxy.url
    made = {a.note(f"a{i}").id for i in range(120)} | {b.note(f"b{i}").id for i in range(90)}
    a.nurse.records.put_blob(bytes(range(256)) * 40)
    outcomes = []
    for _ in range(25):
        for ws in (a, b):
            outcomes.append(ws.sync().state)
    assert proxy.cuts > 0 and OFFLINE in outcomes
    proxy.policy = lambda: None
    for _ in range(2):
        for ws in (a, b):
            assert ws.sync().state == SYNCED
    _converged((a, b), sqlite_server, made)
    proxy.close()


class _AlteringClient(SyncClient):
    """A real client whose pulled pages are altered after they arrive (as a
    compromised or buggy relay would)."""

    def pull(self, since, limit=500):
        page = super().pull(since, limit)
        for item in page["items"]:
            if item["kind"] == "entry":
                item["entry"]["content"] = {"text": "altered"}
                break
        return page


def test_altered_pull_page_is_not_applied(workstations, sqlite_server):
    a, b = workstations(2)
    a.note("original")
    a.sync()
    enr = b.service.state.enrollment()
    before = b.entries()
    with _AlteringClient(enr.server_url, enr.ca_pem, enr.device_id, enr.key) as client:
        with pytest.raises(SyncVerifyError):
            SyncEngine(VaultLocal(b.nurse), client).pull()
    assert b.entries() == before and VaultLocal(b.nurse).cursor() == 0
    assert b.sync().state == SYNCED and set(a.entries()).issubset(b.entries())


@pytest.mark.slow
def test_server_killed_many_rounds_three_workstations(workstations, sqlite_server):
    """The heavier soak: three PCs, 20 kill points."""
    ws3 = workstations(3, batch_size=15)
    rng = random.Random(99)
    made = set()
    for ws in ws3:
        made |= {ws.note(f"{ws.name} {i}").id for i in range(150)}
    for _round in range(7):
        for ws in ws3:
            killer = threading.Timer(rng.uniform(0.0, 0.4), sqlite_server.kill)
            killer.start()
            assert ws.sync().state in (SYNCED, OFFLINE)
            killer.join()
            sqlite_server.start()
    for _ in range(2):
        for ws in ws3:
            assert ws.sync().state == SYNCED
    _converged(ws3, sqlite_server, made)
