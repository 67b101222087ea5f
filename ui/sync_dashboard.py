"""Dashboard sections: records in sync conflict (to be resolved by an
investigator); patient numbers held twice (an incident for administrators
and investigators)."""

from __future__ import annotations

from bedside.errors import BedsideError
from bedside.number_incidents import incidents
from bedside.patients import get_patient
from bedside.field_words import RECORD_FIELDS, RECORD_TYPES, word_for
from bedside.roles import Permission
from bedside.sync.conflicts import list_conflicts

from .dashboard_sections import DashboardItem, DashboardSection
from .qt import QCoreApplication, QtCore, translate


def _conflicts(session) -> list[DashboardItem]:
    conflicts = list_conflicts(session)
    text = QCoreApplication.translate(
        "SyncConflictsSection", "{kind} changed on two PCs: {fields} — open Sync to resolve")
    items = []
    for c in conflicts:
        line = text.format(kind=translate("core", word_for(RECORD_TYPES, c.record_type)),
                           fields=", ".join(translate("core", word_for(RECORD_FIELDS, f))
                                            for f in c.changed_fields())
                           or "—")
        if c.patient_id:
            line = f"{_patient(session, c.patient_id)} — {line}"
        items.append(DashboardItem(line, c.patient_id, 1))
    return items


SYNC_CONFLICTS = DashboardSection(
    "sync_conflicts", "SyncConflictsSection",
    QtCore.QT_TRANSLATE_NOOP("SyncConflictsSection", "Sync conflicts to resolve"), _conflicts,
    shows_nothing_on=(BedsideError,))


def _numbers_held_twice(session) -> list[DashboardItem]:
    """Shown to those who read the audit trail (investigators, administrators,
    data managers): a number on two patients' labels must be sorted out."""
    if not (session.can(Permission.VIEW_AUDIT) and session.can(Permission.VIEW_PATIENTS)):
        return []
    kinds = {"screening_number": QCoreApplication.translate("DuplicateNumbersSection",
                                                            "Screening number"),
             "subject_id": QCoreApplication.translate("DuplicateNumbersSection",
                                                      "Subject id")}
    text = QCoreApplication.translate(
        "DuplicateNumbersSection", "{kind} {number} is held by {n} patients: {names} — "
        "check the labels, tell the investigator and the sponsor")
    items = []
    for d in incidents(session):
        names = "; ".join(_patient(session, pid) for pid in d.patient_ids)
        items.append(DashboardItem(text.format(kind=kinds[d.field], number=d.number,
                                               n=len(d.patient_ids), names=names),
                                   d.patient_ids[0], 2))
    return items


DUPLICATE_NUMBERS = DashboardSection(
    "duplicate_numbers", "DuplicateNumbersSection",
    QtCore.QT_TRANSLATE_NOOP("DuplicateNumbersSection", "Incident: patient number given twice"),
    _numbers_held_twice)


def _patient(session, patient_id: str) -> str:
    try:
        p = get_patient(session, patient_id)
        return f"{p.family_name.upper()}, {p.given_name}"
    except BedsideError:
        return patient_id[:8]



def register() -> None:
    """Add the sync sections (``ui.capabilities`` calls this once, last):
    numbers held twice first — an incident is the first thing seen —, then
    conflicts and entries kept aside at the end; and the patient banner
    note for a number held twice, before the others (a mislabelling risk)."""
    from . import dashboard_sections, patient_tabs
    from .number_banner import duplicate_banner
    from .sync_quarantine_section import SYNC_QUARANTINE
    dashboard_sections.SECTIONS.insert(0, DUPLICATE_NUMBERS)
    dashboard_sections.SECTIONS.extend([SYNC_CONFLICTS, SYNC_QUARANTINE])
    patient_tabs.BANNER_NOTES.insert(0, duplicate_banner)
