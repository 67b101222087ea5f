"""Issue 16, from a nurse's walkthrough: each finding driven through the real
widgets (pytest-qt, offscreen, real vault), keyboard-only where it is about
the keyboard."""
from datetime import timedelta

import pytest

from bedside.infusion.store import InfusionStore
from tests.infusion.data import NORMAL, ready_infusion
from tests.infusion.tab_driver import focus, type_row
from ui.qt import Qt

ROW = ["84", "122", "70", "18", "96", "37.1", "40"]


def running(nurse, pid, clock):
    """Infusion 1 with its baseline, started now."""
    s, v = ready_infusion(nurse, pid, clock)
    s.add_reading(v.record_id, NORMAL)
    s.event(v.record_id, "start")
    return s, v


@pytest.fixture
def tab(qtbot, infusion_tab, included, clock):
    nurse, pid = included
    running(nurse, pid, clock)
    t = infusion_tab(nurse, pid)
    qtbot.waitUntil(lambda: focus() is t.panel.entry.fields["hr"], timeout=30000)
    return t


def table_rows(t):
    flow = t.panel.table.flow
    return [tuple(flow.text(i, c) for c in flow.columns[:3]) for i in range(flow.rowCount())]


def test_item1_a_later_time_asks_with_the_full_date_by_keyboard(tab, qtbot, clock):
    """At 16:02 "23:30" used to become yesterday silently; now the row asks, shows
    the full date, keeps what was typed, and Enter on the answer saves it."""
    t = tab
    clock.advance(minutes=15)
    entry = t.panel.entry
    n = len(t.panel.snap.readings)
    # Shift+Tab from the first value goes to the Time field
    qtbot.keyClick(focus(), Qt.Key_Backtab)
    assert focus() is entry.fields["time"]
    later = (clock.now() + timedelta(hours=2)).astimezone(t.store.zone())
    qtbot.keyClicks(focus(), later.strftime("%H:%M"))
    qtbot.keyClick(focus(), Qt.Key_Tab)
    type_row(qtbot, t, ROW)
    qtbot.waitUntil(entry.choices.isVisible, timeout=30000)
    yesterday = later - timedelta(days=1)
    assert yesterday.strftime("%d/%m/%Y %H:%M") in entry.message.text()
    assert focus().objectName() == "entryTimeChoice0"
    assert yesterday.strftime("%d/%m/%Y %H:%M") in focus().text()
    assert entry.fields["hr"].text() == ROW[0]          # nothing typed is lost
    assert len(t.panel.snap.readings) == n              # nothing stored yet
    qtbot.keyClick(focus(), Qt.Key_Space)               # "yes, that date"
    qtbot.waitUntil(lambda: len(t.panel.snap.readings) == n + 1, timeout=30000)
    taken = [r["taken_utc"] for r in t.panel.snap.readings]
    assert min(taken).astimezone(t.store.zone()).strftime("%d/%m/%Y %H:%M") == yesterday.strftime("%d/%m/%Y %H:%M")
    # the table lists it first: in the order the readings were measured
    assert table_rows(t)[0][0] == yesterday.strftime("%H:%M")


def test_item2_early_reading_while_running_never_says_all_done(tab, qtbot, clock):
    t = tab
    clock.advance(minutes=15)
    type_row(qtbot, t, ROW)
    qtbot.waitUntil(lambda: len(t.panel.snap.readings) == 2, timeout=30000)
    clock.advance(minutes=11)                            # +26: inside the 30-min point's tolerance
    type_row(qtbot, t, ROW)
    qtbot.waitUntil(lambda: len(t.panel.snap.readings) == 3, timeout=30000)
    t.panel._tick()
    assert "All scheduled readings done" not in t.panel.banner.what.text()
    assert "+45 min" in t.panel.banner.what.text()


def test_item6_banner_and_table_show_one_state(tab, qtbot, clock):
    """The banner's overdue count and the table's overdue rows come from one
    schedule state, also as time passes without a reload."""
    t = tab
    clock.advance(minutes=36)                            # +15 missed, +30 missed, +45 to come
    t.panel._tick()
    overdue_rows = [r for r in table_rows(t) if r[2] == "overdue"]
    due_rows = [r for r in table_rows(t) if r[2] == "due"]
    assert len(overdue_rows) == 2 and not due_rows
    assert "2 overdue" in t.panel.banner.missed.text() or "overdue" in t.panel.banner.what.text()
    clock.advance(minutes=8)                             # +44: the 45-min point becomes due
    t.panel._tick()
    assert [r[1] for r in table_rows(t) if r[2] == "due"] == ["+45 min"]
    assert t.panel.banner.missed.text() == "2 overdue"


