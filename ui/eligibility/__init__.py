"""Eligibility screens: patient registration, the TJT2012 checklist, the
screening log, and the dashboard section for overdue confirmations."""

from __future__ import annotations


def register() -> None:
    """Add the eligibility tab (first) and the dashboard section for
    overdue confirmations (``ui.capabilities`` calls this once)."""
    from ui import dashboard_sections, patient_tabs
    from .dashboard import CONFIRMATIONS
    from .tab import ELIGIBILITY_TAB
    patient_tabs.TABS.append(ELIGIBILITY_TAB)
    dashboard_sections.SECTIONS.append(CONFIRMATIONS)


def register_screens(screen) -> None:
    from .render import register_screens as add
    add(screen)
