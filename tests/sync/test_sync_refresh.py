"""A sync pull says what it brought (issue 13): PC B's window, open on a
patient, pulls a consent step recorded on PC A through a real bedside-server
over HTTPS; the consent tab reloads, the identity tab (patient data only)
does not."""
from __future__ import annotations

from bedside.consent import service as consent_service
from bedside.patients import register_patient
from bedside.vault import Vault
from tests.conftest import PASSWORD, count_reloads, main_window_signed_in, settle
from tests.identity.site import enroll_first_pc, join_second_pc, sync

PATIENT = {"mrn": "H5500001", "family_name": "Pirard", "given_name": "Anne", "date_of_birth": "1958-04-02",
           "sex": "F", "weight_kg": 64, "height_cm": 162, "wristband": "WB-H5500001"}


def test_a_pulled_consent_step_refreshes_the_consent_tab(qtbot, tmp_path, sqlite_server, request):
    srv = sqlite_server
    a_vault, a_admin = enroll_first_pc(tmp_path, srv)
    patient = register_patient(a_vault.login("nurse", PASSWORD), PATIENT)
    assert sync(a_admin).state == "synced"
    b_vault, _ = join_second_pc(tmp_path, srv)

    win = main_window_signed_in(qtbot, Vault.open(b_vault.folder), "investigator", request)
    ctx = win.ctx
    qtbot.waitUntil(lambda: win.sync.status.state == "synced" and not win.sync.running, timeout=60000)
    win.workspace.open_patient(patient.id)
    view = win.workspace.views[patient.id]
    settle(qtbot, ctx)
    reloads = count_reloads(view)

    a_inv = a_vault.login("investigator", PASSWORD)
    consent_service.record_capacity(a_inv, patient.id, has_capacity=False, reason="sedated", password=PASSWORD)
    assert sync(a_admin).state == "synced"
    win.sync.sync_now()
    qtbot.waitUntil(lambda: reloads["ConsentTab"] >= 1, timeout=60000)
    settle(qtbot, ctx)
    assert reloads["IdentityTab"] == 0
