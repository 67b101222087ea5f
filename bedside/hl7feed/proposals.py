"""What the feed proposes for one registered patient: the latest monitor
values not yet decided on (for the flowsheet's entry row), and lab results
(for the eligibility checklist).  Only messages whose hospital number is
this patient's, that the server did not hold, and whose name and birth
date agree with the app's patient.  A proposal is only ever stored by a
person: accepted or corrected as a vital reading that names its source,
or rejected with a reason (``feed_decision``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from bedside.names import PatientId, RecordType
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..infusion.numbers import parse_decimal
from ..patients import Patient
from .feed import FeedCache, FeedItem
from .mapping import Mapped, map_all
from .matching import KnownPatient, hold_reason

WINDOW = timedelta(minutes=30)       # older monitor values are not proposed
AHEAD = timedelta(minutes=2)


@dataclass(frozen=True)
class VitalProposal:
    sender: str
    control_id: str
    observed_utc: datetime
    utc_offset_min: int
    values: dict[str, str]           # sign → value in the flowsheet's unit and decimals
    not_understood: int              # observations of the message that map to nothing

    def source(self, entered: dict[str, str]) -> dict:
        """The reading's ``source``: which signs kept the monitor's value."""
        kept, changed = [], []
        for sign, value in self.values.items():
            typed, _ = parse_decimal(entered.get(sign, ""), sign)
            (kept if typed is not None and typed == Decimal(value) else changed).append(sign)
        return {"sender": self.sender, "control_id": self.control_id,
                "observed_utc": self.observed_utc.isoformat(), "from_monitor": kept,
                "changed": changed}


@dataclass(frozen=True)
class LabProposal:
    item: str
    value: Decimal
    sampled_utc: datetime
    sender: str
    control_id: str


def agrees(item: FeedItem, patient: Patient) -> bool:
    return (not item.hold and item.message.mrn == patient.mrn
            and not hold_reason(item.message, KnownPatient(patient.mrn, patient.family_name,
                                                           patient.date_of_birth)))


def held(cache: FeedCache, patient: Patient, done: set[tuple[str, str]] = frozenset()) -> int:
    """Messages with this patient's number that a person must still review
    (``done``: those already dismissed, bedside/hl7feed/held.py)."""
    return sum(1 for i in cache.for_mrn(patient.mrn)
               if not agrees(i, patient) and (i.message.sender, i.message.control_id) not in done)


def decided(session, patient_id: PatientId) -> set[tuple[str, str]]:
    """(sender, control id) of monitor messages already charted or rejected."""
    out = set()
    for v in session.records.list_latest(RecordType.VITAL_READING, patient_id=patient_id):
        src = v.content.get("source")
        if isinstance(src, dict):
            out.add((src.get("sender"), src.get("control_id")))
    for v in session.records.list_latest(RecordType.FEED_DECISION, patient_id=patient_id):
        out.add((v.content.get("sender"), v.content.get("control_id")))
    return out


def _vitals(mapped: list[Mapped], decimals: dict[str, int]) -> dict[str, str]:
    best: dict[str, Mapped] = {}
    for m in mapped:
        if m.kind != "vital" or m.item not in decimals:
            continue
        if m.item not in best or (best[m.item].fallback and not m.fallback):
            best[m.item] = m
    step = {s: Decimal(1).scaleb(-d) for s, d in decimals.items()}
    return {s: str(m.value.quantize(step[s], rounding=ROUND_HALF_UP)) for s, m in best.items()}


def vital_proposal(session, patient: Patient, cache: FeedCache, now: datetime,
                   decimals: dict[str, int]) -> VitalProposal | None:
    """The latest undecided monitor values for this patient, observed in the
    last 30 minutes; ``decimals``: sign → decimals the flowsheet takes."""
    done = decided(session, patient.id)
    best: VitalProposal | None = None
    for item in cache.for_mrn(patient.mrn):
        msg = item.message
        if not agrees(item, patient) or (msg.sender, msg.control_id) in done:
            continue
        mapped, unmapped = map_all(msg.observations)
        values = _vitals(mapped, decimals)
        if not values:
            continue
        observed = max(m.observation.observed_utc for m in mapped if m.item in values)
        if not now - WINDOW <= observed <= now + AHEAD:
            continue
        if best is None or observed > best.observed_utc:
            offset = next(m.observation.utc_offset_min for m in mapped if m.item in values)
            best = VitalProposal(msg.sender, msg.control_id, observed, offset, values,
                                 len(unmapped))
    return best


def lab_proposals(patient: Patient, cache: FeedCache) -> list[LabProposal]:
    """Every lab result for this patient, oldest sample first."""
    out = []
    for item in cache.for_mrn(patient.mrn):
        if not agrees(item, patient):
            continue
        mapped, _ = map_all(item.message.observations)
        out += [LabProposal(m.item, m.value, m.observation.observed_utc, item.message.sender,
                            item.message.control_id) for m in mapped if m.kind == "lab"]
    return sorted(out, key=lambda p: p.sampled_utc)


def record_decision(session, patient_id: PatientId, message, reason: str, reason_needed: str):
    """A signed ``feed_decision`` that *message* (anything with sender,
    control_id and observed_utc) is not charted, and why; *reason_needed*:
    the message when no reason is given."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", reason_needed)
    return session.records.create(RecordType.FEED_DECISION, {
        "sender": message.sender, "control_id": message.control_id,
        "observed_utc": message.observed_utc.isoformat(), "decision": "rejected",
        "reason": reason}, patient_id=patient_id)


def reject(session, patient_id: PatientId, proposal: VitalProposal, reason: str):
    """Record that a person did not chart these monitor values, and why."""
    return record_decision(session, patient_id, proposal, reason, QT_TRANSLATE_NOOP(
        "core", "Say why the monitor values are not charted."))


def flowsheet_offer(session, patient_id: PatientId, now: datetime,
                    decimals: dict[str, int]) -> tuple[VitalProposal | None, int]:
    """What the entry row shows, from what this PC already fetched (no
    network): the proposal and how many messages are held for review."""
    from ..patients import get_patient
    from .feed import cache_for
    cache = cache_for(session)
    patient = get_patient(session, patient_id)
    return (vital_proposal(session, patient, cache, now, decimals),
            held(cache, patient, decided(session, patient_id)))
