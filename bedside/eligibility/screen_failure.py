"""Screen failures, read: an assessed patient who is not included has one
structured record (``screen_failure``, declared in ``schema.py``) with
either the protocol's criterion codes not met or one coded non-clinical
reason. Recording and retracting one, with their rules, is
:mod:`.screen_failure_writes` (it asks the assessment, :mod:`.service`,
which reads this module)."""
from __future__ import annotations

from dataclasses import dataclass

from bedside.roles import Permission

RECORD = "screen_failure"
CRITERIA, NON_CLINICAL = "criteria", "non_clinical"


@dataclass(frozen=True)
class ScreenFailure:
    record_id: str
    kind: str
    criteria: tuple[str, ...]
    reason: str | None
    note: str
    decided_on: str
    protocol_key: str
    assessment_status: str


def latest_version(session, patient_id: str):
    """The patient's screen-failure record (latest version), cancelled or not."""
    vs = session.records.list_latest(RECORD, patient_id=patient_id)
    return vs[0] if vs else None


def screen_failure(session, patient_id: str) -> ScreenFailure | None:
    """The patient's screen failure in force, or None."""
    session.require(Permission.VIEW_PATIENTS)
    v = latest_version(session, patient_id)
    if v is None or v.content.get("cancelled"):
        return None
    c = v.content
    return ScreenFailure(v.record_id, c["kind"], tuple(c["criteria"]), c.get("reason"), c.get("note", ""),
                         c["decided_on"], c["protocol_key"], c["assessment_status"])


def retraction(session, patient_id: str):
    """The version that retracted the patient's screen failure (its author,
    time and reason), or None when none was retracted or one is in force."""
    session.require(Permission.VIEW_PATIENTS)
    v = latest_version(session, patient_id)
    return v if v is not None and v.content.get("cancelled") else None
