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
           reason: str | None = None) -> dict[str, Any]:
    """Add one entry to the chain within *orm*'s open transaction; returns its fields."""
    last = rawsql.fetch_one(orm, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
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
