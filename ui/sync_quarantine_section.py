"""Dashboard section for administrators (and whoever may read the audit):
entries another PC sent that broke the record rules and were kept aside
(bedside/sync/quarantine.py), naming the PC they came from."""

from __future__ import annotations

from bedside.errors import BedsideError
from bedside.sync.quarantine import incidents

from .dashboard_sections import DashboardItem
from .i18n import format_datetime
from .qt import QCoreApplication


class SyncQuarantineSection:
    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("SyncQuarantineSection",
                                          "Entries from other PCs kept aside")

    @staticmethod
    def items(session) -> list[DashboardItem]:
        try:
            found = incidents(session)
        except BedsideError:
            return []
        text = QCoreApplication.translate(
            "SyncQuarantineSection",
            "PC {pc} sent an entry that breaks the record rules: kept aside, not applied ({when})")
        unknown = QCoreApplication.translate("SyncQuarantineSection", "unknown")
        return [DashboardItem(text.format(pc=i.workstation_id or unknown,
                                          when=format_datetime(i.received_utc)), None, 2)
                for i in found[:20]]
