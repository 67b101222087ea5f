"""A site of two ward PCs on a real bedside-server: PC A creates the site and
enrols, PC B joins it. Shared by the identity tests that need both."""
from __future__ import annotations

import time

from bedside.clock import FakeClock
from bedside.crypto.kdf import KdfParams
from bedside.identity.join import join_site
from bedside.sync.client import SyncClient
from bedside.sync.enrollment import enroll
from bedside.sync.service import SyncService
from tests.conftest import PASSWORD, make_vault


def client(url, ca_pem, device_id=None, key=None):
    return SyncClient(url, ca_pem, device_id, key, timeout=10,
                      wall_ms=lambda: int(time.time() * 1000))


def sync(session):
    return SyncService(session, client_factory=client).run_once()


def enroll_first_pc(tmp_path, srv):
    """PC A: a new site, its administrator signed in, enrolled (not yet synced)."""
    a_vault, _ = make_vault(tmp_path / "a", FakeClock())
    a_admin = a_vault.login("admin", PASSWORD)
    enroll(a_admin, srv.url, srv.ca_pem, srv.enrollment_code("A"), "USI-PC-1", client_factory=client)
    return a_vault, a_admin


def join_second_pc(tmp_path, srv):
    """PC B joins the site: (its locked vault, its recovery code)."""
    return join_site(tmp_path / "b", workstation_name="USI-PC-2", server_url=srv.url,
                     ca_pem=srv.ca_pem, code=srv.enrollment_code("B"),
                     kdf=KdfParams.for_tests(), clock=FakeClock(), client_factory=client)
