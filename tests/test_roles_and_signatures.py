import pytest

from bedside.errors import PermissionDenied, ValidationError, WrongPassword
from bedside.patients import register_patient
from bedside.roles import Role
from bedside.users import create_user

from .conftest import PASSWORD

PATIENT = {"mrn": "H123456", "family_name": "Test", "given_name": "Alice",
           "date_of_birth": "1970-01-01", "sex": "F", "weight_kg": 70, "height_cm": 170}


def test_nurse_cannot_sign_as_investigator(session_as):
    nurse = session_as(Role.NURSE)
    v = nurse.records.create("eligibility_assessment", {"overall": "eligible"})
    with pytest.raises(PermissionDenied):
        nurse.sign(PASSWORD, v, "eligibility confirmed")
    assert nurse.signatures_for(v.record_id) == []


def test_role_enforcement_in_core(session_as):
    with pytest.raises(PermissionDenied):
        create_user(session_as(Role.NURSE), "x1", "X", Role.ADMINISTRATOR, PASSWORD)
    with pytest.raises(PermissionDenied):
        register_patient(session_as(Role.DATA_MANAGER), PATIENT)
    with pytest.raises(PermissionDenied):
        session_as(Role.NURSE).audit_trail()
    assert register_patient(session_as(Role.NURSE), PATIENT).screening_number == "S-001"


def test_signature_reasks_password_and_binds_content(session_as, clock):
    nurse = session_as(Role.NURSE)
    inv = session_as(Role.INVESTIGATOR)
    v1 = nurse.records.create("eligibility_assessment", {"overall": "eligible"})
    with pytest.raises(WrongPassword):
        inv.sign("bad password!", v1, "eligibility confirmed")
    sig = inv.sign(PASSWORD, v1, "eligibility confirmed")
    assert sig.signer_name == "Dr Test Investigator" and sig.meaning == "eligibility confirmed"
    assert sig.signed_utc == clock.now()
    assert inv.valid_signatures(v1, "eligibility confirmed") == [sig]
    v2 = nurse.records.correct(v1.record_id, {"overall": "not eligible"}, "new lab value")
    # the signature stays with the content it was given on, never moves to v2
    assert inv.valid_signatures(v2) == []
    assert sig.binds(v1) and not sig.binds(v2)
    with pytest.raises(ValidationError):
        inv.sign(PASSWORD, v1, "a meaning nobody defined")


def test_second_person_must_differ(session_as):
    nurse = session_as(Role.NURSE)
    with pytest.raises(ValidationError):
        nurse.authenticate_other("nurse", PASSWORD)
    assert nurse.authenticate_other("nurse2", PASSWORD).username == "nurse2"
