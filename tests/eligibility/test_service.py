"""Eligibility with a real vault: versions, signatures, labs, inclusion, log."""
from __future__ import annotations


import pytest

from bedside.consent import service as consent_service
from bedside.eligibility import service as S
from bedside.eligibility.errors import InputError
from bedside.eligibility.screen_failure_writes import set_outcome
from bedside.errors import PermissionDenied, ValidationError, WrongPassword
from bedside.patients import get_patient
from bedside.roles import Role

from ..conftest import PASSWORD, make_patient
from ..consent.data import consent_event, good_signature
from .data import answers


@pytest.fixture
def staff(session_as):
    return session_as(Role.NURSE), session_as(Role.INVESTIGATOR)


def test_nurse_prepares_investigator_signs_and_resigns_after_change(staff, clock):
    nurse, inv = staff
    p = make_patient(nurse)
    v1 = S.save_assessment(nurse, p.id, answers())
    st = S.eligibility_status(nurse, p.id)
    assert st.evaluation.status == "eligible" and v1.content["protocol_key"] == "TJT2012-v2"
    assert st.evaluation.pending == ["INC-06"]          # no consent recorded yet -> pending
    ok, reasons = S.signed_assessment_status(nurse, p.id)
    assert not ok and "not signed" in reasons[0]
    with pytest.raises(PermissionDenied):
        S.sign_assessment(nurse, p.id, PASSWORD)
    with pytest.raises(WrongPassword):
        S.sign_assessment(inv, p.id, "wrong password")
    S.sign_assessment(inv, p.id, PASSWORD)
    assert S.signed_assessment_status(nurse, p.id) == (True, [])
    # saving the same thing again changes nothing
    assert S.save_assessment(nurse, p.id, answers()).id == v1.id
    # a signed assessment is locked: a change needs a reason and a new signature
    with pytest.raises(ValidationError) as e:
        S.save_assessment(nurse, p.id, answers(spo2_room_air=90))
    assert e.value.field == "reason"
    v2 = S.save_assessment(nurse, p.id, answers(spo2_room_air=90), reason="SpO2 re-measured")
    assert v2.version == 2 and v2.reason == "SpO2 re-measured"
    ok, reasons = S.signed_assessment_status(nurse, p.id)
    assert not ok and "version 2" in reasons[0]
    clock.advance(minutes=5)
    S.sign_assessment(inv, p.id, PASSWORD)
    assert S.signed_assessment_status(inv, p.id)[0]
    assert len(inv.signatures_for(v2.record_id)) == 2


def test_not_eligible_cannot_be_signed(staff):
    nurse, inv = staff
    p = make_patient(nurse)
    S.save_assessment(nurse, p.id, answers(spo2_room_air=95))
    with pytest.raises(ValidationError):
        S.sign_assessment(inv, p.id, PASSWORD)
    ok, reasons = S.signed_assessment_status(inv, p.id)
    assert not ok and any("INC-04" in r for r in reasons)


def test_unknown_patient_and_no_assessment(staff):
    nurse, _ = staff
    p = make_patient(nurse)
    ok, reasons = S.signed_assessment_status(nurse, p.id)
    assert not ok and "No eligibility assessment" in reasons[0]


def test_group_b_with_lab_series_and_stale_after_new_lab(staff, clock):
    nurse, inv = staff
    p = make_patient(nurse)
    # intubated 10 days before inclusion; ferritin 1,400 then 1,600 µg/L about 24 h later
    S.add_lab_value(nurse, p.id, "ferritin", "24/11/2026 06:00", "1,4", "mg/L")
    S.add_lab_value(nurse, p.id, "ferritin", "25/11/2026 06:30", "1600", "ng/mL")
    a = answers(oxygen_group="B", group_a_supplemental_oxygen=None, group_b_tracheal_ventilation="yes",
                intubation_time="2026-11-15T07:00:00+01:00", inflammation_not_superinfection="yes")
    S.save_assessment(nurse, p.id, a)
    st = S.eligibility_status(nurse, p.id)
    r = st.evaluation.result("INC-05")
    assert r.status == "met", [m.text() for m in r.reasons]
    assert {b.id: b.status for b in r.branches}["B2"] == "met"
    assert "1600" in r.branches[1].reasons[0].text() and "1400" in r.branches[1].reasons[0].text()
    S.sign_assessment(inv, p.id, PASSWORD)
    assert S.signed_assessment_status(nurse, p.id)[0]
    # a value measured after inclusion cannot change it: still signed
    S.add_lab_value(nurse, p.id, "ferritin", "25/11/2026 08:30", "900", "µg/L")
    assert S.signed_assessment_status(nurse, p.id)[0]
    # a late-entered value from before inclusion changes the data: new version + signature needed
    S.add_lab_value(nurse, p.id, "crp", "25/11/2026 05:00", "120", "mg/L")
    ok, reasons = S.signed_assessment_status(nurse, p.id)
    assert not ok and "changed since" in reasons[0]
    with pytest.raises(ValidationError):
        S.sign_assessment(inv, p.id, PASSWORD)
    S.save_assessment(nurse, p.id, a, reason="late CRP entered")
    S.sign_assessment(inv, p.id, PASSWORD)
    assert S.signed_assessment_status(nurse, p.id)[0]


