"""Sections of the dashboard: a registry the capabilities fill (it imports
none of them). A capability's ``register()`` (listed in ui/capabilities.py)
adds a provider with ``title() -> str`` and
``items(session) -> list[DashboardItem]``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DashboardItem:
    text: str
    patient_id: str | None = None
    urgency: int = 0  # 0 info, 1 due, 2 overdue / urgent
    target: str = ""  # where opening it lands: a patient tab key ("infusion", "infusion:ae"), "" = first tab


SECTIONS: list = []
