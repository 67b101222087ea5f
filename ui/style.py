"""One stylesheet for the ward: large type, big touch targets, strong focus —
and its colours named by role, in a day theme and a dark low-glare night
theme.  Screens ask ``colour("overdue_bg")``; no hex literal lives in a screen.

Every text/background pair below keeps WCAG AA contrast (4.5:1) in both
themes, and the due / overdue / upcoming / done states keep different
colours at night (tests/test_night_mode.py computes both)."""
from __future__ import annotations

from dataclasses import dataclass

from ui.widgets.focus_ring import focus_ring

DAY, NIGHT = "day", "night"


@dataclass(frozen=True)
class Theme:
    name: str
    colours: dict[str, str]


# Each colour role, by day and at night. Night: dark surfaces, no pure white,
# dimmed saturated colours; text stays AA.
_COLOURS = """
role              day      night
window            #f5f5f5  #121417
surface           #ffffff  #1b1f24
text              #1a1a1a  #e6e6e6
muted             #4a5a63  #a8b4bc
border            #8a9aa3  #56636c
button            #eceff1  #2a3036
button_text       #263238  #e6e6e6
accent            #0b5cad  #5fa8ff
accent_text       #ffffff  #0b0d10
highlight         #0b5cad  #2f5f93
highlight_text    #ffffff  #ffffff
focus             #ffab00  #ffb74d
focus_ring        #0b5cad  #ffb74d
banner_bg         #e8f0fa  #1f2a36
notice_bg         #fff4d6  #3a2e0c
notice_border     #c98a00  #c98a00
danger            #b3261e  #8e1b14
danger_text       #ffffff  #ffe9e7
warning           #f9a825  #a86f00
warning_text      #000000  #0b0d10
ok                #2e7d32  #1f5f24
ok_text           #ffffff  #e8f5e9
chip_pending      #5f6b73  #3a4249
chip_pending_text #ffffff  #e6e6e6
chip_blocked      #5c3b8a  #4a3070
chip_blocked_text #ffffff  #efe6ff
error_text        #b71c1c  #ff8a80
alert_bg          #ffebee  #3a1414
alert_text        #b71c1c  #ffb4ab
alert_border      #c62828  #e57373
due_bg            #ffca28  #6b5200
due_text          #000000  #fff3c4
due_border        #e65100  #ffb300
overdue_bg        #c62828  #7f1d1d
overdue_text      #ffffff  #ffe4e1
overdue_border    #b71c1c  #ff6e6e
upcoming_bg       #e3f2fd  #132a44
upcoming_text     #0d47a1  #bcdcff
upcoming_border   #0d47a1  #5fa8ff
idle_bg           #e8f5e9  #13301a
idle_text         #1b5e20  #c8f0cc
idle_border       #2e7d32  #66bb6a
entry_bg          #f1f8e9  #18241a
entry_border      #7cb342  #558b2f
entry_head        #33691e  #b9e08f
field_bg          #ffffff  #0f1215
field_text        #1a1a1a  #f0f0f0
field_bad_bg      #ffebee  #3a1414
cell_alert_bg     #c62828  #8e1b14
cell_alert_text   #ffffff  #ffe9e7
row_due_bg        #ffca28  #6b5200
row_overdue_bg    #ef9a9a  #5c1f1f
row_upcoming_bg   #f5f5f5  #1b1f24
row_pending_text  #263238  #c9d3d9
state_ready       #1565c0  #8cc4ff
state_running     #2e7d32  #81c784
state_paused      #8a5a00  #ffcc66
state_ended       #37474f  #b0bec5
state_none        #546e7a  #a8b4bc
button_border     #455a64  #78909c
disabled_bg       #eceff1  #22272c
disabled_text     #5f6f78  #8d9aa3
disabled_border   #cfd8dc  #3a4249
selected_border   #1565c0  #5fa8ff
done_bg           #c8e6c9  #1f3d22
running_bg        #a5d6a7  #24502a
plan_due_bg       #ffe082  #5a4700
blocker_bg        #fff3e0  #3a2a12
blocker_border    #ef6c00  #ffa040
blocker_text      #8a3b00  #ffd8a8
chart_bg          #ffffff  #15191d
chart_text        #37474f  #c9d3d9
chart_grid        #cfd8dc  #3a4249
chart_band        #e3f2fd  #172a3d
chart_limit       #d32f2f  #ff6e6e
chart_baseline    #78909c  #90a4ae
series_hr         #c62828  #ff8a80
series_sbp        #1565c0  #82b1ff
series_dbp        #64b5f6  #b3d4ff
series_spo2       #2e7d32  #81c784
series_temp       #ef6c00  #ffb74d
series_rr         #6a1b9a  #ce93d8
"""