def test_bad_lab_values_refused_and_nothing_stored(staff):
    nurse, _ = staff
    p = make_patient(nurse)
    for when, value, unit, words in [("25/11/2026 06:00", "-3", "µg/L", "negative"),
                                     ("25/11/2026 06:00", "abc", "µg/L", "not a number"),
                                     ("25/11/2026 06:00", "5000000", "µg/L", "possible range"),
                                     ("26/11/2026 06:00", "500", "µg/L", "future"),
                                     ("25/11/2026", "500", "µg/L", "date and time")]:
        with pytest.raises(InputError) as e:
            S.add_lab_value(nurse, p.id, "ferritin", when, value, unit)
        assert words in str(e.value)
    with pytest.raises(InputError):
        S.add_lab_value(nurse, p.id, "sodium", "25/11/2026 06:00", "140", None)
    assert nurse.records.list_latest(S.LAB, patient_id=p.id) == []


def test_datamanager_reads_but_cannot_enter(session_as, staff):
    nurse, _ = staff
    p = make_patient(nurse)
    dm = session_as(Role.DATA_MANAGER)
    with pytest.raises(PermissionDenied):
        S.save_assessment(dm, p.id, answers())
    with pytest.raises(PermissionDenied):
        S.add_lab_value(dm, p.id, "crp", "25/11/2026 06:00", "50", "mg/L")
    assert S.eligibility_status(dm, p.id).version is None


def test_provisional_confirmed_and_overdue(staff, clock):
    nurse, inv = staff
    p = make_patient(nurse)
    q = make_patient(nurse, mrn="H100002")
    for pid in (p.id, q.id):
        S.save_assessment(nurse, pid, answers(covid_tests=[]))
        S.sign_assessment(inv, pid, PASSWORD)
    st = S.eligibility_status(nurse, p.id)
    assert st.evaluation.status == "provisionally_eligible"
    assert S.signed_assessment_status(nurse, p.id)[0]
    due = [(c.patient_id, c.due, c.overdue) for c in S.provisional_confirmations(nurse)]
    assert sorted(due) == sorted([(p.id, "2026-12-09", False), (q.id, "2026-12-09", False)])
    # p's confirmation arrives on day 3: new version, re-signed
    clock.advance(days=3)
    S.save_assessment(nurse, p.id, answers(covid_tests=[{"date": "2026-11-28", "method": "serology",
                                                          "result": "positive"}]), reason="serology positive")
    S.sign_assessment(inv, p.id, PASSWORD)
    assert S.eligibility_status(nurse, p.id).evaluation.status == "eligible"
    # q's never arrives: overdue after the due date
    clock.advance(days=12)
    ok, reasons = S.signed_assessment_status(nurse, q.id)
    assert not ok and "overdue" in reasons[0]
    conf = S.provisional_confirmations(nurse)
    assert [(c.patient_id, c.overdue) for c in conf] == [(q.id, True)]
    assert S.signed_assessment_status(nurse, p.id)[0]


def test_inclusion_subject_ids_target_and_log(session_as, staff, clock):
    nurse, inv = staff
    admin = session_as(Role.ADMINISTRATOR)
    admin.settings.update({"enrollment_target": 2}, reason="test target")
    a, b, c, d = (make_patient(nurse, mrn=f"H20000{i}") for i in range(4))
    for x in (a, b):
        S.save_assessment(nurse, x.id, answers())
        S.sign_assessment(inv, x.id, PASSWORD)
    with pytest.raises(ValidationError):
        S.include_patient(inv, a.id)                 # eligible and signed, but no consent yet
    for x in (a, b):
        consent_service.record_consent(inv, x.id, consent_event(), signature=good_signature(),
                                       password=PASSWORD)
    with pytest.raises(ValidationError):
        S.include_patient(inv, c.id)                 # not assessed
    with pytest.raises(PermissionDenied):
        S.include_patient(nurse, a.id)
    r1 = S.include_patient(inv, a.id)
    assert (r1.subject_id, r1.target_state) == ("TJT-001", "near")
    r2 = S.include_patient(inv, b.id)
    assert (r2.subject_id, r2.included, r2.target_state) == ("TJT-002", 2, "reached")
    assert get_patient(nurse, a.id).subject_id == "TJT-001"
    S.save_assessment(nurse, c.id, answers(exc_ecmo="yes"))
    set_outcome(nurse, c.id, "not_eligible")
    set_outcome(nurse, d.id, "declined", note="family declined")
    with pytest.raises(ValidationError):
        set_outcome(nurse, d.id, "included")
    with pytest.raises(ValidationError):
        set_outcome(nurse, a.id, "declined")          # already included
    rows = S.screening_log(nurse)
    assert [(r.screening_number, r.subject_id, r.outcome) for r in rows] == [
        ("S-001", "TJT-001", "included"), ("S-002", "TJT-002", "included"),
        ("S-003", None, "not_eligible"), ("S-004", None, "declined")]
    assert rows[2].failed_criteria == ("EXC-02",)
    assert rows[0].signed_by == "Dr Test Investigator"
    counts = S.consort_counts(rows)
    assert counts["screened"] == 4 and counts["included"] == 2 and counts["declined"] == 1
    assert S.enrollment(nurse) == (2, 2, "reached")


