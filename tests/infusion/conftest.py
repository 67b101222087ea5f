"""Fixtures for the infusion tests: a real vault with an included patient."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bedside.infusion.store import InfusionStore
from bedside.patients import assign_subject_id, register_patient
from bedside.roles import Role
from tests.conftest import PASSWORD
from tests.journey_helpers import make_infusable

PATIENT = {"mrn": "H4410231", "family_name": "Test", "given_name": "Jean", "date_of_birth": "1961-03-14",
           "sex": "M", "weight_kg": 70, "height_cm": 176, "wristband": "WB-H4410231"}

NORMAL = {"hr": "80", "sbp": "120", "dbp": "70", "rr": "18", "spo2": "96", "temp": "37.0", "fio2": "40"}


@pytest.fixture
def included(session_as, clock):
    """(nurse_session, patient_id) for a patient genuinely infusable today:
    eligibility signed by the investigator, consent recorded, included
    through the eligibility service. The real consent gate says yes."""
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, PATIENT)
    make_infusable(nurse, session_as(Role.INVESTIGATOR), p.id)
    return nurse, p.id


@pytest.fixture
def given_subject_id_only(session_as, clock):
    """(nurse_session, patient_id) for a patient who holds a subject id but
    has neither a consent nor a signed eligibility assessment (e.g. an id
    given on another workstation before its consent synced). The infusion
    may be prepared; the real gate must refuse the start."""
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, PATIENT)
    assign_subject_id(session_as(Role.INVESTIGATOR), p.id, "included")
    return nurse, p.id


def product_entry(clock, **kw):
    e = {"bag_id": "BAG-001", "donor_id": "D-17", "viable_cells_millions": "200", "volume_ml": "100",
         "expiry_utc": clock.now() + timedelta(hours=3)}
    e.update(kw)
    return e


def ready_infusion(nurse, pid, clock, number=1, **kw):
    store = InfusionStore(nurse)
    v = store.prepare(pid, number, product_entry(clock, **kw), "70", clock.now() - timedelta(hours=1))
    store.two_person_check(v.record_id, "nurse2", PASSWORD, "WB-H4410231", True)
    return store, v


def running_infusion(nurse, pid, clock):
    """Infusion 1 checked, its baseline reading taken, started now: (store, version)."""
    store, v = ready_infusion(nurse, pid, clock)
    store.add_reading(v.record_id, NORMAL)
    store.event(v.record_id, "start")
    return store, v
