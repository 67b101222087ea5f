"""Several stateless ``bedside-server`` replicas on one PostgreSQL behind a
real HAProxy, over real HTTPS on 127.0.0.1 (issue 12): nothing lost or
stored twice while a replica is killed and restarted mid-run, a pull cursor
never moves past a push that commits late, a request's nonce is refused by
every replica once used, the same batch sent to two replicas at once is
stored once, and a staff member added through one replica is known to the
others.  The long load version runs with ``-m slow``."""

from __future__ import annotations

import json
import os
import threading
import time

import httpx
import pytest

from bedside.roles import Role
from bedside.sync import wire
from bedside.identity.keys import PersonKeys
from bedside.sync.client import SyncClient, SyncOffline, SyncServerError, pinned_ssl_context
from bedside_server import logorder
from bedside_server.replicas import ReplicaSet, haproxy_binary

from .entries import _staff, make_entry, site_directory


def _need_haproxy() -> None:
    if haproxy_binary() is None:
        if os.environ.get("CI"):
            pytest.fail("HAProxy not installed (.ci/run must run tests/server/ensure_haproxy.sh)")
        pytest.skip("HAProxy not installed")


@pytest.fixture(scope="module")
def replicas(tmp_path_factory, pg_cluster):
    """One replica set for the module (starting one costs seconds); each
    test uses its own workstations and looks only at its own entries."""
    _need_haproxy()
    rs = ReplicaSet(tmp_path_factory.mktemp("replicas") / "srv", pg_cluster.new_database(),
                    2).start()
    _site(rs)
    yield rs
    rs.stop()


def _on(rs: ReplicaSet, index: int, client: SyncClient) -> SyncClient:
    """The same enrolled PC talking to one replica directly, not through
    the balancer."""
    return SyncClient(rs.servers[index].url, rs.ca_pem, device_id=client.device_id,
                      key=client.key)


def _until_answered(call, *args, deadline_s: float = 180.0):
    """What the sync engine does when a replica dies under it: try again
    (push is idempotent, every attempt is newly signed)."""
    end = time.monotonic() + deadline_s
    while True:
        try:
            return call(*args)
        except (SyncOffline, SyncServerError):
            if time.monotonic() > end:
                raise
            time.sleep(0.05)


def _pull_to_end(client: SyncClient) -> int:
    cursor, more = 0, True
    while more:
        page = _until_answered(client.pull, cursor, 2000)
        cursor, more = page["cursor"], page["more"]
    return cursor


def _pull_ids(client: SyncClient, since: int = 0) -> list[str]:
    ids, more = [], True
    while more:
        page = _until_answered(client.pull, since, 200)
        seqs = [i["seq"] for i in page["items"]]
        assert seqs == sorted(seqs) and all(s > since for s in seqs)
        ids += [i["entry"]["id"] for i in page["items"] if i["kind"] == "entry"]
        since, more = page["cursor"], page["more"]
    return ids


def _site(rs: ReplicaSet) -> None:
    """The signers (an administrator and a nurse), known to the server first."""
    admin = rs.enrolled_client("directory", "ws-dir")
    assert set(admin.push(site_directory("ws-dir"))["entries"].values()) == {"stored"}
    admin.close()


def _pc(rs: ReplicaSet, name: str) -> tuple[SyncClient, str]:
    ws = f"ws-{name}-{os.urandom(4).hex()}"
    return rs.enrolled_client(name, ws), ws


def _run_pcs(rs: ReplicaSet, pcs: int, batches: int, size: int, chaos) -> set[str]:
    """*pcs* PCs push and pull at once through the balancer while *chaos*
    (called with an event set once every PC stored a batch, and the list of
    finished PCs) kills and restarts replicas.  Returns every id pushed."""
    pcs_ = [_pc(rs, f"pc{i}") for i in range(pcs)]
    clients = [c for c, _ in pcs_]
    work = {c: [[make_entry(ws) for _ in range(size)] for _ in range(batches)]
            for c, ws in pcs_}
    started = threading.Barrier(pcs + 1)
    first_stored = [threading.Event() for _ in clients]
    errors: list[BaseException] = []

    def pc(n: int, client: SyncClient) -> None:
        try:
            started.wait(60)
            cursor = 0
            for batch in work[client]:
                answer = _until_answered(client.push, batch)
                assert set(answer["entries"].values()) <= {"stored", "duplicate"}, answer
                first_stored[n].set()
                page = _until_answered(client.pull, cursor, 500)
                cursor = page["cursor"]
        except BaseException as exc:     # reported by the main thread
            errors.append(exc)
            first_stored[n].set()

    threads = [threading.Thread(target=pc, args=(n, c)) for n, c in enumerate(clients)]
    for t in threads:
        t.start()
    started.wait(60)
    for ev in first_stored:
        assert ev.wait(180)
    chaos(threads)
    for t in threads:
        t.join(300)
    assert not errors, errors
    for c in clients:
        c.close()
    return {e["id"] for batches_ in work.values() for b in batches_ for e in b}


def _check_all_once(rs: ReplicaSet, pushed: set[str]) -> None:
    reader, _ws = _pc(rs, "reader")
    ids = _pull_ids(reader)
    reader.close()
    assert len(ids) == len(set(ids)), "an entry was delivered twice"
    assert pushed <= set(ids), f"{len(pushed - set(ids))} entries lost"
    store = rs.store()
    try:
        assert store.verify() == []
    finally:
        store.engine.dispose()


