"""Patient banner note: this patient's screening number or subject id is
also on another patient's label (bedside/number_incidents.py)."""

from __future__ import annotations

from bedside.errors import BedsideError
from bedside.number_incidents import incidents

from .qt import QCoreApplication


def duplicate_banner(session, patient_id: str) -> str:
    """Patient banner note for everyone (the nurse at the bedside too): this
    patient's number is also on another patient's label."""
    try:
        mine = [d for d in incidents(session) if patient_id in d.patient_ids]
    except BedsideError:
        return ""
    if not mine:
        return ""
    return QCoreApplication.translate(
        "DuplicateNumbersSection", "{number} also on another patient: check name and birth date").format(
        number=", ".join(d.number for d in mine))
