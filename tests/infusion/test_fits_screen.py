"""The flowsheet fits a 1366×768 bedside screen: with a patient open the list
is narrowed to LIST_NARROW and the Infusions tab must fit in what is left,
with no sideways scrolling (pytest-qt, offscreen, real vault)."""
import pytest

from tests.conftest import PASSWORD, sign_in
from tests.infusion.data import NORMAL, ready_infusion
from ui.context import AppContext
from ui.infusion.tab import InfusionTab
from ui.main_window import MainWindow
from ui.qt import QScrollArea, Qt

MAX_TAB_WIDTH = 1040


@pytest.fixture(autouse=True)
def app_style(qapp):
    """The application's own stylesheet, as the app starts with (taller
    buttons, the focus ring): what fits without it may not fit with it."""
    from ui import style
    before = qapp.styleSheet()
    style.apply(qapp, style.DAY)
    yield
    qapp.setStyleSheet(before)


def open_infusions(qtbot, open_window, pid):
    win = open_window((1366, 768))
    ctx = win.ctx
    qtbot.waitExposed(win)
    sign_in(qtbot, win, "nurse", PASSWORD)
    win.workspace.open_patient(pid)
    view = win.workspace.views[pid]
    tab = next(p for p in view.pages if isinstance(p, InfusionTab))
    view.tabs.setCurrentIndex(view.pages.index(tab))
    qtbot.waitUntil(lambda: tab.snap is not None and not tab.loading and ctx.worker.pending() == 0, timeout=20000)
    qtbot.wait(50)
    return win, ctx, view, tab


@pytest.mark.parametrize("state", ["ready", "running"])
def test_infusion_tab_fits_beside_the_patient_list(qtbot, open_window, included, clock, state, request):
    nurse, pid = included
    store, v = ready_infusion(nurse, pid, clock)
    if state == "running":                        # in French, with a serious adverse event listed
        store.add_reading(v.record_id, NORMAL)
        store.event(v.record_id, "start")
        store.add_ae(pid, {"term": "Pulmonary embolism", "onset_utc": clock.now(), "grade": 4, "serious": True,
                           "seriousness": ["hospitalisation"], "relation": "unlikely", "expected": False,
                           "aesi": "thromboembolic", "action": "none", "outcome": "recovered_sequelae",
                           "infusion": 1})
        request.getfixturevalue("french")
    win, ctx, view, tab = open_infusions(qtbot, open_window, pid)
    try:
        assert tab.snap.view.state.status == state
        assert tab.minimumSizeHint().width() <= MAX_TAB_WIDTH
        tab.inner.setCurrentIndex(1)                  # the adverse events list too
        assert tab.aes.minimumSizeHint().width() <= MAX_TAB_WIDTH
        assert tab.minimumSizeHint().width() <= MAX_TAB_WIDTH
        if state == "running":
            _ae_columns_fit(qtbot, tab.aes)
        tab.inner.setCurrentIndex(0)
        qtbot.wait(50)
        assert win.width() == 1366
        area = tab.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea)
        assert not area.horizontalScrollBar().isVisible()       # no sideways scrolling
        assert tab.width() <= area.viewport().width()
    finally:
        ctx.worker.stop()


def _ae_columns_fit(qtbot, aes):
    """Every column in the width the list has, no sideways scrolling: the
    SAE clock, grade and sign-off whole; the term keeps room to be read."""
    from ui.infusion.ae_model import COLUMNS
    table, model = aes.table, aes.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and table.viewport().width() > 0, timeout=20000)
    _settle_layouts()
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width() + 1
    metrics = table.fontMetrics()
    for name in ("onset", "grade", "serious", "sae_clock", "sign_off"):
        col = COLUMNS.index(name)
        assert metrics.horizontalAdvance(model.text(0, name)) <= table.columnWidth(col), name
    assert table.columnWidth(COLUMNS.index("term")) >= metrics.horizontalAdvance("Pulmonary embolism")
    assert model.text(0, "outcome") == "Résolu avec séquelles"      # cut, whole in its tooltip


