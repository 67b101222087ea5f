"""Lab results from the feed in the eligibility checklist: each result not
yet accepted is offered with its sample time; accepting stores it as a
lab entry (``lab_value``) at the lab's own sample time, naming the message
it came from, so "rising versus ~24 h earlier" works from the lab's times.
Nothing is stored until a person accepts."""

from __future__ import annotations

from bedside.names import PatientId, RecordType
from ..eligibility import service as eligibility
from ..eligibility.units import canonical_unit
from ..patients import get_patient
from .feed import cache_for
from .proposals import LabProposal, lab_proposals


def accepted(session, patient_id: PatientId) -> set[tuple[str, str, str]]:
    """(sender, control id, lab) of results already accepted for this patient."""
    out = set()
    for v in session.records.list_latest(RecordType.LAB_VALUE, patient_id=patient_id):
        src = v.content.get("source")
        if isinstance(src, dict):
            out.add((src.get("sender"), src.get("control_id"), v.content.get("lab")))
    return out


def lab_offers(session, patient_id: PatientId) -> dict[str, list[LabProposal]]:
    """Per lab item, the results not yet accepted, oldest sample first."""
    patient = get_patient(session, patient_id)
    done = accepted(session, patient_id)
    out: dict[str, list[LabProposal]] = {}
    for p in lab_proposals(patient, cache_for(session)):
        if (p.sender, p.control_id, p.item) not in done:
            out.setdefault(p.item, []).append(p)
    return out


def accept_labs(session, patient_id: PatientId, offers: list[LabProposal]) -> list:
    """Store each offered result as a lab entry at its sample time; the
    eligibility rules check it like a typed value (plausible range, not in
    the future)."""
    stored = []
    for p in offers:
        stored.append(eligibility.add_lab_value(
            session, patient_id, p.item, p.sampled_utc, str(p.value), canonical_unit(p.item),
            source={"sender": p.sender, "control_id": p.control_id,
                    "observed_utc": p.sampled_utc.isoformat(), "from_monitor": [],
                    "changed": []}))
    return stored
