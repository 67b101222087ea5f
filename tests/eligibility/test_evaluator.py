"""Table-driven boundaries for every TJT2012 criterion."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from bedside.eligibility.evaluator import (
    ELIGIBLE, INCOMPLETE, MET, MISSING, NOT_ELIGIBLE, NOT_MET, PENDING, PROVISIONAL,
    PROVISIONALLY_ELIGIBLE, evaluate)

from bedside.eligibility.protocol import PROTOCOL_DIR

from .data import INCL, NOW, PROTOCOL, facts, group_b


def result(f, cid, now=NOW):
    return evaluate(PROTOCOL, f, now).result(cid)


def test_base_case_is_eligible():
    a = evaluate(PROTOCOL, facts(), NOW)
    assert a.status == ELIGIBLE, [(r.id, r.status, [m.text() for m in r.reasons]) for r in a.criteria]
    assert a.protocol_key == "TJT2012-v1"


# --- INC-01 age: completed years on the inclusion date (2026-11-20) ---------------
@pytest.mark.parametrize("dob, age, status", [
    ("2008-11-21", 17, NOT_MET),   # 18th birthday is the day after inclusion
    ("2008-11-20", 18, MET),       # 18th birthday on the inclusion date
    ("1955-11-21", 70, MET),       # 70, the day before the 71st birthday
    ("1955-11-20", 71, NOT_MET),   # 71st birthday on the inclusion date
    ("1956-02-29", 70, MET),
    ("2027-01-01", None, NOT_MET),  # born after inclusion
])
def test_age_boundaries(dob, age, status):
    r = result(facts(date_of_birth=dob), "INC-01")
    assert r.status == status
    assert r.computed
    if age is not None:
        assert f"Age {age} years" in r.reasons[0].text()


# --- INC-02 CT within 10 days before inclusion --------------------------------------
@pytest.mark.parametrize("ct, finding, status", [
    ("2026-11-20", "yes", MET),      # day 0
    ("2026-11-10", "yes", MET),      # day 10
    ("2026-11-09", "yes", NOT_MET),  # day 11
    ("2026-11-21", "yes", NOT_MET),  # after inclusion
    ("2026-11-15", "no", NOT_MET),   # no extensive interstitial pneumonia
    (None, "yes", MISSING),
])
def test_ct_window(ct, finding, status):
    r = result(facts(ct_date=ct, ct_extensive_interstitial=finding), "INC-02")
    assert r.status == status
    if status == MET:
        assert "days before inclusion" in r.reasons[0].text()


# --- INC-03 PCR before / PCR or serology after ------------------------------------------
def _tests(*items):
    return [{"date": d, "method": m, "result": r} for d, m, r in items]


@pytest.mark.parametrize("items, now, status, overdue", [
    (_tests(("2026-11-06", "pcr", "positive")), NOW, MET, False),           # 14 days before
    (_tests(("2026-11-05", "pcr", "positive")), NOW, PROVISIONAL, False),   # 15 days before: too old
    (_tests(("2026-11-12", "serology", "positive")), NOW, PROVISIONAL, False),  # serology before does not count
    (_tests(("2026-11-12", "pcr", "negative")), NOW, PROVISIONAL, False),
    ([], NOW, PROVISIONAL, False),
    (_tests(("2026-11-24", "serology", "positive")), NOW, MET, False),      # confirmed after
    (_tests(("2026-12-04", "pcr", "positive")), datetime(2026, 12, 5, tzinfo=timezone.utc), MET, False),  # day 14 after
    (_tests(("2026-12-05", "pcr", "positive")), datetime(2026, 12, 6, tzinfo=timezone.utc), NOT_MET, True),  # day 15
    ([], datetime(2026, 12, 4, 22, 59, tzinfo=timezone.utc), PROVISIONAL, False),  # 23:59 local on due date
    ([], datetime(2026, 12, 4, 23, 0, tzinfo=timezone.utc), NOT_MET, True),       # 00:00 local next day
])
def test_covid_confirmation(items, now, status, overdue):
    r = result(facts(covid_tests=items), "INC-03", now)
    assert r.status == status
    assert r.overdue == overdue
    if status in (PROVISIONAL, NOT_MET):
        assert r.due == date(2026, 12, 4)


def test_provisional_then_confirmed_then_overdue():
    f = facts(covid_tests=[])
    a = evaluate(PROTOCOL, f, NOW)
    assert a.status == PROVISIONALLY_ELIGIBLE
    assert "04/12/2026" in a.summary.text()
    # the confirmation arrives
    f2 = facts(covid_tests=_tests(("2026-11-23", "pcr", "positive")))
    assert evaluate(PROTOCOL, f2, NOW).status == ELIGIBLE
    # no confirmation and the due date passes
    late = evaluate(PROTOCOL, f, datetime(2026, 12, 10, tzinfo=timezone.utc))
    assert late.status == NOT_ELIGIBLE and late.result("INC-03").overdue


# --- INC-04 SpO2 -----------------------------------------------------------------------
@pytest.mark.parametrize("spo2, status", [(93, MET), (93.0, MET), (94, NOT_MET), (92.5, MET),
                                          (150, MISSING), (-1, MISSING), ("93", MISSING), (None, MISSING)])
def test_spo2(spo2, status):
    r = result(facts(spo2_room_air=spo2), "INC-04")
    assert r.status == status
    if spo2 in (150, -1, "93"):
        assert r.invalid == ["spo2_room_air"]


# --- INC-05 groups and ventilation days -------------------------------------------------
HIGH_FERRITIN = dict(ferritin=[(2, 2500)])


@pytest.mark.parametrize("days, labs, status", [
    (7, {}, MET),
    (7 + 1 / 1440, {}, MISSING),          # one minute over 7 days: needs inflammation
    (8, {}, MISSING),
    (8, HIGH_FERRITIN, MET),
    (14, HIGH_FERRITIN, MET),
    (14 + 1 / 1440, HIGH_FERRITIN, NOT_MET),
    (15, HIGH_FERRITIN, NOT_MET),
    (-0.1, {}, NOT_MET),                  # intubated after inclusion
])
def test_ventilation_days(days, labs, status):
    r = result(group_b(days, **labs), "INC-05")
    assert r.status == status, [m.text() for m in r.reasons]


def test_group_a_and_b_attestations():
    assert result(facts(group_a_supplemental_oxygen="no"), "INC-05").status == NOT_MET
    assert result(facts(group_a_supplemental_oxygen=None), "INC-05").status == MISSING
    f = group_b(3)
    f["group_b_tracheal_ventilation"] = "no"
    assert result(f, "INC-05").status == NOT_MET


def test_superinfection_explains_inflammation():
    f = group_b(10, ferritin=[(2, 2500)])
    f["inflammation_not_superinfection"] = "no"
    assert result(f, "INC-05").status == NOT_MET
    f["inflammation_not_superinfection"] = None
    r = result(f, "INC-05")
    assert r.status == MISSING and "inflammation_not_superinfection" in r.missing


# each inflammation branch; hours are "hours before inclusion"
@pytest.mark.parametrize("labs, branch_status, status", [
    (dict(ferritin=[(1, 2000)]), {"B1": NOT_MET}, MISSING),           # 2000 is not > 2000, rising unknown
    (dict(ferritin=[(1, 2001)]), {"B1": MET}, MET),
    (dict(ferritin=[(25, 1400), (1, 1500)]), {"B2": MET}, MET),       # rising vs 24 h earlier
    (dict(ferritin=[(25, 1600), (1, 1500)]), {"B2": NOT_MET}, MISSING),  # falling; B3 lacks lymphocytes
    (dict(ferritin=[(25, 1600), (1, 1500)], lymphocytes=[(1, 1200)]), {"B2": NOT_MET, "B3": NOT_MET}, NOT_MET),
    (dict(ferritin=[(25, 1000), (1, 1000)]), {"B2": NOT_MET}, MISSING),
    # window edges: the earlier value must be 18 h .. 30 h before (24 h ± 6 h setting)
    (dict(ferritin=[(19, 1400), (1, 1500)]), {"B2": MET}, MET),       # exactly 18 h earlier
    (dict(ferritin=[(31, 1400), (1, 1500)]), {"B2": MET}, MET),       # exactly 30 h earlier
    (dict(ferritin=[(18.9, 1400), (1, 1500)]), {"B2": MISSING}, MISSING),  # 17.9 h: too recent
    (dict(ferritin=[(31.1, 1400), (1, 1500)]), {"B2": MISSING}, MISSING),  # 30.1 h: too old
    (dict(lymphocytes=[(1, 799)], ldh=[(1, 301)]), {"B3": MET}, MET),
    (dict(lymphocytes=[(1, 800)], ldh=[(1, 301)]), {"B3": NOT_MET}, MISSING),
    (dict(lymphocytes=[(1, 700)], d_dimer=[(1, 1001)]), {"B3": MET}, MET),
    (dict(lymphocytes=[(1, 700)], d_dimer=[(1, 1000)], ldh=[(1, 300)], crp=[(1, 70)], ferritin=[(1, 700)]),
     {"B1": NOT_MET, "B2": NOT_MET, "B3": NOT_MET}, NOT_MET),
    (dict(lymphocytes=[(1, 700)], crp=[(25, 60), (1, 80)]), {"B3": MET}, MET),
    (dict(lymphocytes=[(1, 700)], crp=[(25, 90), (1, 80)], ldh=[(1, 200)], d_dimer=[(1, 500)],
          ferritin=[(1, 600)]), {"B3": NOT_MET}, NOT_MET),
    (dict(lymphocytes=[(1, 700)], ferritin=[(25, 750), (1, 800)]), {"B3": MET}, MET),
    (dict(lymphocytes=[(1, 700)], crp=[(1, 80)]), {"B3": MISSING}, MISSING),   # CRP high, rising unknown
])
def test_inflammation_branches(labs, branch_status, status):
    r = result(group_b(10, **labs), "INC-05")
    got = {b.id: b.status for b in r.branches}
    for bid, s in branch_status.items():
        assert got[bid] == s, (bid, [m.text() for b in r.branches for m in b.reasons])
    assert r.status == status


def test_rising_unknown_names_the_earlier_value():
    r = result(group_b(10, ferritin=[(1, 1500)]), "INC-05")
    b2 = next(b for b in r.branches if b.id == "B2")
    text = b2.reasons[0].text()
    assert "enter the Ferritin value measured between" in text
    assert "19/11/2026 03:00" in text and "19/11/2026 15:00" in text  # 09:00 - 24 h ± 6 h
    assert "ferritin" in r.missing


def test_lab_after_inclusion_is_not_current():
    f = group_b(10, ferritin=[(1, 1500)])
    f["ferritin"].append({"time": (INCL + timedelta(hours=2)).isoformat(), "value": 5000})
    b1 = next(b for b in result(f, "INC-05").branches if b.id == "B1")
    assert b1.status == NOT_MET


# --- exclusions ------------------------------------------------------------------------
@pytest.mark.parametrize("changes, status", [
    (dict(sex="male"), MET),
    (dict(sex="female"), MISSING),
    (dict(sex="female", childbearing_potential="no"), MET),
    (dict(sex="female", childbearing_potential="yes"), MISSING),
    (dict(sex="female", childbearing_potential="yes", pregnancy_test="negative"), MET),
    (dict(sex="female", childbearing_potential="yes", pregnancy_test="positive"), NOT_MET),
    (dict(sex=None), MISSING),
])
def test_pregnancy(changes, status):
    assert result(facts(**changes), "EXC-01").status == status


@pytest.mark.parametrize("key, cid", [
    ("exc_ecmo", "EXC-02"), ("exc_limitation_of_care", "EXC-03"), ("exc_life_expectancy", "EXC-04"),
    ("exc_allergy", "EXC-05"), ("exc_secondary_infection", "EXC-06"), ("exc_malignancy", "EXC-07"),
    ("exc_thromboembolic", "EXC-08"), ("exc_compliance", "EXC-09"), ("exc_investigator_judgement", "EXC-10"),
    ("exc_other_trial", "EXC-11")])
def test_attested_exclusions(key, cid):
    assert result(facts(**{key: "no"}), cid).status == MET
    yes = evaluate(PROTOCOL, facts(**{key: "yes"}), NOW)
    assert yes.result(cid).status == NOT_MET and yes.status == NOT_ELIGIBLE and yes.not_met == [cid]
    assert result(facts(**{key: None}), cid).status == MISSING
    assert result(facts(**{key: "maybe"}), cid).status == MISSING


# --- consent -----------------------------------------------------------------------------
@pytest.mark.parametrize("state, status", [("given", MET), ("pending", PENDING), (None, PENDING),
                                           ("refused", NOT_MET), ("withdrawn", NOT_MET)])
def test_consent(state, status):
    assert result(facts(consent_status=state), "INC-06").status == status


def test_pending_consent_does_not_hide_eligibility_but_is_listed():
    a = evaluate(PROTOCOL, facts(consent_status=None), NOW)
    assert a.status == ELIGIBLE and a.pending == ["INC-06"]


# --- overall -----------------------------------------------------------------------------
def test_overall_priorities():
    a = evaluate(PROTOCOL, facts(spo2_room_air=97, ct_date=None), NOW)
    assert a.status == NOT_ELIGIBLE and a.not_met == ["INC-04"]
    a = evaluate(PROTOCOL, facts(ct_date=None, covid_tests=[]), NOW)
    assert a.status == INCOMPLETE and a.missing_inputs == ["ct_date"]
    assert "1 item" in a.summary.text()


def test_every_registry_criterion_is_in_the_protocol():
    ids = [c.id for c in PROTOCOL.criteria]
    assert ids == [f"INC-0{i}" for i in range(1, 7)] + [f"EXC-{i:02d}" for i in range(1, 12)]
    registry = (PROTOCOL_DIR / "sources" / "TJT2012-registry-entry.txt").read_text(encoding="utf-8")
    registry = registry.replace("\\>", ">").replace("\\<", "<").lower()
    for c in PROTOCOL.criteria:
        for fragment in c.text["en"].split("; "):
            core = fragment.split(":")[-1].strip(" .")[:40]
            assert core.lower().replace(" ", "") in registry.replace(" ", ""), (c.id, core)
        assert c.text["fr"] and c.text["fr"] != c.text["en"]


def test_french_labels_in_missing_reasons():
    a = evaluate(PROTOCOL, facts(ct_date=None), NOW, lang="fr")
    assert "Date du scanner" in a.result("INC-02").reasons[0].text()


def test_day_counts_use_the_local_date():
    # 00:30 in Liège on 21/11 is 23:30 UTC on 20/11: the CT of 11/11 is 10 days before in local dates
    utc_incl = datetime(2026, 11, 20, 23, 30, tzinfo=timezone.utc)
    f = facts(inclusion_time=utc_incl.isoformat(), ct_date="2026-11-11")
    assert evaluate(PROTOCOL, f, NOW, tz=timezone(timedelta(hours=1))).result("INC-02").status == MET
    assert evaluate(PROTOCOL, f, NOW).result("INC-02").status == MET        # as stored: 9 days
    f = facts(inclusion_time=utc_incl.isoformat(), ct_date="2026-11-10")
    assert evaluate(PROTOCOL, f, NOW, tz=timezone(timedelta(hours=1))).result("INC-02").status == NOT_MET
