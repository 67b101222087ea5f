"""Consent lines for the patient banner shown on every patient screen."""
from __future__ import annotations

from bedside.consent.status import banner_notes
from ui.qt import QtCore


def banner_text(session, patient_id: str) -> str:
    parts = []
    for template, params in banner_notes(session, patient_id):
        text = QtCore.QCoreApplication.translate("core", template)
        try:
            parts.append(text.format(**params))
        except (KeyError, IndexError, ValueError):
            parts.append(text)
    return " · ".join(parts)
