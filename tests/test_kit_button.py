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


def _calls(attr_or_name: str):
    """(file:line, call node) of every call of *attr_or_name* in ui/ (``f(…)`` or ``x.f(…)``)."""
    for f in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                fn = node.func
                name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", None)
                if name == attr_or_name:
                    yield f"{f.relative_to(UI)}:{node.lineno}", node


def _text(node) -> str:
    """The literal text of a string or f-string argument ("" for anything else)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.IfExp):                      # f"QPushButton {{ … }}" if css else ""
        return _text(node.body) or _text(node.orelse)
    return ""


def test_every_button_of_ui_is_made_by_the_kit():
    """No ``QPushButton(…)`` in ui/ but the kit's own, and no dialog box
    button made from a text: a button made by hand would miss the kind and
    size the theme paints (the dialogs' buttons once did, styled apart by
    ``#primary``/``#danger``)."""
    made = [where for where, _node in _calls("QPushButton") if not where.startswith("widgets/buttons.py")]
    assert made == []
    # nor a button a dialog box makes from a text (``box.addButton(self.tr("Save"), role)``)
    texts = [where for where, node in _calls("addButton") if node.args and (
        _text(node.args[0]) or (isinstance(node.args[0], ast.Call) and
                                getattr(node.args[0].func, "attr", "") in ("tr", "translate")))]
    assert texts == []
    for theme in (style.DAY, style.NIGHT):
        sheet = style.stylesheet(style.THEMES[theme])
        assert "#primary" not in sheet and "#danger" not in sheet, theme


def test_no_button_sets_a_stylesheet_of_its_own():
    """No ``setStyleSheet`` on something named a button, and no sheet whose
    first rule is a ``QPushButton`` one (the way the monitor strip, the sync
    status and the choice states once styled their buttons)."""
    import re
    own = []
    for where, node in _calls("setStyleSheet"):
        receiver = ast.unparse(node.func.value) if isinstance(node.func, ast.Attribute) else ""
        text = _text(node.args[0]) if node.args else ""
        if re.search(r"button|btn", receiver, re.I) or text.lstrip().startswith("QPushButton"):
            own.append(f"{where}: {receiver}")
    assert own == []


def _at(button, x: int) -> str:
    """The colour painted at *x* px from the button's left edge, half-way down."""
    return button.grab().toImage().pixelColor(x, button.height() // 2).name()


def _own_sheets(root) -> list[str]:
    from ui.qt import QtWidgets
    return [b.objectName() for b in root.findChildren(QtWidgets.QPushButton) if b.styleSheet()]


@pytest.mark.parametrize("theme", [style.DAY, style.NIGHT])
def test_sign_in_and_sync_state_buttons_are_painted_by_the_theme(window, themed, theme):
    """The real main window on its sign-in page: Sign in is primary, and the
    status bar's sync state is framed in its tone's colour (the hand-set hex
    of before stayed the day's at night)."""
    from bedside.sync.status import ERROR, NOT_ENROLLED, OFFLINE, SYNCED, SyncStatus
    themed(theme)
    assert window.login.button.property("kind") == "primary"
    assert _at(window.login.button, 8) == style.colour("accent")
    item = window.sync_item
    for status, role in ((SyncStatus(SYNCED), "state_running"), (SyncStatus(OFFLINE), "state_paused"),
                         (SyncStatus(NOT_ENROLLED), "state_none"), (SyncStatus(ERROR), "error_text"),
                         (SyncStatus(SYNCED, conflicts=2), "error_text")):
        item.show_status(status)
        assert _at(item.state_button, 0) == style.colour(role), (status.state, status.conflicts)
    assert _own_sheets(window) == []


@pytest.mark.parametrize("theme", [style.DAY, style.NIGHT])
def test_held_messages_and_choice_states_are_painted_by_the_theme(qtbot, themed, theme):
    """The monitor strip's held-messages button (kind review) and a group of
    choices — unanswered, chosen, missing, wrong, under the keyboard
    highlight — in the theme's colours, with no sheet of their own."""
    from bedside.infusion.protocol import load
    from ui.infusion.monitor_strip import MonitorStrip
    from ui.qt import Qt
    from ui.widgets.choices import ChoiceButtons
    themed(theme)
    strip = MonitorStrip(load(), "en")
    qtbot.addWidget(strip)
    strip.show_offer(None, 2)
    strip.show()
    assert strip.held.isVisible() and strip.held.height() == 26 and strip.reject.sizeHint().height() == 34
    assert (_at(strip.held, 0), _at(strip.held, 3)) == (style.colour("blocker_border"), style.colour("blocker_bg"))
    choices = ChoiceButtons([("yes", "Yes"), ("no", "No")])
    qtbot.addWidget(choices)
    choices.show()
    yes, no = choices.button("yes"), choices.button("no")
    assert (_at(yes, 0), _at(yes, 5)) == (style.colour("border"), style.colour("button"))
    choices.set_value("yes")
    assert _at(yes, 5) == style.colour("accent") and _at(no, 5) == style.colour("button")
    choices.set_state("missing")
    assert (_at(no, 0), _at(no, 5)) == (style.colour("notice_border"), style.colour("notice_bg"))
    choices.set_state("error")
    assert (_at(no, 0), _at(no, 5)) == (style.colour("danger"), style.colour("field_bad_bg"))
    choices.set_state("")
    choices.setFocus()
    qtbot.keyClick(choices, Qt.Key_Right)                 # the highlight moves to "No"
    assert choices.highlighted() == "no" and _at(no, 2) == style.colour("focus_ring")
    assert _at(yes, 0) == style.colour("accent")          # "Yes" stays chosen, without the ring
    assert _own_sheets(strip) == [] and _own_sheets(choices) == []


def test_kit_buttons_given_to_a_message_box_stay_when_python_lets_go(qtbot, tmp_path):
    """QMessageBox.addButton does not take a button over for Python: made
    without a parent, the vault-move question lost its three buttons as soon
    as the caller dropped their dictionary (seen on its render)."""
    import gc
    from ui.vault_move import move_box
    box, _buttons = move_box(tmp_path / "profile" / "vault", tmp_path / "machine" / "vault")
    qtbot.addWidget(box)
    del _buttons
    gc.collect()
    assert sorted(b.objectName() for b in box.buttons()) == ["vaultMoveIt", "vaultMoveQuit", "vaultUseWhereItIs"]
    assert box.defaultButton().property("kind") == "primary"


def test_a_coloured_button_keeps_its_size_focused_or_disabled(qtbot, themed):
    """The focus ring (3 px) and a disabled one's frame (1 px) come out of
    the padding: a primary or danger button neither grows nor cuts its bold
    text when it takes the keyboard ("Le déplacer" of the vault-move
    question lost its last letter) or is disabled."""
    from ui.qt import QtWidgets
    themed(style.DAY)
    host = QtWidgets.QWidget()
    qtbot.addWidget(host)
    lay = QtWidgets.QHBoxLayout(host)
    buttons = [push_button("Le déplacer", kind=kind, parent=host) for kind in (Kind.PRIMARY, Kind.DANGER)]
    for b in buttons:
        lay.addWidget(b)
    host.show()
    qtbot.waitExposed(host)
    for b in buttons:
        at_rest = b.sizeHint()
        b.setFocus()
        qtbot.waitUntil(b.hasFocus)
        b.style().unpolish(b)
        b.style().polish(b)
        assert b.sizeHint() == at_rest, b.property("kind")
        b.setEnabled(False)
        assert b.sizeHint() == at_rest, b.property("kind")
