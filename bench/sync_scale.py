"""N sites × M PCs syncing at once through HAProxy to 1, 2 and 4 stateless
``bedside-server`` replicas on one PostgreSQL (durable: fsync and
synchronous commit on), next to a bare PostgreSQL insert of the same rows
in the same run.

    python bench/sync_scale.py [--sites 4] [--pcs 4] [--batches 6] [--batch 100]
                               [--replicas 1,2,4] [--smoke]

Every PC is its own process with its own enrolled device key and HTTPS
connection: it pushes its batches of signed vital-sign entries (signed by
the bench site's nurse before timing, as a PC signs at save time; the
server verifies each signature and the author's authority) and, after each
push, pulls everything new from its cursor.  A batch the server did not
answer (connection cut) is sent again, as the sync engine does.  At the end
every PC's pull must hold every entry exactly once.

Also per replica count: the share of busy database sessions waiting on a
lock, and which (sampled from ``pg_stat_activity``), and the CPU the
replicas and PostgreSQL used per entry (``/proc``, Linux).

Baseline: the same number of rows of the same size (log table shape,
ciphertext of the same length), one transaction per batch, from as many
concurrent connections as PCs, with psycopg straight into PostgreSQL.

``--smoke``: 2 sites × 1 PC, 2 batches of 10, 2 replicas (seconds; the
suite runs it).  Last line: the best accepted-entries rate, the rate
per replica count, and ``ratio R`` = bare insert rate / best sync rate.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import closing_line, parser

from bedside.sync import wire
from bedside.sync.client import SyncClient, SyncOffline, SyncServerError
from bedside.sync.signing import DeviceKey
from bedside_server.replicas import ReplicaSet
from bench.sync import make_entries
from tests.server.entries import SITE_ROOT, site_directory
from tests.server.pg import PgCluster, find_pg_bin


def _send(call, *args):
    """The sync engine's behaviour on a cut connection or a dying replica:
    send the same request again (push is idempotent)."""
    for attempt in range(200):
        try:
            return call(*args), attempt
        except (SyncOffline, SyncServerError):
            time.sleep(0.05)
    raise RuntimeError("server unreachable")


def _pc(url: str, ca_pem: str, code: str, ws: str, batches: list[list[dict]],
        barrier, results) -> None:
    try:
        _pc_run(url, ca_pem, code, ws, batches, barrier, results)
    except BaseException as exc:     # the parent stops at once instead of waiting
        barrier.abort()
        results.put(("error", f"{ws}: {exc!r}"))
        raise


def _pc_run(url: str, ca_pem: str, code: str, ws: str, batches: list[list[dict]],
            barrier, results) -> None:
    client = SyncClient(url, ca_pem, timeout=120)
    _send(client.enroll, code, ws, ws, DeviceKey.generate())
    barrier.wait(timeout=300)
    cursor, seen, resent = 0, [], 0
    t0 = time.perf_counter()
    for batch in batches:
        answer, again = _send(client.push, batch)
        resent += again
        bad = [v for v in answer["entries"].values() if v not in ("stored", "duplicate")]
        if bad:
            raise RuntimeError(f"{ws}: push answered {bad[:3]} {answer['errors']}")
        more = True
        while more:
            page, again = _send(client.pull, cursor, 500)
            resent += again
            seen += [i["entry"]["id"] for i in page["items"] if i["kind"] == "entry"]
            cursor, more = page["cursor"], page["more"]
    results.put((ws, time.perf_counter() - t0, cursor, seen, resent))
    client.close()


def _final_pull(rs: ReplicaSet, ws: str, cursor: int, seen: list[str]) -> list[str]:
    """What a PC still had to pull after everyone finished (others pushed
    after its last pull)."""
    client = rs.enrolled_client("late-" + ws, "late-" + ws)
    client_cursor, more = cursor, True
    while more:
        page = client.pull(client_cursor, 500)
        seen = seen + [i["entry"]["id"] for i in page["items"] if i["kind"] == "entry"]
        client_cursor, more = page["cursor"], page["more"]
    client.close()
    return seen


class LockWaits:
    """Samples PostgreSQL's sessions of one database every 20 ms while the
    PCs run: how often a server's query was waiting for a lock (the push's
    table lock, or the pull barrier) rather than working."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine, text
        self._engine = create_engine(url)
        self._query = text("SELECT wait_event_type, wait_event FROM pg_stat_activity "
                           "WHERE datname = current_database() AND state = 'active' "
                           "AND pid <> pg_backend_pid()")
        self.waiting = self.active = 0
        self.kinds: dict[str, int] = {}      # which locks: relation, advisory, extend, ...
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with self._engine.connect() as c:
            while not self._stop.wait(0.02):
                for kind, event in c.execute(self._query):
                    self.active += 1
                    if kind == "Lock":
                        self.waiting += 1
                        self.kinds[event] = self.kinds.get(event, 0) + 1
                c.rollback()

    def __enter__(self) -> "LockWaits":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(10)
        self._engine.dispose()

    def describe(self) -> str:
        share = self.waiting / self.active if self.active else 0.0
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.kinds.items(), key=lambda x: -x[1]))
        return f"{100 * share:.0f}%" + (f" ({kinds})" if kinds else "")


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of these processes so far (Linux /proc; 0 elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])      # utime, stime
    return total / tick


