"""The HL7 feed's fictitious patients, and helpers to send messages to a
real bedside-server's MLLP listener and to prepare a checked infusion."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from bedside.hl7feed.ack import ack_code_of
from bedside.hl7feed.sender import MllpSender
from bedside.hl7feed.simulator import SimPatient
from bedside.infusion.store import InfusionStore
from bedside.patients import register_patient
from tests.clinical_states import make_infusable
from tests.conftest import PASSWORD
from tests.sync.workstations import Workstation

DUPONT = SimPatient("H100201", "Dupont", "Jean", date(1961, 4, 12), "12^1")
MARTIN = SimPatient("H100202", "Martin", "Claire", date(1970, 9, 3), "12^2")
STRANGER = SimPatient("H999999", "Inconnu", "Paul", date(1980, 1, 1), "12^3")


def send(srv, *messages) -> list[str]:
    """Send over MLLP to the server's listener; the MSA-1 code of each ACK."""
    with MllpSender("127.0.0.1", srv.hl7_port, timeout=60) as s:
        return [ack_code_of(s.send(m))[0] for m in messages]


def local(ws, minutes: float = 0) -> datetime:
    """The workstation's (fake) now, in Belgian winter time, plus ``minutes``."""
    return ws.clock.now().astimezone(timezone(timedelta(hours=1))) + timedelta(minutes=minutes)


def registered(ws: Workstation, p: SimPatient):
    return register_patient(ws.nurse, {
        "mrn": p.mrn, "family_name": p.family_name, "given_name": p.given_name,
        "date_of_birth": p.date_of_birth.isoformat(), "sex": "M", "weight_kg": 80,
        "height_cm": 175, "wristband": "WB-" + p.mrn})


def checked_infusion(ws: Workstation, patient) -> tuple[InfusionStore, str]:
    """Infusion 1 of ``patient`` made infusable, prepared and two-person
    checked on ``ws``: (store, infusion record id)."""
    make_infusable(ws.nurse, ws.investigator, patient.id)
    store = InfusionStore(ws.nurse)
    v = store.prepare(patient.id, 1, {"bag_id": "BAG-9", "donor_id": "D-3",
                                      "viable_cells_millions": "200", "volume_ml": "100",
                                      "expiry_utc": ws.clock.now() + timedelta(hours=3)},
                      "80", ws.clock.now() - timedelta(hours=1))
    store.two_person_check(v.record_id, "nurse2", PASSWORD, "WB-" + patient.mrn, True)
    return store, v.record_id
