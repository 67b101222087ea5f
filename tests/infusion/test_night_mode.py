"""Night mode (issue 16): a dark low-glare theme with WCAG AA contrast, alert
states still told apart, switched from the toolbar, remembered per user; and
accessible names on every control of the flowsheet entry row."""
import colorsys

import pytest

from tests.conftest import sign_in
from ui import style
from ui.qt import QtGui, QtWidgets

AA = 4.5


@pytest.fixture(autouse=True)
def day_after(qapp):
    yield
    style.apply(qapp, style.DAY)


@pytest.mark.parametrize("name", [style.DAY, style.NIGHT])
def test_every_text_role_keeps_wcag_aa_contrast(name):
    c = style.THEMES[name].colours
    low = {f"{fg} on {bg}": round(style.contrast(c[fg], c[bg]), 2) for fg, bg in style.READ_PAIRS
           if style.contrast(c[fg], c[bg]) < AA}
    assert not low, low


@pytest.mark.parametrize("name", [style.DAY, style.NIGHT])
def test_palette_roles_keep_wcag_aa_contrast(qapp, name):
    p = style.palette(style.THEMES[name])
    R = QtGui.QPalette.ColorRole
    for fg, bg in ((R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button),
                   (R.HighlightedText, R.Highlight), (R.ToolTipText, R.ToolTipBase)):
        ratio = style.contrast(p.color(fg).name(), p.color(bg).name())
        assert ratio >= AA, (name, fg, bg, ratio)


def _hue(hex_colour):
    q = QtGui.QColor(hex_colour)
    return colorsys.rgb_to_hls(q.redF(), q.greenF(), q.blueF())[0] * 360


@pytest.mark.parametrize("name", [style.DAY, style.NIGHT])
def test_alert_states_stay_distinguishable(name):
    c = style.THEMES[name].colours
    states = style.STATE_BACKGROUNDS
    for i, a in enumerate(states):
        for b in states[i + 1:]:
            hue = abs(_hue(c[a]) - _hue(c[b]))
            hue = min(hue, 360 - hue)
            assert hue >= 25 or style.contrast(c[a], c[b]) >= 1.5, (name, a, b)


def test_night_is_low_glare():
    night = style.THEMES[style.NIGHT].colours
    for role in ("window", "surface", "field_bg", "chart_bg", "entry_bg"):
        assert style.luminance(night[role]) < 0.05, role


def test_toolbar_switch_repaints_and_is_remembered_per_user(qtbot, included, clock, signed_in):
    from tests.infusion.data import NORMAL, ready_infusion
    from ui.infusion.tab import InfusionTab
    nurse, pid = included
    s, v = ready_infusion(nurse, pid, clock)
    s.add_reading(v.record_id, NORMAL)
    s.event(v.record_id, "start")
    win = signed_in("nurse")
    win.workspace.open_patient(pid, "infusion")
    view = win.workspace.views[pid]
    tab = next(p for p in view.pages if isinstance(p, InfusionTab))
    qtbot.waitUntil(lambda: tab.snap is not None and not tab.loading, timeout=20000)
    app = QtWidgets.QApplication.instance()
    assert not win.act_night.isChecked()
    day_entry = tab.panel.entry.styleSheet()
    win.act_night.trigger()                                   # the toolbar switch
    night = style.THEMES[style.NIGHT].colours
    assert app.palette().color(QtGui.QPalette.ColorRole.Window).name() == night["window"]
    assert night["entry_bg"] in tab.panel.entry.styleSheet() and tab.panel.entry.styleSheet() != day_entry
    tab.panel._tick()
    assert any(night[r] in tab.panel.banner.styleSheet() for r in ("upcoming_bg", "due_bg", "overdue_bg", "idle_bg"))
    # remembered for this user, not for the next one
    win.lock()
    assert sign_in(qtbot, win, "nurse2")
    assert not win.act_night.isChecked() and style.theme().name == style.DAY
    win.lock()
    assert sign_in(qtbot, win, "nurse")
    assert win.act_night.isChecked() and style.theme().name == style.NIGHT


def test_entry_row_controls_have_accessible_names(qtbot):
    from bedside.infusion.protocol import default
    from ui.infusion.entry_row import EntryRow
    row = EntryRow(default(), "fr")
    qtbot.addWidget(row)
    controls = row.findChildren(QtWidgets.QLineEdit) + row.findChildren(QtWidgets.QPushButton)
    assert len(controls) >= 9
    for w in controls:
        assert w.accessibleName().strip(), w.objectName()
    assert row.fields["sbp"].accessibleName().endswith("mmHg")
    row.ask_time("?", [("01/12/2026 23:30", "01/12/2026 23:30")])
    for w in row.choices.findChildren(QtWidgets.QPushButton):
        assert w.accessibleName().strip() or w.text().strip()
