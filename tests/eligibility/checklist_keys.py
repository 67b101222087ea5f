"""Filling the real eligibility checklist by keyboard, as a nurse does."""
from __future__ import annotations

from tests.conftest import when_modal
from tests.eligibility.data import EXCLUSIONS, STRUCTURED
from ui.qt import QtWidgets, Qt


def type_into(qtbot, w, text):
    w.setFocus()
    w.selectAll()
    qtbot.keyClicks(w, text)


def press(qtbot, choice, key):
    """Focus the choice (one keyboard stop) and type its letter."""
    choice.setFocus()
    qtbot.keyClick(choice, key)


def fill_group_a(qtbot, w):
    f = w.fields
    type_into(qtbot, f["inclusion_time"], "25/11/2026 08:30")   # clock: 09:00 local
    type_into(qtbot, f["ct_date"], "21/11/2026")
    press(qtbot, f["ct_extensive_interstitial"], "y")
    tests = f["covid_tests"]
    type_into(qtbot, tests.date, "20/11/2026")
    press(qtbot, tests.method, "p")
    press(qtbot, tests.result, "p")
    tests.add.setFocus()
    qtbot.keyClick(tests.add, Qt.Key_Space)
    type_into(qtbot, f["spo2_room_air"], "91")
    press(qtbot, f["oxygen_group"], "a")
    press(qtbot, f["group_a_supplemental_oxygen"], "o")        # French "oui" works too
    for k in EXCLUSIONS + list(STRUCTURED):   # "n": no / none
        press(qtbot, f[k], "n")


def jump_from_todo(qtbot, w, row=0):
    """Enter on a line of the checklist's to-do list (it moves to the field)."""
    w.todo.setFocus()
    w.todo.setCurrentRow(row)
    qtbot.keyClick(w.todo, Qt.Key_Return)


def answer_dialog(qtbot, object_name, field, text):
    def fill(dlg):
        edit = dlg.findChild(QtWidgets.QLineEdit, field)
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key_Return)
    when_modal(fill, object_name)
