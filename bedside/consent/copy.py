"""A printable copy of the PDF consent record, outside the vault.

The vault keeps the PDF encrypted; a copy for the patient's file is the one
place the consent record leaves it in plain form, so it is written only to a
path the user chose (the screen asks, opening in the site's export folder),
whole (temporary file beside it, then replaced), and the audit trail records
who saved which consent record, when, and where (the folder and file name:
no patient data is added to the trail that the vault does not already hold).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.consent.errors import ConsentError
from bedside.files import atomic_write
from bedside.roles import Permission

AUDIT_ACTION = "consent_pdf_copy"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def suggested_name(study_id: str, signed_at: str, word: str = "consent") -> str:
    """``consentement-TJT-001-2026-12-02.pdf`` (*word* in the user's language):
    the study number and the day of signature, never the patient's name (a
    file name shows in every folder listing)."""
    sid = _UNSAFE.sub("-", str(study_id or "")).strip("-.") or "patient"
    day = str(signed_at or "")[:10]
    day = day if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else ""
    word = _UNSAFE.sub("-", word).strip("-.") or "consent"
    return "-".join(p for p in (word, sid, day) if p) + ".pdf"


def save_copy(session, version, path: str | os.PathLike, pdf: bytes) -> Path:
    """Write *pdf* (the stored record of consent step *version*) to *path*,
    which the user chose, and record it in the audit trail.  Refuses a path
    that is not a .pdf file in an existing folder, and bytes that are not a PDF."""
    session.require(Permission.VIEW_PATIENTS)
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    if not target.parent.is_dir():
        raise ConsentError("folder", QT_TRANSLATE_NOOP(
            "core", "This folder does not exist: choose another one."))
    if target.is_dir():
        raise ConsentError("file", QT_TRANSLATE_NOOP("core", "Choose a file name, not a folder."))
    if not isinstance(pdf, (bytes, bytearray)) or not bytes(pdf).startswith(b"%PDF"):
        raise ConsentError("pdf", QT_TRANSLATE_NOOP("core", "The consent document could not be produced."))
    try:
        atomic_write(target, bytes(pdf))
    except OSError:
        raise ConsentError("folder", QT_TRANSLATE_NOOP(
            "core", "The copy could not be written there (no permission, or the disk is full): "
                    "choose another folder.")) from None
    session.audit_event(AUDIT_ACTION, record_type=version.record_type, record_id=version.record_id,
                        entry_id=version.id, details={"folder": str(target.parent), "file": target.name,
                                                      "bytes": len(pdf)})
    return target


def copy_context(session, version) -> dict:
    """What the save dialog needs, read on the worker: the site's export
    folder (may be empty), the study number and the day of signature."""
    from bedside.consent.service import patient_summary
    folder = session.settings.get("export_folder", "") or ""
    return {"folder": folder if folder and Path(folder).is_dir() else "",
            "study_id": patient_summary(session, version.patient_id).get("study_id", ""),
            "signed_at": str(version.content.get("at", ""))}
