"""The protocol file is validated on load; errors name the JSON line."""
from __future__ import annotations

import pytest

from bedside.eligibility.protocol import PROTOCOL_DIR, ProtocolError, available_protocols, load_protocol, parse_protocol

TEXT = (PROTOCOL_DIR / "tjt2012-v1.json").read_text(encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


def test_shipped_protocol_loads():
    assert "tjt2012-v1.json" in available_protocols()
    p = load_protocol(PROTOCOL_DIR / "tjt2012-v1.json")
    assert p.key == "TJT2012-v1" and len(p.criteria) == 17
    assert p.criterion("INC-05").rule["ventilation_direct_max_days"] == 7
    assert p.settings["rising_reference_hours"] == 24


@pytest.mark.parametrize("old, new, where, problem", [
    ('"ventilation_direct_max_days": 7', '"ventilation_direct_max_days": "7"',
     "criteria[4].rule.ventilation_direct_max_days", "must be a number"),
    ('"min_years": 18', '"min_years": 18.5', "criteria[0].rule.min_years", "whole number"),
    ('"kind": "exclusion", "group": "exclusion",\n      "text": {"en": "Extracorporeal',
     '"kind": "exclusión", "group": "exclusion",\n      "text": {"en": "Extracorporeal',
     "criteria[7].kind", "must be 'inclusion' or 'exclusion'"),
    ('"type": "attestation", "input": "exc_ecmo"', '"type": "attest", "input": "exc_ecmo"',
     "criteria[7].rule.type", "unknown rule type"),
    ('"input": "exc_ecmo", "excluding_answer": "yes"', '"input": "exc_ecmoo", "excluding_answer": "yes"',
     "criteria[7].rule.input", "unknown input"),
    ('"op": "<", "value": 800', '"op": "=<", "value": 800', "op", "unknown comparison"),
    ('"rising_tolerance_hours": 6', '"rising_tolerance_hours": 30', "settings.rising_tolerance_hours",
     "less than rising_reference_hours"),
    ('"fr": "Oxygénation par membrane extracorporelle (ECMO)"', '"fr": ""', "criteria[7].text.fr", "non-empty"),
])
def test_errors_name_the_line(old, new, where, problem):
    assert old in TEXT
    bad = TEXT.replace(old, new, 1)
    with pytest.raises(ProtocolError) as e:
        parse_protocol(bad, "bad.json")
    err = e.value
    assert where in err.where and problem in err.problem
    assert err.line == line_of(bad, new)
    assert f"line {err.line}" in str(err) and "bad.json" in str(err)


def test_syntax_error_line():
    bad = TEXT.replace('"version": "1",', '"version": "1"', 1)
    with pytest.raises(ProtocolError) as e:
        parse_protocol(bad, "x.json")
    assert e.value.line == line_of(bad, '"registry_id"')


def test_missing_key_and_duplicates():
    with pytest.raises(ProtocolError, match="missing required key 'protocol_id'"):
        parse_protocol('{"schema": "bedside.protocol/1"}')
    bad = TEXT.replace('"id": "INC-02"', '"id": "INC-01"', 1)
    with pytest.raises(ProtocolError, match="duplicate criterion id"):
        parse_protocol(bad)
    with pytest.raises(ProtocolError, match="duplicate key"):
        parse_protocol('{"a": 1, "a": 2}')


def test_unreadable_file(tmp_path):
    with pytest.raises(ProtocolError, match="cannot read"):
        load_protocol(tmp_path / "nope.json")
    f = tmp_path / "latin1.json"
    f.write_bytes(b'{"a": "\xe9"}')
    with pytest.raises(ProtocolError, match="UTF-8"):
        load_protocol(f)
