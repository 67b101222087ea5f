"""Unit conversion and refusal of bad input, with clear messages."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from bedside.eligibility.errors import InputError
from bedside.eligibility.screening_settings import screening_settings
from bedside.eligibility.units import from_canonical, parse_number, to_canonical, units_for
from bedside.eligibility.validate import (
    parse_covid_test, parse_date, parse_datetime, parse_lab, parse_spo2)

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
TODAY = date(2026, 11, 25)


@pytest.mark.parametrize("lab, value, unit, expected", [
    ("lymphocytes", "0.8", "×10⁹/L", 800),
    ("lymphocytes", "0,75", "x10^9/L", 750),
    ("lymphocytes", "650", "/µL", 650),
    ("lymphocytes", "650", "/mm³", 650),
    ("lymphocytes", "0.7", "×10³/µL", 700),
    ("ferritin", "2100", "ng/mL", 2100),
    ("ferritin", "2.1", "mg/L", 2100),
    ("ferritin", "4494", "pmol/L", 1999.83),
    ("crp", "7.5", "mg/dL", 75),
    ("crp", "75", "mg/L", 75),
    ("ldh", "5.5", "µkat/L", 330),
    ("ldh", "320", "U/L", 320),
    ("d_dimer", "1.2", "µg/mL", 1200),
    ("d_dimer", "1.2", "mg/L", 1200),
    ("d_dimer", "1200", "µg/L", 1200),
    ("weight", "72,5", "kg", 72.5),
    ("height", "1.78", "m", 178),
])
def test_conversions(lab, value, unit, expected):
    assert to_canonical(lab, value, unit) == pytest.approx(expected, rel=1e-3)


def test_round_trip():
    assert from_canonical("lymphocytes", 800, "×10⁹/L") == pytest.approx(0.8)
    assert units_for("ferritin")[0] == "µg/L"


@pytest.mark.parametrize("lab, value, unit, words", [
    ("ferritin", "-5", "µg/L", "negative"),
    ("ferritin", "abc", "µg/L", "not a number"),
    ("ferritin", "", "µg/L", "enter a number"),
    ("ferritin", "nan", "µg/L", "not a number"),
    ("ferritin", "inf", "µg/L", "not a number"),
    ("ferritin", "1e9", "µg/L", "outside the possible range"),
    ("lymphocytes", "900", "×10⁹/L", "outside the possible range"),
    ("crp", "5000", "mg/L", "outside the possible range"),
    ("ferritin", "100", "kg", "unknown unit"),
    ("weight", "0", "kg", "outside the possible range"),
    ("weight", "900", "kg", "outside the possible range"),
    ("spo2", "104", "%", "outside the possible range"),
])
def test_impossible_values_refused(lab, value, unit, words):
    with pytest.raises(InputError) as e:
        to_canonical(lab, value, unit, field="Lab")
    assert words in str(e.value)
    assert e.value.field == "Lab" and e.value.template


def test_parse_number_forms():
    assert parse_number("1 234,5", "x") == 1234.5
    assert parse_number(" 7.0 ", "x") == 7
    with pytest.raises(InputError):
        parse_number(True, "x")


@pytest.mark.parametrize("text, expected", [("25/11/2026", date(2026, 11, 25)), ("2026-11-01", date(2026, 11, 1)),
                                            ("1.2.1970", date(1970, 2, 1))])
def test_dates(text, expected):
    assert parse_date(text, "Date", TODAY) == expected


@pytest.mark.parametrize("text, words", [("26/11/2026", "in the future"), ("31/02/2020", "not a valid date"),
                                         ("yesterday", "not a valid date"), ("", "enter a date"),
                                         ("01/01/1800", "too far in the past")])
def test_bad_dates(text, words):
    with pytest.raises(InputError) as e:
        parse_date(text, "Date", TODAY)
    assert words in str(e.value)


def test_datetimes():
    dt = parse_datetime("25/11/2026 09:30", "Intubation", NOW, CET)
    assert dt == datetime(2026, 11, 25, 9, 30, tzinfo=CET)
    for bad, words in [("25/11/2026 14:00", "in the future"), ("25/11/2026", "enter date and time"),
                       ("25/11/2026 25:00", "not a time"), ("25/11/2026 ab:cd", "not a time")]:
        with pytest.raises(InputError) as e:
            parse_datetime(bad, "Intubation", NOW, CET)
        assert words in str(e.value)


def test_lab_entry():
    entry = parse_lab("lymphocytes", "25/11/2026 06:00", "0,6", "×10⁹/L", "Lymphocytes", NOW, CET)
    assert entry["value"] == 600 and entry["entered"] == "0.6 ×10⁹/L"
    with pytest.raises(InputError):
        parse_lab("lymphocytes", "26/11/2026 06:00", "0.6", "×10⁹/L", "Lymphocytes", NOW, CET)


def test_spo2_and_tests():
    assert parse_spo2("93", "SpO2") == 93
    with pytest.raises(InputError):
        parse_spo2("ninety", "SpO2")
    assert parse_covid_test("20/11/2026", "pcr", "positive", "Test", TODAY)["date"] == "2026-11-20"
    with pytest.raises(InputError):
        parse_covid_test("20/11/2026", "antigen", "positive", "Test", TODAY)
    with pytest.raises(InputError):
        parse_covid_test("27/11/2026", "pcr", "positive", "Test", TODAY)


def test_screening_settings():
    s = screening_settings()
    assert s.subject_id(1) == "TJT-001" and s.target_inclusions == 20
    assert [s.target_state(n) for n in (10, 18, 20, 21)] == ["open", "near", "reached", "reached"]
    assert screening_settings({"subject_id_format": "LIE{n:02d}"}).subject_id(3) == "LIE03"
    assert screening_settings().protocol_file == "tjt2012-v2.json"
    for bad in ({"subject_id_format": "TJT"}, {"subject_id_format": "{x}"}, {"subject_id_format": "{n"},
                {"subject_id_format": "{n}{n}"}, {"enrollment_target": 0}, {"enrollment_target": "20"}):
        with pytest.raises(InputError):
            screening_settings(bad)