def _rect_in(widget, ancestor):
    from ui.qt import QtCore
    return QtCore.QRect(widget.mapTo(ancestor, QtCore.QPoint(0, 0)), widget.size())


def _settle_layouts():
    """Run every pending layout now (nested layouts: until none is left), so
    geometry is final without waiting on the clock."""
    from ui.qt import QtCore, QtWidgets
    for _ in range(5):
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LayoutRequest)
        QtWidgets.QApplication.processEvents()


def test_alerts_leave_the_newest_readings_in_view_at_1366x768(qtbot, open_window, included, clock):
    """Issue 16 item 12: five alerts at once, and the monitor's strip with
    values to check and a held message, still the readings table and its
    newest row are on screen (no scrolling needed): the alerts fold into one
    line, "+4 more (F9)" unfolds them, a screen reader is given all of them."""
    nurse, pid = included
    store, v = ready_infusion(nurse, pid, clock)
    store.add_reading(v.record_id, NORMAL)
    store.event(v.record_id, "start")
    for _ in range(3):
        clock.advance(minutes=15)
        store.add_reading(v.record_id, dict(NORMAL, sbp="90", spo2="88", temp="38.6", hr="130"))
    win, ctx, view, tab = open_infusions(qtbot, open_window, pid)
    try:
        last = max(tab.snap.readings, key=lambda r: r["taken_utc"])
        from bedside.infusion import vitals
        alerts = vitals.alerts(store.protocol, last["values"], tab.panel.fs.baseline)
        assert len(alerts) >= 4
        bar = tab.panel.alerts
        bar.show_alerts(last["taken_utc"], alerts)
        from bedside.hl7feed.proposals import VitalProposal
        offer = VitalProposal(sender="MON-ICU3", control_id="c1", observed_utc=clock.now(),
                              utc_offset_min=60, values={"hr": "128", "spo2": "89"},
                              not_understood=0)
        tab.panel.monitor.show_offer(offer, 1)
        qtbot.waitUntil(tab.panel.monitor.isVisible, timeout=30000)
        _settle_layouts()
        table = tab.panel.table
        import os
        if os.environ.get("FIT_SHOT"):
            win.grab().save(os.environ["FIT_SHOT"])
        # one compact alert line: the first alert, the others counted
        assert bar.hidden_count() == len(alerts) - 1
        assert str(len(alerts) - 1) in bar.more.text() and bar.more.isVisible()
        assert "38.6" in bar.text.text() and "130" not in bar.text.text()
        assert all(("38.6", "90", "130", "88")[i] in bar.accessibleDescription() for i in range(4))
        area = tab.parentWidget().parentWidget()
        seen = _rect_in(area.viewport(), win)
        assert seen.bottom() < win.statusBar().mapTo(win, win.statusBar().rect().topLeft()).y() + 1
        assert seen.contains(_rect_in(table, win)), "the readings table is pushed below the fold"
        assert not area.verticalScrollBar().isVisible()
        newest = next(i for i, r in enumerate(table.flow.rows) if r.reading_id == last["id"])
        row = table.visualRect(table.flow.index(newest, 0))
        assert table.viewport().rect().contains(row), "the newest reading is scrolled out of view"
        assert table.viewport().height() >= 3 * table.verticalHeader().defaultSectionSize()   # three whole rows
        # F9, typed in the entry row, unfolds every alert (one a line) and folds them again
        entry = tab.panel.entry.fields["hr"]
        entry.setFocus()
        qtbot.waitUntil(entry.hasFocus, timeout=30000)
        qtbot.keyClick(entry, Qt.Key_F9)
        assert bar.expanded and bar.hidden_count() == 0
        assert bar.text.text().count("\n") == len(alerts)
        qtbot.keyClick(entry, Qt.Key_F9)
        assert not bar.expanded and entry.hasFocus()
    finally:
        ctx.worker.stop()


