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


def _record_reads(monkeypatch) -> set:
    """The record types read through the record store from now on: the types
    a list asks for, and the type of every version read by its id."""
    from bedside.records import GoodVersion, RecordStore
    read: set = set()
    many = RecordStore.list_latest_many

    def listed(self, record_types, *args, **kwargs):
        record_types = list(record_types)
        read.update(record_types)
        return many(self, record_types, *args, **kwargs)
    monkeypatch.setattr(RecordStore, "list_latest_many", listed)
    for name in ("latest", "latest_good", "history", "heads", "get_version"):
        def by_id(self, *args, _original=getattr(RecordStore, name), **kwargs):
            out = _original(self, *args, **kwargs)
            read.update((v.version if isinstance(v, GoodVersion) else v).record_type
                        for v in (out if isinstance(out, list) else [out]))
            return out
        monkeypatch.setattr(RecordStore, name, by_id)
    return read


def test_every_record_type_a_tab_reads_is_one_it_shows(qtbot, included, clock, signed_in, monkeypatch):
    """A tab that reads a type missing from its ``shows`` would go stale when
    only that type changes: each tab's reads (on a patient with consent,
    eligibility, a running infusion), and the banner's, are within what it
    declares."""
    from ui.patient_tabs import BANNER_NOTES
    from ui.patient_view import BANNER_SHOWS
    from ui.qt import QtWidgets
    nurse, pid = included
    store, v = running_infusion(nurse, pid, clock)
    store.add_ae(pid, {"term": "Fever", "onset_utc": clock.now(), "grade": 2, "serious": True,
                       "seriousness": ["hospitalisation"], "relation": "possible", "expected": False,
                       "action": "none", "outcome": "ongoing", "infusion": 1})
    win = signed_in("nurse")
    win.workspace.open_patient(pid)
    view = win.workspace.views[pid]
    settle(qtbot, win.ctx)
    read = _record_reads(monkeypatch)
    warned: list = []             # a failed read says so, and does not block the test in a message box
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda *args: warned.append(args[2]))
    for i, (page, shows) in enumerate(zip(view.pages, view.shows)):
        view.tabs.setCurrentIndex(i)
        settle(qtbot, win.ctx)
        read.clear()
        page.refresh()
        settle(qtbot, win.ctx)
        assert read, type(page).__name__                  # the recorder saw the tab read
        assert read <= shows and not warned, (type(page).__name__, sorted(read - shows), warned)
    read.clear()
    for note in BANNER_NOTES:
        note(nurse, pid)
    assert read <= BANNER_SHOWS, sorted(read - BANNER_SHOWS)
