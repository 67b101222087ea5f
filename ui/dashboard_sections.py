"""Sections of the dashboard. A capability appends a provider with
``title() -> str`` and ``items(session) -> list[DashboardItem]``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DashboardItem:
    text: str
    patient_id: str | None = None
    urgency: int = 0  # 0 info, 1 due, 2 overdue / urgent
    target: str = ""  # where opening it lands: a patient tab key ("infusion", "infusion:ae"), "" = first tab


SECTIONS: list = []


def _register_capability_sections() -> None:
    from .eligibility.dashboard import ConfirmationsSection
    SECTIONS.append(ConfirmationsSection)


_register_capability_sections()
from ui.consent.dashboard import PendingConfirmationsSection  # noqa: E402

SECTIONS.append(PendingConfirmationsSection)
# --- infusion capability
from ui.infusion.dashboard import SECTIONS as _INFUSION_SECTIONS  # noqa: E402

SECTIONS.extend(_INFUSION_SECTIONS)
# --- follow-up capability
from ui.followup.dashboard import FollowUpDue  # noqa: E402

SECTIONS.insert(SECTIONS.index(_INFUSION_SECTIONS[0]) + 1, FollowUpDue)
# --- sync capability
from .sync_dashboard import DuplicateNumbersSection, SyncConflictsSection  # noqa: E402

SECTIONS.append(SyncConflictsSection)
SECTIONS.insert(0, DuplicateNumbersSection)   # an incident: the first thing seen
from .sync_quarantine_section import SyncQuarantineSection  # noqa: E402

SECTIONS.append(SyncQuarantineSection)
