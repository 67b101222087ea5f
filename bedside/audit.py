"""The hash-chained audit trail: append inside the caller's transaction;
verify the whole chain. Each entry's hash covers its own fields and the
previous entry's hash, so an edit, a deletion or a reordering shows at the
first entry it touches."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable

from sqlalchemy.orm import Session as OrmSession

from .canonical import canonical_json, sha256_hex
from .ids import new_id
from .storage import rawsql
from .storage.schema import AuditRow
from bedside.names import EntryId, RecordId

GENESIS = "0" * 64
HASHED_FIELDS = ("seq", "id", "ts_utc", "utc_offset_min", "user_id", "username",
                 "workstation_id", "action", "record_type", "record_id", "entry_id",
                 "version", "details", "reason", "prev_hash")


_HASHED = frozenset(HASHED_FIELDS)

# The actions that log a version written on this PC (``records.py``). Such an
# entry is found through its version -- the version's ``audit_seq`` names it --
# and stays out of the audit trail's record index (migration 0012): one index
# fewer in every save. Every other entry about a record (received by sync,
# printed, signed, exported…), and every entry from before the upgrade (up to
# ``meta.audit_indexed_through``), is in the index. The index's condition
# is built from this list: changing it needs a migration rebuilding the index.
VERSION_ACTIONS = ("create", "correct", "staff_change", "resolve_conflict")
INDEXED_THROUGH_KEY = "audit_indexed_through"


def in_record_index(through: int) -> str:
    """The SQL condition of the audit rows ``ix_audit_record`` holds, in a
    vault whose index holds every entry up to *through*: written the same
    in the index and in the queries that read it (SQLite reads a partial
    index only for a query that states its condition)."""
    actions = ", ".join(f"'{a}'" for a in VERSION_ACTIONS)
    return f"(action NOT IN ({actions}) OR seq <= {int(through)})"


def record_trail(where: str, params: tuple, record_id: RecordId,
                 through: int) -> tuple[str, tuple]:
    """SQL and parameters of the audit entries about one record, newest
    first: those in the record index, and those its versions name (*where*
    selects the record's versions in ``records``: ``records.of_record``).
    An entry is read through its version only when it logs that version and
    is past the upgrade point: the two halves never read the same entry."""
    cols = ", ".join(f"audit.{c}" for c in TRAIL_COLUMNS)
    return (f"SELECT {cols} FROM audit WHERE record_id = ? AND {in_record_index(through)} "
            f"UNION ALL SELECT {cols} FROM (SELECT id AS version_id, audit_seq FROM records "
            f"WHERE {where} AND audit_seq > {int(through)}) AS v JOIN audit "
            "ON audit.seq = v.audit_seq AND audit.entry_id = v.version_id ORDER BY 1 DESC",
            (record_id, *params))


INDEXED_THROUGH_SQL = f"SELECT value FROM meta WHERE key = '{INDEXED_THROUGH_KEY}'"


def indexed_through(orm: OrmSession) -> int:
    """The last audit entry the record index holds whatever its action
    (migration 0012: the trail's last entry at the upgrade). ``bedside
    verify`` checks it against the index's own condition."""
    return through_of(rawsql.fetch_one(orm, INDEXED_THROUGH_SQL))


def through_of(found: tuple | None) -> int:
    """The upgrade point from the row of :data:`INDEXED_THROUGH_SQL` (0 without one)."""
    return int(found[0]) if found is not None and str(found[0]).isdigit() else 0


TRAIL_COLUMNS = ("seq", "ts_utc", "utc_offset_min", "username", "workstation_id", "action",
                 "record_type", "record_id", "entry_id", "version", "details", "reason")


def entry_hash(fields: dict[str, Any]) -> str:
    if fields.keys() == _HASHED:    # exactly the hashed fields (``append``'s own): as they are
        return sha256_hex(canonical_json(fields))
    return sha256_hex(canonical_json({k: fields.get(k) for k in HASHED_FIELDS}))


@dataclass(frozen=True)
class Actor:
    """Who and where, for the audit trail."""

    user_id: str | None
    username: str | None
    workstation_id: str


def append(orm: OrmSession, actor: Actor, action: str, *, when: datetime,
           utc_offset_min: int, record_type: str | None = None,
           record_id: RecordId | None = None, entry_id: EntryId | None = None,
           version: int | None = None, details: dict | None = None,
           reason: str | None = None, head: tuple[int, str] | None = None) -> dict[str, Any]:
    """Add one entry to the chain within *orm*'s open transaction; returns its
    fields. *head*: :func:`next_link` read earlier in the same transaction,
    with nothing appended since (a version names its audit entry before
    that entry is written)."""
    seq, prev = head if head is not None else next_link(orm)
    fields = dict(seq=seq, id=new_id(), ts_utc=when.isoformat(),
                  utc_offset_min=utc_offset_min, user_id=actor.user_id,
                  username=actor.username, workstation_id=actor.workstation_id,
                  action=action, record_type=record_type, record_id=record_id,
                  entry_id=entry_id, version=version,
                  details=canonical_json(details or {}), reason=reason, prev_hash=prev)
    fields["hash"] = entry_hash(fields)
    rawsql.insert(orm, "audit", fields)
    orm.info["audit_head"] = (seq, fields["hash"])   # for the seal, once committed
    return fields


def next_link(orm: OrmSession) -> tuple[int, str]:
    """The sequence number the next entry takes and the hash it follows."""
    last = rawsql.fetch_one(orm, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    return (last[0] + 1, last[1]) if last else (1, GENESIS)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    broken_seq: int | None = None
    problem: str | None = None

    def line(self) -> str:
        if self.ok:
            return f"ok: {self.entries} entries"
        return f"broken: audit entry {self.broken_seq}: {self.problem}"


def verify_rows(rows: Iterable[dict[str, Any]], expected_count: int | None = None) -> ChainReport:
    """Check an ordered iterable of audit rows (dicts with every column)."""
    prev = GENESIS
    n = 0
    for n, row in enumerate(rows, start=1):
        if row["seq"] != n:
            return ChainReport(False, n - 1, n, f"sequence jumps to {row['seq']} "
                               f"(an entry was deleted or reordered)")
        if row["prev_hash"] != prev:
            return ChainReport(False, n - 1, n, "does not follow the previous entry "
                               "(an entry was deleted, inserted or reordered)")
        if entry_hash(row) != row["hash"]:
            return ChainReport(False, n - 1, n, "content does not match its hash "
                               "(the entry was edited)")
        prev = row["hash"]
    if expected_count is not None and expected_count != n:
        return ChainReport(False, n, n + 1, f"{expected_count - n} entries missing "
                           "at the end of the trail")
    return ChainReport(True, n)


def details_of(row: AuditRow) -> dict:
    return json.loads(row.details)


def field_changes(old: dict, new: dict) -> dict[str, list]:
    """Top-level field changes ``{field: [old, new]}`` between two contents."""
    keys = sorted(set(old) | set(new))
    return {k: [old.get(k), new.get(k)] for k in keys if old.get(k) != new.get(k)}
