"""Data for the infusion tests: the infusion patient, a normal vital-signs
row, a product entry, and an infusion prepared and two-person checked."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bedside.infusion import protocol
from bedside.infusion.store import InfusionStore
from tests.conftest import PASSWORD

P = protocol.default()                                       # the infusion protocol
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)      # an infusion's start


def m(n):
    return timedelta(minutes=n)

PATIENT = {"mrn": "H4410231", "family_name": "Test", "given_name": "Jean", "date_of_birth": "1961-03-14",
           "sex": "M", "weight_kg": 70, "height_cm": 176, "wristband": "WB-H4410231"}

NORMAL = {"hr": "80", "sbp": "120", "dbp": "70", "rr": "18", "spo2": "96", "temp": "37.0", "fio2": "40"}


def product_entry(clock, **kw):
    e = {"bag_id": "BAG-001", "donor_id": "D-17", "viable_cells_millions": "200", "volume_ml": "100",
         "expiry_utc": clock.now() + timedelta(hours=3)}
    e.update(kw)
    return e


def ready_infusion(nurse, pid, clock, number=1, **kw):
    store = InfusionStore(nurse)
    v = store.prepare(pid, number, product_entry(clock, **kw), "70", clock.now() - timedelta(hours=1))
    store.two_person_check(v.record_id, "nurse2", PASSWORD, PATIENT["wristband"], True)
    return store, v


def running_infusion(nurse, pid, clock):
    """Infusion 1 checked, its baseline reading taken, started now: (store, version)."""
    store, v = ready_infusion(nurse, pid, clock)
    store.add_reading(v.record_id, NORMAL)
    store.event(v.record_id, "start")
    return store, v
