from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from bedside.infusion import protocol, vitals
from tests.infusion.data import NORMAL

P = protocol.default()
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


def v(**kw):
    d = dict(NORMAL)
    d.update(kw)
    return d


def test_normal_reading_valid_no_alerts():
    r = vitals.validate(P, NORMAL, NOW, NOW)
    assert r.ok and r.values["temp"] == "37.0"
    assert vitals.alerts(P, r.values, None) == []


@pytest.mark.parametrize("sign,ok_values,bad_values", [
    ("hr", ["0", "300"], ["-1", "301"]),
    ("sbp", ["300"], ["301"]),
    ("rr", ["0", "80"], ["81"]),
    ("spo2", ["50", "100"], ["49", "101"]),
    ("temp", ["30.0", "43.0"], ["29.9", "43.1"]),
    ("fio2", ["21", "100"], ["20", "101"]),
])
def test_physiological_limits_exact(sign, ok_values, bad_values):
    for x in ok_values:
        extra = {"dbp": "0"} if sign == "sbp" and False else {}
        r = vitals.validate(P, v(**{sign: x}, **extra), NOW, NOW)
        assert r.ok, (sign, x, [p.code for p in r.problems])
    for x in bad_values:
        r = vitals.validate(P, v(**{sign: x}), NOW, NOW)
        assert not r.ok and r.values == {}
        assert r.problems[0].code == "sign_implausible" and r.problems[0].field == sign
        assert "not possible" in r.problems[0].text()


def test_refusals_with_messages():
    codes = lambda r: [p.code for p in r.problems]
    assert codes(vitals.validate(P, v(hr=""), NOW, NOW)) == ["sign_missing"]
    assert codes(vitals.validate(P, v(hr="8o"), NOW, NOW)) == ["number_invalid"]
    assert codes(vitals.validate(P, v(temp="37.55"), NOW, NOW)) == ["sign_precision"]
    assert codes(vitals.validate(P, v(hr="80.5"), NOW, NOW)) == ["sign_precision"]
    assert codes(vitals.validate(P, v(dbp="120"), NOW, NOW)) == ["bp_order"]
    assert codes(vitals.validate(P, v(fio2=""), NOW, NOW)) == ["oxygen_missing"]
    assert vitals.validate(P, v(fio2="", o2_flow="6"), NOW, NOW).ok
    assert codes(vitals.validate(P, NORMAL, NOW + timedelta(minutes=3), NOW)) == ["time_future"]
    assert codes(vitals.validate(P, NORMAL, NOW - timedelta(hours=25), NOW)) == ["time_old"]
    assert codes(vitals.validate(P, NORMAL, None, NOW)) == ["time_missing"]
    assert vitals.validate(P, v(temp="37,8"), NOW, NOW).values["temp"] == "37.8"


def fired(values, baseline=None):
    return {a.rule_id for a in vitals.alerts(P, vitals.validate(P, values, NOW, NOW).values, baseline)}


@pytest.mark.parametrize("sign,quiet,loud,rule", [
    ("temp", "37.9", "38.0", "temp_high"),
    ("sbp", "90", "89", "sbp_low"),
    ("hr", "120", "121", "hr_high"),
    ("spo2", "90", "89", "spo2_low"),
    ("rr", "30", "31", "rr_high"),
])
def test_absolute_thresholds_at_boundary(sign, quiet, loud, rule):
    assert rule not in fired(v(**{sign: quiet}))
    assert rule in fired(v(**{sign: loud}))


def test_sbp_drop_over_20_percent_exact():
    base = {"sbp": "120", "spo2": "96"}
    assert "sbp_drop" not in fired(v(sbp="96"), base)     # exactly 20 %
    assert "sbp_drop" in fired(v(sbp="95"), base)         # 20.8 %
    base = {"sbp": "135"}                                  # 20 % of 135 = 27 -> 108
    assert "sbp_drop" not in fired(v(sbp="108"), base)
    assert "sbp_drop" in fired(v(sbp="107"), base)
    alert = next(a for a in vitals.alerts(P, {"sbp": "95"}, {"sbp": "120"}) if a.rule_id == "sbp_drop")
    assert alert.message.params["drop"] == "20.8" and "baseline 120" in alert.text()


def test_spo2_drop_of_3_points():
    base = {"spo2": "96"}
    assert "spo2_drop" not in fired(v(spo2="94"), base)
    assert "spo2_drop" in fired(v(spo2="93"), base)
    assert "spo2_drop" not in fired(v(spo2="93"), None)   # no baseline, no relative alert
    assert "spo2_drop" not in fired(v(spo2="99"), base)   # rise is not a drop


def test_several_alerts_at_once():
    assert fired(v(temp="39.2", hr="135", sbp="85", dbp="50"), {"sbp": "120"}) == {"temp_high", "hr_high", "sbp_low", "sbp_drop"}


text = st.one_of(st.none(), st.text(max_size=15), st.integers(-10**6, 10**6).map(str),
                 st.decimals(allow_nan=True, allow_infinity=True).map(str),
                 st.floats(allow_nan=True, allow_infinity=True), st.booleans())


@settings(max_examples=300, deadline=None)
@given(raw=st.fixed_dictionaries({s.id: text for s in P.signs}),
       minutes=st.integers(-3000, 3000), base=st.booleans())
def test_generated_entries_never_crash_and_never_accept_invalid(raw, minutes, base):
    taken = NOW + timedelta(minutes=minutes)
    r = vitals.validate(P, raw, taken, NOW)
    if r.ok:
        for s in P.signs:
            if s.id in r.values:
                d = Decimal(r.values[s.id])
                assert s.min <= d <= s.max
            else:
                assert not s.required
        assert Decimal(r.values["dbp"]) < Decimal(r.values["sbp"])
        assert abs(minutes) <= 24 * 60
        for a in vitals.alerts(P, r.values, NORMAL if base else None):
            a.text()
    else:
        assert r.values == {} and all(p.text() for p in r.problems)
