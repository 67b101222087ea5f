import math

import pytest
from hypothesis import given, settings, strategies as st

from bedside.consent.errors import ConsentError
from bedside.consent.signature import SignatureRules, metrics, normalise, signature_bytes, signature_from_bytes, validate_signature
from tests.consent.data import good_signature

RULES = SignatureRules.load()


def test_good_signature_accepted_and_roundtrips():
    clean = validate_signature(good_signature(), RULES)
    assert signature_from_bytes(signature_bytes(clean)) == clean


@pytest.mark.parametrize("sig", [
    {"width": 600, "height": 200, "strokes": []},
    {"width": 600, "height": 200, "strokes": [[]]},
    {"width": 600, "height": 200, "strokes": [[[100, 100, 0]]]},                                   # tap
    {"width": 600, "height": 200, "strokes": [[[100 + i, 100, i] for i in range(40)]]},            # short tick
    {"width": 600, "height": 200, "strokes": [[[50 + 12 * i, 100, i] for i in range(40)]]},        # flat line
    {"width": 600, "height": 200, "strokes": [[[300 + (i % 2) * 3, 100 + (i % 3), i] for i in range(300)]]},  # scribble on a spot
])
def test_empty_or_trivial_refused(sig):
    with pytest.raises(ConsentError) as e:
        validate_signature(sig, RULES)
    assert e.value.field == "signature"


@pytest.mark.parametrize("sig", [None, 3, {"width": 0, "height": 10, "strokes": []},
                                 {"width": 600, "height": 200, "strokes": [[[float("nan"), 1, 0]]]},
                                 {"width": 600, "height": 200, "strokes": [[[5000, 1, 0]]]},
                                 {"width": 600, "height": 200, "strokes": "x"}])
def test_malformed_refused(sig):
    with pytest.raises(ConsentError):
        validate_signature(sig, RULES)


def test_thresholds_measurable():
    m = metrics(normalise(good_signature(), RULES))
    assert m.points == 60 and m.bbox_width > 400 and m.bbox_height > 60 and m.path_length > 480


point = st.tuples(st.one_of(st.floats(-10, 700), st.just(float("nan"))), st.floats(-10, 250), st.integers(0, 10**6))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(point, max_size=40), max_size=6))
def test_random_strokes_never_crash(strokes):
    sig = {"width": 600, "height": 200, "strokes": [[list(p) for p in s] for s in strokes]}
    try:
        clean = validate_signature(sig, RULES)
    except ConsentError:
        return
    m = metrics(clean)
    assert m.points >= RULES.min_points and m.bbox_width >= 0.12 * 600 and m.bbox_height >= 0.06 * 200
    assert all(math.isfinite(p[0]) for s in clean["strokes"] for p in s)
