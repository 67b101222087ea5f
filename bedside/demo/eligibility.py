"""Fictitious eligibility assessments for the demo patients: one included
(eligible, signed), one provisionally eligible awaiting PCR, one whose
confirmation will be overdue, two not eligible, one incomplete."""
from __future__ import annotations

from datetime import timedelta, timezone

from ..eligibility import service as S
from ..eligibility.screen_failure_writes import set_outcome

ORDER = 30
EXC = ["exc_ecmo", "exc_limitation_of_care", "exc_life_expectancy", "exc_allergy", "exc_secondary_infection",
       "exc_thromboembolic", "exc_compliance", "exc_investigator_judgement"]
# protocol v2 (amendment): malignancy history and other studies are structured facts
STRUCTURED = {"malignancy_history": "none", "other_study": "none"}


def _answers(incl, **changes):
    a = {"inclusion_time": incl.isoformat(),
         "ct_date": (incl - timedelta(days=3)).date().isoformat(), "ct_extensive_interstitial": "yes",
         "covid_tests": [{"date": (incl - timedelta(days=4)).date().isoformat(), "method": "pcr",
                          "result": "positive"}],
         "spo2_room_air": 90, "oxygen_group": "A", "group_a_supplemental_oxygen": "yes",
         **{k: "no" for k in EXC}, **STRUCTURED}
    a.update(changes)
    return {k: v for k, v in a.items() if v is not None}


def seed(ctx: dict) -> None:
    nurse, inv = ctx["login"]("nurse"), ctx["login"]("investigator")
    clock, pw, pts = ctx["clock"], ctx["password"], ctx["patients"]
    tz = timezone(timedelta(minutes=clock.utc_offset_minutes()))
    now = clock.now().astimezone(tz).replace(second=0, microsecond=0)

    # Dupont: Group A, PCR before inclusion -> eligible, signed, included (TJT-001)
    d = pts["dupont"].id
    # treated for a colon carcinoma diagnosed 3 years before: outside the 2-year window
    S.save_assessment(nurse, d, _answers(now - timedelta(hours=2), malignancy_history="other_malignancy",
                                         malignancy_diagnosis_date=(now - timedelta(days=3 * 365 + 40)).date().isoformat()))
    clock.advance(minutes=20)
    S.sign_assessment(inv, d, pw)
    S.include_patient(inv, d)
    clock.advance(minutes=30)

    # Janssens: included on provisional eligibility; the confirming PCR/serology
    # never arrived.  Its due date falls between the seeding clock and the real
    # now, so the demo opens with an overdue confirmation on the dashboard.
    j = pts["janssens"].id
    real_now = ctx["now"].astimezone(tz)
    due = now + (real_now - now) / 2 if real_now - now > timedelta(hours=2) else now + timedelta(days=3)
    incl = (due - timedelta(days=14)).replace(hour=10, minute=0)
    S.save_assessment(nurse, j, _answers(incl, covid_tests=[],
                                         ct_date=(incl - timedelta(days=2)).date().isoformat()))
    S.sign_assessment(inv, j, pw)
    S.include_patient(inv, j)
    clock.advance(minutes=30)

    # Leclercq: woman of 68, Group B ventilated 9 days, ferritin > 1,000 and rising,
    # PCR awaited -> provisionally eligible (signed), woman not of childbearing potential
    lc = pts["leclercq"].id
    incl = now - timedelta(days=1)
    for hours_before, value, unit in ((26, "1,25", "mg/L"), (2, "1480", "ng/mL")):
        S.add_lab_value(nurse, lc, "ferritin", incl - timedelta(hours=hours_before), value, unit)
    S.add_lab_value(nurse, lc, "lymphocytes", incl - timedelta(hours=2), "0.65", "×10⁹/L")
    S.add_lab_value(nurse, lc, "ldh", incl - timedelta(hours=2), "420", "U/L")
    S.add_lab_value(nurse, lc, "crp", incl - timedelta(hours=26), "95", "mg/L")
    S.add_lab_value(nurse, lc, "crp", incl - timedelta(hours=2), "88", "mg/L")
    S.save_assessment(nurse, lc, _answers(
        incl, covid_tests=[], oxygen_group="B", group_a_supplemental_oxygen=None,
        group_b_tracheal_ventilation="yes", intubation_time=(incl - timedelta(days=9)).isoformat(),
        inflammation_not_superinfection="yes", childbearing_potential="no", spo2_room_air=86,
        malignancy_history="skin_non_melanoma",                     # basal-cell carcinoma: excepted
        malignancy_diagnosis_date=(incl - timedelta(days=200)).date().isoformat(),
        other_study="compassionate"))                                # compassionate antiviral: excepted
    clock.advance(minutes=15)
    S.sign_assessment(inv, lc, pw)
    clock.advance(minutes=30)

    # Wouters: born 1953 -> 73 years old: not eligible (INC-01)
    w = pts["wouters"].id
    S.save_assessment(nurse, w, _answers(now - timedelta(hours=5)))
    set_outcome(nurse, w, "not_eligible")
    clock.advance(minutes=30)

    # Mertens: SpO2 96 % on room air and on ECMO -> not eligible (INC-04, EXC-02)
    m = pts["mertens"].id
    S.save_assessment(nurse, m, _answers(now - timedelta(hours=4), spo2_room_air=96, exc_ecmo="yes",
                                         childbearing_potential="yes", pregnancy_test="negative"))
    set_outcome(nurse, m, "not_eligible")
    clock.advance(minutes=30)

    # Lambert: the nurse started the checklist; Group B, labs and exclusions still to enter
    la = pts["lambert"].id
    incl = now - timedelta(hours=1)
    S.add_lab_value(nurse, la, "lymphocytes", incl - timedelta(hours=3), "540", "/µL")
    S.save_assessment(nurse, la, {
        "inclusion_time": incl.isoformat(), "ct_date": (incl - timedelta(days=1)).date().isoformat(),
        "ct_extensive_interstitial": "yes", "spo2_room_air": 89, "oxygen_group": "B",
        "group_b_tracheal_ventilation": "yes", "intubation_time": (incl - timedelta(days=8)).isoformat(),
        "covid_tests": [{"date": (incl - timedelta(days=2)).date().isoformat(), "method": "pcr",
                         "result": "positive"}],
        "exc_ecmo": "no", "exc_limitation_of_care": "no",
        "labs_not_done": {"d_dimer": "not_requested"}})     # D-dimers were not requested
    clock.advance(minutes=30)
