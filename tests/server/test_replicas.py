"""Several stateless ``bedside-server`` replicas on one PostgreSQL behind a
real HAProxy, over real HTTPS on 127.0.0.1 (issue 12): nothing lost or
stored twice while a replica is killed and restarted mid-run, a pull cursor
never moves past a push that commits late, a request's nonce is refused by
every replica once used, the same batch sent to two replicas at once is
stored once, and a staff member added through one replica is known to the
others.  Every replica runs the HL7 MLLP listener: a message reaching two
of them is kept once (the database's unique constraint decides), and a
PC's feed cursor never passes a message another replica commits late.
The long load version runs with ``-m slow``."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
import time
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from sqlalchemy import insert, select

from bedside.hl7feed.message import parse
from bedside.roles import Role
from bedside.sync import wire
from bedside.identity.keys import PersonKeys
from bedside.sync.client import SyncClient, SyncOffline, SyncServerError, pinned_ssl_context
from bedside_server import logorder
from bedside_server.replicas import ReplicaSet, haproxy_binary

from bedside.hl7feed.ack import ack_code_of
from bedside.hl7feed.sender import MllpSender
from bedside.hl7feed.simulator import monitor_message
from bedside_server.db import Hl7Item
from tests.hl7.feed import DUPONT, registered
from tests.sync.workstations import Workstation

from .entries import SITE_ROOT, _staff, make_entry, site_directory


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
                    2, hl7=True).start()
    _site(rs)
    yield rs
    rs.stop()


@pytest.fixture(scope="module")
def feed_replicas(tmp_path_factory, pg_cluster):
    """The monitor feed's replica set: its site is the one the ward PC below
    creates (pinning its own root), not the test site of :func:`replicas`."""
    _need_haproxy()
    rs = ReplicaSet(tmp_path_factory.mktemp("feed") / "srv", pg_cluster.new_database(),
                    2, hl7=True).start()
    yield rs
    rs.stop()


@pytest.fixture(scope="module")
def feed_pc(feed_replicas, tmp_path_factory):
    """A ward PC (real vault) that created its site, registered Dupont and
    synced through the balancer, so every replica's listener knows his
    hospital number."""
    ws = Workstation(tmp_path_factory.mktemp("feedpc") / "ws", feed_replicas, "USI-PC-9")
    registered(ws, DUPONT)
    ws.sync()
    yield ws
    ws.close()


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
    admin = rs.enrolled_client("directory", "ws-dir", site_root=SITE_ROOT)   # pins the root
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


HL7_AT = datetime(2026, 12, 3, 4, 0, tzinfo=timezone(timedelta(hours=1)))
SIGNS = {"hr": "88", "spo2": "94", "sbp": "118", "dbp": "66", "rr": "20", "temp": "37.2"}


def _mllp(port: int, message: bytes) -> str:
    with MllpSender("127.0.0.1", port, timeout=60) as s:
        return ack_code_of(s.send(message))[0]


def _kept(rs: ReplicaSet, control_id: str) -> int:
    """Rows of the inbox with this control id, read from the database."""
    store = rs.store()
    try:
        with store._sessions() as s:
            return len(s.execute(select(Hl7Item.seq).where(
                Hl7Item.control_id == control_id)).all())
    finally:
        store.engine.dispose()


def _feed_ids(client: SyncClient, since: int) -> tuple[list[str], int]:
    page = _until_answered(client.hl7, since)
    return [parse(base64.b64decode(i["message"])).control_id for i in page["items"]], \
        page["cursor"]


def _feed_to_end(client: SyncClient) -> int:
    """The cursor past everything kept so far (other tests' messages)."""
    cursor = 0
    while True:
        _ids, nxt = _feed_ids(client, cursor)
        if nxt == cursor:
            return cursor
        cursor = nxt


def test_an_hl7_message_reaching_two_replicas_at_once_is_kept_once(feed_replicas, feed_pc):
    """The gateway sends again after a cut connection and the balancer picks
    the other replica: both listeners get the same message at once."""
    cid = "REP-" + os.urandom(4).hex()
    msg = monitor_message(DUPONT, HL7_AT, SIGNS, cid=cid)
    go = threading.Barrier(2)
    codes: list[str] = []

    def send(port: int) -> None:
        go.wait(30)
        codes.append(_mllp(port, msg))

    threads = [threading.Thread(target=send, args=(srv.hl7_port,)) for srv in feed_replicas.servers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert codes == ["AA", "AA"]
    assert _kept(feed_replicas, cid) == 1
    # the same control id with other content, through the balancer: refused
    other = monitor_message(DUPONT, HL7_AT, dict(SIGNS, hr="140"), cid=cid)
    assert _mllp(feed_replicas.mllp_port, other) == "AR"
    assert _kept(feed_replicas, cid) == 1


def test_a_message_through_the_balancer_reaches_a_pc_through_any_replica(feed_replicas, feed_pc):
    pc, _ws = _pc(feed_replicas, "feed")
    cursor = _feed_to_end(pc)
    cid = "BAL-" + os.urandom(4).hex()
    assert _mllp(feed_replicas.mllp_port, monitor_message(DUPONT, HL7_AT, SIGNS, cid=cid)) == "AA"
    for replica in range(2):
        ids, _ = _feed_ids(_on(feed_replicas, replica, pc), cursor)
        assert ids == [cid]
    pc.close()


def test_feed_cursor_stops_below_a_message_that_commits_after_a_later_one(feed_replicas, feed_pc):
    """One replica numbered a message and has not committed; another keeps
    and commits the next one.  A PC's ``GET /v1/hl7`` must not hand out
    the later one (its cursor would pass the first for ever)."""
    pc, _ws = _pc(feed_replicas, "feed")
    cursor = _feed_to_end(pc)
    store = feed_replicas.store()
    late_cid, early_cid = "LATE-" + os.urandom(4).hex(), "EARLY-" + os.urandom(4).hex()
    raw = monitor_message(DUPONT, HL7_AT, SIGNS, cid=late_cid)
    msg = parse(raw)
    slow = store._sessions()
    try:
        slow.begin()
        nonce, ct = store.key.seal(raw, f"hl7:{msg.sender}:{late_cid}")
        logorder.announce(slow, "hl7_inbox")
        slow.execute(insert(Hl7Item), [{
            "sender": msg.sender, "control_id": late_cid,
            "digest": hashlib.sha256(raw).hexdigest(), "received_at": "2026-12-03T03:00:00",
            "hold": "", "nonce": nonce, "ciphertext": ct}])          # seq N, open
        assert _mllp(feed_replicas.mllp_port,
                     monitor_message(DUPONT, HL7_AT, SIGNS, cid=early_cid)) == "AA"  # N+1
        assert _kept(feed_replicas, early_cid) == 1         # committed, visible ...
        ids, held = _feed_ids(pc, cursor)               # ... but not handed out past N
        assert ids == [] and held == cursor
        slow.commit()
        ids, after = _feed_ids(pc, cursor)
        assert ids == [late_cid, early_cid] and after > cursor
    finally:
        slow.close()
        store.engine.dispose()
        pc.close()


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
