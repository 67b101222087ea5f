"""pytest-qt helpers for driving the consent flow like a user."""
import math

from tests.conftest import screen_for, settle
from ui.qt import QtCore, QtWidgets, Qt


def draw_signature(qtbot, pad, wide=True):
    w, h = pad.width(), pad.height()
    pts = [QtCore.QPoint(int(w * 0.1 + i * (w * 0.8 / 50 if wide else 1)), int(h * 0.5 + h * 0.25 * math.sin(i / 3)))
           for i in range(51)]
    qtbot.mousePress(pad, Qt.LeftButton, pos=pts[0])
    for p in pts[1:]:
        qtbot.mouseMove(pad, p)
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=pts[-1])


def flow_for(qtbot, session, patient_id, **options):
    """A consent flow for ``session`` on its own app context (stopped with the widget)."""
    from ui.consent.flow import ConsentFlow
    return screen_for(qtbot, lambda ctx: ConsentFlow(ctx, patient_id, **options), session)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.LeftButton)
    settle(qtbot)


def find(flow, cls, name):
    w = flow.page.findChild(cls, name)
    assert w is not None, f"{name} not on step {flow.page.objectName()}"
    return w


def choose(qtbot, flow, choice_name, key):
    from ui.consent.widgets import Choice
    c = find(flow, Choice, choice_name)
    click(qtbot, c.buttons[key])


def pass_over(flow, reason="none"):
    """On the representative step: the same reason for every earlier step of the legal order."""
    for box in flow.page.findChildren(QtWidgets.QComboBox):
        if box.objectName().startswith("passed-over-"):
            box.setCurrentIndex(box.findData(reason))


def primary(qtbot, flow):
    click(qtbot, find(flow, QtWidgets.QPushButton, "consent-primary"))


def type_password(qtbot, flow, password):
    e = find(flow, QtWidgets.QLineEdit, "password")
    e.setText(password)


def no_capacity(qtbot, flow, reason, password):
    """On the capacity step: the patient cannot consent, for *reason*, signed with *password*."""
    choose(qtbot, flow, "capacity-choice", "no")
    find(flow, QtWidgets.QPlainTextEdit, "capacity-reason").setPlainText(reason)
    type_password(qtbot, flow, password)
    primary(qtbot, flow)


def step(flow):
    return flow.page.objectName()


def read_the_form(qtbot, flow, answer="yes"):
    """language (French) → read → every optional item answered ``answer`` →
    on to the handwritten signature."""
    def reach(name):
        qtbot.waitUntil(lambda: flow.page is not None and step(flow) == f"step-{name}", timeout=30000)
    from ui.consent.widgets import YesNo
    reach("language")
    choose(qtbot, flow, "language", "fr")
    reach("read")
    primary(qtbot, flow)
    reach("optional")
    for yn in flow.page.findChildren(YesNo):
        click(qtbot, yn.buttons[answer])
    primary(qtbot, flow)


def error_text(flow):
    e = flow.page.findChild(QtWidgets.QLabel, "consent-error")
    return e.text() if e is not None and not e.isHidden() else ""
