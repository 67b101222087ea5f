"""Consent lines for the patient banner shown on every patient screen."""
from __future__ import annotations

from bedside.consent.status import banner_notes
from ui import errors


def banner_text(session, patient_id: str) -> str:
    return " · ".join(errors.text(m) for m in banner_notes(session, patient_id))
