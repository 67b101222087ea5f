"""Dashboard section for administrators (and whoever may read the audit):
entries another PC sent that broke the record rules and were kept aside
(bedside/sync/quarantine.py), naming the PC they came from."""

from __future__ import annotations

from bedside.errors import BedsideError
from bedside.sync.quarantine import incidents

from .dashboard_sections import DashboardItem, DashboardSection
from .i18n import format_datetime
from .qt import QCoreApplication, QtCore


def _kept_aside(session) -> list[DashboardItem]:
    found = incidents(session)
    text = QCoreApplication.translate(
        "SyncQuarantineSection",
        "PC {pc} sent an entry that breaks the record rules: kept aside, not applied ({when})")
    unknown = QCoreApplication.translate("SyncQuarantineSection", "unknown")
    return [DashboardItem(text.format(pc=i.workstation_id or unknown,
                                      when=format_datetime(i.received_utc)), None, 2)
            for i in found[:20]]


SYNC_QUARANTINE = DashboardSection(
    "sync_quarantine", "SyncQuarantineSection",
    QtCore.QT_TRANSLATE_NOOP("SyncQuarantineSection", "Entries from other PCs kept aside"),
    _kept_aside, shows_nothing_on=(BedsideError,))
