"""Infusion screens: flowsheet, checks dialogs, adverse-event form."""

from __future__ import annotations


def register() -> None:
    """Add the infusions tab and the dashboard sections for infusions due and
    SAE reporting clocks (``ui.capabilities`` calls this once)."""
    from ui import dashboard_sections, patient_tabs
    from .dashboard import SECTIONS
    from .tab import INFUSION_TAB
    patient_tabs.TABS.append(INFUSION_TAB)
    dashboard_sections.SECTIONS.extend(SECTIONS)


def register_screens(screen) -> None:
    from .render_screens import register_screens as add
    add(screen)
