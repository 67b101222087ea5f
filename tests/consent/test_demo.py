from bedside import demo
from bedside.consent import pathway as consent_pathway
from bedside.consent import service
from bedside.consent.status import pending_confirmations


def test_demo_vault_has_every_consent_situation(tmp_path):
    vault = demo.build(tmp_path / "demo")
    s = vault.login("investigator", demo.DEMO_PASSWORD)
    from bedside.patients import list_patients
    by_name = {p.family_name: p.id for p in list_patients(s)}
    status = {n: service.state_of(s, pid).status for n, pid in by_name.items()}
    assert status["Dupont"] == consent_pathway.CONSENTED
    assert status["Leclercq"] == consent_pathway.PENDING and status["Janssens"] == consent_pathway.PENDING
    assert status["Mertens"] == consent_pathway.CONSENTED and service.state_of(s, by_name["Mertens"]).confirmed
    assert status["Wouters"] == consent_pathway.WITHDRAWN
    assert status["Lambert"] == consent_pathway.NONE
    assert {p.patient_id for p in pending_confirmations(s)} == {by_name["Leclercq"], by_name["Janssens"]}
    vault.lock()
