"""A real bedside-server process with its MLLP listener on 127.0.0.1 and a
real ward PC vault that registered the feed's patients and synced them."""

from __future__ import annotations

import pytest

from bedside_server.localserver import ServerProcess
from tests.hl7.feed import DUPONT, MARTIN, registered
from tests.sync.workstations import Workstation


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
