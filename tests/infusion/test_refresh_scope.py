"""Say what changed, refresh only that (issue 13): on the real main window
over a real vault, saving a vital sign reloads no tab — the flowsheet that
saved it appended the row itself (it is the change's initiator), and the
consent, eligibility and identity tabs do not show vital signs — while the
same change made elsewhere (no initiator on this screen) reloads it
(reloads counted on the real widgets)."""
from __future__ import annotations

from tests.conftest import count_reloads, settle
from tests.infusion.data import NORMAL, running_infusion
from ui.ops import Op


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
    rows = len(infusion.panel.fs.rows)
    reloads = count_reloads(view)

    entry = infusion.panel.entry
    for key, value in zip(("hr", "sbp", "dbp", "rr", "spo2", "temp", "fio2"),
                          ("84", "122", "70", "18", "96", "37.1", "40")):
        entry.fields[key].setText(value)
    entry.save.click()
    qtbot.waitUntil(lambda: len(store.reading_versions(pid, v.record_id)) == readings + 1, timeout=30000)
    settle(qtbot, ctx)
    assert reloads["InfusionTab"] == 0                      # its flowsheet showed the row itself
    assert reloads["ConsentTab"] == 0 and reloads["ChecklistWidget"] == 0 and reloads["IdentityTab"] == 0
    assert len(infusion.panel.fs.rows) == rows + 1          # ... the row it appended

    # the same kind of change made elsewhere (no initiator on this screen): the tab reloads
    clock.advance(minutes=5)
    Op(ctx, lambda: store.add_reading(v.record_id, NORMAL), parent=win).run()
    qtbot.waitUntil(lambda: reloads["InfusionTab"] == 1, timeout=30000)
    qtbot.waitUntil(lambda: not infusion.loading and len(infusion.panel.fs.rows) == rows + 2, timeout=30000)
    assert reloads["ConsentTab"] == 0
