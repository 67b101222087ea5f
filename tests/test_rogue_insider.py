"""A rogue insider with a valid session calls the core API directly (no
screen in the way).  Every write still passes the record declarations and
the permissions: nothing invalid is stored, nothing typed is silently
changed, and the refusal says why."""

from __future__ import annotations

import pytest

from bedside import record_types
from bedside.errors import PermissionDenied, ValidationError
from bedside.patients import list_patients, register_patient
from bedside.roles import Role
from tests.conftest import PATIENT


def _count(session) -> int:
    with session.db.read() as orm:
        from sqlalchemy import func, select
        from bedside.storage.schema import RecordRow
        return orm.scalar(select(func.count()).select_from(RecordRow))


def test_nurse_cannot_give_a_subject_id_through_the_record_store(session_as):
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, PATIENT)
    current = nurse.records.latest(p.id).content
    before = _count(nurse)
    with pytest.raises(PermissionDenied):
        nurse.records.correct(p.id, dict(current, subject_id="TJT-999"), "include him myself")
    with pytest.raises(PermissionDenied):
        nurse.records.create("patient", dict(current, mrn="H999999", wristband="H999999",
                                             subject_id="TJT-998"))
    assert _count(nurse) == before
    inv = session_as(Role.INVESTIGATOR)
    assert inv.records.correct(p.id, dict(current, subject_id="TJT-001"), "included").version == 2


@pytest.mark.parametrize("content", [
    {},                                                     # the empty patient of issue 18
    dict(PATIENT, screening_number="S-1", wristband="WB-1", family_name="Du\u202epont"),
    dict(PATIENT, screening_number="S-1", wristband="WB-1", given_name="A\x00"),
    dict(PATIENT, screening_number="S-1", wristband="WB-1", date_of_birth="0001-01-01"),
    dict(PATIENT, screening_number="S-1", wristband="WB-1", weight_kg=2 ** 70),
    dict(PATIENT, screening_number="S-1", wristband="WB-1", weight_kg="70"),
    dict(PATIENT, screening_number="S-1", wristband="WB-1", sex="X"),
    dict(PATIENT, screening_number="S-1", wristband="WB-1", shadow_field="x"),
])
def test_malformed_patient_written_directly_is_refused(session_as, content):
    nurse = session_as(Role.NURSE)
    before = _count(nurse)
    with pytest.raises(ValidationError) as err:
        nurse.records.create("patient", content)
    assert err.value.message and err.value.field
    assert _count(nurse) == before
    assert list_patients(nurse) == []


@pytest.mark.parametrize("record_type", ["..\\..\\..\\evil", "../evil", "note\x00x", "Patient",
                                         "test_note", "", "x" * 300])
def test_unknown_or_hostile_record_types_are_refused(session_as, record_type):
    nurse = session_as(Role.NURSE)
    with pytest.raises(ValidationError) as err:
        nurse.records.create(record_type, {"text": "x"})
    assert err.value.field == "record_type"


def test_values_that_cannot_be_stored_are_refused_not_crashing(session_as):
    nurse = session_as(Role.NURSE)
    for content in ({"text": "\ud800"}, {"text": 10 ** 5000}, {"text": "a" * 30000},
                    {"text": float("nan")}):
        with pytest.raises(ValidationError):
            nurse.records.create("note", content)
    with pytest.raises(ValidationError):
        nurse.records.create("note", {"text": "ok"}, patient_id="../../P1")


def test_a_correction_cannot_change_what_kind_of_record_it_is(session_as):
    nurse = session_as(Role.NURSE)
    note = nurse.records.create("note", {"text": "first"})
    with pytest.raises(ValidationError):
        nurse.records.correct(note.record_id, PATIENT, "make it a patient")
    assert nurse.records.latest(note.record_id).content == {"text": "first"}


def test_data_manager_and_administrator_write_no_clinical_record(session_as):
    for role in (Role.DATA_MANAGER, Role.ADMINISTRATOR):
        s = session_as(role)
        with pytest.raises(PermissionDenied):
            s.records.create("note", {"text": "x"})
        with pytest.raises(PermissionDenied):
            s.records.create("patient", dict(PATIENT, screening_number="S-1", wristband="W-1"))


def test_every_registered_type_names_its_permission():
    for rt in record_types.all_types().values():
        assert rt.write_permission is not None
