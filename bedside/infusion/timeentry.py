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
