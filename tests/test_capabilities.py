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


def test_what_each_view_shows_is_typed():
    """``shows`` names ``RecordType`` members: a misspelt string would be a
    tab that never refreshes, so ``PatientTab`` refuses one (the reads of
    each tab are checked against its ``shows`` in
    tests/infusion/test_refresh_scope.py)."""
    import pytest
    from bedside.names import RecordType
    from ui.patient_view import BANNER_SHOWS, IdentityTab
    from ui.workspace import LIST_SHOWS
    capabilities.load()
    for shows in [t.shows for t in patient_tabs.TABS] + [BANNER_SHOWS, IdentityTab.SHOWS, LIST_SHOWS]:
        assert shows and isinstance(shows, frozenset) and all(isinstance(t, RecordType) for t in shows)
    with pytest.raises(TypeError, match="vital_readng"):
        patient_tabs.PatientTab("x", "X", "X", object, frozenset({RecordType.PATIENT, "vital_readng"}))
