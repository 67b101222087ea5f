"""The legal representative cascade (law of 22/08/2002 art. 14 as amended on
17/03/2013; law of 7/05/2004 art. 8): a representative consent records the
step of the order the signer stands on and why every earlier step was passed
over — refused otherwise, at the core and at every door."""
from __future__ import annotations

import pytest

from bedside import entry_rules, record_types
from bedside.consent import service
from bedside.consent.errors import ConsentError
from bedside.consent.forms import load_pass_over_reasons, load_representative_order
from bedside.patients import register_patient
from bedside.roles import Role
from tests.conftest import PASSWORD
from tests.consent.data import consent_event, good_signature
from tests.identity.forgery import entry

PATIENT = {"mrn": "H500001", "family_name": "Renson", "given_name": "Luc", "date_of_birth": "1961-02-03",
           "sex": "M", "weight_kg": 80, "height_cm": 178, "wristband": "WB-H500001"}
NONE2 = [{"step": "designated", "reason": "none"}, {"step": "administrator", "reason": "none"}]


@pytest.fixture
def incapable(session_as):
    inv = session_as(Role.INVESTIGATOR)
    p = register_patient(inv, PATIENT)
    service.record_capacity(inv, p.id, has_capacity=False, reason="sedated, intubated", password=PASSWORD)
    return inv, p


def _sign(inv, pid, **signer):
    version, _esig, _pdf = service.record_consent(inv, pid, consent_event("representative", **signer),
                                                  signature=good_signature(), password=PASSWORD)
    return version


def test_the_cascade_file_names_its_articles_and_reasons():
    order = load_representative_order()
    assert order[1]["id"] == "administrator" and "492/1" in order[1]["law"]
    assert {r["id"] for r in load_pass_over_reasons()} >= {"none", "unreachable", "declined", "not_authorised"}


@pytest.mark.parametrize("passed_over", [
    None,                                                              # not said
    [],                                                                # step 3 needs two reasons
    [{"step": "designated", "reason": "none"}],
    [{"step": "administrator", "reason": "none"}, {"step": "designated", "reason": "none"}],   # wrong order
    [{"step": "designated", "reason": "none"}, {"step": "administrator", "reason": "bored"}],  # unknown reason
    "none",
])
def test_a_later_step_must_say_why_each_earlier_one_was_passed_over(incapable, passed_over):
    inv, p = incapable
    signer = {"passed_over": passed_over} if passed_over is not None else {}
    if passed_over is None:
        signer = {"name": "Marie Rep", "relationship": "spouse_partner", "contact": "+32 4 000 00 00"}
    with pytest.raises(ConsentError) as err:
        service.record_consent(inv, p.id, dict(consent_event("representative"), signer=dict(
            {"name": "Marie Rep", "relationship": "spouse_partner", "contact": "+32 4 000 00 00"}, **signer)),
            signature=good_signature(), password=PASSWORD)
    assert err.value.field == "passed_over"
    assert [s.event["kind"] for s in service.steps(inv, p.id)] == ["capacity"]          # nothing stored


def test_the_step_is_computed_and_stored_with_the_reasons(incapable):
    inv, p = incapable
    v = _sign(inv, p.id, relationship="adult_child",
              passed_over=NONE2 + [{"step": "spouse_partner", "reason": "unreachable"}])
    assert v.content["signer"]["cascade_step"] == 4
    assert v.content["signer"]["passed_over"][-1] == {"step": "spouse_partner", "reason": "unreachable"}
    # a designated representative stands on step 1: nothing was passed over
    p2 = register_patient(inv, dict(PATIENT, mrn="H500002", wristband="WB-H500002"))
    service.record_capacity(inv, p2.id, has_capacity=False, reason="sedated", password=PASSWORD)
    v2 = _sign(inv, p2.id, relationship="designated", passed_over=[])
    assert v2.content["signer"]["cascade_step"] == 1 and v2.content["signer"]["passed_over"] == []


@pytest.mark.parametrize("signer", [
    {"cascade_step": 3, "passed_over": NONE2[:1]},                     # count does not match the step
    {"cascade_step": 3},                                                # step without reasons
    {"passed_over": NONE2},                                             # reasons without step
    {"cascade_step": 3, "passed_over": [NONE2[0], {"step": "administrator", "reason": "paid"}]},
])
def test_every_door_refuses_an_inconsistent_cascade(session_as, incapable, signer):
    inv, p = incapable
    v = _sign(inv, p.id, relationship="spouse_partner", passed_over=NONE2)
    bad = dict(v.content, signer=dict({k: x for k, x in v.content["signer"].items()
                                       if k not in ("cascade_step", "passed_over")}, **signer))
    assert record_types.is_valid("consent_step", v.content)
    with pytest.raises(record_types.ContentError):                          # local write
        inv.records.create("consent_step", bad, patient_id=p.id)
    assert "content" in entry_rules.reason_of(entry(inv, "consent_step", bad))   # pull, push, verify


def test_pdf_data_names_the_step_the_law_and_the_passed_over_steps(incapable):
    inv, p = incapable
    v = _sign(inv, p.id, relationship="spouse_partner",
              passed_over=[{"step": "designated", "reason": "none"}, {"step": "administrator", "reason": "not_authorised"}])
    doc = service.document_data(inv, v)
    assert (doc["cascade_step"], doc["cascade_steps"]) == (3, 6) and "art. 14" in doc["cascade_law"]
    assert doc["passed_over"][1]["reason"]["fr"].startswith("Non habilité")
