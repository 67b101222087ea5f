"""Drafts: what someone was typing into a form (a vital-sign row, an
adverse-event form, a consent step) when the app ended abnormally, kept so
it can be offered back at that person's next sign-in.

A draft is **not** a clinical record: it lives in its own table of the
SQLCipher database (encrypted under the data key like everything else), is
overwritten as the person types, is deleted when the form is saved or
cancelled, and is never versioned, audited, synced or exported. Each draft
belongs to the user who typed it; no call here reads another user's."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from .errors import ValidationError
from .storage.schema import DraftRow
from bedside.names import PatientId

if TYPE_CHECKING:  # pragma: no cover
    from .session import Session

VITAL_ROW = "vital_row"
ADVERSE_EVENT = "adverse_event"
CONSENT = "consent"
KINDS = (VITAL_ROW, ADVERSE_EVENT, CONSENT)
MAX_CONTENT = 256_000  # a consent step with drawn signatures stays far below


@dataclass(frozen=True)
class Draft:
    kind: str
    key: str
    patient_id: PatientId | None
    where: dict      # how to get back to the form (infusion number, record id, step…)
    fields: dict     # what was typed, as the form reads it back
    updated_utc: datetime


class DraftStore:
    """The signed-in user's own drafts."""

    def __init__(self, session: "Session") -> None:
        self.session = session

    def save(self, kind: str, key: str, patient_id: PatientId | None, where: dict[str, Any],
             fields: dict[str, Any]) -> None:
        if kind not in KINDS:
            raise ValidationError("kind")
        content = json.dumps({"where": where, "fields": fields}, ensure_ascii=False,
                             sort_keys=True)
        if len(content) > MAX_CONTENT:
            raise ValidationError("draft")
        user_id = self.session.user.id
        now = self.session.clock.now().isoformat()
        with self.session.db.write() as orm:
            row = orm.get(DraftRow, (user_id, kind, key))
            if row is None:
                orm.add(DraftRow(user_id=user_id, kind=kind, key=key, patient_id=patient_id,
                                 content=content, updated_utc=now))
            else:
                row.patient_id, row.content, row.updated_utc = patient_id, content, now

    def discard(self, kind: str, key: str) -> None:
        """The form was saved or cancelled: its draft goes."""
        with self.session.db.write() as orm:
            orm.execute(delete(DraftRow).where(DraftRow.user_id == self.session.user.id,
                                               DraftRow.kind == kind, DraftRow.key == key))

    def get(self, kind: str, key: str) -> Draft | None:
        with self.session.db.read() as orm:
            row = orm.get(DraftRow, (self.session.user.id, kind, key))
            return _draft(row) if row is not None else None

    def mine(self) -> list[Draft]:
        """This user's drafts, newest first (unreadable ones are skipped)."""
        with self.session.db.read() as orm:
            rows = orm.scalars(select(DraftRow).where(DraftRow.user_id == self.session.user.id)
                               .order_by(DraftRow.updated_utc.desc())).all()
        drafts = []
        for row in rows:
            try:
                drafts.append(_draft(row))
            except (ValueError, KeyError, TypeError):
                continue
        return drafts


def _draft(row: DraftRow) -> Draft:
    raw = json.loads(row.content)
    return Draft(kind=row.kind, key=row.key, patient_id=row.patient_id,
                 where=dict(raw["where"]), fields=dict(raw["fields"]),
                 updated_utc=datetime.fromisoformat(row.updated_utc))
