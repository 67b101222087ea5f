"""Labs "not done" (protocol v2): a Group B inflammation branch needing a
value recorded as not done cannot be met; when every branch is not met or
cannot be met the criterion is not met, naming the values that could change
that. Values simply not entered stay "to enter"."""
from __future__ import annotations

from datetime import timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bedside.eligibility import service as S
from bedside.eligibility.errors import InputError
from bedside.eligibility.evaluator import CANNOT, MET, MISSING, NOT_MET, evaluate
from bedside.eligibility.protocol import load_named
from bedside.eligibility.validate import validate_answers
from bedside.roles import Role

from ..conftest import make_patient
from .data import NOW, answers, group_b

V2 = load_named("tjt2012-v2.json")
LABS = ("ferritin", "crp", "lymphocytes", "ldh", "d_dimer")


def b(days=9, not_done=None, **labs):
    f = group_b(days, **labs)
    for k in ("exc_malignancy", "exc_other_trial"):
        f.pop(k, None)
    f.update(malignancy_history="none", other_study="none")
    if not_done:
        f["labs_not_done"] = not_done
    return f


def inc05(f, lang="en"):
    return evaluate(V2, f, NOW, lang).result("INC-05")


def test_missing_value_stays_to_enter_but_not_done_decides():
    low_ferritin = {"ferritin": [(2, 600)]}
    r = inc05(b(**low_ferritin))
    assert r.status == MISSING and "lymphocytes" in r.missing           # B3 still possible
    r = inc05(b(not_done={"lymphocytes": "sample_unusable"}, **low_ferritin))
    assert r.status == NOT_MET
    assert [x.status for x in r.branches] == [NOT_MET, NOT_MET, CANNOT]
    assert r.branches[2].not_done == ["lymphocytes"]
    text = r.reasons[-1].text()
    assert "B3" in text and "Lymphocytes" in text and "could change that" in text
    assert "Sample unusable" in " ".join(m.text() for m in r.branches[2].reasons)
    assert evaluate(V2, b(not_done={"lymphocytes": "sample_unusable"}, **low_ferritin), NOW).status == "not_eligible"


def test_rising_needs_the_earlier_value_and_it_was_not_done():
    f = b(not_done={"ferritin": "not_requested", "lymphocytes": "lab_unavailable"}, ferritin=[(2, 1500)])
    r = inc05(f)
    assert [x.status for x in r.branches] == [NOT_MET, CANNOT, CANNOT] and r.status == NOT_MET
    # once the earlier value is entered after all, the value wins over "not done"
    f = b(not_done={"ferritin": "not_requested", "lymphocytes": "lab_unavailable"},
          ferritin=[(26, 1200), (2, 1500)])
    r = inc05(f)
    assert r.branches[1].status == MET and r.status == MET


def test_one_branch_met_is_enough_whatever_is_not_done():
    r = inc05(b(not_done={"lymphocytes": "not_requested", "crp": "not_requested"}, ferritin=[(2, 2500)]))
    assert r.status == MET


def test_not_done_is_validated_and_stored_with_the_assessment(session_as):
    nurse = session_as(Role.NURSE)
    tz = timezone.utc
    ok = validate_answers(V2, {"labs_not_done": {"lymphocytes": "sample_unusable"}}, NOW, tz)
    assert ok == {"labs_not_done": {"lymphocytes": "sample_unusable"}}
    for bad in ({"lymphocytes": "forgot"}, {"potassium": "not_requested"}, ["lymphocytes"], {"crp": 3}):
        with pytest.raises(InputError):
            validate_answers(V2, {"labs_not_done": bad}, NOW, tz)
    p = make_patient(nurse)
    S.add_lab_value(nurse, p.id, "ferritin", "25/11/2026 07:00", "600", "µg/L")
    a = answers(oxygen_group="B", group_a_supplemental_oxygen=None, group_b_tracheal_ventilation="yes",
                intubation_time="2026-11-16T08:00:00+01:00", inflammation_not_superinfection="yes",
                labs_not_done={"lymphocytes": "sample_unusable"})
    v = S.save_assessment(nurse, p.id, a)
    assert v.content["answers"]["labs_not_done"] == {"lymphocytes": "sample_unusable"}
    assert v.content["result"]["status"] == "not_eligible" and "INC-05" in v.content["result"]["not_met"]
    with pytest.raises(InputError):
        S.save_assessment(nurse, p.id, dict(a, labs_not_done={"lymphocytes": "because"}))
    assert S.eligibility_status(nurse, p.id).version.version == 1              # nothing invalid stored


VALUE = st.sampled_from(["absent", "not_done", "low", "high", "high_rising"])


@settings(max_examples=50, deadline=None)
@given(st.fixed_dictionaries({lab: VALUE for lab in LABS}))
def test_not_done_only_turns_to_enter_into_cannot(states):
    high = {"ferritin": 2500, "crp": 90, "lymphocytes": 500, "ldh": 400, "d_dimer": 1500}
    low = {"ferritin": 300, "crp": 20, "lymphocytes": 1500, "ldh": 200, "d_dimer": 300}
    labs, not_done = {}, {}
    for lab, s in states.items():
        if s == "low":
            labs[lab] = [(2, low[lab])]
        elif s == "high":
            labs[lab] = [(2, high[lab])]
        elif s == "high_rising":
            labs[lab] = [(26, high[lab] - 1), (2, high[lab])]
        elif s == "not_done":
            not_done[lab] = "not_requested"
    without = inc05(b(**labs))
    with_nd = inc05(b(not_done=not_done, **labs))
    if without.status in (MET, NOT_MET):
        assert with_nd.status == without.status            # "not done" never overrides a decided reading
    assert not (set(with_nd.missing) & set(not_done))       # a value not done is never asked for
    assert all(x.status != CANNOT or x.not_done for x in with_nd.branches)
    if all(x.status in (NOT_MET, CANNOT) for x in with_nd.branches):
        assert with_nd.status == NOT_MET