def test_consent_criterion_reads_the_consent_decision_not_its_text(staff):
    """INC-06 is pending without consent, met once given, not met once withdrawn:
    from the consent capability's typed decision."""
    nurse, inv = staff
    p = make_patient(nurse)
    st = S.assessment_state(nurse, p.id, answers())
    assert st.evaluation.result("INC-06").status == "pending"
    assert [m.template for m in st.consent_reasons] == ["No consent has been recorded."]
    consent_service.record_consent(inv, p.id, consent_event(), signature=good_signature(), password=PASSWORD)
    assert S.assessment_state(nurse, p.id, answers()).evaluation.result("INC-06").status == "met"
    consent_service.record_step(nurse, p.id, {"kind": "withdrawal", "by": "patient", "by_name": "Paul Test",
                                              "scope": ["stop_treatment"]})
    st = S.assessment_state(nurse, p.id, answers())
    assert st.evaluation.result("INC-06").status == "not_met"
    assert "INC-06" in st.evaluation.not_met


@pytest.mark.parametrize("bad, field", [
    (dict(ct_date="2026-12-01"), "Date of the CT scan"),              # future
    (dict(ct_date="yesterday"), "Date of the CT scan"),
    (dict(inclusion_time="2026-11-26T08:00:00+01:00"), "Inclusion date and time"),
    (dict(spo2_room_air="ninety"), "SpO2 on room air"),
    (dict(spo2_room_air=140), "SpO2 on room air"),
    (dict(oxygen_group="C"), "Group (A: supplemental oxygen, B: invasive mechanical ventilation)"),
    (dict(exc_ecmo="maybe"), "On ECMO"),
    (dict(covid_tests=[{"date": "2026-11-19", "method": "antigen", "result": "positive"}]), None),
    (dict(covid_tests="positive"), None),
    (dict(nonsense="x"), "nonsense"),
])
def test_bad_answers_refused_nothing_stored(staff, bad, field):
    nurse, _ = staff
    p = make_patient(nurse)
    with pytest.raises(InputError) as e:
        S.save_assessment(nurse, p.id, answers(**bad))
    if field:
        assert e.value.field == field
    assert nurse.records.list_latest(S.ASSESSMENT, patient_id=p.id) == []


def test_lab_value_correction_is_a_new_version_with_reason(staff):
    nurse, _ = staff
    p = make_patient(nurse)
    e = S.add_lab_value(nurse, p.id, "lymphocytes", "25/11/2026 06:00", "6,5", "×10⁹/L")
    assert e.value == 6500
    with pytest.raises(ValidationError):
        S.correct_lab_value(nurse, e.record_id, "25/11/2026 06:00", "0.65", "×10⁹/L", reason="")
    with pytest.raises(InputError):
        S.correct_lab_value(nurse, e.record_id, "25/11/2026 06:00", "-1", "×10⁹/L", reason="typo")
    c = S.correct_lab_value(nurse, e.record_id, "25/11/2026 06:00", "0.65", "×10⁹/L", reason="decimal point")
    assert c.value == 650 and c.record_id == e.record_id
    assert [x.value for x in S.lab_series(nurse, p.id)["lymphocytes"]] == [650]
    assert len(nurse.records.history(e.record_id)) == 2


def test_two_assessments_for_one_patient_block_the_gate(staff, clock):
    """Two PCs each started the checklist offline; after sync both records are
    here. The gate must not silently pick one of them."""
    from bedside.infusion.gate import may_infuse
    from tests.clinical_states import make_infusable
    nurse, inv = staff
    p = make_patient(nurse, mrn="H300001")
    make_infusable(nurse, inv, p.id)
    assert may_infuse(nurse, p.id).allowed
    first = S._latest_assessment(nurse, p.id)
    clock.advance(3600)
    other = dict(first.content, answers=dict(first.content["answers"], exc_allergy="yes"))
    nurse.records.create(first.record_type, other, patient_id=p.id)
    ans = may_infuse(nurse, p.id)
    assert not ans.allowed and any("Several eligibility assessments" in r for r in ans.texts())
    assert S._latest_assessment(nurse, p.id).record_id == first.record_id  # birth order, stable
