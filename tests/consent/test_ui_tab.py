"""Consent tab, dashboard section and banner against a real vault."""

from bedside.consent import service
from tests.conftest import PASSWORD
from tests.consent.data import consent_event, good_signature, new_patient
from tests.consent.uihelpers import click
from ui.consent.banner import banner_text
from ui.consent.dashboard import PENDING_CONFIRMATIONS
from ui.consent.tab import CONSENT_TAB


def test_tab_shows_pending_and_history_and_pdf(qtbot, inv, clock, tmp_path, inv_ctx):
    pid = new_patient(inv)
    service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
    service.record_consent(inv, pid, consent_event("representative"), signature=good_signature(), password=PASSWORD)
    clock.advance(days=4)
    tab = CONSENT_TAB.create(inv_ctx, pid)
    qtbot.addWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.loaded, timeout=30000)
    assert CONSENT_TAB.title() == "Consent"
    assert "valid" in tab.status.text()
    assert "must confirm" in tab.notes.text()
    assert tab.history.count() == 2
    # consent recorded without a renderer (as the demo does): the PDF is produced on demand
    tab.save_latest_pdf(str(tmp_path / "c.pdf"))
    qtbot.waitUntil(lambda: tab.pdf_saved is not None, timeout=30000)
    assert open(tab.pdf_saved, "rb").read().startswith(b"%PDF")
    click(qtbot, tab.open_flow)
    qtbot.waitUntil(lambda: tab.flow.page is not None and tab.flow.page.objectName() == "step-pending", timeout=30000)
    assert "4 d" in banner_text(inv, pid)


def test_dashboard_most_urgent_first(inv, clock):
    a = new_patient(inv, "Anne Alpha", "MRN-A")
    b = new_patient(inv, "Bert Beta", "MRN-B")
    for pid in (a, b):
        service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
        service.record_consent(inv, pid, consent_event("representative"), signature=good_signature(), password=PASSWORD)
        clock.advance(days=1)
    items = PENDING_CONFIRMATIONS.items(inv)
    assert [i.patient_id for i in items] == [a, b]
    assert "2 d ago" in items[0].text and "ALPHA" in items[0].text
    assert PENDING_CONFIRMATIONS.title()


def test_banner_empty_without_anything(inv):
    pid = new_patient(inv)
    assert banner_text(inv, pid) == ""
