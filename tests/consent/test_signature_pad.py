"""The pad's output always goes through the core's rules: random mouse
strokes either validate or are refused with a clear message; never a crash."""
from hypothesis import HealthCheck, given, settings, strategies as st

from bedside.consent.errors import ConsentError
from bedside.consent.signature import SignatureRules, validate_signature
from tests.consent.uihelpers import draw_signature
from ui.consent.signature_pad import SignaturePad
from ui.qt import QtCore, Qt

RULES = SignatureRules.load()


def test_drawn_signature_is_accepted_and_tap_refused(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 220)
    pad.show()
    qtbot.mouseClick(pad, Qt.LeftButton, pos=QtCore.QPoint(300, 100))
    try:
        validate_signature(pad.strokes(), RULES)
        raise AssertionError("a tap must be refused")
    except ConsentError:
        pass
    pad.clear()
    assert pad.is_empty()
    draw_signature(qtbot, pad)
    clean = validate_signature(pad.strokes(), RULES)
    assert clean["width"] == 600 and len(clean["strokes"]) == 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.tuples(st.integers(-50, 700), st.integers(-50, 300)), min_size=1, max_size=15),
                min_size=0, max_size=4))
def test_random_mouse_strokes_never_crash(qtbot, strokes):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 220)
    pad.show()
    for stroke in strokes:
        qtbot.mousePress(pad, Qt.LeftButton, pos=QtCore.QPoint(*stroke[0]))
        for p in stroke[1:]:
            qtbot.mouseMove(pad, QtCore.QPoint(*p))
        qtbot.mouseRelease(pad, Qt.LeftButton, pos=QtCore.QPoint(*stroke[-1]))
    data = pad.strokes()
    assert all(0 <= p[0] <= 600 and 0 <= p[1] <= 220 for s in data["strokes"] for p in s)  # clamped to the pad
    try:
        validate_signature(data, RULES)
    except ConsentError as e:
        assert e.field == "signature"
