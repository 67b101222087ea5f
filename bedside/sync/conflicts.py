"""Sync conflicts: a record corrected concurrently on two offline PCs has
two (or more) heads.  Both stay; an investigator resolves by choosing one or
merging, which writes a new version superseding every head, with a reason
that names them."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..records import RecordVersion
from ..roles import Permission
from bedside.names import PatientId, RecordId


@dataclass(frozen=True)
class ConflictInfo:
    record_id: RecordId
    record_type: str
    patient_id: PatientId | None
    heads: list[RecordVersion]         # ordered by hybrid logical clock

    def changed_fields(self) -> list[str]:
        keys = sorted({k for h in self.heads for k in h.content})
        return [k for k in keys if len({repr(h.content.get(k)) for h in self.heads}) > 1]


def list_conflicts(session) -> list[ConflictInfo]:
    rs = session.records
    out = []
    for rid in rs.conflicted():
        heads = rs.heads(rid)
        if len(heads) > 1:
            out.append(ConflictInfo(rid, heads[0].record_type, heads[0].patient_id, heads))
    return sorted(out, key=lambda c: c.heads[-1].hlc)


def head_label(v: RecordVersion) -> str:
    return f"{v.id[:8]} ({v.author_name}, {v.workstation_id[:12]}, " \
           f"{v.created_utc.strftime('%Y-%m-%d %H:%M')} UTC)"


def resolve(session, record_id: RecordId, content: dict, note: str,
            base_entry_id: str | None = None) -> RecordVersion:
    """Resolve a conflict with *content* (one head's content, or a merge).
    The reason names every head it supersedes."""
    session.require(Permission.RESOLVE_CONFLICT)
    note = (note or "").strip()
    if not note:
        raise ValidationError("reason", QT_TRANSLATE_NOOP(
            "core", "Say why this version was chosen or how it was merged."))
    heads = session.records.heads(record_id)
    if len(heads) < 2:
        raise ValidationError("record", QT_TRANSLATE_NOOP(
            "core", "This record is no longer in conflict."))
    base = next((h for h in heads if h.id == base_entry_id), heads[-1])
    reason = f"{note} [resolves sync conflict between " + \
        " and ".join(head_label(h) for h in heads) + "]"
    return session.records.correct(record_id, content, reason, replaces=base.id,
                                   action="resolve_conflict")