def test_nothing_lost_or_doubled_while_a_replica_is_killed_and_restarted(replicas):
    def chaos(threads):
        replicas.kill(0)        # SIGKILL, mid-push for some PCs
        replicas.servers[0].start()
        replicas.wait_all_in_rotation()

    pushed = _run_pcs(replicas, pcs=3, batches=4, size=15, chaos=chaos)
    _check_all_once(replicas, pushed)


def test_pull_stops_below_a_push_that_commits_after_a_later_one(replicas):
    """A slow replica took seq N and has not committed; another stores seq
    N+1 and commits.  A pull must not hand out N+1 (the PC's cursor would
    then pass N for ever): it stops below N without waiting, and once N
    commits the next pull returns both, in order."""
    pc, ws = _pc(replicas, "pc")
    cursor = _pull_to_end(pc)
    store = replicas.store()
    late, early = make_entry(ws), make_entry(ws)
    slow = store._sessions()
    try:
        slow.begin()
        row = store._row("entry", late["id"], wire.entry_hash(late),
                         wire.canonical_json(late).encode(), pc.device_id, "2026-12-03T02:00:00")
        assert logorder.append(slow, [row]) == {("entry", late["id"])}   # seq N, open
        assert pc.push([early])["entries"] == {early["id"]: "stored"}       # seq N+1, committed
        assert store.status()["entries"] >= 1      # N+1 is visible to every reader ...

        held = pc.pull(cursor, 500)                 # ... but not handed out past N
        assert [i["entry"]["id"] for i in held["items"]] == []
        assert held["cursor"] == cursor and held["more"] is False

        slow.commit()
        page = pc.pull(cursor, 500)
        assert [i["entry"]["id"] for i in page["items"]] == [late["id"], early["id"]]
        assert page["cursor"] > cursor
    finally:
        slow.close()
        store.engine.dispose()
        pc.close()


def test_a_nonce_used_on_one_replica_is_refused_by_the_other(replicas):
    pc, _ws = _pc(replicas, "pc")
    body = json.dumps({"entries": [], "blobs": [], "audit": []}).encode()
    headers = pc.key.sign_headers(pc.device_id, "POST", "/v1/push", body, pc._wall_ms())
    ctx = pinned_ssl_context(replicas.ca_pem)
    first = httpx.post(replicas.servers[0].url + "/v1/push", content=body, headers=headers,
                       verify=ctx, timeout=30)
    assert first.status_code == 200
    for url in (replicas.servers[1].url, replicas.url):
        again = httpx.post(url + "/v1/push", content=body, headers=headers, verify=ctx,
                           timeout=30)
        assert again.status_code == 401 and again.json()["detail"]["code"] == "replay"
    pc.close()


def test_one_batch_sent_to_two_replicas_at_once_is_stored_once(replicas):
    pc, ws = _pc(replicas, "pc")
    batch = [make_entry(ws) for _ in range(40)]
    sides = [_on(replicas, 0, pc), _on(replicas, 1, pc)]
    go = threading.Barrier(2)
    answers: list[dict] = []

    def send(client):
        go.wait(30)
        answers.append(client.push(batch)["entries"])

    threads = [threading.Thread(target=send, args=(c,)) for c in sides]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(answers) == 2
    for e in batch:
        assert sorted(a[e["id"]] for a in answers) == ["duplicate", "stored"]
    mine = {e["id"] for e in batch}
    got = [i for i in _pull_ids(pc) if i in mine]
    assert sorted(got) == sorted(mine)
    for c in (*sides, pc):
        c.close()


def test_staff_added_through_one_replica_is_known_to_the_other(replicas):
    pc, ws = _pc(replicas, "pc")
    via0, via1 = _on(replicas, 0, pc), _on(replicas, 1, pc)
    # replica 1 has its directory now (nurse known, the new nurse not yet)
    assert set(via1.push([make_entry(ws)])["entries"].values()) == {"stored"}
    keys = PersonKeys.generate()
    user = "u-" + os.urandom(4).hex()
    newcomer = _staff(ws, user, "nurse-" + user, Role.NURSE, keys, 3)
    assert via0.push([newcomer])["entries"] == {newcomer["id"]: "stored"}
    theirs = make_entry(ws, keys=keys, author_id=user)
    answer = via1.push([theirs])
    assert answer["entries"] == {theirs["id"]: "stored"}, answer["errors"]
    for c in (via0, via1, pc):
        c.close()


@pytest.mark.slow
def test_long_load_with_every_replica_killed_in_turn(tmp_path, pg_cluster, request):
    """Four replicas, eight PCs, each replica SIGKILLed and restarted in
    turn during the run.  Opt-in (``-m slow``): the short version above is
    in the suite."""
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("long load version: run with -m slow")
    _need_haproxy()
    rs = ReplicaSet(tmp_path / "srv", pg_cluster.new_database(), 4).start()
    try:
        _site(rs)

        def chaos(threads):
            for i in range(4):
                if not any(t.is_alive() for t in threads):
                    break
                rs.kill(i)
                rs.servers[i].start()
                rs.wait_all_in_rotation()

        pushed = _run_pcs(rs, pcs=8, batches=12, size=50, chaos=chaos)
        _check_all_once(rs, pushed)
    finally:
        rs.stop()