def _service_pids(rs: ReplicaSet, pg: PgCluster) -> list[int]:
    """The replicas and every PostgreSQL process of the cluster."""
    pids = [s.proc.pid for s in rs.servers if s.alive]
    try:
        postmaster = int((pg.data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return pids
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == postmaster:
                    pids.append(int(d.name))
            except (OSError, ValueError, IndexError):
                pass
    return pids + [postmaster]


def run_sync(pg: PgCluster, tmp: Path, replicas: int, work: dict[str, list[list[dict]]]
             ) -> tuple[float, int, int, str, float]:
    """Seconds from the start signal to the last PC done, entries accepted,
    requests sent again, share of busy database sessions waiting on a lock,
    CPU seconds the service (replicas + PostgreSQL) used meanwhile."""
    url = pg.new_database()
    rs = ReplicaSet(tmp / f"srv-{replicas}", url, replicas).start()
    try:
        admin = rs.enrolled_client("directory", "ws-directory", site_root=SITE_ROOT)
        staff = site_directory("ws-directory")     # the signers, known to the server first
        assert all(v == "stored" for v in admin.push(staff)["entries"].values())
        admin.close()
        ctx = mp.get_context("fork")
        barrier, results = ctx.Barrier(len(work) + 1), ctx.Queue()
        procs = [ctx.Process(target=_pc, args=(rs.url, rs.ca_pem, rs.enrollment_code(ws), ws,
                                               batches, barrier, results))
                 for ws, batches in work.items()]
        for p in procs:
            p.start()
        with LockWaits(url) as waits:
            barrier.wait(timeout=300)
            pids = _service_pids(rs, pg)
            cpu0, t0 = _cpu_seconds(pids), time.perf_counter()
            done = [results.get(timeout=1800) for _ in procs]
            elapsed, cpu = time.perf_counter() - t0, _cpu_seconds(pids) - cpu0
        errors = [d[1] for d in done if d[0] == "error"]
        if errors:
            raise RuntimeError("; ".join(errors))
        for p in procs:
            p.join(60)
        expected = {e["id"] for batches in work.values() for b in batches for e in b}
        for ws, _t, cursor, seen, _r in done:
            seen = _final_pull(rs, ws, cursor, seen)
            got = [i for i in seen if i in expected]
            if len(got) != len(set(got)) or set(got) != expected:
                raise RuntimeError(f"{ws}: pulled {len(got)} ({len(set(got))} distinct) "
                                   f"of {len(expected)}")
        return elapsed, len(expected), sum(d[4] for d in done), waits.describe(), cpu
    finally:
        rs.stop()


def _bare_worker(dsn: dict, rows: list[list[tuple]], barrier, results) -> None:
    import psycopg
    with psycopg.connect(**dsn) as conn:
        barrier.wait()
        t0 = time.perf_counter()
        for batch in rows:
            with conn.transaction(), conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO log (kind, key, device_id, hash, received_at, nonce, "
                    "ciphertext) VALUES (%s, %s, %s, %s, %s, %s, %s)", batch)
        results.put(time.perf_counter() - t0)


def run_bare(pg: PgCluster, work: dict[str, list[list[dict]]]) -> float:
    """The same rows (sizes as the server stores them) straight into a table
    of the same shape, one durable transaction per batch, one connection per
    PC, all at once."""
    import psycopg
    from sqlalchemy.engine import make_url

    from bedside_server.db import create_schema, make_engine
    url = pg.new_database()
    engine = make_engine(url)
    create_schema(engine)
    engine.dispose()
    q = make_url(url)
    dsn = {"host": q.query["host"], "port": int(q.query["port"]), "user": q.username,
           "dbname": q.database}
    with psycopg.connect(**dsn, autocommit=True) as conn:   # the table without its triggers
        conn.execute("DROP TRIGGER log_append_only ON log")
    now = "2026-11-25T03:15:00+00:00"
    plan = {ws: [[("entry", e["id"], ws, wire.entry_hash(e), now, os.urandom(12),
                   os.urandom(len(wire.canonical_json(e).encode()) + 16)) for e in b]
                 for b in batches] for ws, batches in work.items()}
    ctx = mp.get_context("fork")
    barrier, results = ctx.Barrier(len(plan) + 1), ctx.Queue()
    procs = [ctx.Process(target=_bare_worker, args=(dsn, rows, barrier, results))
             for rows in plan.values()]
    for p in procs:
        p.start()
    barrier.wait(timeout=300)
    t0 = time.perf_counter()
    for _ in procs:
        results.get(timeout=600)
    elapsed = time.perf_counter() - t0
    for p in procs:
        p.join(60)
    return elapsed


def main() -> int:
    ap = parser(__doc__, smoke_help="tiny sizes, seconds")
    ap.add_argument("--sites", type=int, default=4)
    ap.add_argument("--pcs", type=int, default=4, help="PCs per site")
    ap.add_argument("--batches", type=int, default=6, help="pushes per PC")
    ap.add_argument("--batch", type=int, default=100, help="entries per push")
    ap.add_argument("--replicas", default="1,2,4")
    args = ap.parse_args()
    if args.smoke:
        args.sites, args.pcs, args.batches, args.batch, args.replicas = 2, 1, 2, 10, "2"
    counts = [int(x) for x in args.replicas.split(",")]
    bin_dir = find_pg_bin()
    if bin_dir is None:
        print("PostgreSQL is not installed (bash tests/server/ensure_postgres.sh)")
        return 2

    work: dict[str, list[list[dict]]] = {}
    for site in range(args.sites):
        for pc in range(args.pcs):
            ws = f"ws-s{site:02d}-pc{pc:02d}"
            entries = make_entries(args.batches * args.batch, ws)
            work[ws] = [entries[i:i + args.batch] for i in range(0, len(entries), args.batch)]
    total = sum(len(b) for bs in work.values() for b in bs)

    pg = PgCluster(bin_dir, durable=True).start()
    try:
        with tempfile.TemporaryDirectory(prefix="bedside-scale-") as tmp:
            rates = {}
            for n in counts:
                elapsed, stored, resent, waiting, cpu = run_sync(pg, Path(tmp), n, work)
                rates[n] = stored / elapsed
                print(f"{n} replica(s): {stored} entries from {len(work)} PCs in "
                      f"{elapsed:6.2f} s = {rates[n]:7.0f} entries/s accepted "
                      f"(each PC also pulled all {stored}; {resent} requests sent again; "
                      f"busy database sessions waiting on a lock {waiting}; "
                      f"service CPU {1000 * cpu / stored:.2f} ms per entry accepted "
                      f"and delivered {len(work)}x; load average {os.getloadavg()[0]:.1f})",
                      flush=True)
            t_bare = run_bare(pg, work)
    finally:
        pg.stop()
    bare = total / t_bare
    best = max(rates, key=rates.get)
    print(f"bare PostgreSQL insert of the same {total} rows, {len(work)} connections: "
          f"{t_bare:6.2f} s = {bare:7.0f} rows/s")
    per = ", ".join(f"{n}: {r:.0f}" for n, r in rates.items())
    return closing_line(f"sync scale {args.sites} sites x {args.pcs} PCs: {rates[best]:.0f} entries/s "
                        f"with {best} replica(s) ({per}) vs bare PostgreSQL insert {bare:.0f} rows/s",
                        bare / rates[best])


if __name__ == "__main__":
    sys.exit(main())
