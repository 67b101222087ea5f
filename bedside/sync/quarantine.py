"""Pulled items refused by the entry rules (bedside/entry_rules.py) or
unreadable: kept aside, never applied.

A refused item is stored as received in ``sync_quarantine`` (inside the
encrypted vault), audited as ``sync_quarantined`` naming the workstation
that claims to have made it, and listed for administrators
(:func:`incidents`).  The pull cursor moves past it, so one bad entry never
stops sync for the others.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from ..errors import PermissionDenied
from ..record_types import is_id
from ..roles import Permission
from .schema import QuarantineRow
from bedside.names import EntryId

MAX_RAW = 1024 * 1024          # larger items keep only their beginning


def _claimed(value: Any) -> str | None:
    """An id as claimed by a refused item, only if it is a plain id."""
    return value if is_id(value) else None


def _raw(item: Any) -> str:
    try:
        text = json.dumps(item, ensure_ascii=True, sort_keys=True, default=repr)
    except (ValueError, TypeError, RecursionError):
        text = json.dumps({"unreadable": type(item).__name__})
    return text if len(text) <= MAX_RAW else text[:MAX_RAW]


@dataclass(frozen=True)
class Refused:
    server_seq: int | None
    kind: str
    entry_id: EntryId | None
    workstation_id: str | None
    reason: str
    raw: str
    rule: str | None = None      # the entry rule broken (bedside/entry_rules.py), if any

    @classmethod
    def of(cls, item: Any, reason: str, rule: str | None = None) -> "Refused":
        item_d = item if isinstance(item, dict) else {}
        entry = item_d.get("entry") if isinstance(item_d.get("entry"), dict) else {}
        seq = item_d.get("seq")
        kind = item_d.get("kind") if item_d.get("kind") in ("entry", "blob") else "item"
        return cls(server_seq=seq if isinstance(seq, int) and not isinstance(seq, bool)
                   and 0 <= seq < 2 ** 62 else None,
                   kind=kind, entry_id=_claimed(entry.get("id")),
                   workstation_id=_claimed(entry.get("workstation_id")),
                   reason=reason[:500], raw=_raw(item), rule=rule)


def store(orm: OrmSession, refused: list[Refused], now_iso: str) -> None:
    for r in refused:
        orm.add(QuarantineRow(received_utc=now_iso, server_seq=r.server_seq, kind=r.kind,
                              entry_id=r.entry_id, workstation_id=r.workstation_id,
                              reason=r.reason, raw=r.raw))


@dataclass(frozen=True)
class Incident:
    id: int
    received_utc: str
    server_seq: int | None
    kind: str
    entry_id: EntryId | None
    workstation_id: str | None
    reason: str


def count(db) -> int:
    with db.read() as orm:
        return orm.scalar(select(func.count()).select_from(QuarantineRow)) or 0


def incidents(session) -> list[Incident]:
    """What was quarantined here, newest first (administrators, investigators
    and data managers: whoever may view the audit)."""
    if not session.can(Permission.VIEW_AUDIT):
        raise PermissionDenied(role=session.user.role.value, action="view sync incidents")
    with session.db.read() as orm:
        rows = orm.scalars(select(QuarantineRow).order_by(QuarantineRow.id.desc())).all()
        return [Incident(r.id, r.received_utc, r.server_seq, r.kind, r.entry_id,
                         r.workstation_id, r.reason) for r in rows]