_ROWS = [line.split() for line in _COLOURS.strip().splitlines()[1:]]
THEMES = {name: Theme(name, {row[0]: row[column] for row in _ROWS})
          for column, name in ((1, DAY), (2, NIGHT))}
_current = THEMES[DAY]

# Pairs (text role, background role) a user reads: each must keep 4.5:1.
READ_PAIRS = (
    ("text", "window"), ("text", "surface"), ("muted", "surface"), ("button_text", "button"),
    ("accent_text", "accent"), ("highlight_text", "highlight"), ("danger_text", "danger"),
    ("warning_text", "warning"), ("ok_text", "ok"), ("error_text", "surface"), ("alert_text", "alert_bg"),
    ("due_text", "due_bg"), ("overdue_text", "overdue_bg"), ("upcoming_text", "upcoming_bg"),
    ("idle_text", "idle_bg"), ("entry_head", "entry_bg"), ("field_text", "field_bg"),
    ("field_text", "field_bad_bg"), ("cell_alert_text", "cell_alert_bg"), ("row_pending_text", "row_due_bg"),
    ("row_pending_text", "row_overdue_bg"), ("row_pending_text", "row_upcoming_bg"), ("text", "banner_bg"), ("text", "notice_bg"),
    ("state_ready", "surface"), ("state_running", "surface"), ("state_paused", "surface"),
    ("state_ended", "surface"), ("state_none", "surface"), ("button_text", "done_bg"),
    ("button_text", "running_bg"), ("button_text", "plan_due_bg"), ("blocker_text", "blocker_bg"),
    ("chart_text", "chart_bg"), ("disabled_text", "disabled_bg"),
    ("chip_pending_text", "chip_pending"), ("chip_blocked_text", "chip_blocked"),
)
# States that must never look alike (banner and table).
STATE_BACKGROUNDS = ("due_bg", "overdue_bg", "upcoming_bg", "idle_bg", "alert_bg")


def theme() -> Theme:
    return _current


def colour(role: str) -> str:
    return _current.colours[role]


def set_theme(name: str) -> Theme:
    global _current
    _current = THEMES.get(name, THEMES[DAY])
    return _current


def stylesheet(t: Theme | None = None) -> str:
    c = (t or _current).colours
    return f"""
QWidget {{ font-size: 11pt; }}
QPushButton {{ min-height: 38px; padding: 4px 14px; }}
""" + kit_buttons(c) + f"""
QLineEdit, QComboBox, QDateEdit, QDateTimeEdit, QSpinBox, QDoubleSpinBox {{ min-height: 34px; }}
QLineEdit:focus, QComboBox:focus {{ border: 2px solid {c['accent']}; }}
QLabel#title {{ font-size: 16pt; font-weight: bold; }}
QLabel#banner {{ font-size: 13pt; font-weight: bold; }}
QFrame#patientBanner {{ background: {c['banner_bg']}; border-bottom: 2px solid {c['accent']}; }}
QLabel#hint {{ color: {c['muted']}; }}
QLabel#fieldError {{ color: {c['error_text']}; font-weight: bold; }}
QLabel#followUpStatus {{ font-size: 14pt; font-weight: bold; }}
QLabel#consortCheck {{ font-size: 12.5pt; font-weight: bold; }}
QLabel#notice {{ background: {c['notice_bg']}; color: {c['text']}; border: 1px solid {c['notice_border']}; border-radius: 4px; padding: 8px; }}
QTableView {{ font-size: 11pt; }}
QHeaderView::section {{ font-weight: bold; padding: 6px; }}
QTabBar::tab {{ min-height: 34px; padding: 4px 16px; font-size: 11pt; }}
""" + focus_ring(c["focus_ring"], c["banner_bg"])


