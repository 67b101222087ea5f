"""Words for stored keys that screens show (audit actions, record types,
record fields), marked for translation in context "core". A screen never
shows an internal key such as ``weight_kg`` or ``login``; a key without a
word here is shown with its underscores as spaces."""
from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP

AUDIT_ACTIONS = {
    "login": QT_TRANSLATE_NOOP("core", "signed in"),
    "login_failed": QT_TRANSLATE_NOOP("core", "failed sign-in"),
    "lockout": QT_TRANSLATE_NOOP("core", "account locked after failed sign-ins"),
    "lock": QT_TRANSLATE_NOOP("core", "screen locked"),
    "switch_user": QT_TRANSLATE_NOOP("core", "user switched"),
    "create": QT_TRANSLATE_NOOP("core", "created"),
    "write": QT_TRANSLATE_NOOP("core", "saved"),
    "correct": QT_TRANSLATE_NOOP("core", "corrected"),
    "blob": QT_TRANSLATE_NOOP("core", "file stored (signature or PDF)"),
    "export": QT_TRANSLATE_NOOP("core", "data exported"),
    "export_failed": QT_TRANSLATE_NOOP("core", "export failed"),
    "consent_pdf_copy": QT_TRANSLATE_NOOP("core", "copy of the consent PDF saved outside the vault"),
    "key_slot_add": QT_TRANSLATE_NOOP("core", "vault key added"),
    "resolve_conflict": QT_TRANSLATE_NOOP("core", "conflict resolved"),
    "second_person_check": QT_TRANSLATE_NOOP("core", "second-person check"),
    "signature_refused": QT_TRANSLATE_NOOP("core", "signature refused (wrong password)"),
    "sync_enrolled": QT_TRANSLATE_NOOP("core", "workstation enrolled for sync"),
    "sync_received": QT_TRANSLATE_NOOP("core", "received by sync"),
    "sync_unenrolled": QT_TRANSLATE_NOOP("core", "workstation removed from sync"),
    "user_create": QT_TRANSLATE_NOOP("core", "account created"),
    "user_language": QT_TRANSLATE_NOOP("core", "language changed"),
    "vault_create": QT_TRANSLATE_NOOP("core", "vault created"),
}

RECORD_FIELDS = {
    "mrn": QT_TRANSLATE_NOOP("core", "hospital number"),
    "family_name": QT_TRANSLATE_NOOP("core", "family name"),
    "given_name": QT_TRANSLATE_NOOP("core", "given name"),
    "date_of_birth": QT_TRANSLATE_NOOP("core", "date of birth"),
    "sex": QT_TRANSLATE_NOOP("core", "sex"),
    "weight_kg": QT_TRANSLATE_NOOP("core", "weight (kg)"),
    "height_cm": QT_TRANSLATE_NOOP("core", "height (cm)"),
    "wristband": QT_TRANSLATE_NOOP("core", "wristband"),
    "subject_id": QT_TRANSLATE_NOOP("core", "subject number"),
    "screening_number": QT_TRANSLATE_NOOP("core", "screening number"),
}

RECORD_TYPES = {
    "patient": QT_TRANSLATE_NOOP("core", "patient"),
    "consent": QT_TRANSLATE_NOOP("core", "consent"),
    "consent_step": QT_TRANSLATE_NOOP("core", "consent step"),
    "eligibility_assessment": QT_TRANSLATE_NOOP("core", "eligibility assessment"),
    "lab_value": QT_TRANSLATE_NOOP("core", "lab value"),
    "vital_reading": QT_TRANSLATE_NOOP("core", "vital signs reading"),
    "infusion_event": QT_TRANSLATE_NOOP("core", "infusion event"),
    "adverse_event": QT_TRANSLATE_NOOP("core", "adverse event"),
}


def word_for(table: dict[str, str], key: str) -> str:
    """The marked English word for *key* (translate it in context "core"),
    or the key made readable when the table has none."""
    return table.get(key) or key.replace("_", " ")
