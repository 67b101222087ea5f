"""Whether a patient's participation in the trial has ended. The end of
participation (one record per patient, declared, checked and written by
``bedside/followup``) closes the patient's open tasks everywhere: the
dashboard lists neither their infusions nor their visits. It is read here,
below the capabilities, so the infusion dashboard asks this module instead
of importing follow-up (docs/ARCHITECTURE.md "Layers")."""
from __future__ import annotations

END_OF_PARTICIPATION = "end_of_participation"


def end_version(session, patient_id: str):
    """The patient's end-of-participation record (latest version), or None."""
    vs = session.records.list_latest(END_OF_PARTICIPATION, patient_id=patient_id)
    return max(vs, key=lambda v: v.created_utc) if vs else None


def participation_ended(session, patient_id: str) -> bool:
    return end_version(session, patient_id) is not None
