"""The registries of ui/ are filled by the capabilities (ui/capabilities.py):
the order of the patient tabs, dashboard sections and banner notes is the
order the app has always shown, once however often it is asked, and
``ui.render`` lists every capability's screens."""
from __future__ import annotations

from ui import capabilities, dashboard_sections, patient_tabs


def test_capabilities_fill_the_registries_once_in_order():
    capabilities.load()
    capabilities.load()
    assert [t.name for t in patient_tabs.TABS] == ["eligibility", "consent", "infusion", "follow_up"]
    assert [s.name for s in dashboard_sections.SECTIONS] == [
        "duplicate_numbers", "confirmations", "pending_confirmations",
        "infusions_due", "follow_up_due", "sae_clocks", "sync_conflicts", "sync_quarantine"]
    assert [f.__module__ for f in patient_tabs.BANNER_NOTES] == ["ui.number_banner", "ui.consent.banner"]


def test_render_lists_every_capability_screen():
    from ui import render
    for name in ("login", "eligibility-groupb", "screening-log-fr", "consent-step-representative-fr",
                 "consent-tab", "infusion_running", "app-infusion", "followup_tab", "consort_fr"):
        assert name in render.SCREENS