# The kit button's look (ui/widgets/buttons.py): its ``size`` and ``kind``
# properties (and the states set_look sets), in the theme's colours. Later
# rules win at equal specificity: size first, then colour by kind, then
# states; the focus ring comes last.
_KIND_COLOURS = (("primary", "accent", "accent_text"), ("danger", "danger", "danger_text"), ("ok", "ok", "ok_text"),
                 ("warning", "warning", "warning_text"), ("done", "done_bg", "button_text"),
                 ("running", "running_bg", "button_text"), ("due", "plan_due_bg", "button_text"),
                 ("late", "row_overdue_bg", "button_text"), ("review", "blocker_bg", "blocker_text"))
# A ``status`` button's ``tone``: the role of its word and frame (contrast
# checked against the surface, READ_PAIRS).
_TONES = (("ok", "state_running"), ("busy", "state_ready"), ("waiting", "state_paused"), ("off", "state_none"),
          ("bad", "error_text"))


def kit_buttons(c: dict[str, str]) -> str:
    kinds = "\n".join(f'QPushButton[kind="{kind}"] {{ background: {c[bg]}; color: {c[fg]}; font-weight: bold; }}'
                      for kind, bg, fg in _KIND_COLOURS)
    sized = ", ".join(f'QPushButton[kind="{kind}"]:disabled' for kind, _bg, _fg in _KIND_COLOURS)
    coloured = ", ".join(f'QPushButton[kind="{kind}"]' for kind, _bg, _fg in _KIND_COLOURS)
    # a disabled regular one keeps a frame (its padding gives the frame's pixel back: same size)
    regular_off = ", ".join(f'QPushButton[sizing="regular"][kind="{kind}"]:disabled' for kind, _bg, _fg in _KIND_COLOURS)
    # ... and a focused one gives the focus ring's 3 px from its padding: its text keeps its room
    regular_focus = ", ".join(f'QPushButton[sizing="regular"][kind="{kind}"]:focus' for kind, _bg, _fg in _KIND_COLOURS)
    tones = "\n".join(f'QPushButton[kind="status"][tone="{tone}"] {{ color: {c[role]}; border-color: {c[role]}; }}'
                      for tone, role in _TONES)
    return f"""
{coloured} {{ border-radius: 4px; }}
QPushButton[sizing="large"], QPushButton[sizing="compact"] {{ font-size: 14pt; font-weight: bold; min-height: 44px;
    padding: 4px 16px; border-radius: 6px; background: {c['button']}; color: {c['button_text']};
    border: 1px solid {c['button_border']}; }}
QPushButton[sizing="compact"] {{ min-height: 34px; padding: 2px 12px; }}
#alertBar QPushButton[sizing="compact"] {{ font-size: 12pt; }}
QPushButton[sizing="touch"] {{ font-size: 18px; min-height: 56px; padding: 6px 18px; border-radius: 10px;
    border: 2px solid {c['border']}; background: {c['surface']}; color: {c['text']}; }}
QPushButton[sizing="touch"]:pressed {{ background: {c['banner_bg']}; }}
QPushButton[sizing="slim"] {{ min-height: 28px; padding: 2px 10px; }}
QPushButton[sizing="tag"] {{ min-height: 24px; padding: 0px 6px; }}
QPushButton[sizing="regular"][kind="choice"] {{ min-height: 38px; padding: 2px 14px; border-radius: 5px;
    border: 2px solid {c['border']}; background: {c['button']}; color: {c['button_text']}; }}
{kinds}
QPushButton[kind="review"] {{ border: 1px solid {c['blocker_border']}; }}
QPushButton[kind="status"] {{ font-weight: bold; padding: 2px 10px; border: 2px solid {c['state_none']};
    border-radius: 4px; color: {c['state_none']}; }}
{tones}
QPushButton[sizing="touch"][kind="primary"] {{ border-color: {c['accent']}; }}
QPushButton[sizing="touch"][kind="danger"] {{ background: {c['surface']}; color: {c['error_text']}; border-color: {c['danger']}; }}
QPushButton[sizing="touch"][kind="choice"] {{ text-align: left; padding: 12px 22px; min-height: 84px; font-size: 20px; font-weight: normal; }}
QPushButton[kind="toggle"] {{ min-width: 120px; font-weight: normal; }}
QPushButton[kind="choice"]:checked, QPushButton[sizing="regular"][kind="choice"]:checked, QPushButton[kind="toggle"]:checked {{ background: {c['accent']}; color: {c['accent_text']};
    border-color: {c['accent']}; }}
QPushButton[sizing="regular"][kind="choice"][state="missing"] {{ border-color: {c['notice_border']}; background: {c['notice_bg']}; }}
QPushButton[sizing="regular"][kind="choice"][state="error"] {{ border-color: {c['danger']}; background: {c['field_bad_bg']}; }}
QPushButton[sizing="regular"][kind="choice"][highlighted="true"] {{ border: 4px solid {c['focus_ring']}; text-decoration: underline; }}
QPushButton[sizing="large"]:disabled, QPushButton[sizing="compact"]:disabled, QPushButton[sizing="touch"]:disabled,
QPushButton[sizing="regular"][kind="choice"]:disabled, {sized} {{
    background: {c['disabled_bg']}; color: {c['disabled_text']}; border-color: {c['disabled_border']}; }}
QPushButton[selected="true"] {{ border: 4px solid {c['selected_border']}; }}
{regular_off} {{ border: 1px solid {c['disabled_border']}; padding: 3px 13px; }}
{regular_focus} {{ padding: 1px 11px; }}
"""


