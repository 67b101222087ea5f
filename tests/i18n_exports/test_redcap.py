"""REDCap files checked against REDCap's documented import rules (Data
Dictionary columns, variable and form names, choices, validation types,
repeating instruments), so the sponsor's project takes them as they are."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

from hypothesis import HealthCheck, given, settings, strategies as st

from bedside.export.builder import build_export
from bedside.export.redcap import DICTIONARY_HEADER
from bedside.export.source import from_dicts

FIELD_TYPES = {"text", "notes", "dropdown", "radio", "checkbox", "yesno", "truefalse", "calc", "file",
               "descriptive", "slider", "sql"}
VALIDATIONS = {"", "date_ymd", "date_dmy", "date_mdy", "datetime_ymd", "datetime_seconds_ymd", "integer",
               "number", "email", "phone", "time", "zipcode"}
VALUE_RULES = {
    "integer": r"-?\d+",
    "number": r"-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?",
    "date_ymd": r"\d{4}-\d{2}-\d{2}",
    "datetime_seconds_ymd": r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}",
}
NAME = re.compile(r"[a-z][a-z0-9_]*")
CHOICES = re.compile(r"[A-Za-z0-9_\-.]+, [^|]+( \| [A-Za-z0-9_\-.]+, [^|]+)*")


def _read(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"))))


def check_redcap(files: dict[str, bytes]) -> list[str]:
    """Every documented rule, as a list of problems."""
    problems = []
    dictionary = _read(files["redcap/data_dictionary.csv"])
    if dictionary[0] != DICTIONARY_HEADER:
        problems.append("dictionary header")
    fields = {}
    for row in dictionary[1:]:
        name, form, _section, ftype, label, choices, _note, validation = row[:8]
        if not NAME.fullmatch(name) or len(name) > 26:
            problems.append(f"variable name {name!r}")
        if name in fields:
            problems.append(f"duplicate {name}")
        if not NAME.fullmatch(form):
            problems.append(f"form name {form!r}")
        if ftype not in FIELD_TYPES:
            problems.append(f"{name}: field type {ftype}")
        if validation not in VALIDATIONS:
            problems.append(f"{name}: validation {validation}")
        if ftype in {"dropdown", "radio", "checkbox"} and not CHOICES.fullmatch(choices):
            problems.append(f"{name}: choices {choices!r}")
        if not label.strip() or label == name:
            problems.append(f"{name}: no real label")
        fields[name] = (form, ftype, validation, {c.split(", ", 1)[0] for c in choices.split(" | ")} if choices else set())
    if dictionary[1][0] != "subject_id":
        problems.append("record id is not the first field")
    repeating = {r[0] for r in _read(files["redcap/repeating_instruments.csv"])[1:]}
    records = _read(files["redcap/records.csv"])
    header = records[0]
    if header[:3] != ["subject_id", "redcap_repeat_instrument", "redcap_repeat_instance"]:
        problems.append("records header")
    for col in header[3:]:
        if col not in fields:
            problems.append(f"records column {col} not in the dictionary")
    instances: dict[tuple[str, str], list[int]] = {}
    for row in records[1:]:
        rec = dict(zip(header, row))
        instrument = rec["redcap_repeat_instrument"]
        if instrument:
            if instrument not in repeating:
                problems.append(f"{instrument} repeats but is not declared")
            instances.setdefault((rec["subject_id"], instrument), []).append(int(rec["redcap_repeat_instance"]))
        for col, value in rec.items():
            if col in header[:3] or value == "" or col not in fields:
                continue
            form, ftype, validation, codes = fields[col]
            if instrument and form != instrument:
                problems.append(f"{col} filled on a {instrument} row")
            if ftype == "yesno" and value not in {"0", "1"}:
                problems.append(f"{col}={value!r} not yes/no")
            if codes and value not in codes:
                problems.append(f"{col}={value!r} not among its choices")
            rule = VALUE_RULES.get(validation)
            if rule and not re.fullmatch(rule, value):
                problems.append(f"{col}={value!r} is not {validation}")
    for key, seen in instances.items():
        if sorted(seen) != list(range(1, len(seen) + 1)):
            problems.append(f"{key}: instances {seen}")
    return problems


def test_redcap_files_follow_the_documented_rules(synthetic):
    assert check_redcap(build_export(synthetic, ["redcap"])) == []


def test_redcap_times_are_local_wall_clock(synthetic):
    records = _read(build_export(synthetic, ["redcap"])["redcap/records.csv"])
    header = records[0]
    col = next(c for c in header if c.endswith("measured_at"))
    values = {dict(zip(header, r))[col] for r in records[1:]} - {""}
    assert "2026-10-02 10:15:00" in values  # typed on the ward at 10:15 (CEST), stays 10:15
    signed = datetime.strptime(sorted(values)[0], "%Y-%m-%d %H:%M:%S")
    assert signed.year == 2026


def test_checker_catches_a_broken_file(synthetic):
    files = build_export(synthetic, ["redcap"])
    bad = files["redcap/data_dictionary.csv"].replace(b"pt_sex,patient", b"Sex.Code,patient")
    assert any("variable name" in p for p in check_redcap(dict(files, **{"redcap/data_dictionary.csv": bad})))


field_name = st.from_regex(r"[a-z][a-z_.]{0,40}[a-z]", fullmatch=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(field_name, min_size=1, max_size=6, unique=True),
       values=st.lists(st.one_of(st.integers(-10**6, 10**6), st.booleans(), st.text(max_size=30),
                                 st.sampled_from(["2026-10-02", "2026-10-02T10:15", "2026-10-25T02:30:00+01:00"])),
                       min_size=6, max_size=6))
def test_any_content_gives_importable_redcap_files(names, values):
    versions = [{"id": "e1", "record_id": "p1", "record_type": "patient", "patient_id": "p1", "version": 1,
                 "content": {"sex": "F", "subject_id": "TJT-001"}, "created_utc": "2026-10-01T08:00:00Z",
                 "author_id": "u1", "author_name": "N", "reason": "", "content_hash": "h1"}]
    for i, kind in enumerate(("adverse_event", "note_form")):
        versions.append({"id": f"e{i + 2}", "record_id": f"r{i}", "record_type": kind, "patient_id": "p1",
                         "version": 1, "content": dict(zip(names, values)), "created_utc": "2026-10-02T08:00:00Z",
                         "author_id": "u1", "author_name": "N", "reason": "", "content_hash": f"h{i}"})
    files = build_export(from_dicts(versions, created_utc="2026-11-25T10:00:00Z"), ["redcap"])
    assert check_redcap(files) == []
