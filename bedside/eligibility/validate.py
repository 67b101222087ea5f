"""Turn what a user typed into facts the evaluator reads, or refuse it with a
clear message (InputError).  Dates in the future, impossible lab values,
text in numeric fields and unknown units never reach storage."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from bedside import localtime as LT

from ..inputs import is_clean_text
from .errors import InputError
from bedside.i18n import QT_TRANSLATE_NOOP
from .units import fmt, parse_number, to_canonical

_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_HM = re.compile(r"^\s*(\d{1,2})[:hH.](\d{2})\s*$")
OLDEST_YEARS = 130


def _typed(text, field: str, template: str) -> str:
    """What was typed, as text; anything else (a number, a broken character)
    is refused with *template*."""
    if text is None:
        return ""
    if not is_clean_text(text):
        raise InputError(field, template)
    return text.strip()


def parse_date(text, field: str, today: date, allow_future: bool = False) -> date:
    """ISO ``2026-11-25`` or European ``25/11/2026``."""
    if isinstance(text, datetime):
        d = text.date()
    elif isinstance(text, date):
        d = text
    else:
        s = _typed(text, field, QT_TRANSLATE_NOOP("core", "{field}: enter a date (DD/MM/YYYY)."))
        if not s:
            raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: enter a date (DD/MM/YYYY)."))
        m = _DMY.match(s)
        try:
            d = date(int(m[3]), int(m[2]), int(m[1])) if m else date.fromisoformat(s)
        except ValueError:
            raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: \"{text}\" is not a valid date (DD/MM/YYYY)."),
                             text=s[:30]) from None
    if not allow_future and d > today:
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: {date} is in the future."), date=d.isoformat())
    if d.year < today.year - OLDEST_YEARS:
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: {date} is too far in the past."), date=d.isoformat())
    return d


def parse_time(text, field: str) -> time:
    s = _typed(text, field, QT_TRANSLATE_NOOP("core", "{field}: enter a time (HH:MM)."))
    m = _HM.match(s)
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: \"{text}\" is not a time (HH:MM)."), text=s[:20])
    return time(int(m[1]), int(m[2]))


def parse_datetime(text, field: str, now: datetime, tz: tzinfo, allow_future: bool = False,
                   slack: timedelta = timedelta(minutes=5)) -> datetime:
    """``25/11/2026 14:30`` or ``2026-11-25 14:30`` (local time ``tz``) or an
    aware datetime.  Future times (beyond a few minutes of clock slack) refused."""
    if isinstance(text, datetime) and text.tzinfo is not None:
        try:                      # year 1 at +05:00 has no UTC value
            text.astimezone(timezone.utc)
        except OverflowError:
            raise InputError(field, QT_TRANSLATE_NOOP(
                "core", "{field}: enter date and time (DD/MM/YYYY HH:MM).")) from None
        parse_date(text.astimezone(tz).date(), field, now.astimezone(tz).date(), allow_future=True)
        return _not_future(text, field, now, tz, allow_future, slack)
    if isinstance(text, datetime):  # a naive wall time: read it like typed text
        d, t, abbr, off = text.date(), text.time().replace(second=0, microsecond=0), None, None
        parse_date(d, field, now.astimezone(tz).date(), allow_future=True)
    else:
        s = _typed(text, field, QT_TRANSLATE_NOOP(
            "core", "{field}: enter date and time (DD/MM/YYYY HH:MM)."))
        head, abbr, off = LT.split_offset(s.replace("T", " "))
        parts = head.split()
        if len(parts) != 2:
            raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: enter date and time (DD/MM/YYYY HH:MM)."))
        d = parse_date(parts[0], field, now.astimezone(tz).date(), allow_future=True)
        t = parse_time(parts[1], field)
    res = LT.resolve(d, t, tz)
    if res.missing:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "core", "{field}: {time} does not exist on {date}: the clocks went forward one hour that night "
                    "(02:00 became 03:00)."), time=t.strftime("%H:%M"), date=d.strftime("%d/%m/%Y"))
    inst = LT.pick(res, tz, abbr, off)
    if not inst:
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: enter date and time (DD/MM/YYYY HH:MM)."))
    if len(inst) > 1:
        a, b = LT.choice_labels(inst, tz)[:2]
        raise InputError(field, QT_TRANSLATE_NOOP(
            "core", "{field}: {time} happened twice on {date} (the clocks went back one hour). "
                    "Add {first} or {second} after the time."),
            time=t.strftime("%H:%M"), date=d.strftime("%d/%m/%Y"), first=a["abbr"], second=b["abbr"])
    dt = inst[0].astimezone(tz)
    return _not_future(dt, field, now, tz, allow_future, slack)


def _not_future(dt: datetime, field: str, now: datetime, tz: tzinfo, allow_future: bool,
                slack: timedelta) -> datetime:
    if not allow_future and dt > now + slack:
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: {time} is in the future."),
                         time=LT.ddmmyyyy_hhmm(dt, tz))
    return dt


def parse_lab(lab: str, when, value, unit: str | None, field: str, now: datetime, tz: tzinfo) -> dict:
    """One timed lab value -> ``{"time", "value" (canonical), "entered"}``."""
    t = parse_datetime(when, field, now, tz)
    canon = to_canonical(lab, value, unit, field)
    raw = parse_number(value, field)
    return {"time": t.astimezone(timezone.utc).isoformat(), "value": canon, "entered": f"{fmt(raw)} {unit}" if unit else fmt(raw)}


def parse_spo2(value, field: str) -> float:
    return to_canonical("spo2", value, "%", field)


def parse_covid_test(day, method: str, result: str, field: str, today: date, methods=("pcr", "serology")) -> dict:
    d = parse_date(day, field, today)
    if method not in methods:
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: choose the test method."))
    if result not in ("positive", "negative"):
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: choose positive or negative."))
    return {"date": d.isoformat(), "method": method, "result": result}


def parse_choice(value, choices, field: str) -> str:
    if value not in choices:
        raise InputError(field, QT_TRANSLATE_NOOP("core", "{field}: choose one of {choices}."), choices=", ".join(choices))
    return value


def parse_not_done(protocol, value, d, label: str) -> dict:
    """Labs not done: {lab input id: reason code}; each lab a lab_series
    input of the protocol, each reason one of the input's choices."""
    if not isinstance(value, dict) or len(value) > 50:
        raise InputError(label, QT_TRANSLATE_NOOP("core", "{field}: not a list of laboratory values not done."))
    out = {}
    for lab, reason in value.items():
        ld = protocol.inputs.get(lab) if isinstance(lab, str) else None
        if ld is None or ld.type != "lab_series":
            raise InputError(label, QT_TRANSLATE_NOOP("core", "{field}: unknown laboratory value."))
        out[lab] = parse_choice(reason, d.choices, label)
    return dict(sorted(out.items()))


