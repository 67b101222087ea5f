"""Numbers held by two patients on this PC (docs/sync.md, "Patient
numbers"): found among the patients this PC holds, each written once to the
audit trail after a pull and shown as an incident."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .numbering import DuplicateNumber, duplicate_numbers
from .patients import list_patients
from .sync.local import SyncState

if TYPE_CHECKING:  # pragma: no cover
    from .session import Session


def incidents(session: "Session") -> list[DuplicateNumber]:
    """The duplicate numbers among the patients this PC holds."""
    return duplicate_numbers(list_patients(session))


def record_new_incidents(session: "Session") -> list[DuplicateNumber]:
    """Write one ``number_duplicate`` audit entry for each duplicate not yet
    recorded on this PC (called after every pull); return them all."""
    found = incidents(session)
    state = SyncState(session)
    known = set(json.loads(state.get("number_incidents", "[]") or "[]"))
    new = [d for d in found if f"{d.field}:{d.number}" not in known]
    for d in new:
        session.audit_event("number_duplicate", record_type="patient",
                            details={"field": d.field, "number": d.number,
                                     "patients": list(d.patient_ids)})
    if new:
        state.set(number_incidents=json.dumps(sorted(known | {f"{d.field}:{d.number}"
                                                              for d in new})))
    return found
