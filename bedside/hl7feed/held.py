"""Messages held for a person to review: they carry a registered patient's
hospital number (PID-3) but another family name or birth date, so they are
never proposed or attached (docs/hl7.md).  A person looks at each one beside
the app's patient and either corrects the app's identity (the Identity tab;
the messages then agree and are proposed as usual) or dismisses it as not
this patient, with a reason: a signed ``feed_decision`` that every PC
honours, after which it is no longer counted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..i18n import QT_TRANSLATE_NOOP
from ..patients import Patient
from .feed import FeedCache
from .mapping import map_all
from .matching import KnownPatient, differences
from .proposals import agrees, decided, record_decision
from bedside.names import PatientId


@dataclass(frozen=True)
class HeldMessage:
    sender: str
    control_id: str
    observed_utc: datetime            # the latest observation's time
    family_name: str                  # as the sender gives them (PID-5, PID-7, PV1-3)
    given_name: str
    date_of_birth: date | None
    bed: str
    values: dict[str, str]            # item → value as sent, for the reviewer to recognise
    differs: frozenset[str]           # what made it held: "family_name", "date_of_birth"


def held_messages(session, patient: Patient, cache: FeedCache) -> list[HeldMessage]:
    """This patient's held messages not yet dismissed, newest first."""
    done = decided(session, patient.id)
    known = KnownPatient(patient.mrn, patient.family_name, patient.date_of_birth)
    out = []
    for item in cache.for_mrn(patient.mrn):
        msg = item.message
        if agrees(item, patient) or (msg.sender, msg.control_id) in done:
            continue
        if not msg.observations:          # the listener refuses these; nothing to review
            continue
        mapped, _ = map_all(msg.observations)
        out.append(HeldMessage(msg.sender, msg.control_id,
                               max(o.observed_utc for o in msg.observations),
                               msg.family_name, msg.given_name, msg.date_of_birth, msg.bed,
                               {m.item: format(m.value, "f") for m in mapped},
                               frozenset(differences(msg, known))))
    return sorted(out, key=lambda h: h.observed_utc, reverse=True)


def dismiss(session, patient_id: PatientId, held: HeldMessage, reason: str):
    """Record that a person reviewed a held message and it is not this
    patient's (or not to be charted), and why."""
    return record_decision(session, patient_id, held, reason, QT_TRANSLATE_NOOP(
        "core", "Say why this monitor or lab message is not this patient's."))
