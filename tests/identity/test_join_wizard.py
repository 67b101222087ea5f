"""The first-run wizard joins an existing site through enrollment with a
real server: the staff directory arrives, this PC's recovery code is shown
once, and a nurse created on the site's first PC signs in here."""

from __future__ import annotations

import time

from bedside.clock import FakeClock
from bedside.crypto.kdf import KdfParams
from bedside.sync.client import SyncClient
from bedside.sync.enrollment import enroll
from bedside.sync.service import SyncService
from bedside.vault import Vault
from tests.conftest import PASSWORD, finish_wizard, make_vault
from ui.wizard import FirstRunWizard


def _client(url, ca_pem, device_id=None, key=None):
    return SyncClient(url, ca_pem, device_id, key, timeout=10,
                      wall_ms=lambda: int(time.time() * 1000))


def test_wizard_joins_the_site_and_staff_sign_in(qtbot, tmp_path, sqlite_server):
    srv = sqlite_server
    first, _ = make_vault(tmp_path / "first", FakeClock())
    admin = first.login("admin", PASSWORD)
    enroll(admin, srv.url, srv.ca_pem, srv.enrollment_code("A"), "USI-PC-1",
           client_factory=_client)
    SyncService(admin, client_factory=_client).run_once()

    w = FirstRunWizard(tmp_path / "new", kdf=KdfParams.for_tests())
    qtbot.addWidget(w)
    w.show()
    w.site_page.join.setChecked(True)
    assert not w.site_page.site.isEnabled()
    qtbot.keyClicks(w.site_page.workstation, "USI-PC-4")
    w.next()
    page = w.join_page
    assert w.currentPage() is page
    qtbot.keyClicks(page.url, srv.url)
    page.ca.setPlainText(srv.ca_pem)
    qtbot.keyClicks(page.code, "WRONG-CODE-0000-0000")
    w.next()
    assert w.currentPage() is page and "refused the code" in page.error.text()
    assert not Vault.exists(tmp_path / "new")
    page.code.clear()
    qtbot.keyClicks(page.code, srv.enrollment_code("B"))
    w.next()
    code = finish_wizard(w)
    v = Vault.open(tmp_path / "new")
    assert v.login("nurse", PASSWORD).user.display_name == "Inf. Test Nurse"
    assert len(v.unlock_with_recovery(code)) == 32
