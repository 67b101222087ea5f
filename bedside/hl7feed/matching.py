"""Which registered patient a message is about: by hospital number (PID-3)
only, and only if the name and birth date the sender gives agree with the
app's patient.  A disagreement is held for a person to review, never
attached."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from .message import FeedMessage

HOLD_IDENTITY = "identity_mismatch"


@dataclass(frozen=True)
class KnownPatient:
    mrn: str
    family_name: str
    date_of_birth: date | None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum()).casefold()


def differences(msg: FeedMessage, patient: KnownPatient) -> set[str]:
    """Which of the sender's identity fields disagree with the app's patient
    ("family_name", "date_of_birth"); accents and case do not count."""
    out = set()
    if msg.family_name and _fold(msg.family_name) != _fold(patient.family_name):
        out.add("family_name")
    if msg.date_of_birth and patient.date_of_birth and msg.date_of_birth != patient.date_of_birth:
        out.add("date_of_birth")
    return out


def hold_reason(msg: FeedMessage, patient: KnownPatient) -> str:
    """'' when the message's identity agrees with the patient's, else why not."""
    return HOLD_IDENTITY if differences(msg, patient) else ""


def patient_from_content(content: dict) -> KnownPatient | None:
    """A ``patient`` record's content as matching needs it (None if unreadable)."""
    try:
        dob = content.get("date_of_birth")
        return KnownPatient(str(content["mrn"]).strip(), str(content.get("family_name", "")),
                            date.fromisoformat(dob) if isinstance(dob, str) else None)
    except (KeyError, ValueError, TypeError, AttributeError):
        return None
