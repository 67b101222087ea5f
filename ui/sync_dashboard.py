"""Dashboard section: records in sync conflict (to be resolved by an
investigator)."""

from __future__ import annotations

from bedside.errors import BedsideError
from bedside.sync.conflicts import list_conflicts

from .dashboard_sections import DashboardItem
from .qt import QCoreApplication


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
        return [DashboardItem(text.format(kind=c.record_type.replace("_", " "),
                                          fields=", ".join(c.changed_fields()) or "—"),
                              c.patient_id, 1) for c in conflicts]