def test_item3_a_corrected_time_moves_the_reading(tab, qtbot, clock):
    t = tab
    store = t.store
    clock.advance(minutes=15)
    type_row(qtbot, t, ROW)
    qtbot.waitUntil(lambda: len(t.panel.snap.readings) == 2, timeout=30000)
    rid = next(r["id"] for r in t.panel.snap.readings if r["timepoint"] == "during_15")
    start = t.snap.view.state.start_utc
    # corrected to a time before the start: it is now the first row, not the +15 one
    store.correct_reading(rid, ROW_VALUES(), start - timedelta(minutes=20), "time copied from the wrong line")
    t.refresh()
    qtbot.waitUntil(lambda: not t.loading and any(r["version"] == 2 for r in t.panel.snap.readings), timeout=30000)
    t.panel._tick()
    rows = table_rows(t)
    first_time = (start - timedelta(minutes=20)).astimezone(store.zone()).strftime("%H:%M")
    assert rows[0][0] == first_time and rows[0][1].endswith("✎")
    assert [r[1] for r in rows if r[1].startswith("+15")] == ["+15 min"]   # the 15-min point is open again


def ROW_VALUES():  # noqa: N802
    return dict(zip(("hr", "sbp", "dbp", "rr", "spo2", "temp", "fio2"), ROW))


def _idle(qtbot, win):
    qtbot.waitUntil(lambda: win.ctx.worker.pending() == 0, timeout=30000)


def test_item11_f2_works_right_after_clicking_the_infusions_tab(qtbot, included, clock, signed_in):
    nurse, pid = included
    window = signed_in("nurse")
    ws = window.workspace
    ws.open_patient(pid)
    view = ws.views[pid]
    _idle(qtbot, window)
    i = view.keys.index("infusion")
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(i).center())
    inf = view.pages[i]
    qtbot.waitUntil(lambda: inf.snap is not None and not inf.loading, timeout=30000)
    qtbot.waitUntil(lambda: focus() is not None and inf.isAncestorOf(focus()) or focus() is inf.panel, timeout=30000)
    qtbot.keyClick(focus(), Qt.Key_F2)
    qtbot.waitUntil(lambda: inf.dialog is not None, timeout=30000)
    assert inf.dialog.objectName() or inf.dialog.windowTitle()
    inf.dialog.reject()


def test_item17_dashboard_item_lands_on_the_entry_and_counts_15_actions(qtbot, included, clock, signed_in):
    """One vital-sign entry from the dashboard, keyboard after one click.
    Before: 17 actions (item, Perfusions tab, click in the field, 7 values,
    6 Tabs, Enter). Now 15: the item lands in the first value field, and after
    saving the focus is back there for the next due time point."""
    nurse, pid = included
    running(nurse, pid, clock)
    clock.advance(minutes=15)
    window = signed_in("nurse")
    ws = window.workspace
    _idle(qtbot, window)
    actions = 0
    lst, item = next((lst, lst.item(k)) for lst in ws.dashboard.lists for k in range(lst.count())
                     if "in progress" in lst.item(k).text())
    qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=lst.visualItemRect(item).center())
    actions += 1
    view = ws.views[pid]
    inf = view.pages[view.keys.index("infusion")]
    qtbot.waitUntil(lambda: inf.snap is not None and focus() is inf.panel.entry.fields["hr"], timeout=30000)
    assert view.tabs.currentIndex() == view.keys.index("infusion")
    for k, v in enumerate(ROW):
        qtbot.keyClicks(focus(), v)
        actions += 1
        if k < len(ROW) - 1:
            qtbot.keyClick(focus(), Qt.Key_Tab)
            actions += 1
    qtbot.keyClick(focus(), Qt.Key_Return)
    actions += 1
    qtbot.waitUntil(lambda: len(inf.panel.snap.readings) == 2, timeout=30000)
    _idle(qtbot, window)
    assert actions == 15
    stored = InfusionStore(nurse).reading_versions(pid, inf.snap.view.record_id)
    assert sorted(v.content["timepoint"] for v in stored) == ["baseline", "during_15"]
    qtbot.waitUntil(lambda: focus() is inf.panel.entry.fields["hr"], timeout=30000)
    assert inf.panel.entry.fields["hr"].text() == ""
    assert "+30 min" in inf.panel.banner.what.text()
