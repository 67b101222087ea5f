"""Export the vault to a folder the user picked: permission-checked, audited
(action "export"), pseudonymised unless an administrator asks for an
identified export, written atomically."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from bedside.errors import BedsideError, ValidationError
from bedside.export.builder import FORMATS, build_export_for_review, export_name
from bedside.export.identifiers import Questionable
from bedside.export.source import from_session
from bedside.export.writer import write_export_folder
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.roles import Permission

Progress = Callable[[int, int, str], None]


class ExportFailed(BedsideError):
    template = QT_TRANSLATE_NOOP("core", "The export could not be written: {detail}")


class ExportNeedsReview(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "{count} words in free text may identify someone: review them before the export is released.")


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: tuple[str, ...]
    identified: bool
    records: int
    subjects: int


@dataclass(frozen=True)
class PreparedExport:
    """An export built in memory, not yet written: what the data manager
    reviews before releasing it."""
    files: dict[str, bytes]
    name: str
    formats: tuple[str, ...]
    identified: bool
    records: int
    subjects: int
    review: tuple[Questionable, ...]
    redacted_on_review: int


def _chosen_formats(formats: Iterable[str]) -> list[str]:
    wanted = set(formats)
    chosen = [f for f in FORMATS if f in wanted]
    if not chosen or wanted - set(FORMATS):
        raise ValidationError("formats", QT_TRANSLATE_NOOP("core", "Choose at least one export format."))
    return chosen


def writable_folder(parent_folder: str | os.PathLike | None) -> Path:
    parent = Path(parent_folder) if str(parent_folder or "").strip() else None
    if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK):
        raise ValidationError("folder", QT_TRANSLATE_NOOP(
            "core", "Choose an existing folder you are allowed to write to."))
    return parent


def prepare_export(
    session,
    formats: Iterable[str] = FORMATS,
    *,
    identified: bool = False,
    also_redact: Iterable[str] = (),
    progress: Progress | None = None,
) -> PreparedExport:
    """Read the vault and build every file in memory (nothing written yet)."""
    session.require(Permission.EXPORT)
    if identified:
        session.require(Permission.EXPORT_IDENTIFIED)
    chosen = _chosen_formats(formats)
    total = len(chosen) + 2

    def step(i: int, label: str) -> None:
        if progress:
            progress(i, total, label)

    step(0, "read")
    data = from_session(session)
    step(1, "read")
    extra = tuple(w for w in also_redact if isinstance(w, str) and w.strip())
    built = build_export_for_review(data, chosen, identified=identified, also_redact=extra,
                                    progress=lambda i, _n, label: step(1 + i, label))
    return PreparedExport(
        files=built.files, name=export_name(data.created_utc, identified), formats=tuple(chosen),
        identified=identified, records=len({v.record_id for v in data.versions}),
        subjects=len({v.patient_id for v in data.versions if v.patient_id}),
        review=built.review, redacted_on_review=len(extra))


def release_export(session, prepared: PreparedExport, parent_folder: str | os.PathLike, *,
                   reviewed: bool = False) -> ExportResult:
    """Write a prepared export to a folder. A pseudonymised export whose free
    text holds words no rule decides is released only once reviewed."""
    session.require(Permission.EXPORT)
    if prepared.identified:
        session.require(Permission.EXPORT_IDENTIFIED)
    parent = writable_folder(parent_folder)
    if prepared.review and not reviewed:
        raise ExportNeedsReview(count=len(prepared.review))
    try:
        folder = write_export_folder(parent, prepared.name, prepared.files)
    except OSError as exc:
        session.audit_event("export_failed", details={"formats": list(prepared.formats),
                                                      "identified": prepared.identified,
                                                      "error": type(exc).__name__})
        raise ExportFailed(detail=exc.strerror or type(exc).__name__) from None
    session.audit_event("export", details={
        "formats": list(prepared.formats), "identified": prepared.identified, "folder": str(folder),
        "records": prepared.records, "subjects": prepared.subjects,
        "review": {"listed": len(prepared.review), "redacted_on_review": prepared.redacted_on_review},
        "files": {n: hashlib.sha256(b).hexdigest() for n, b in sorted(prepared.files.items())},
    })
    return ExportResult(folder=folder, files=tuple(sorted(prepared.files)), identified=prepared.identified,
                        records=prepared.records, subjects=prepared.subjects)


def export_vault(
    session,
    parent_folder: str | os.PathLike,
    formats: Iterable[str] = FORMATS,
    *,
    identified: bool = False,
    reviewed: bool = False,
    also_redact: Iterable[str] = (),
    progress: Progress | None = None,
) -> ExportResult:
    """Prepare and release in one call (the folder is checked first)."""
    _chosen_formats(formats)
    writable_folder(parent_folder)
    prepared = prepare_export(session, formats, identified=identified, also_redact=also_redact,
                              progress=progress)
    result = release_export(session, prepared, parent_folder, reviewed=reviewed)
    if progress:
        progress(1, 1, "done")
    return result
