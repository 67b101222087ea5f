"""Typed clock times ("14:05", "1405", "14h05") to aware UTC datetimes,
relative to now in the ward's local time zone. Never raises."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo

from .messages import Problem, QT_TRANSLATE_NOOP

_RE = re.compile(r"^\s*(\d{1,2})\s*[:hH.]?\s*(\d{2})\s*$")


def parse_clock(text: str | None, now_utc: datetime, tz: tzinfo | None = None) -> tuple[datetime | None, Problem | None]:
    """Empty text means now. A time later than now (+2 min) is taken as yesterday."""
    if text is None or not str(text).strip():
        return now_utc, None
    m = _RE.match(str(text)[:20])
    if not m:
        return None, Problem("time_format", QT_TRANSLATE_NOOP("core", "Type the time as HH:MM, e.g. 14:05."), {}, "time")
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 23 or mi > 59:
        return None, Problem("time_format", QT_TRANSLATE_NOOP("core", "Type the time as HH:MM, e.g. 14:05."), {}, "time")
    local_now = now_utc.astimezone(tz) if tz else now_utc.astimezone()
    cand = local_now.replace(hour=h, minute=mi, second=0, microsecond=0)
    if cand > local_now + timedelta(minutes=2):
        cand -= timedelta(days=1)
    return cand.astimezone(timezone.utc), None


def local_hhmm(dt: datetime, tz: tzinfo | None = None) -> str:
    return (dt.astimezone(tz) if tz else dt.astimezone()).strftime("%H:%M")


_LABEL_RES = (
    (re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2})[:hH.](\d{2})\s*$"), "ymd"),
    (re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s+(\d{1,2})[:hH.](\d{2})\s*$"), "dmy"),
    (re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})\s+(\d{1,2})[:hH.](\d{2})\s*$"), "dm"),
)


def parse_label_datetime(text: str | None, now_utc: datetime, field: str,
                         tz: tzinfo | None = None) -> tuple[datetime | None, Problem | None]:
    """A date and time copied from a product label: '2026-11-25 15:00',
    '25/11/2026 15:00', '25/11 15:00' or just '15:00' (today). No default:
    an empty field is an error, never 'now'."""
    raw = str(text or "")[:40]
    if not raw.strip():
        return None, Problem("datetime_missing", QT_TRANSLATE_NOOP(
            "core", "Type the date and time from the label, e.g. 25/11 15:00."), {}, field)
    local_now = now_utc.astimezone(tz) if tz else now_utc.astimezone()
    zone = local_now.tzinfo
    try:
        for rx, kind in _LABEL_RES:
            m = rx.match(raw)
            if not m:
                continue
            g = [int(x) for x in m.groups()]
            if kind == "ymd":
                y, mo, d, h, mi = g
            elif kind == "dmy":
                d, mo, y, h, mi = g
            else:
                d, mo, h, mi = g
                y = local_now.year
            return datetime(y, mo, d, h, mi, tzinfo=zone).astimezone(timezone.utc), None
        m = _RE.match(raw)
        if m and int(m.group(1)) <= 23 and int(m.group(2)) <= 59:
            return local_now.replace(hour=int(m.group(1)), minute=int(m.group(2)), second=0,
                                     microsecond=0).astimezone(timezone.utc), None
    except ValueError:
        pass
    return None, Problem("datetime_format", QT_TRANSLATE_NOOP(
        "core", "Type the date and time from the label, e.g. 25/11 15:00."), {}, field)
