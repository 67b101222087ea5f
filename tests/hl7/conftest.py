"""A real bedside-server process with its MLLP listener on 127.0.0.1 and a
real ward PC vault that registered the feed's patients and synced them."""

from __future__ import annotations

from datetime import date

import pytest

from bedside.hl7feed.simulator import SimPatient
from bedside.patients import register_patient
from bedside_server.localserver import ServerProcess
from tests.sync.workstations import Workstation

DUPONT = SimPatient("H100201", "Dupont", "Jean", date(1961, 4, 12), "12^1")
MARTIN = SimPatient("H100202", "Martin", "Claire", date(1970, 9, 3), "12^2")
STRANGER = SimPatient("H999999", "Inconnu", "Paul", date(1980, 1, 1), "12^3")


def registered(ws: Workstation, p: SimPatient):
    return register_patient(ws.nurse, {
        "mrn": p.mrn, "family_name": p.family_name, "given_name": p.given_name,
        "date_of_birth": p.date_of_birth.isoformat(), "sex": "M", "weight_kg": 80,
        "height_cm": 175, "wristband": "WB-" + p.mrn})


@pytest.fixture(scope="module")
def feed_site(tmp_path_factory):
    """(server, workstation, {mrn: Patient}) shared by one test module."""
    root = tmp_path_factory.mktemp("hl7site")
    srv = ServerProcess(root / "srv", hl7=True).start()
    ws = Workstation(root / "ws", srv, "USI-PC-1")
    patients = {p.mrn: registered(ws, p) for p in (DUPONT, MARTIN)}
    ws.sync()
    yield srv, ws, patients
    ws.close()
    srv.kill()
