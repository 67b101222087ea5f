"""Turn what a user typed into facts the evaluator reads, or refuse it with a
clear message (InputError).  Dates in the future, impossible lab values,
text in numeric fields and unknown units never reach storage."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from .errors import InputError
from .messages import QT_TRANSLATE_NOOP as N
from .units import fmt, parse_number, to_canonical

_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_HM = re.compile(r"^\s*(\d{1,2})[:hH.](\d{2})\s*$")
OLDEST_YEARS = 130


def parse_date(text, field: str, today: date, allow_future: bool = False) -> date:
    """ISO ``2026-11-25`` or European ``25/11/2026``."""
    if isinstance(text, datetime):
        d = text.date()
    elif isinstance(text, date):
        d = text
    else:
        s = str(text or "").strip()
        if not s:
            raise InputError(field, N("core", "{field}: enter a date (DD/MM/YYYY)."))
        m = _DMY.match(s)
        try:
            d = date(int(m[3]), int(m[2]), int(m[1])) if m else date.fromisoformat(s)
        except ValueError:
            raise InputError(field, N("core", "{field}: \"{text}\" is not a valid date (DD/MM/YYYY)."),
                             text=s[:30]) from None
    if not allow_future and d > today:
        raise InputError(field, N("core", "{field}: {date} is in the future."), date=d.isoformat())
    if d.year < today.year - OLDEST_YEARS:
        raise InputError(field, N("core", "{field}: {date} is too far in the past."), date=d.isoformat())
    return d


def parse_time(text, field: str) -> time:
    s = str(text or "").strip()
    m = _HM.match(s)
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        raise InputError(field, N("core", "{field}: \"{text}\" is not a time (HH:MM)."), text=s[:20])
    return time(int(m[1]), int(m[2]))


def parse_datetime(text, field: str, now: datetime, tz: tzinfo, allow_future: bool = False,
                   slack: timedelta = timedelta(minutes=5)) -> datetime:
    """``25/11/2026 14:30`` or ``2026-11-25 14:30`` (local time ``tz``) or an
    aware datetime.  Future times (beyond a few minutes of clock slack) refused."""
    if isinstance(text, datetime):
        dt = text if text.tzinfo else text.replace(tzinfo=tz)
    else:
        s = str(text or "").strip()
        parts = s.replace("T", " ").split()
        if len(parts) != 2:
            raise InputError(field, N("core", "{field}: enter date and time (DD/MM/YYYY HH:MM)."))
        d = parse_date(parts[0], field, now.astimezone(tz).date(), allow_future=True)
        t = parse_time(parts[1], field)
        dt = datetime.combine(d, t, tzinfo=tz)
    if not allow_future and dt > now + slack:
        raise InputError(field, N("core", "{field}: {time} is in the future."),
                         time=dt.isoformat(timespec="minutes"))
    return dt


def parse_lab(lab: str, when, value, unit: str | None, field: str, now: datetime, tz: tzinfo) -> dict:
    """One timed lab value -> ``{"time", "value" (canonical), "entered"}``."""
    t = parse_datetime(when, field, now, tz)
    canon = to_canonical(lab, value, unit, field)
    raw = parse_number(value, field)
    return {"time": t.isoformat(), "value": canon, "entered": f"{fmt(raw)} {unit}" if unit else fmt(raw)}


def parse_spo2(value, field: str) -> float:
    return to_canonical("spo2", value, "%", field)


def parse_covid_test(day, method: str, result: str, field: str, today: date, methods=("pcr", "serology")) -> dict:
    d = parse_date(day, field, today)
    if method not in methods:
        raise InputError(field, N("core", "{field}: choose the test method."))
    if result not in ("positive", "negative"):
        raise InputError(field, N("core", "{field}: choose positive or negative."))
    return {"date": d.isoformat(), "method": method, "result": result}


def parse_choice(value, choices, field: str) -> str:
    if value not in choices:
        raise InputError(field, N("core", "{field}: choose one of {choices}."), choices=", ".join(choices))
    return value
