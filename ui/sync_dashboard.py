"""Dashboard section: records in sync conflict (to be resolved by an
investigator)."""

from __future__ import annotations

from bedside.errors import BedsideError
from bedside.patients import get_patient
from bedside.field_words import RECORD_FIELDS, RECORD_TYPES, word_for
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


def _patient(session, patient_id: str) -> str:
    try:
        p = get_patient(session, patient_id)
        return f"{p.family_name.upper()}, {p.given_name}"
    except BedsideError:
        return patient_id[:8]
