"""The eligibility tab and dashboard section inside the real app shell, with
vault work on the DB worker thread."""
from __future__ import annotations

from bedside.eligibility import service
from bedside.patients import register_patient
from bedside.roles import Role
from ui.dashboard_sections import SECTIONS
from ui.eligibility.checklist import ChecklistWidget
from ui.qt import Qt

from ..conftest import sign_in
from .data import answers

PAT = {"mrn": "H400001", "family_name": "Delvaux", "given_name": "Luc", "date_of_birth": "1962-01-20",
       "sex": "M", "weight_kg": 77, "height_cm": 175, "wristband": "WB-400001"}


def test_tab_and_dashboard_in_the_app(qtbot, window):
    assert sign_in(qtbot, window, "nurse")
    s = window.ctx.session
    p = register_patient(s, PAT)
    service.save_assessment(s, p.id, answers(covid_tests=[]))
    window.workspace.show_dashboard()
    dash = window.workspace.dashboard
    mine = dash.lists[[s.name for s in SECTIONS].index("confirmations")]
    qtbot.waitUntil(lambda: mine.count() == 1, timeout=30000)
    assert "S-001: provisionally eligible, positive PCR/serology due by 09/12/2026" == mine.item(0).text()
    # open the patient from the dashboard: the eligibility tab is the first tab
    window.workspace.open_patient(p.id)
    view = window.workspace.views[p.id]
    page = view.pages[0]
    assert isinstance(page, ChecklistWidget) and view.tabs.tabText(0) == "Eligibility"
    qtbot.waitUntil(lambda: page.overall.text() == "PROVISIONALLY ELIGIBLE", timeout=30000)
    # a lab value added through the worker thread shows as the previous value
    row = page.lab_rows["crp"]
    row.time.setText("25/11/2026 07:00")
    row.value.setText("8,5")
    row.unit.setCurrentText("mg/dL")
    qtbot.keyClick(row.value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Previous: 85 mg/L" in row.previous.text(), timeout=30000)
    # save through the worker: no signature is asked of a nurse
    page.fields["spo2_room_air"].setText("89")
    assert page.save_btn.isEnabled()
    page.save()
    qtbot.waitUntil(lambda: "Saved" in page.feedback.text() and window.ctx.worker.pending() == 0, timeout=30000)
    assert service.eligibility_status(s, p.id).version.version == 2
    assert not page.sign_btn.isEnabled()


def test_datamanager_sees_read_only_checklist(qtbot, window, session_as):
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, PAT)
    service.save_assessment(nurse, p.id, answers())
    assert sign_in(qtbot, window, "datamanager")
    window.workspace.open_patient(p.id)
    page = window.workspace.views[p.id].pages[0]
    qtbot.waitUntil(lambda: page.overall.text() == "ELIGIBLE", timeout=30000)
    assert not page.fields["spo2_room_air"].isEnabled()
    assert not page.save_btn.isEnabled() and not page.sign_btn.isEnabled()
