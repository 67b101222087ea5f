"""Tolerant readers for assessment facts.

Facts are a JSON-safe dict (what is stored in a record): dates as ISO
strings, datetimes as ISO strings with an offset, lab series as lists of
``{"time": iso, "value": number}`` in canonical units.  Python ``date`` /
``datetime`` objects are accepted too.  Readers never raise: an unreadable
value comes back as ``INVALID`` so the evaluator can say so instead of
crashing."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timezone


class _Invalid:
    def __repr__(self):
        return "INVALID"

    def __bool__(self):
        return False


INVALID = _Invalid()


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None and dt.utcoffset() is not None else dt.replace(tzinfo=timezone.utc)


def read_date(v):
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        try:
            return date.fromisoformat(v.strip()[:10]) if len(v.strip()) >= 10 else INVALID
        except ValueError:
            return INVALID
    return INVALID


def read_datetime(v):
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return _aware(v)
    if isinstance(v, str):
        try:
            return _aware(datetime.fromisoformat(v.strip()))
        except ValueError:
            return INVALID
    return INVALID


def read_number(v, lo=None, hi=None):
    if v is None or v == "":
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return INVALID
    x = float(v)
    if not math.isfinite(x) or (lo is not None and x < lo) or (hi is not None and x > hi):
        return INVALID
    return x


def read_choice(v, choices):
    if v is None or v == "":
        return None
    return v if isinstance(v, str) and v in choices else INVALID


@dataclass(frozen=True)
class LabPoint:
    time: datetime
    value: float


def _read_list(v, read_item):
    """A list of entries read by *read_item* (which returns INVALID for a bad
    one); any bad entry makes the whole list INVALID."""
    if v is None:
        return []
    if not isinstance(v, (list, tuple)):
        return INVALID
    out = []
    for p in v:
        item = read_item(p) if isinstance(p, dict) else INVALID
        if item is INVALID:
            return INVALID
        out.append(item)
    return out


def _lab_point(p: dict):
    t = read_datetime(p.get("time"))
    x = read_number(p.get("value"), lo=0)
    if t is None or x is None or t is INVALID or x is INVALID:
        return INVALID
    return LabPoint(t, x)


def read_series(v) -> list[LabPoint] | _Invalid:
    """Lab series sorted by time; unreadable points make the series INVALID."""
    out = _read_list(v, _lab_point)
    return out if out is INVALID else sorted(out, key=lambda p: p.time)


@dataclass(frozen=True)
class TestResult:
    day: date
    method: str
    result: str


def _test_result(p: dict):
    d = read_date(p.get("date"))
    m, r = p.get("method"), p.get("result")
    if d is None or d is INVALID or not isinstance(m, str) or r not in ("positive", "negative"):
        return INVALID
    return TestResult(d, m, r)


def read_tests(v) -> list[TestResult] | _Invalid:
    out = _read_list(v, _test_result)
    return out if out is INVALID else sorted(out, key=lambda t: t.day)
