from bedside import demo
from bedside.consent import pathway as pw
from bedside.consent import service
from bedside.consent.status import pending_confirmations


def test_demo_vault_has_every_consent_situation(tmp_path):
    vault = demo.build(tmp_path / "demo")
    s = vault.login("investigator", demo.DEMO_PASSWORD)
    from bedside.patients import list_patients
    by_name = {p.family_name: p.id for p in list_patients(s)}
    status = {n: service.state_of(s, pid).status for n, pid in by_name.items()}
    assert status["Dupont"] == pw.CONSENTED
    assert status["Leclercq"] == pw.PENDING and status["Janssens"] == pw.PENDING
    assert status["Mertens"] == pw.CONSENTED and service.state_of(s, by_name["Mertens"]).confirmed
    assert status["Wouters"] == pw.WITHDRAWN
    assert status["Lambert"] == pw.NONE
    assert {p.patient_id for p in pending_confirmations(s)} == {by_name["Leclercq"], by_name["Janssens"]}
    vault.lock()
