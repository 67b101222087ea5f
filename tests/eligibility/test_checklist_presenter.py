"""The checklist presenter without widgets: (loaded data, typed draft,
permissions) -> ChecklistView, with plain asserts (STYLE.md §2.2)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bedside.eligibility import service as S
from bedside.eligibility.draft import load_checklist, parse_draft
from bedside.roles import Role
from ui.eligibility.checklist.presenter import present

from ..conftest import PASSWORD, make_patient
from .data import EXCLUSIONS, STRUCTURED

TYPED = {"inclusion_time": "25/11/2026 08:30", "ct_date": "21/11/2026", "ct_extensive_interstitial": "yes",
         "covid_tests": [{"date": "2026-11-20", "method": "pcr", "result": "positive"}],
         "spo2_room_air": "91", "oxygen_group": "A", "group_a_supplemental_oxygen": "yes",
         **{k: "no" for k in EXCLUSIONS}, **STRUCTURED}


@pytest.fixture
def nurse_and_patient(session_as):
    nurse = session_as(Role.NURSE)
    p = make_patient(nurse, mrn="H500001", family_name="Noël", given_name="Luc", date_of_birth="1962-01-10",
                     weight_kg=75, height_cm=175)
    return nurse, p.id


def _view(session, pid, typed, can_edit=True, can_sign=False):
    data = load_checklist(session, pid, "en")
    return present(data, typed, session.clock.now(), "en", can_edit=can_edit, can_sign=can_sign), data


def test_empty_draft_lists_what_to_enter(nurse_and_patient):
    nurse, pid = nurse_and_patient
    view, _data = _view(nurse, pid, {})
    assert view.overall == "incomplete"
    assert view.todo[-1].input_id and all(t.target for t in view.todo)
    assert view.can_save and not view.can_sign and not view.can_include
    assert view.signature.state == "unsigned" and view.version is None
    assert view.consent == "pending" and view.consent_reason.template == "No consent has been recorded."


def test_complete_draft_is_eligible_and_savable_not_signable_until_saved(nurse_and_patient):
    nurse, pid = nurse_and_patient
    view, _data = _view(nurse, pid, TYPED, can_sign=True)
    assert view.overall == "eligible" and view.parse_errors == {}
    assert view.answers["ct_date"] == "2026-11-21" and view.answers["spo2_room_air"] == 91
    assert view.can_save and not view.can_sign                  # sign what is stored, not a draft
    assert view.field_states["ct_date"] == ""


def test_bad_text_is_an_error_on_its_field_and_not_kept(nurse_and_patient):
    nurse, pid = nurse_and_patient
    view, _data = _view(nurse, pid, {**TYPED, "ct_date": "31/02/2026", "spo2_room_air": "quatre-vingt"})
    assert set(view.parse_errors) == {"ct_date", "spo2_room_air"}
    assert view.field_states["ct_date"] == "error" and "ct_date" not in view.answers
    assert view.edited


def test_stored_and_signed_then_changed(nurse_and_patient, session_as):
    nurse, pid = nurse_and_patient
    inv = session_as(Role.INVESTIGATOR)
    stored, data = _view(nurse, pid, TYPED)
    S.save_assessment(nurse, pid, stored.answers)
    S.sign_assessment(inv, pid, PASSWORD)
    signed, _ = _view(inv, pid, TYPED, can_sign=True)
    assert signed.signature.state == "signed" and signed.signature.signer == "Dr Test Investigator"
    assert not signed.can_save and not signed.can_sign and signed.version == 1
    changed, _ = _view(inv, pid, {**TYPED, "spo2_room_air": "90"}, can_sign=True)
    assert changed.can_save and not changed.can_sign and changed.edited


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=24))
def test_any_typed_text_is_a_value_or_an_error_never_a_crash(nurse_and_patient, text):
    nurse, _pid = nurse_and_patient
    protocol = S.protocol_for(nurse)
    raw = {iid: text for iid in ("ct_date", "inclusion_time", "spo2_room_air")}
    answers, errors = parse_draft(protocol, raw, nurse.clock.now(), S.local_tz(nurse), "fr")
    assert set(answers) | set(errors) <= set(raw)
    assert not set(answers) & set(errors)
    for m in errors.values():
        assert m.template