def test_main_window_fits_the_free_screen_area_with_its_frame(qtbot, tmp_vault):
    """Issue 16 item 13: on a 1366×768 screen with a 40 px taskbar, the window
    (title bar included) fits, and the status bar with the Sync button shows."""
    from ui.qt import QtCore
    from ui.screen_fit import frame_extra, fit_window
    tmp_vault.lock()
    ctx = AppContext(tmp_vault)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    try:
        area = QtCore.QRect(0, 0, 1366, 728)
        fit_window(win, QtCore.QSize(1366, 768), area)
        extra = frame_extra(win)
        assert win.width() + extra.width() <= area.width()
        assert win.height() + extra.height() <= area.height()
        win.show()
        qtbot.waitExposed(win)
        sign_in(qtbot, win, "nurse", PASSWORD)
        bar = win.statusBar()
        assert bar.isVisible() and _rect_in(bar, win).bottom() < win.height()
        sync = win.sync_item.now_button
        assert sync.isVisible() and win.rect().contains(_rect_in(sync, win))
    finally:
        ctx.worker.stop()


def test_product_dialog_never_grows_past_the_screen(qtbot, open_window, included, clock):
    """Issue 16 item 14: an error and the override box used to grow it to
    813×693 with Save/Cancel below the screen edge."""
    from ui.infusion.dialogs import ProductDoseDialog
    from ui.screen_fit import available_area, frame_extra
    nurse, pid = included
    win, ctx, view, tab = open_infusions(qtbot, open_window, pid)
    try:
        snap = tab.snap
        dlg = ProductDoseDialog(ctx, tab.store, pid, 1, snap.patient, snap.plan[0], snap.patient_recorded_utc, win)
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.override_box.setVisible(True)
        dlg.cells.setText("900")
        dlg._submit()
        qtbot.waitUntil(dlg.error.isVisible, timeout=30000)
        dlg.error.setText(dlg.error.text() + "\n" + "\n".join(["A long explanation line."] * 12))
        dlg.adjustSize()
        qtbot.wait(50)
        area, extra = available_area(dlg), frame_extra(dlg)
        assert dlg.height() + extra.height() <= area.height()
        assert dlg.width() + extra.width() <= area.width()
        for b in (dlg.ok, dlg.cancel):
            assert b.isVisible() and dlg.rect().contains(_rect_in(b, dlg))
        dlg.reject()
    finally:
        ctx.worker.stop()


def bring_to(store, v, clock, state: str) -> None:
    """A checked infusion (``ready``) taken on to *state*."""
    if state == "ready":
        return
    store.add_reading(v.record_id, NORMAL)
    store.event(v.record_id, "start")
    clock.advance(minutes=20)
    if state == "paused":
        store.event(v.record_id, "pause", reason="line occluded")
    elif state == "ended":
        store.event(v.record_id, "stop", outcome="complete", volume_given_ml="100")


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("state", ["ready", "running", "paused", "ended"])
def test_status_line_is_one_line_at_1366x768(qtbot, open_window, included, clock, state, language, request):
    """The status line (infusion number, state, time, dose) stays on one line
    beside the action buttons, in every state and both languages: in French
    it wrapped to two and pushed the readings down. Nothing in it is elided
    (a dose is never shown cut)."""
    nurse, pid = included
    store, v = ready_infusion(nurse, pid, clock)
    bring_to(store, v, clock, state)
    if language == "fr":
        request.getfixturevalue("french")
    win, ctx, view, tab = open_infusions(qtbot, open_window, pid)
    panel = tab.panel
    assert tab.snap.view.state.status == state
    line = panel.state
    assert line.fontMetrics().horizontalAdvance(line.text()) <= line.contentsRect().width(), \
        (line.text(), line.contentsRect().width())
    assert line.heightForWidth(line.width()) < 2 * line.fontMetrics().lineSpacing(), line.text()
    assert panel.title.width() >= panel.title.sizeHint().width(), panel.title.text()
    full = line.full_text()                       # all of it in the tooltip; shown: whole parts, the state first
    parts = full.split(" · ")
    assert line.toolTip() == full and len(parts) > 1
    shown = line.text().removesuffix(" …").split(" · ")
    assert shown == parts[:len(shown)], (line.text(), full)
    assert line.text() == full                    # whole in every state: the running dose too, in French
    if state == "ready":                          # who checked: on the button's tooltip
        assert "Second Nurse" in panel.buttons["check"].toolTip()
