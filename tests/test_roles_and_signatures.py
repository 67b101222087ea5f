import pytest

from bedside.errors import PermissionDenied, ValidationError, WrongPassword
from bedside.patients import register_patient
from bedside.roles import Role
from bedside.users import create_user

from .conftest import PASSWORD, PATIENT

ASSESSMENT = {"answers": {}, "facts": {}, "result": {"status": "eligible"},
              "protocol_file": "tjt2012-v1.json", "protocol_key": "TJT2012-v1"}


def test_nurse_cannot_sign_as_investigator(session_as):
    nurse = session_as(Role.NURSE)
    v = nurse.records.create("eligibility_assessment", ASSESSMENT)
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
    v1 = nurse.records.create("eligibility_assessment", ASSESSMENT)
    with pytest.raises(WrongPassword):
        inv.sign("bad password!", v1, "eligibility confirmed")
    sig = inv.sign(PASSWORD, v1, "eligibility confirmed")
    assert sig.signer_name == "Dr Test Investigator" and sig.meaning == "eligibility confirmed"
    assert sig.signed_utc == clock.now()
    assert inv.valid_signatures(v1, "eligibility confirmed") == [sig]
    v2 = nurse.records.correct(v1.record_id, dict(ASSESSMENT, result={"status": "not_eligible"}),
                              "new lab value")
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


def test_signature_records_cannot_be_forged_through_the_record_store(session_as):
    """A nurse writing a 'signature' record naming the investigator is refused,
    and one slipped into the database (e.g. by a rogue sync peer) does not count."""
    from bedside.canonical import canonical_json, sha256_hex
    nurse = session_as(Role.NURSE)
    inv = session_as(Role.INVESTIGATOR)
    v = nurse.records.create("eligibility_assessment", ASSESSMENT)
    forged = {"meaning": "eligibility confirmed", "signer_id": inv.user.id,
              "signer_username": "investigator", "signer_name": inv.user.display_name,
              "signed_utc": "2026-11-25T08:00:00+00:00", "target_entry_id": v.id,
              "target_record_id": v.record_id, "target_record_type": v.record_type,
              "target_content_hash": v.content_hash}
    forged["binding"] = sha256_hex(canonical_json(forged))
    with pytest.raises(PermissionDenied):
        nurse.records.create("signature", forged)
    from bedside.entry_rules import EntryRefused
    with pytest.raises(EntryRefused) as refused:  # a bypass of the API meets the same door
        nurse.records._create("signature", forged)
    assert refused.value.reason == "not_genuine"
    assert inv.valid_signatures(v, "eligibility confirmed") == []
    real = inv.sign(PASSWORD, v, "eligibility confirmed")
    assert inv.valid_signatures(v, "eligibility confirmed") == [real]
    with pytest.raises(PermissionDenied):
        inv.records.correct(real.entry_id and inv.records.get_version(real.entry_id).record_id,
                            {"meaning": "changed"}, "try to edit a signature")


def test_role_change_and_revocation_reach_an_open_session(session_as):
    from bedside.errors import AccountInactive
    from bedside.users import change_role, list_users, revoke_user
    admin = session_as(Role.ADMINISTRATOR)
    inv = session_as(Role.INVESTIGATOR)
    nurse = session_as(Role.NURSE)
    v = nurse.records.create("eligibility_assessment", ASSESSMENT)
    users = {u.username: u for u in list_users(admin)}
    change_role(admin, users["investigator"].id, Role.NURSE)
    with pytest.raises(PermissionDenied):
        inv.sign(PASSWORD, v, "eligibility confirmed")
    revoke_user(admin, users["nurse"].id)
    with pytest.raises(AccountInactive):
        nurse.records.create("lab_value", {"analyte": "crp", "value": 10})


def test_data_manager_writes_no_clinical_record(session_as):
    dm = session_as(Role.DATA_MANAGER)
    with pytest.raises(PermissionDenied):
        dm.records.create("lab_value", {"analyte": "crp", "value": 10})
