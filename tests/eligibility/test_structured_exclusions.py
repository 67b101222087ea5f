"""Protocol v2 (amendment): malignancy history as type + diagnosis date with
the 2-year window computed against the inclusion date, and participation in
another study by kind with the registry's exception — rules as data."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bedside.eligibility.evaluator import (ELIGIBLE, MET, MISSING, NOT_ELIGIBLE, NOT_MET, evaluate,
                                           years_before)
from bedside.eligibility.protocol import PROTOCOL_DIR, ProtocolError, load_named, parse_protocol

from .data import BASE, INCL, NOW

V2 = load_named("tjt2012-v2.json")
INCL_DAY = INCL.date()                       # 2026-11-20 (local)


def v2_facts(**changes):
    f = {k: v for k, v in BASE.items() if k not in ("exc_malignancy", "exc_other_trial")}
    f.update(malignancy_history="none", other_study="none")
    f.update(changes)
    return {k: v for k, v in f.items() if v is not None}


def crit(f, cid, lang="en"):
    return evaluate(V2, f, NOW, lang).result(cid)


def test_v2_base_case_is_eligible_and_keeps_the_registry_text():
    a = evaluate(V2, v2_facts(), NOW)
    assert a.status == ELIGIBLE and a.protocol_key == "TJT2012-v2"
    v1 = load_named("tjt2012-v1.json")
    for cid in ("EXC-07", "EXC-11"):                     # the registry text stays beside the answer
        assert V2.criterion(cid).text == v1.criterion(cid).text


@pytest.mark.parametrize("dx, status", [
    ("2024-11-20", NOT_MET),     # exactly 2 years before inclusion: within
    ("2024-11-21", NOT_MET),
    ("2024-11-19", MET),         # one day more than 2 years
    ("2020-01-01", MET),
    ("2026-11-20", NOT_MET),     # diagnosed on the inclusion day
])
def test_malignancy_window_boundaries(dx, status):
    r = crit(v2_facts(malignancy_history="other_malignancy", malignancy_diagnosis_date=dx), "EXC-07")
    assert r.status == status and r.computed
    text = r.reasons[0].text()
    assert "20/11/2026" in text and "20/11/2024" in text and f"{(INCL_DAY - date.fromisoformat(dx)).days} days" in text


def test_skin_carcinoma_is_excepted_and_date_only_asked_when_needed():
    r = crit(v2_facts(malignancy_history="skin_non_melanoma", malignancy_diagnosis_date="2026-10-01"), "EXC-07")
    assert r.status == MET and "Non-melanoma skin carcinoma" in r.reasons[0].text()
    r = crit(v2_facts(malignancy_history="other_malignancy"), "EXC-07")
    assert r.status == MISSING and r.missing == ["malignancy_diagnosis_date"]
    assert evaluate(V2, v2_facts(malignancy_history="other_malignancy"), NOW).status == "incomplete"
    r = crit(v2_facts(malignancy_history="other_malignancy", malignancy_diagnosis_date="2026-11-21"), "EXC-07")
    assert r.status == MISSING and r.invalid == ["malignancy_diagnosis_date"]   # after inclusion: re-enter
    r = crit(v2_facts(malignancy_history="skin_non_melanoma"), "EXC-07", lang="fr")
    assert "Carcinome cutané non mélanique" in r.reasons[0].params["kind"]


@pytest.mark.parametrize("kind, status", [
    ("none", MET), ("interventional", NOT_MET), ("compassionate", MET), ("observational", MET)])
def test_other_study_by_kind_with_the_protocol_exception(kind, status):
    r = crit(v2_facts(other_study=kind), "EXC-11")
    assert r.status == status
    a = evaluate(V2, v2_facts(other_study=kind), NOW)
    assert (a.status == NOT_ELIGIBLE) == (status == NOT_MET)


def test_leap_day_window():
    assert years_before(date(2028, 2, 29), 2) == date(2026, 2, 28)
    assert years_before(date(2026, 11, 20), 2) == date(2024, 11, 20)


@settings(max_examples=50, deadline=None)
@given(history=st.sampled_from(["none", "skin_non_melanoma", "other_malignancy"]),
       days_before=st.integers(min_value=-30, max_value=3000))
def test_window_property(history, days_before):
    dx = INCL_DAY - timedelta(days=days_before)
    r = crit(v2_facts(malignancy_history=history, malignancy_diagnosis_date=dx.isoformat()), "EXC-07")
    if history != "other_malignancy":
        assert r.status == MET
    elif days_before < 0:
        assert r.status == MISSING
    else:
        assert r.status == (NOT_MET if dx >= years_before(INCL_DAY, 2) else MET)


def test_window_and_exceptions_are_data(tmp_path):
    text = (PROTOCOL_DIR / "tjt2012-v2.json").read_text(encoding="utf-8")
    d = json.loads(text)
    rule = next(c for c in d["criteria"] if c["id"] == "EXC-07")["rule"]
    rule["window_years"] = 5
    p5 = parse_protocol(json.dumps(d), "five.json")
    f = v2_facts(malignancy_history="other_malignancy", malignancy_diagnosis_date="2023-01-01")
    assert evaluate(V2, f, NOW).result("EXC-07").status == MET
    assert evaluate(p5, f, NOW).result("EXC-07").status == NOT_MET
    rule11 = next(c for c in d["criteria"] if c["id"] == "EXC-11")["rule"]
    rule11["excepted_choices"] = ["compassionate"]            # observational now listed nowhere
    with pytest.raises(ProtocolError) as err:
        parse_protocol(json.dumps(d), "bad.json")
    assert "each choice" in str(err.value)
