"""One kit button (STYLE §2.10): ``ui.widgets.buttons.push_button`` is the
only button maker in ui/; its look comes from the theme's stylesheet by its
``kind`` and ``sizing`` properties — no stylesheet of its own — so it is
painted in the day and the night colours, and a new kind repaints it."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui import style
from ui.widgets.buttons import Kind, Size, push_button, set_kind

UI = Path(__file__).resolve().parent.parent / "ui"


@pytest.fixture
def themed(qapp):
    before = qapp.styleSheet()
    yield lambda name: style.apply(qapp, name)
    style.apply(qapp, style.DAY)
    qapp.setStyleSheet(before)


def _fill(qtbot, button):
    """The colour painted inside the button's left padding, left of its text."""
    button.resize(button.sizeHint())
    return button.grab().toImage().pixelColor(8, button.height() // 2).name()


@pytest.mark.parametrize("theme", [style.DAY, style.NIGHT])
def test_kit_buttons_take_their_colours_from_the_theme(qtbot, themed, theme):
    themed(theme)
    for kind, role in ((Kind.NEUTRAL, "button"), (Kind.PRIMARY, "accent"), (Kind.DANGER, "danger"),
                       (Kind.OK, "ok"), (Kind.WARNING, "warning")):
        b = push_button("Stop… F7", "kitButton", kind=kind, size=Size.LARGE)
        qtbot.addWidget(b)
        assert b.styleSheet() == "" and _fill(qtbot, b) == style.colour(role), kind
    plan = push_button("2 · 06/12–07/12", "planInfusion2", size=Size.COMPACT)
    qtbot.addWidget(plan)
    set_kind(plan, Kind.LATE, selected=False)
    assert _fill(qtbot, plan) == style.colour("row_overdue_bg")
    set_kind(plan, Kind.DONE)
    assert _fill(qtbot, plan) == style.colour("done_bg") and plan.styleSheet() == ""
    touch = push_button("Oui", kind=Kind.CHOICE, size=Size.TOUCH, checkable=True)
    qtbot.addWidget(touch)
    assert touch.minimumHeight() == 84 and _fill(qtbot, touch) == style.colour("surface")


def test_push_button_is_the_only_button_maker():
    """No module of ui/ but the kit defines a module-level ``button`` maker or a
    button stylesheet constant (the consent, infusion and checklist copies)."""
    strays = []
    for f in sorted(UI.rglob("*.py")):
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for node in tree.body:
            names = [node.name] if isinstance(node, ast.FunctionDef) else \
                [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
            strays += [f"{f.relative_to(UI)}:{n}" for n in names
                       if n in ("button", "big_button", "button_css", "BUTTON_CSS", "restyle_button")]
    assert strays == []


def test_eligibility_sheets_follow_night_mode(qtbot, themed):
    """The checklist's sheet and its answer states take every colour from the
    theme (dark text on the night background made it unreadable at 3 a.m.),
    and a night switch gives the screen the night sheet."""
    import re
    from ui import night_mode
    from ui.eligibility.widgets import app_style
    from ui.qt import QtWidgets
    from ui.widgets.choices import state_css
    from ui.widgets.themed import Themed
    root = QtWidgets.QWidget()
    qtbot.addWidget(root)
    Themed(root, app_style)
    for theme in (style.DAY, style.NIGHT):
        night_mode.switch(theme == style.NIGHT)
        sheets = app_style() + state_css("missing") + state_css("error")
        assert set(re.findall(r"#[0-9a-fA-F]{6}", sheets)) <= set(style.THEMES[theme].colours.values()), theme
        assert root.styleSheet() == app_style()
    night_mode.switch(False)
