"""The sync UI with real widgets (offscreen), real vaults and a real server."""

from __future__ import annotations

import functools
import socket

import pytest

from bedside.changes import Changed
from bedside.sync.client import SyncClient
from bedside.sync.conflicts import list_conflicts
from bedside.sync.service import NOT_ENROLLED, OFFLINE, SYNCED, Backoff, SyncService
from tests.conftest import PASSWORD, make_vault
from tests.sync.workstations import lab
from ui.conflict_dialog import ResolveConflictDialog
from ui.context import AppContext
from ui.qt import QTimer
from ui.sync_dialog import SyncDialog
from ui.sync_status import SyncController, SyncStatusItem


@pytest.fixture
def app_ctx(tmp_path, qtbot):
    vault, _ = make_vault(tmp_path / "vault")
    ctx = AppContext(vault)
    yield ctx
    ctx.worker.stop()
    vault.lock()


def test_not_enrolled_status_and_enroll_from_dialog(app_ctx, qtbot, sqlite_server):
    ctrl = SyncController(app_ctx)
    item = SyncStatusItem(ctrl)
    qtbot.addWidget(item)
    app_ctx.signed_in(app_ctx.vault.login("admin", PASSWORD))
    qtbot.waitUntil(lambda: ctrl.status.state == NOT_ENROLLED and not ctrl.running,
                    timeout=30000)
    assert not ctrl.timer.isActive()        # nothing to try until an administrator enrolls
    assert "not set up" in item.state_button.text() and not item.now_button.isEnabled()

    dlg = SyncDialog(app_ctx, ctrl)
    qtbot.addWidget(dlg)
    dlg.url_edit.setText("http://no-tls.example")       # refused: HTTPS only
    dlg.ca_edit.setPlainText(sqlite_server.ca_pem)
    dlg.code_edit.setText("WRONG-CODE")
    dlg.enroll_button.click()
    qtbot.waitUntil(lambda: dlg.enroll_button.isEnabled(), timeout=30000)
    assert "https://" in dlg.enroll_result.text()
    dlg.url_edit.setText(sqlite_server.url)
    dlg.enroll_button.click()
    qtbot.waitUntil(lambda: dlg.enroll_button.isEnabled(), timeout=30000)
    assert "refused" in dlg.enroll_result.text()
    dlg.code_edit.setText(sqlite_server.enrollment_code("USI-PC-9"))
    dlg.enroll_button.click()
    qtbot.waitUntil(lambda: ctrl.status.state == SYNCED, timeout=30000)
    assert item.state_button.text().startswith("Synced at")
    assert item.now_button.isEnabled()
    dlg.close()
    # something saved here: it is sent within seconds, not at the next minute
    qtbot.waitUntil(lambda: ctrl.timer.isActive(), timeout=30000)
    nurse = app_ctx.vault.login("nurse", PASSWORD)
    nurse.records.create("note", {"text": "new"}, patient_id="P-1")
    app_ctx.notify(Changed.of("P-1", "note"))
    assert ctrl.timer.remainingTime() < 10000          # instead of ~60 s
    qtbot.waitUntil(lambda: ctrl.status.state == SYNCED and ctrl.status.unsent == 0
                    and ctrl.status.pushed == 1, timeout=30000)
    # the administrator forgets the server: back to "not set up"
    dlg2 = SyncDialog(app_ctx, ctrl)
    qtbot.addWidget(dlg2)
    qtbot.waitUntil(dlg2.forget_button.isEnabled, timeout=30000)     # the enrollment, read on the worker
    ctrl.wait()
    dlg2.forget_button.click()
    qtbot.waitUntil(lambda: ctrl.status.state == NOT_ENROLLED, timeout=30000)
    dlg2.close()


def test_sync_never_blocks_the_ui_and_backs_off(app_ctx, qtbot):
    # a "server" that accepts TCP and then never answers
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(8)
    from bedside.sync.local import SyncState
    from bedside.sync.signing import DeviceKey
    import base64
    admin = app_ctx.vault.login("admin", PASSWORD)
    from bedside_server.tls import make_ca
    paths = make_ca(app_ctx.vault.folder.parent / "tls")
    SyncState(admin).set(server_url=f"https://127.0.0.1:{hole.getsockname()[1]}",
                         ca_pem=paths["ca_cert"].read_text(), device_id="d" * 32,
                         device_key=base64.b64encode(DeviceKey.generate().private_bytes)
                         .decode())
    factory = functools.partial(SyncService,
                                client_factory=functools.partial(SyncClient, timeout=2))
    ctrl = SyncController(app_ctx, service_factory=factory, backoff=Backoff(initial=30))
    app_ctx.signed_in(admin)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    ctrl.sync_now()
    assert ctrl.running
    qtbot.waitUntil(lambda: len(ticks) >= 25, timeout=30000)   # the UI thread keeps running
    assert ctrl.running                                       # while the sync still waits
    qtbot.waitUntil(lambda: not ctrl.running, timeout=30000)
    assert ctrl.status.state == OFFLINE
    assert ctrl.timer.isActive() and ctrl.timer.remainingTime() > 20000   # backed off
    timer.stop()
    hole.close()


def test_conflict_resolved_in_dialog(workstations, qtbot):
    a, b = workstations(2)
    v1 = a.nurse.records.create("lab_value", lab(80), patient_id="P-1")
    a.sync(), b.sync()
    a.nurse.records.correct(v1.record_id, lab(85), "misread")
    vb = b.nurse.records.correct(v1.record_id, lab(95), "second sample")
    a.sync(), b.sync(), a.sync()
    ctx = AppContext(a.vault)
    ctx.signed_in(a.investigator)
    conflict = list_conflicts(a.investigator)[0]
    dlg = ResolveConflictDialog(ctx, conflict)
    qtbot.addWidget(dlg)
    assert not dlg.save.isEnabled()
    b_index = [h.id for h in conflict.heads].index(vb.id)
    dlg.whole[b_index].click()
    assert not dlg.save.isEnabled()                 # a reason is required
    dlg.reason.setText("probe reading confirmed")
    assert dlg.save.isEnabled()
    dlg.save.click()
    qtbot.waitUntil(lambda: dlg.saved is not None, timeout=30000)
    assert dlg.saved.content == lab(95)
    assert [h.id for h in a.nurse.records.heads(v1.record_id)] == [dlg.saved.id]
    ctx.worker.stop()
    b.sync(), a.sync(), b.sync()
    assert len(b.nurse.records.heads(v1.record_id)) == 1
