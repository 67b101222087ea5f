"""Consent screens: guided flow, signature pad, PDF record, tab, dashboard section."""

from __future__ import annotations


def register() -> None:
    """Add the consent tab, its banner note and the dashboard section for
    pending confirmations (``ui.capabilities`` calls this once)."""
    from ui import dashboard_sections, patient_tabs
    from .banner import banner_text
    from .dashboard import PENDING_CONFIRMATIONS
    from .tab import CONSENT_TAB
    patient_tabs.TABS.append(CONSENT_TAB)
    patient_tabs.BANNER_NOTES.append(banner_text)
    dashboard_sections.SECTIONS.append(PENDING_CONFIRMATIONS)


def register_screens(screen) -> None:
    from .screens import register_screens as add
    add(screen)
