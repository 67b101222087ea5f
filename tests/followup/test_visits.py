"""Follow-up visits on a real vault: the schedule from the protocol file,
the visit record's rules (its own and those needing the AE log and the
inclusion), corrections with a reason, the investigator's sign-off."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bedside.errors import PermissionDenied, ValidationError, WrongPassword
from bedside.followup import visits as V
from bedside.infusion.store import InfusionStore
from tests.conftest import PASSWORD
from tests.followup.data import died_content, visit_content


def test_schedule_comes_from_the_protocol_and_moves_with_the_days(followed, clock):
    nurse, _inv, pid, inc = followed
    slots = V.schedule(nurse, pid)
    assert [(s.id, s.day, s.target - inc) for s in slots] == [
        ("d28", 28, timedelta(days=28)), ("d90", 90, timedelta(days=90))]
    assert [s.status for s in slots] == ["upcoming", "upcoming"]
    d28 = slots[0]
    assert (d28.window_start - inc).days == 26 and (d28.window_end - inc).days == 30
    clock.advance(days=27)
    assert V.schedule(nurse, pid)[0].status == "due"
    clock.advance(days=4)
    assert V.schedule(nurse, pid)[0].status == "overdue"
    on = V.today(nurse)
    v = V.record_visit(nurse, pid, visit_content("d28", on))
    assert [s.status for s in V.schedule(nurse, pid)] == ["done", "upcoming"]
    assert V.schedule(nurse, pid)[0].record_id == v.record_id


def test_visit_is_versioned_and_signed_by_the_investigator(followed, clock):
    nurse, inv, pid, inc = followed
    clock.advance(days=28)
    v1 = V.record_visit(nurse, pid, visit_content("d28", V.today(nurse)))
    with pytest.raises(PermissionDenied):
        V.sign_visit(nurse, v1.record_id, PASSWORD)
    with pytest.raises(WrongPassword):
        V.sign_visit(inv, v1.record_id, "not the password")
    V.sign_visit(inv, v1.record_id, PASSWORD)
    assert V.visits(nurse, pid)[0].signed
    with pytest.raises(ValidationError) as e:
        V.correct_visit(nurse, v1.record_id, visit_content("d28", V.today(nurse), notes="x"), reason=" ")
    assert e.value.field == "reason"
    v2 = V.correct_visit(nurse, v1.record_id, visit_content("d28", V.today(nurse), support_at_visit="oxygen"),
                         reason="O2 2 L/min restarted the same morning")
    assert v2.version == 2 and v2.replaces == v1.id
    [view] = V.visits(nurse, pid)
    assert view.content["support_at_visit"] == "oxygen" and not view.signed   # the signature bound v1
    assert [h.content["support_at_visit"] for h in nurse.records.history(v1.record_id)] == ["none", "oxygen"]


@pytest.mark.parametrize("changes, words", [
    ({"vital_status": "died", "support_at_visit": None}, "date and the cause of death"),
    ({"death_cause": "x"}, "death for a patient alive"),
    ({"aesi_review": []}, "special interest exactly once"),
    ({"concomitant": []}, "treatment of interest exactly once"),
    ({"support_at_visit": "helicopter"}, "protocol's choices"),
    ({"unscheduled_reason": "because"}, "unscheduled visit"),
    ({"icu_discharge_date": "2099-01-01"}, "discharge after the visit"),
])
def test_visit_record_rules_refuse_in_words_and_store_nothing(followed, clock, changes, words):
    nurse, _inv, pid, _inc = followed
    clock.advance(days=28)
    with pytest.raises(ValidationError) as e:
        V.record_visit(nurse, pid, visit_content("d28", V.today(nurse), **changes))
    assert words in str(e.value) or words in str(getattr(e.value, "params", {}))
    assert V.visits(nurse, pid) == []


def test_visit_rules_that_need_other_records(followed, clock):
    nurse, _inv, pid, inc = followed
    with pytest.raises(ValidationError, match="before the inclusion"):
        V.record_visit(nurse, pid, visit_content("unscheduled", inc - timedelta(days=1)))
    clock.advance(days=28)
    today = V.today(nurse)
    with pytest.raises(ValidationError, match="future"):
        V.record_visit(nurse, pid, visit_content("d28", today + timedelta(days=1)))
    # an AESI in the AE log cannot be answered "no", and "yes" must link it
    store = InfusionStore(nurse)
    ae = store.add_ae(pid, {"term": "Pulmonary embolism", "onset_utc": clock.now() - timedelta(days=10),
                            "grade": 3, "serious": True, "seriousness": ["hospitalisation"],
                            "relation": "unlikely", "expected": False, "action": "treatment_given",
                            "outcome": "recovered", "aesi": "thromboembolic"})
    with pytest.raises(ValidationError, match="answer yes and link it"):
        V.record_visit(nurse, pid, visit_content("d28", today))
    review = [{"category": "infection", "occurred": True, "ae_ids": [ae.record_id]},
              {"category": "thromboembolic", "occurred": False, "ae_ids": []}]
    with pytest.raises(ValidationError, match="not an adverse event of special interest"):
        V.record_visit(nurse, pid, visit_content("d28", today, aesi_review=review))
    review = [{"category": "infection", "occurred": False, "ae_ids": []},
              {"category": "thromboembolic", "occurred": True, "ae_ids": [ae.record_id]}]
    v = V.record_visit(nurse, pid, visit_content("d28", today, aesi_review=review))
    with pytest.raises(ValidationError, match="already recorded"):
        V.record_visit(nurse, pid, visit_content("d28", today, aesi_review=review))
    # unscheduled visits may be many
    V.record_visit(nurse, pid, visit_content("unscheduled", today, aesi_review=review))
    V.record_visit(nurse, pid, visit_content("unscheduled", today, aesi_review=review))
    assert len(V.visits(nurse, pid)) == 3 and v.content["aesi_review"] == review


def test_a_death_is_recorded_with_date_and_cause(followed, clock):
    nurse, _inv, pid, inc = followed
    clock.advance(days=20)
    today = V.today(nurse)
    v = V.record_visit(nurse, pid, died_content("unscheduled", today, today - timedelta(days=2)))
    assert v.content["vital_status"] == "died"
    with pytest.raises(ValidationError, match="death after the visit"):
        V.record_visit(nurse, pid, died_content("unscheduled", today - timedelta(days=3), today))


def test_not_included_patient_has_no_visits(session_as, clock):
    from bedside.patients import register_patient
    from bedside.roles import Role
    from tests.followup.data import PATIENT
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, PATIENT)
    assert V.schedule(nurse, p.id) == []
    with pytest.raises(ValidationError, match="not included"):
        V.record_visit(nurse, p.id, visit_content("d28", V.today(nurse)))
