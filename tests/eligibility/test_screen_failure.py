"""Screen failures: one structured record per assessed patient not included,
with criterion codes or a coded non-clinical reason; the rules hold on the
core API and the record's shape at every door (local write, pull, server push)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bedside import record_types
from bedside.consent import service as consent_service
from bedside.eligibility import service as S
from bedside.eligibility.screen_failure import screen_failure
from bedside.eligibility.screen_failure_writes import record_screen_failure, retract_screen_failure
from bedside.eligibility.screen_failure_reasons import reasons
from bedside.errors import PermissionDenied, ValidationError
from bedside.roles import Role
from bedside.sync.client import SyncRefused
from tests.identity.forgery import door_reason, entry, signed_as

from ..conftest import PASSWORD, make_patient
from ..consent.data import consent_event, good_signature
from .data import answers

GOOD = {"kind": "non_clinical", "criteria": [], "reason": "product_unavailable",
        "protocol_key": "TJT2012-v2", "assessment_status": "eligible", "decided_on": "2026-11-25",
        "note": "", "cancelled": False}


@pytest.fixture
def staff(session_as):
    return session_as(Role.NURSE), session_as(Role.INVESTIGATOR)


def test_not_eligible_patient_gets_the_criteria_and_the_log_counts_it(staff):
    nurse, _ = staff
    p = make_patient(nurse)
    S.save_assessment(nurse, p.id, answers(exc_ecmo="yes", spo2_room_air=96))
    v = record_screen_failure(nurse, p.id)
    assert v.content["kind"] == "criteria" and v.content["criteria"] == ["INC-04", "EXC-02"]
    assert v.content["assessment_status"] == "not_eligible" and v.content["protocol_key"] == "TJT2012-v2"
    # a non-clinical reason cannot hide a not-eligible assessment (CONSORT would count it twice)
    with pytest.raises(ValidationError) as err:
        record_screen_failure(nurse, p.id, reason="consent_refused", why_changed="family")
    assert "not eligible" in err.value.template
    # a criterion the assessment does not show as not met is refused
    with pytest.raises(ValidationError):
        record_screen_failure(nurse, p.id, criteria=["EXC-07"], why_changed="typo")
    row = next(r for r in S.screening_log(nurse) if r.patient_id == p.id)
    assert (row.outcome, row.failed_criteria) == ("not_eligible", ("INC-04", "EXC-02"))


def test_eligible_patient_not_included_for_a_coded_reason(staff):
    nurse, inv = staff
    a, b, c = (make_patient(nurse, mrn=f"H30000{i}") for i in range(3))
    for x in (a, b, c):
        S.save_assessment(nurse, x.id, answers())
    record_screen_failure(nurse, a.id, reason="consent_refused")
    record_screen_failure(nurse, b.id, reason="product_unavailable", note="batch failed release")
    with pytest.raises(ValidationError) as err:
        record_screen_failure(nurse, c.id, reason="other")              # "other" needs a note
    assert err.value.field == "note"
    with pytest.raises(ValidationError):
        record_screen_failure(nurse, c.id, reason="no_such_reason")
    with pytest.raises(ValidationError):
        record_screen_failure(nurse, c.id, reason="other", criteria=["INC-01"], note="x")
    assert screen_failure(nurse, c.id) is None                           # nothing stored
    rows = {r.patient_id: r for r in S.screening_log(nurse)}
    assert (rows[a.id].outcome, rows[a.id].failure_reason) == ("declined", "consent_refused")
    assert (rows[b.id].outcome, rows[b.id].failure_reason) == ("other", "product_unavailable")
    counts = S.consort_counts(list(rows.values()))
    assert counts["reason:consent_refused"] == 1 and counts["reason:product_unavailable"] == 1
    # a change is a new version with a reason; the first stays in the history
    with pytest.raises(ValidationError):
        record_screen_failure(nurse, b.id, reason="transferred")
    v = record_screen_failure(nurse, b.id, reason="transferred", why_changed="wrong reason picked")
    assert v.version == 2 and len(nurse.records.history(v.record_id)) == 2
    # while a screen failure is in force the patient cannot be included
    S.sign_assessment(inv, a.id, PASSWORD)
    consent_service.record_consent(inv, a.id, consent_event(), signature=good_signature(), password=PASSWORD)
    with pytest.raises(ValidationError) as err:
        S.include_patient(inv, a.id)
    assert err.value.field == "screen_failure"
    with pytest.raises(ValidationError):
        retract_screen_failure(nurse, a.id, "  ")
    retract_screen_failure(nurse, a.id, "patient changed their mind and consented")
    assert screen_failure(nurse, a.id) is None
    assert S.include_patient(inv, a.id).subject_id == "TJT-001"
    with pytest.raises(ValidationError):                                   # included: no screen failure
        record_screen_failure(nurse, a.id, reason="transferred", why_changed="x")


def test_permissions_and_unassessed_patient(session_as, staff):
    nurse, _ = staff
    p = make_patient(nurse)
    with pytest.raises(ValidationError):                                   # criteria need an assessment
        record_screen_failure(nurse, p.id)
    v = record_screen_failure(nurse, p.id, reason="died_before_inclusion")
    assert v.content["assessment_status"] == "not_assessed"
    with pytest.raises(PermissionDenied):
        record_screen_failure(session_as(Role.DATA_MANAGER), p.id, reason="transferred", why_changed="x")


@pytest.mark.parametrize("change, field", [
    ({"kind": "criteria"}, "content"),                                       # criteria kind without codes
    ({"criteria": ["INC-01"]}, "content"),                                    # both a code and a reason
    ({"reason": "not_a_reason"}, "reason"),
    ({"reason": None}, "content"),
    ({"reason": "other"}, "content"),                                        # needs a note
    ({"kind": "criteria", "reason": None, "criteria": ["INC-1"]}, "criteria.0"),
    ({"kind": "criteria", "reason": None, "criteria": ["EXC-02", "EXC-02"]}, "content"),
    ({"note": "x" * 501}, "note"),
    ({"note": "a\u202eb"}, "note"),
    ({"decided_on": "2026-02-30"}, "decided_on"),
    ({"assessment_status": "maybe"}, "assessment_status"),
    ({"extra": 1}, "extra"),
])
def test_every_door_refuses_a_malformed_screen_failure(session_as, change, field):
    nurse = session_as(Role.NURSE)
    bad = dict(GOOD, **change)
    with pytest.raises(record_types.ContentError) as err:                   # local write
        nurse.records.create("screen_failure", bad, patient_id="P-1")
    assert err.value.field == field
    # the door every pulled entry, verify and the server pass (bedside/sync/engine.py)
    e = entry(nurse, "screen_failure", bad)
    assert "content" in door_reason(nurse, e)
    assert door_reason(nurse, entry(nurse, "screen_failure", GOOD)) is None


def test_server_push_admits_the_declared_shape_only(sqlite_server):
    from tests.server.entries import NURSE_KEYS, SITE_ROOT, make_entry, site_directory
    dev = sqlite_server.enrolled_client("USI-PC-7", "ws-sf", site_root=SITE_ROOT)  # pins the root
    assert set(dev.push(site_directory("ws-sf"))["entries"].values()) == {"stored"}
    good = signed_as(make_entry("ws-sf"), "screen_failure", GOOD, NURSE_KEYS)
    unknown = signed_as(make_entry("ws-sf"), "screen_failure", dict(GOOD, reason="bribed"), NURSE_KEYS)
    both = signed_as(make_entry("ws-sf"), "screen_failure", dict(GOOD, criteria=["EXC-02"]), NURSE_KEYS)
    with pytest.raises(SyncRefused) as refused:
        dev.push([good, unknown, both])
    text = str(refused.value)
    assert refused.value.status == 422 and unknown["id"] in text and both["id"] in text
    assert "content field reason" in text
    assert dev.push([good])["entries"] == {good["id"]: "stored"}
    served = [i["entry"]["id"] for i in dev.pull(0)["items"] if i["kind"] == "entry"]
    assert good["id"] in served and unknown["id"] not in served and both["id"] not in served


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["criteria", "non_clinical"]),
       criteria=st.lists(st.sampled_from(["INC-01", "INC-04", "EXC-02", "EXC-07"]), max_size=3),
       reason=st.one_of(st.none(), st.sampled_from([r.id for r in reasons()]), st.text(max_size=8)),
       note=st.text(max_size=20))
def test_declaration_accepts_exactly_one_consistent_reason(kind, criteria, reason, note):
    content = dict(GOOD, kind=kind, criteria=criteria, reason=reason, note=note)
    known = reason in {r.id for r in reasons()}
    needs_note = known and next(r for r in reasons() if r.id == reason).needs_note
    from bedside.record_fields import text_problem
    expected = (len(set(criteria)) == len(criteria) and text_problem(note, multiline=True) is None and (
        (kind == "criteria" and criteria and reason is None) or
        (kind == "non_clinical" and not criteria and known and (note.strip() or not needs_note))))
    assert record_types.is_valid("screen_failure", content) == bool(expected)
