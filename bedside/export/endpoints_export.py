"""The day-28 endpoints in the export: one derived version per included
patient (record type ``endpoint_day28``, author "Bedside (derived)"), added
to the export data so that the CSV, the data dictionary, ODM and REDCap
carry it like any form; FHIR maps it to an Observation of vital status."""
from __future__ import annotations

import dataclasses
from typing import Any

from bedside.export.source import ExportData, ExportVersion
from bedside.export.endpoints import data_date, patient_endpoints

ENDPOINT_TYPE = "endpoint_day28"
DERIVED_AUTHOR = ("bedside-derived", "Bedside (derived)")


def endpoint_content(e) -> dict[str, Any]:
    c: dict[str, Any] = {"group": e.group, "inclusion_date": e.inclusion.isoformat(),
                         "day28_date": e.day28.isoformat(), "day28_reached": e.reached,
                         "ae_total": e.ae_total, "ae_serious": e.ae_serious}
    c.update({f"ae_grade_{g}": n for g, n in sorted(e.ae_by_grade.items())})
    c.update({f"aesi_{cat}": n for cat, n in sorted(e.aesi_by_category.items())})
    c["vital_status_day28"] = e.vital_status
    if e.death_date:
        c["death_date"] = e.death_date
    return c


def with_endpoints(data: ExportData) -> ExportData:
    """*data* plus one derived endpoint version per included patient."""
    if any(v.record_type == ENDPOINT_TYPE for v in data.versions):
        return data
    derived = [ExportVersion(entry_id=f"endpoint-{e.patient_id}", record_id=f"endpoint-{e.patient_id}",
                             record_type=ENDPOINT_TYPE, patient_id=e.patient_id, version=1,
                             content=endpoint_content(e), created_utc=data.created_utc,
                             author_id=DERIVED_AUTHOR[0], author_name=DERIVED_AUTHOR[1])
               for e in patient_endpoints(data, data_date(data))]
    if not derived:
        return data
    return dataclasses.replace(data, versions=list(data.versions) + derived, _latest=None)
