"""The first-run wizard joins an existing site through enrollment with a
real server: a refused code is said once, in the user's language, beside the
fields, with everything typed kept; then the staff directory arrives, this
PC's recovery code is shown once, and a nurse created on the site's first PC
signs in here."""

from __future__ import annotations

import time

from bedside.clock import FakeClock
from bedside.crypto.kdf import KdfParams
from bedside.sync.client import SyncClient
from bedside.sync.enrollment import enroll
from bedside.sync.service import SyncService
from bedside.vault import Vault
from tests.conftest import PASSWORD, finish_wizard, make_vault, wizard_next
from ui.qt import QCoreApplication, QMessageBox, QWizard
from ui.wizard import FirstRunWizard


def _client(url, ca_pem, device_id=None, key=None):
    return SyncClient(url, ca_pem, device_id, key, timeout=10,
                      wall_ms=lambda: int(time.time() * 1000))


def test_wizard_joins_the_site_and_staff_sign_in(qtbot, tmp_path, sqlite_server, french):
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
    wizard_next(qtbot, w)

    refused = QCoreApplication.translate(
        "_JoinPage", "The server refused the code (unknown, already used or expired).")
    assert refused != "The server refused the code (unknown, already used or expired)."   # French
    assert w.currentPage() is page and page.error.text() == refused
    assert not [m for m in w.findChildren(QMessageBox) if m.isVisible()]      # said once, in place
    assert (page.url.text(), page.ca.toPlainText(), page.code.text()) == (
        srv.url, srv.ca_pem, "WRONG-CODE-0000-0000")                      # nothing typed lost
    assert w.site_page.workstation.text() == "USI-PC-4"
    assert page.url.isEnabled() and w.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not Vault.exists(tmp_path / "new")

    page.code.clear()
    qtbot.keyClicks(page.code, srv.enrollment_code("B"))
    wizard_next(qtbot, w)
    code = finish_wizard(w)
    v = Vault.open(tmp_path / "new")
    assert v.login("nurse", PASSWORD).user.display_name == "Inf. Test Nurse"
    assert len(v.unlock_with_recovery(code)) == 32
