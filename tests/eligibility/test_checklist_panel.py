"""The checklist's side panel on real widgets: its to-do items take the
night colours as soon as night mode is switched with the checklist open (they
kept the day's until the next refresh), and so do its status chips, and the first item is never cut
when the verdict above it is long (it once showed four of its six lines)."""
from __future__ import annotations

import pytest

from bedside.roles import Role
from ui import night_mode, style
from ui.eligibility.checklist import ChecklistWidget
from ui.eligibility.checklist.view import TODO_COLOURS
from ui.eligibility.widgets import STATUS_ROLES
from ui.qt import QtGui

from ..conftest import make_patient, screen_for, show_active
from .checklist_keys import fill_group_a, press, type_into

IN_APP = (1060, 563)        # the checklist's size on the patient screen at 1366×768


@pytest.fixture(autouse=True)
def day_after(qapp):
    yield
    night_mode.switch(False)


@pytest.fixture
def checklist(qtbot, session_as):
    nurse = session_as(Role.NURSE)
    pid = make_patient(nurse, mrn="H300002", family_name="Nuit", given_name="Anne",
                       date_of_birth="1960-06-15", weight_kg=70, height_cm=165).id
    return show_active(qtbot, screen_for(qtbot, lambda ctx: ChecklistWidget(ctx, pid), nurse), IN_APP)


def item_pixel(todo, row: int) -> str:
    """The colour drawn at the right end of a to-do item (no text there)."""
    rect = todo.visualItemRect(todo.item(row))
    image = todo.viewport().grab().toImage()
    return QtGui.QColor(image.pixel(rect.right() - 2, rect.center().y())).name()


def test_todo_items_take_the_night_colours_when_switched_open(qtbot, checklist):
    fill_group_a(qtbot, checklist)
    type_into(qtbot, checklist.fields["spo2_room_air"], "95")      # INC-04 not met: first on the list
    todo = checklist.todo
    assert todo.item(0).text().startswith("INC-04")
    role = TODO_COLOURS["not_met"]
    assert item_pixel(todo, 0) == style.THEMES[style.DAY].colours[role]
    night_mode.switch(True)                                          # the toolbar's switch, screen open
    night = style.THEMES[style.NIGHT].colours
    assert item_pixel(todo, 0) == night[role]
    assert todo.palette().color(QtGui.QPalette.ColorRole.Base).name() == night["surface"]
    night_mode.switch(False)
    assert item_pixel(todo, 0) == style.THEMES[style.DAY].colours[role]


def test_first_todo_item_is_whole_under_a_long_verdict(qtbot, french, checklist):
    fill_group_a(qtbot, checklist)
    tests = checklist.fields["covid_tests"]
    tests.remove.click()                      # no positive test yet: provisional, awaited by a date
    todo = checklist.todo
    first = todo.item(0).text()
    assert first.startswith("INC-03 — ") and len(first) > 120, first
    assert checklist.summary.height() >= checklist.summary.heightForWidth(checklist.summary.width())
    rect = todo.visualItemRect(todo.item(0))
    assert rect.top() >= 0 and rect.bottom() < todo.viewport().height(), (rect, todo.viewport().height())
    for line in (checklist.consent_line, checklist.version_line, checklist.signature_line):
        assert line.height() >= line.heightForWidth(line.width()), line.objectName()   # none squeezed


def chip_pixel(chip) -> str:
    """The colour drawn inside a status chip, left of its text."""
    image = chip.grab().toImage()
    return QtGui.QColor(image.pixel(8, chip.height() // 2)).name()


def test_status_chips_take_the_night_colours_when_switched_open(qtbot, checklist):
    """The verdict and each criterion's chip are the theme's colours, day and
    night, switched with the checklist open (they were fixed day hex colours,
    day-bright on the night screen)."""
    fill_group_a(qtbot, checklist)
    type_into(qtbot, checklist.fields["spo2_room_air"], "95")      # not eligible: INC-04 not met
    chip = checklist.overall
    assert chip.property("chip") == "not_met"
    background = STATUS_ROLES["not_met"][0]
    assert chip_pixel(chip) == style.THEMES[style.DAY].colours[background]
    night_mode.switch(True)
    assert chip_pixel(chip) == style.THEMES[style.NIGHT].colours[background]
    night_mode.switch(False)
    assert chip_pixel(chip) == style.THEMES[style.DAY].colours[background]