def validate_answers(protocol, answers: dict, now: datetime, tz: tzinfo) -> dict:
    """Check stored-form answers (ISO strings, numbers, choices) against the
    protocol's input definitions before they are saved.  Raises InputError
    naming the input; returns the cleaned answers."""
    if not isinstance(answers, dict):
        raise InputError("answers", QT_TRANSLATE_NOOP("core", "{field}: not a checklist."))
    today = now.astimezone(tz).date()
    out = {}
    for key, value in answers.items():
        d = protocol.inputs.get(key)
        if d is None:
            raise InputError(key, QT_TRANSLATE_NOOP("core", "{field}: not an input of this protocol."))
        if value is None or value == "":
            continue
        label = d.label["en"]
        if d.type == "date":
            out[key] = parse_date(value.strip() if isinstance(value, str) else value, label, today).isoformat()
        elif d.type == "datetime":
            if isinstance(value, str):
                try:
                    value = datetime.fromisoformat(value)
                except ValueError:
                    value = parse_datetime(value, label, now, tz)
            if not isinstance(value, datetime):
                raise InputError(label, QT_TRANSLATE_NOOP("core", "{field}: enter date and time (DD/MM/YYYY HH:MM)."))
            out[key] = parse_datetime(value, label, now, tz).astimezone(timezone.utc).isoformat()
        elif d.type == "number":
            x = parse_number(value, label)
            if (d.min is not None and x < d.min) or (d.max is not None and x > d.max):
                raise InputError(label, QT_TRANSLATE_NOOP("core", "{field}: {value} is outside {low}–{high}."),
                                 value=fmt(x), low=fmt(d.min), high=fmt(d.max))
            out[key] = x
        elif d.type == "yes_no":
            out[key] = parse_choice(value, ("yes", "no"), label)
        elif d.type == "choice":
            out[key] = parse_choice(value, d.choices, label)
        elif d.type == "not_done":
            out[key] = parse_not_done(protocol, value, d, label)
        elif d.type == "test_series":
            if not isinstance(value, (list, tuple)):
                raise InputError(label, QT_TRANSLATE_NOOP("core", "{field}: not a list of tests."))
            tests = []
            for t in value:
                if not isinstance(t, dict):
                    raise InputError(label, QT_TRANSLATE_NOOP("core", "{field}: not a list of tests."))
                tests.append(parse_covid_test(t.get("date"), t.get("method"), t.get("result"), label, today,
                                              d.methods or ("pcr", "serology")))
            out[key] = sorted(tests, key=lambda t: t["date"])
        else:
            raise InputError(label, QT_TRANSLATE_NOOP("core", "{field}: this value is not entered on the checklist."))
    return out
