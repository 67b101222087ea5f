"""Generated inputs never crash the evaluator or the parsers."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings, strategies as st

from bedside.eligibility.errors import InputError
from bedside.eligibility.evaluator import evaluate
from bedside.eligibility.units import to_canonical
from bedside.eligibility.validate import parse_datetime

from .data import BASE, PROTOCOL

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
STATUSES = {"eligible", "provisionally_eligible", "not_eligible", "incomplete"}

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**9), st.floats(allow_nan=True),
                    st.text(max_size=12), st.sampled_from(["yes", "no", "A", "B", "female", "male", "given",
                                                           "2026-11-20", "2026-11-20T10:00:00+01:00", "xx-yy"]))
times = st.datetimes(min_value=datetime(2026, 10, 1), max_value=datetime(2026, 12, 31),
                     timezones=st.sampled_from([timezone.utc, CET, None]))
points = st.lists(st.fixed_dictionaries({"time": st.one_of(times.map(lambda d: d.isoformat()), scalars),
                                         "value": st.one_of(st.floats(-5, 5000), scalars)}), max_size=4)
tests = st.lists(st.fixed_dictionaries({"date": st.one_of(st.dates().map(str), scalars),
                                        "method": st.sampled_from(["pcr", "serology", "x"]),
                                        "result": st.sampled_from(["positive", "negative", "?"])}), max_size=3)
values = st.one_of(scalars, points, tests, st.dictionaries(st.text(max_size=3), scalars, max_size=2))
keys = st.sampled_from(list(PROTOCOL.inputs))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, values, max_size=12), st.booleans(), times)
def test_evaluator_never_crashes(changes, start_from_base, now):
    facts = dict(BASE) if start_from_base else {}
    facts.update(changes)
    a = evaluate(PROTOCOL, facts, now)
    assert a.status in STATUSES
    assert len(a.criteria) == len(PROTOCOL.criteria)
    for r in a.criteria:
        for m in r.reasons:
            assert isinstance(m.text(), str)
    assert a.summary.text()


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["ferritin", "crp", "lymphocytes", "ldh", "d_dimer", "weight"]),
       st.one_of(st.text(max_size=10), st.floats(allow_nan=True), st.integers()), st.text(max_size=8))
def test_conversion_never_crashes(lab, value, unit):
    try:
        v = to_canonical(lab, value, unit or None)
        assert v >= 0
    except InputError as e:
        assert str(e)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_datetime_parser_never_crashes(text):
    try:
        parse_datetime(text, "t", NOW, CET)
    except InputError as e:
        assert str(e)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(keys, values, max_size=10))
def test_answer_validation_never_crashes(answers):
    from bedside.eligibility.validate import validate_answers
    try:
        out = validate_answers(PROTOCOL, answers, NOW, CET)
    except InputError as e:
        assert str(e) and e.field
    else:
        evaluate(PROTOCOL, out, NOW)
