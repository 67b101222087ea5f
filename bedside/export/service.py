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
from bedside.export.builder import FORMATS, build_export, export_name
from bedside.export.source import from_session
from bedside.export.writer import write_export_folder
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.roles import Permission

Progress = Callable[[int, int, str], None]


class ExportFailed(BedsideError):
    template = QT_TRANSLATE_NOOP("core", "The export could not be written: {detail}")


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: tuple[str, ...]
    identified: bool
    records: int
    subjects: int


def export_vault(
    session,
    parent_folder: str | os.PathLike,
    formats: Iterable[str] = FORMATS,
    *,
    identified: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    session.require(Permission.EXPORT)
    if identified:
        session.require(Permission.EXPORT_IDENTIFIED)
    chosen = [f for f in FORMATS if f in set(formats)]
    if not chosen or set(formats) - set(FORMATS):
        raise ValidationError("formats", QT_TRANSLATE_NOOP("core", "Choose at least one export format."))
    parent = Path(parent_folder) if str(parent_folder or "").strip() else None
    if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK):
        raise ValidationError("folder", QT_TRANSLATE_NOOP(
            "core", "Choose an existing folder you are allowed to write to."))
    total = len(chosen) + 3

    def step(i: int, label: str) -> None:
        if progress:
            progress(i, total, label)

    step(0, "read")
    data = from_session(session)
    step(1, "read")
    files = build_export(data, chosen, identified=identified,
                         progress=lambda i, _n, label: step(1 + i, label))
    name = export_name(data.created_utc, identified)
    try:
        folder = write_export_folder(parent, name, files)
    except OSError as exc:
        session.audit_event("export_failed", details={"formats": chosen, "identified": identified,
                                                      "error": type(exc).__name__})
        raise ExportFailed(detail=exc.strerror or type(exc).__name__) from None
    subjects = len({v.patient_id for v in data.versions if v.patient_id})
    session.audit_event("export", details={
        "formats": chosen, "identified": identified, "folder": str(folder),
        "records": len({v.record_id for v in data.versions}), "subjects": subjects,
        "files": {n: hashlib.sha256(b).hexdigest() for n, b in sorted(files.items())},
    })
    step(total, "done")
    return ExportResult(folder=folder, files=tuple(sorted(files)), identified=identified,
                        records=len({v.record_id for v in data.versions}), subjects=subjects)
