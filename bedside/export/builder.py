"""Build the files of an export (in memory) from ExportData, one format at a time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from bedside.export.consort_files import write_consort
from bedside.export.csv_export import write_csv
from bedside.export.endpoints_export import with_endpoints
from bedside.export.fhir import write_fhir
from bedside.export.forms import build_forms
from bedside.export.identifiers import Questionable
from bedside.export.odm import write_odm
from bedside.export.privacy import Pseudonymiser
from bedside.export.redcap import write_redcap
from bedside.export.source import ExportData
from bedside.i18n import QT_TRANSLATE_NOOP

FORMATS = ("csv", "odm", "fhir", "redcap", "consort")
FORMAT_LABELS = {
    "csv": QT_TRANSLATE_NOOP("core", "CSV per form and data dictionary"),
    "odm": QT_TRANSLATE_NOOP("core", "CDISC ODM 1.3.2 (clinical data, audit trail, signatures)"),
    "fhir": QT_TRANSLATE_NOOP("core", "HL7 FHIR R4 bundle"),
    "redcap": QT_TRANSLATE_NOOP("core", "REDCap data dictionary and records import"),
    "consort": QT_TRANSLATE_NOOP("core", "Screening log and CONSORT counts"),
}

Progress = Callable[[int, int, str], None]


def export_name(created_utc: str, identified: bool) -> str:
    """Folder name of one export; an identified export says so in its name."""
    stamp = re.sub(r"[^0-9T]", "", created_utc)[:15] or "export"
    kind = "IDENTIFIED" if identified else "pseudonymised"
    return f"TJT2012_export_{stamp}Z_{kind}"


@dataclass(frozen=True)
class BuiltExport:
    files: dict[str, bytes]              # relative file name -> bytes
    review: tuple[Questionable, ...]     # free-text words no rule decides (pseudonymised only)


def build_export(
    data: ExportData,
    formats: Iterable[str] = FORMATS,
    *,
    identified: bool = False,
    progress: Progress | None = None,
) -> dict[str, bytes]:
    """Relative file name -> bytes for the chosen formats."""
    return build_export_for_review(data, formats, identified=identified, progress=progress).files


def build_export_for_review(
    data: ExportData,
    formats: Iterable[str] = FORMATS,
    *,
    identified: bool = False,
    progress: Progress | None = None,
    also_redact: Iterable[str] = (),
) -> BuiltExport:
    """The files, and what the data manager should look at before releasing
    them; `also_redact` are words the data manager chose to strike too."""
    chosen = [f for f in FORMATS if f in set(formats)]
    total = len(chosen) + 1
    step = 0

    def tick(label: str) -> None:
        nonlocal step
        step += 1
        if progress:
            progress(step, total, label)

    data = with_endpoints(data)      # the day-28 endpoints travel as a derived form
    pseudo = Pseudonymiser(data, identified=identified, also_redact=also_redact)
    forms = build_forms(data, pseudo)
    tick("prepare")
    files: dict[str, bytes] = {}
    file_oid = export_name(data.created_utc, identified)
    for fmt in chosen:
        if fmt == "csv":
            files.update({f"csv/{k}": v for k, v in write_csv(forms, data.csv_separator).items()})
        elif fmt == "odm":
            files.update(write_odm(data, forms, pseudo, file_oid=file_oid))
        elif fmt == "fhir":
            files.update(write_fhir(data, pseudo))
        elif fmt == "redcap":
            files.update(write_redcap(forms, identified=identified))
        elif fmt == "consort":
            files.update(write_consort(data, pseudo))
        tick(fmt)
    return BuiltExport(files=files, review=tuple(pseudo.review))
