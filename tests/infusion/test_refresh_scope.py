"""Say what changed, refresh only that (issue 13): on the real main window
over a real vault, saving a vital sign reloads the infusion tab and not the
consent or eligibility tabs (reloads counted on the real widgets)."""
from __future__ import annotations

from tests.conftest import count_reloads, settle
from tests.infusion.data import running_infusion


def test_a_vital_sign_reloads_the_infusion_tab_only(qtbot, included, clock, signed_in):
    nurse, pid = included
    store, v = running_infusion(nurse, pid, clock)
    win = signed_in("nurse")
    ctx = win.ctx
    win.workspace.open_patient(pid)
    view = win.workspace.views[pid]
    infusion = view.pages[view.keys.index("infusion")]
    view.tabs.setCurrentIndex(view.keys.index("infusion"))
    qtbot.waitUntil(lambda: infusion.snap is not None and not infusion.loading, timeout=30000)
    settle(qtbot, ctx)
    readings = len(store.reading_versions(pid, v.record_id))
    reloads = count_reloads(view)

    entry = infusion.panel.entry
    for key, value in zip(("hr", "sbp", "dbp", "rr", "spo2", "temp", "fio2"),
                          ("84", "122", "70", "18", "96", "37.1", "40")):
        entry.fields[key].setText(value)
    entry.save.click()
    qtbot.waitUntil(lambda: len(store.reading_versions(pid, v.record_id)) == readings + 1, timeout=30000)
    settle(qtbot, ctx)
    assert reloads["InfusionTab"] >= 1                      # it shows vital signs
    assert reloads["ConsentTab"] == 0 and reloads["ChecklistWidget"] == 0 and reloads["IdentityTab"] == 0
