"""The consent screens follow a day↔night switch made with them open: their
labels, fields and signature pad take the theme's colours (their own sheet
once kept the day's white fields and dark text at night). Colours are read
from what the widgets draw, not from their sheet's text."""
from __future__ import annotations

import pytest

from tests.consent.data import new_patient
from tests.consent.uihelpers import choose, find, flow_for, step
from ui import night_mode, style
from ui.consent.signature_pad import SignaturePad
from ui.qt import QtGui, QtWidgets

DAY, NIGHT = style.THEMES[style.DAY].colours, style.THEMES[style.NIGHT].colours


@pytest.fixture(autouse=True)
def day_after(qapp):
    yield
    night_mode.switch(False)


def pixel(widget, x: int, y: int) -> str:
    return QtGui.QColor(widget.grab().toImage().pixel(x, y)).name()


def drawn(flow) -> dict[str, str]:
    """What the capacity step draws: the page, a field, a status line, a question."""
    field = find(flow, QtWidgets.QPlainTextEdit, "capacity-reason")
    status = next(w for w in flow.page.findChildren(QtWidgets.QLabel) if w.property("role") == "status")
    question = next(w for w in flow.page.findChildren(QtWidgets.QLabel) if w.property("role") == "question")
    return {"window": pixel(flow, 4, flow.height() // 2),
            "field_bg": pixel(field.viewport(), field.viewport().width() - 4, field.viewport().height() - 4),
            "banner_bg": pixel(status, status.width() - 4, status.height() // 2),
            "text": question.palette().color(QtGui.QPalette.ColorRole.WindowText).name()}


def test_capacity_step_follows_a_night_switch_made_with_it_open(qtbot, inv):
    flow = flow_for(qtbot, inv, new_patient(inv))
    flow.resize(1366, 700)
    flow.show()
    qtbot.waitExposed(flow)
    choose(qtbot, flow, "capacity-choice", "no")
    assert step(flow) == "step-capacity-no"
    assert drawn(flow)["field_bg"] == DAY["field_bg"]
    night_mode.switch(True)
    assert drawn(flow) == {role: NIGHT[role] for role in ("window", "field_bg", "banner_bg", "text")}
    night_mode.switch(False)
    assert drawn(flow)["field_bg"] == DAY["field_bg"]


def test_signature_pad_is_paper_of_the_theme(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 200)
    middle = (pad.width() - 60, 40)            # away from the prompt, the line and the ✕
    assert pixel(pad, *middle) == DAY["field_bg"]
    night_mode.switch(True)
    assert pixel(pad, *middle) == NIGHT["field_bg"]
