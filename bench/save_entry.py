"""Latency of saving one clinical entry -- a signed record version and its
audit entry, admitted by the entry rules, one durable commit -- with 1,000
to 1,000,000 entries already stored, next to a bare durable SQLCipher commit
of the same bytes, measured in the same run, sample by sample interleaved.

    python bench/save_entry.py [--samples 1000] [--sizes 1000,100000,1000000] [--keep DIR]
                               [--profile N] [--smoke]

The baseline is the honest floor for an encrypted vault: a ``sqlcipher3``
connection keyed and configured like the vault (WAL, ``synchronous=FULL``,
the same pragmas), holding as many rows as the vault holds entries, inserting
per sample the bytes a Bedside save stored (its record row and its audit
row, copied from the vault) in one transaction and committing. The rows a
sample adds to the bare file (and to the file with the vault's own tables)
are keyed by ids made as a save makes them (``bedside.ids.new_id``:
time-ordered), so neither side reads a cold index leaf the other does not;
the rows filled beforehand, in all three files, have random ids, as a vault
that lived before time-ordered ids holds. The floor
with a signature adds one Ed25519 signature of the same size, timed in the
same loop: ``floor = bare commit + sign``. For the reading, the same two
rows are also committed, in the same loop, into a bare SQLCipher file with
the vault's own tables and indexes (what the schema costs, without Bedside).

Samples: 1,000 by default. A p99 of 300 samples is the third-worst one --
whichever hiccups of a shared machine land there -- and the first ≈ 256
commits after opening a file write a WAL growing from nothing, on both
sides, where the app's WAL, open all shift, starts over at every
checkpoint: 1,000 samples read both sides mostly past that, as the app
runs (the p50 ratio is then higher, not lower: docs/BENCHMARKS.md, "Sixth
pass").

Checkpoints: the vault's writer connection runs with ``wal_autocheckpoint
= 0`` and checkpoints on a thread of its own, in a pause (0.5 s without a
commit) or, when saves never pause -- as in this loop -- every 256 commits
(``bedside/storage/checkpoints.py``, a RESTART after the PASSIVE one at
that bound, so the WAL starts over), so no save copies the WAL back into
the database; the bare connection keeps SQLite's default (a checkpoint
inside the commit that passes 1,000 WAL pages, one commit in ≈ 330 at its
≈ 3 pages each). Both p99s are printed as measured; the line after them
says how many background checkpoints ran during the samples.

The seal: a save hands its seal to the vault's seal thread once committed
(``bedside/seal.py``), which writes it while the app waits for the next
entry; here each sample lets it land (``Vault.settle_seal``) before the
bare commit is timed, so that work is in neither figure.

Garbage collection: as in the app, where automatic collection is off and
the GUI thread collects what is due (``ui/gui_gc.py``) while saves run on
the database worker, no collection runs inside a timed call; what is due by
Python's own thresholds is collected between two samples
(``bedside/cycle_collector.py``, the app's rule), and the count is printed.

Pages per save (Linux): the saving thread's own read and write system
calls (``/proc/thread-self/io``, read outside the timed calls) give the
encrypted pages each save wrote -- WAL frames of 4,096 + 24 bytes -- and
the pages it read (4,096 bytes each: a
page not in SQLite's cache, read from the file, authenticated and
decrypted); the same for the bare commit.

Entries are written by a nurse (clinical records are a nurse's or an
investigator's to write; the administrator manages users only). The vault
is filled by bulk SQL (records with their hash-chained audit entries), not
through the API, so a million entries load in minutes.

``--smoke`` runs tiny sizes in seconds (the suite runs it so the bench never rots).
``--profile N`` also runs N more saves at each size under cProfile and prints
where a save's time goes, stage by stage (the cost table of
docs/BENCHMARKS.md): the profiler slows Python code several-fold and the
commit not at all, so read the shares, not the absolute figures.

Last line: the worst of p50 and p99 over every size against the bare
SQLCipher commit (``ratio R``), with the same figure against the floor.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

from _common import closing_line, parser

from bedside.audit import GENESIS, entry_hash
from bedside.canonical import canonical_json, sha256_hex
from bedside.crypto.kdf import KdfParams
from bedside.cycle_collector import collect_due
from bedside.identity.keys import PersonKeys
from bedside.ids import new_id
from bedside.names import RecordType
from bedside.roles import Role
from bedside.storage.engine import keyed_connection
from bedside.users import create_user
from bedside.vault import Vault

PASSWORD = "bench password 1"
CONTENT = {"infusion_id": "inf-bench", "number": 1, "timepoint": "T+15",
           "taken_utc": "2026-11-25T10:15:00+00:00", "alerts": [],
           "values": {"hr": "96", "spo2": "94"}}
RECORD_COLS = ("id", "record_id", "record_type", "patient_id", "version", "replaces",
               "content", "content_hash", "author_id", "author_name", "created_utc",
               "utc_offset_min", "reason", "workstation_id", "hlc", "author_key_id",
               "entry_sig", "audit_seq")
AUDIT_COLS = ("seq", "id", "ts_utc", "utc_offset_min", "user_id", "username",
              "workstation_id", "action", "record_type", "record_id", "entry_id",
              "version", "details", "reason", "prev_hash", "hash")
BATCH = 20_000


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def fill(session, n: int) -> None:
    """Bulk-load *n* vital-sign versions with their chained audit entries."""
    conn = session.db.engine.raw_connection()
    try:
        cur = conn.cursor()
        seq, prev = cur.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        user, ws = session.user, session.db.workstation_id
        now = session.clock.now().isoformat()
        done = 0
        while done < n:
            records, audits = [], []
            for i in range(done, min(n, done + BATCH)):
                enc = canonical_json({**CONTENT, "values": {"hr": str(i % 200)}})
                rid, eid = uuid.uuid4().hex, uuid.uuid4().hex
                seq += 1                # the version names its audit entry (migration 0012)
                records.append((eid, rid, "vital_reading", "p%d" % (i % 100), 1, None, enc,
                                sha256_hex(enc), user.id, user.display_name, now, 60, None, ws,
                                session.db.hlc.now(), None, None, seq))
                a = dict(seq=seq, id=uuid.uuid4().hex, ts_utc=now, utc_offset_min=60,
                         user_id=user.id, username=user.username, workstation_id=ws,
                         action="create", record_type=RecordType.VITAL_READING, record_id=rid,
                         entry_id=eid, version=1,
                         details=canonical_json({"content_hash": sha256_hex(enc)}),
                         reason=None, prev_hash=prev)
                a["hash"] = prev = entry_hash(a)
                audits.append(tuple(a[c] for c in AUDIT_COLS))
            cur.execute("BEGIN")
            cur.executemany(f"INSERT INTO records ({','.join(RECORD_COLS)}) VALUES "
                            f"({','.join('?' * len(RECORD_COLS))})", records)
            cur.executemany(f"INSERT INTO audit ({','.join(AUDIT_COLS)}) VALUES "
                            f"({','.join('?' * len(AUDIT_COLS))})", audits)
            cur.execute("COMMIT")
            done += len(records)
    finally:
        conn.close()


def make_vault(folder: Path, preload: int):
    if (folder / "vault.json").exists():      # --keep: reuse the filled vault
        vault = Vault.open(folder)
        return vault, vault.login("nurse", PASSWORD)
    vault, _ = Vault.create(folder, site_name="Bench", workstation_name="PC",
                            admin_username="admin", admin_display_name="Admin",
                            admin_password=PASSWORD, kdf=KdfParams.for_tests())
    create_user(vault.login("admin", PASSWORD), "nurse", "Bench Nurse", Role.NURSE, PASSWORD)
    s = vault.login("nurse", PASSWORD)
    fill(s, preload)
    return vault, s


def bare_sqlcipher(folder: Path, preload: int, payload: tuple[str, str]):
    """A keyed SQLCipher file configured like the vault, *preload* rows in."""
    conn = keyed_connection(folder / "bare.db", stored_key(folder / "bare.key"))
    conn.isolation_level = None
    rec, aud = payload
    if conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 't'").fetchone()[0]:
        return conn                               # --keep: filled by an earlier run
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, body TEXT)")
    done = 0
    while done < preload:
        k = min(BATCH, preload - done)
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO t VALUES (?, ?)",
                         ((uuid.uuid4().hex, rec) for _ in range(k)))
        conn.execute("COMMIT")
        done += k
    return conn


def same_schema(session, folder: Path, preload: int, payload_rows: tuple[tuple, tuple]):
    """A keyed SQLCipher file with the vault's own ``records`` and ``audit``
    tables and indexes (no triggers, no Bedside code), *preload* rows in
    each: what the schema alone costs per commit, for the reading."""
    conn = keyed_connection(folder / "schema.db", stored_key(folder / "schema.key"))
    conn.isolation_level = None
    if conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'audit'").fetchone()[0]:
        return conn, conn.execute("SELECT max(seq) FROM audit").fetchone()[0]   # --keep
    src = session.db.engine.raw_connection()
    try:
        ddl = [sql for (sql,) in src.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name IN ('records', 'audit') "
            "AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC")]
    finally:
        src.close()
    for sql in ddl:
        conn.execute(sql)
    rec, aud = payload_rows
    done, seq = 0, 0
    while done < preload:
        k = min(BATCH, preload - done)
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO records ({','.join(RECORD_COLS)}) VALUES "
                         f"({','.join('?' * len(RECORD_COLS))})",
                         ((uuid.uuid4().hex, uuid.uuid4().hex, *rec[2:-1], seq + 1 + j)
                          for j in range(k)))
        rows = []
        for _ in range(k):
            seq += 1
            rows.append((seq, uuid.uuid4().hex, *aud[2:9], uuid.uuid4().hex, uuid.uuid4().hex,
                         *aud[11:]))
        conn.executemany(f"INSERT INTO audit ({','.join(AUDIT_COLS)}) VALUES "
                         f"({','.join('?' * len(AUDIT_COLS))})", rows)
        conn.execute("COMMIT")
        done += k
    return conn, seq


def stored_key(path: Path) -> bytes:
    """A random key for a bench file, kept beside it so ``--keep`` can reopen it."""
    if not path.exists():
        path.write_bytes(os.urandom(32))
    return path.read_bytes()


def raw_rows(session, entry_id: str) -> tuple[tuple, tuple]:
    """The record row and audit row a save stored."""
    conn = session.db.engine.raw_connection()
    try:
        rec = conn.execute(f"SELECT {','.join(RECORD_COLS)} FROM records WHERE id = ?",
                           (entry_id,)).fetchone()
        aud = conn.execute(f"SELECT {','.join(AUDIT_COLS)} FROM audit WHERE seq = ?",
                           (rec[-1],)).fetchone()
    finally:
        conn.close()
    return tuple(rec), tuple(aud)


_THREAD_IO = Path("/proc/thread-self/io")
FRAME = 4096 + 24           # one WAL frame: a page and its header


def thread_io() -> tuple[int, int] | None:
    """(bytes read, bytes written) by this thread's system calls so far, or
    None where the system does not say (not Linux)."""
    try:
        found = dict(line.split(": ") for line in _THREAD_IO.read_text().splitlines())
        return int(found["rchar"]), int(found["wchar"])
    except (OSError, KeyError, ValueError):
        return None


def io_since(before: tuple[int, int] | None) -> tuple[float, float]:
    """Pages read and WAL frames written since *before* (the save's seal is
    written by another thread: not in this thread's count)."""
    after = thread_io()
    if before is None or after is None:
        return 0.0, 0.0
    return (after[0] - before[0]) / 4096, (after[1] - before[1]) / FRAME


def pages_line(io: dict[str, list[tuple[float, float]]]) -> str:
    """Pages written and read per save, mean and median (a bare commit that
    ran SQLite's own checkpoint -- one in ≈ 330 -- read and wrote ≈ 1,000
    pages: in its mean, not its median)."""
    def one(rows):
        w, r = [x[1] for x in rows], [x[0] for x in rows]
        return f"{sum(w) / len(w):.2f} / {sum(r) / len(r):.2f} (median {pct(w, 50):.0f} / {pct(r, 50):.0f})"
    return (f"   encrypted pages per save, written (WAL frames) / read from the file, mean: "
            f"bedside {one(io['bedside'])}; bare SQLCipher commit {one(io['bare'])}")


def as_text(rows: tuple[tuple, tuple]) -> tuple[str, str]:
    """The same rows as the text they hold (the bare baseline's bytes)."""
    return tuple("\x1f".join(map(str, r)) for r in rows)


# The stages of a save, as cProfile names them: (label, file suffix, function).
STAGES = (
    ("whole save (RecordStore.create)", "bedside/records.py", "create"),
    ("durable commit (SQLCipher, fsync)", "", "<method 'commit' of 'sqlcipher3.dbapi2.Connection' objects>"),
    ("account re-read (Session.refresh_user)", "bedside/session.py", "refresh_user"),
    ("version built, signed, admitted, inserted (_new_row)", "bedside/records.py", "_new_row"),
    ("  Ed25519 signature (sign_entry_here)", "bedside/identity/entry_signing.py", "sign_entry_here"),
    ("  entry rules (entry_rules.admit)", "bedside/entry_rules.py", "admit"),
    ("audit entry: chain head, hash, insert (audit.append)", "bedside/audit.py", "append"),
    ("seal handed to its own thread (SealWriter.soon)", "bedside/seal.py", "soon"),
    ("statements executed (4 per save)", "", "<method 'execute' of 'sqlcipher3.dbapi2.Cursor' objects>"),
)


def profile_saves(session, n: int) -> list[str]:
    """*n* saves under cProfile: each stage's time per save and its share."""
    import cProfile
    import pstats
    prof = cProfile.Profile()
    prof.enable()
    for i in range(n):
        session.records.create(RecordType.VITAL_READING, {**CONTENT, "values": {"hr": str(i)}},
                               patient_id="p1")
    prof.disable()
    stats = pstats.Stats(prof).stats
    whole = None
    lines = [f"   profile of {n} saves ({pstats.Stats(prof).total_calls / n:.0f} Python calls "
             "per save), time per save under the profiler:"]
    for label, path, func in STAGES:
        cum = sum(ct for (f, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.items()
                  if name == func and f.replace(os.sep, "/").endswith(path))
        whole = whole or cum
        lines.append(f"     {label:55s} {cum / n * 1e6:8.0f} µs  {cum / whole:6.1%}")
    return lines


def run_size(size: int, samples: int, keep: Path | None = None,
             profile: int = 0) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as tmp:
        d = keep / str(size) if keep else Path(tmp)
        d.mkdir(parents=True, exist_ok=True)
        vault, s = make_vault(Path(d) / "vault", size)
        warm = [s.records.create(RecordType.VITAL_READING, {**CONTENT, "values": {"hr": str(i)}},
                                 patient_id="p1") for i in range(5)]
        rec, aud = raw_rows(s, warm[-1].id)
        payload = as_text((rec, aud))
        bare = bare_sqlcipher(Path(d), size, payload)
        schema, seq = same_schema(s, Path(d), size, (rec, aud))
        keys = PersonKeys.generate()
        message = b"bedside-entry|v1|" + payload[0].encode("utf-8")[:700]
        out: dict[str, list[float]] = {"bedside": [], "bare": [], "sign": [], "schema": [],
                                       "bedside_cpu": [], "bare_cpu": [],
                                       "collections": [0, 0, 0]}
        io: dict[str, list[tuple[int, int]]] = {"bedside": [], "bare": []}   # read, written
        # as in the app (ui/gui_gc.py): no automatic collection during a save;
        # what is due is collected between samples, off the timed calls
        thresholds = gc.get_threshold()
        gc.disable()
        for i in range(samples):     # interleaved: each pair sees the same machine
            collected = collect_due(thresholds)
            if collected is not None:
                out["collections"][collected] += 1
            before = thread_io()
            t, c = time.perf_counter(), time.thread_time()
            s.records.create(RecordType.VITAL_READING, {**CONTENT, "values": {"hr": str(i)}},
                             patient_id="p1")
            out["bedside"].append(time.perf_counter() - t)
            out["bedside_cpu"].append(time.thread_time() - c)
            io["bedside"].append(io_since(before))
            # its seal is written by the vault's seal thread once the save returned
            # (bedside/seal.py); in the app that lands in the pause before the next
            # entry -- here, let it land now, not inside the bare commit's timing
            vault.settle_seal()
            before = thread_io()
            t, c = time.perf_counter(), time.thread_time()
            bare.execute("BEGIN")
            bare.execute("INSERT INTO t VALUES (?, ?)", (new_id(), payload[0]))
            bare.execute("INSERT INTO t VALUES (?, ?)", (new_id(), payload[1]))
            bare.execute("COMMIT")
            out["bare"].append(time.perf_counter() - t)
            out["bare_cpu"].append(time.thread_time() - c)
            io["bare"].append(io_since(before))
            t = time.perf_counter()
            keys.sign(message)
            out["sign"].append(time.perf_counter() - t)
            seq += 1
            t = time.perf_counter()
            schema.execute("BEGIN")
            schema.execute(f"INSERT INTO records ({','.join(RECORD_COLS)}) VALUES "
                           f"({','.join('?' * len(RECORD_COLS))})",
                           (new_id(), new_id(), *rec[2:-1], seq))
            schema.execute(f"INSERT INTO audit ({','.join(AUDIT_COLS)}) VALUES "
                           f"({','.join('?' * len(AUDIT_COLS))})",
                           (seq, new_id(), *aud[2:9], new_id(), new_id(), *aud[11:]))
            schema.execute("COMMIT")
            out["schema"].append(time.perf_counter() - t)
        gc.enable()
        out["pages"] = io
        out["checkpoints"] = s.db.checkpoints.done
        out["profile"] = profile_saves(s, profile) if profile else []
        bare.close()
        schema.close()
        vault.lock()
    return out


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--samples", type=int, default=1000)
    ap.add_argument("--sizes", default="1000,100000,1000000")
    ap.add_argument("--keep", type=Path, help="keep the filled files in DIR/<size>/ and reuse them "
                    "in later runs (a million takes minutes to fill; each run adds its samples)")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also profile N saves at each size: the time per stage of a save")
    a = ap.parse_args()
    if a.smoke:
        a.samples, a.sizes, a.profile = 20, "50", min(a.profile, 20)
    worst = worst_floor = 0.0
    for size in [int(x) for x in a.sizes.split(",")]:
        t0 = time.perf_counter()
        got = run_size(size, a.samples, a.keep, a.profile)
        print(f"{size:>9,} stored ({time.perf_counter() - t0:.0f} s with the fill)")
        for name, p in (("p50", 50), ("p99", 99)):
            o, b = pct(got["bedside"], p) * 1000, pct(got["bare"], p) * 1000
            floor = b + pct(got["sign"], 50) * 1000
            ratio, to_floor = o / b, o / floor
            worst, worst_floor = max(worst, ratio), max(worst_floor, to_floor)
            print(f"   {name}: bedside {o:7.3f} ms   bare SQLCipher commit {b:7.3f} ms   "
                  f"ratio {ratio:.2f}   floor (+ one Ed25519 sign) {floor:7.3f} ms   "
                  f"ratio to floor {to_floor:.2f}")
        print(f"   Ed25519 sign p50 {pct(got['sign'], 50) * 1000:.3f} ms; the vault's own tables and "
              f"indexes, bare SQLCipher, same rows: p50 {pct(got['schema'], 50) * 1000:.3f} ms, "
              f"p99 {pct(got['schema'], 99) * 1000:.3f} ms")
        # CPU time of the saving thread: what the disk's queue (other programs'
        # writes, the fsync) does not move -- Bedside's own work plus the
        # commit's encryption, against the bare commit's
        print(f"   CPU of the saving thread p50: bedside {pct(got['bedside_cpu'], 50) * 1000:.3f} ms, "
              f"bare SQLCipher commit {pct(got['bare_cpu'], 50) * 1000:.3f} ms")
        if thread_io() is not None:
            print(pages_line(got["pages"]))
        print(f"   WAL checkpoints run beside the saves (not in them): {got['checkpoints']}; "
              "the bare commit keeps SQLite's default autocheckpoint")
        print("   cycle collections between samples, as the app's GUI thread runs them "
              "(generations 0/1/2): " + "/".join(map(str, got["collections"])))
        for line in got["profile"]:
            print(line)
    return closing_line(f"save_entry: worst p50/p99 against a bare SQLCipher durable commit of the same bytes "
                        f"+ one Ed25519 sign {worst_floor:.2f}; against that commit alone", worst, digits=2)


if __name__ == "__main__":
    sys.exit(main())
