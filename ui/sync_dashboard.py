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

from .dashboard_sections import DashboardItem
from .qt import QCoreApplication, translate


class SyncConflictsSection:
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("SyncConflictsSection", "Sync conflicts to resolve")

    @staticmethod
    def items(session) -> list[DashboardItem]:
        try:
            conflicts = list_conflicts(session)
        except BedsideError:
            return []
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


class DuplicateNumbersSection:
    """Shown to those who read the audit trail (investigators, administrators,
    data managers): a number on two patients' labels must be sorted out."""

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("DuplicateNumbersSection",
                                          "Incident: patient number given twice")

    @staticmethod
    def items(session) -> list[DashboardItem]:
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
    from .sync_quarantine_section import SyncQuarantineSection
    dashboard_sections.SECTIONS.insert(0, DuplicateNumbersSection)
    dashboard_sections.SECTIONS.extend([SyncConflictsSection, SyncQuarantineSection])
    patient_tabs.BANNER_NOTES.insert(0, duplicate_banner)
