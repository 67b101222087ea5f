"""How a follow-up record is written and corrected: the permission, every
rule (the record's check), then one new version; a correction needs a
reason and may only replace a record of the same type."""
from __future__ import annotations

from typing import Callable

from bedside.errors import ValidationError
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.names import PatientId, RecordId, RecordType
from bedside.roles import Permission

Check = Callable[..., None]     # check(session, patient_id, content, record_id=None)


def create(session, permission: Permission, record_type: RecordType, check: Check, patient_id: PatientId, content: dict):
    session.require(permission)
    check(session, patient_id, content)
    return session.records.create(record_type, content, patient_id=patient_id)


def correct(session, permission: Permission, record_type: RecordType, check: Check, record_id: RecordId, content: dict,
            reason: str):
    session.require(permission)
    if not (reason or "").strip():
        raise ValidationError("reason", QT_TRANSLATE_NOOP("core", "A correction needs a reason."))
    old = session.records.latest(record_id)
    if old.record_type != record_type:
        raise ValidationError("record", QT_TRANSLATE_NOOP("core", "This record cannot be corrected here."))
    check(session, old.patient_id, content, record_id=record_id)
    return session.records.correct(record_id, content, reason=reason.strip())
