"""Screens of the follow-up capability: the patient's follow-up tab (timeline,
visits, end of participation), the endpoint view and the CONSORT flow."""

from __future__ import annotations


def register() -> None:
    """Add the follow-up tab and the dashboard section for visits due, right
    after the infusions due (``ui.capabilities`` calls this once, after the
    infusion capability)."""
    from ui import dashboard_sections, patient_tabs
    from ui.infusion.dashboard import INFUSIONS_DUE
    from .dashboard import FOLLOW_UP_DUE
    from .tab import FOLLOW_UP_TAB
    patient_tabs.TABS.append(FOLLOW_UP_TAB)
    sections = dashboard_sections.SECTIONS
    sections.insert(sections.index(INFUSIONS_DUE) + 1, FOLLOW_UP_DUE)


def register_screens(screen) -> None:
    from .render_screens import register_screens as add
    add(screen)
