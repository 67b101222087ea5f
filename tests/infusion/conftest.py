"""Fixtures for the infusion tests: a real vault with an included patient."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bedside.infusion.store import InfusionStore
from bedside.patients import assign_subject_id, register_patient
from bedside.roles import Role
from tests.conftest import PASSWORD

PATIENT = {"mrn": "H4410231", "family_name": "Test", "given_name": "Jean", "date_of_birth": "1961-03-14",
           "sex": "M", "weight_kg": 70, "height_cm": 176, "wristband": "WB-H4410231"}

NORMAL = {"hr": "80", "sbp": "120", "dbp": "70", "rr": "18", "spo2": "96", "temp": "37.0", "fio2": "40"}


@pytest.fixture
def included(session_as, clock):
    """(nurse_session, patient_id) for a patient included today."""
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, PATIENT)
    inv = session_as(Role.INVESTIGATOR)
    assign_subject_id(inv, p.id, "included")
    return nurse, p.id


@pytest.fixture
def gate_open(monkeypatch):
    """The consent capability is built elsewhere; these tests install a
    minimal real module answering yes so the infusion path can be exercised."""
    import sys
    import types
    mod = types.ModuleType("bedside.consent.gate")
    mod.may_infuse = lambda session, pid: (True, [])
    pkg = sys.modules.get("bedside.consent") or types.ModuleType("bedside.consent")
    monkeypatch.setattr(pkg, "gate", mod, raising=False)
    monkeypatch.setitem(sys.modules, "bedside.consent", pkg)
    monkeypatch.setitem(sys.modules, "bedside.consent.gate", mod)
    return mod


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