STYLE = stylesheet(THEMES[DAY])   # the day sheet, for callers that want the text


def palette(t: Theme | None = None):
    """The QPalette of a theme (what Qt's own widgets paint with)."""
    from ui.qt import QtGui
    c = (t or _current).colours
    p = QtGui.QPalette()
    roles = QtGui.QPalette.ColorRole
    for role, name in ((roles.Window, "window"), (roles.WindowText, "text"), (roles.Base, "surface"),
                       (roles.AlternateBase, "window"), (roles.Text, "text"), (roles.Button, "button"),
                       (roles.ButtonText, "button_text"), (roles.Highlight, "highlight"),
                       (roles.HighlightedText, "highlight_text"), (roles.ToolTipBase, "surface"),
                       (roles.ToolTipText, "text"), (roles.PlaceholderText, "muted"), (roles.BrightText, "error_text"),
                       (roles.Link, "accent")):
        p.setColor(role, QtGui.QColor(c[name]))
    p.setColor(QtGui.QPalette.ColorGroup.Disabled, roles.Text, QtGui.QColor(c["muted"]))
    p.setColor(QtGui.QPalette.ColorGroup.Disabled, roles.ButtonText, QtGui.QColor(c["muted"]))
    return p


def apply(app, name: str | None = None) -> Theme:
    """Install a theme (or re-install the current one) on the application."""
    t = set_theme(name) if name else _current
    app.setPalette(palette(t))
    sheet = stylesheet(t)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    return t


# --- contrast (WCAG 2.x) ------------------------------------------------------------

def _linear(channel: int) -> float:
    v = channel / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
