"""Typed clock times ("14:05", "1405", "14h05", "02:40 CET", "01/12/2026 23:30")
to aware UTC datetimes, read in the site's named time zone. Never raises.

A time without a date is the most recent past occurrence, accepted silently
only within a stated window: the same day up to WINDOW back, or across
midnight up to MIDNIGHT_GRACE back.  Anything else (a time later than now,
a jump into yesterday beyond that) is returned as a question naming the full
date, answered by typing the date (the UI offers it as a button).  A local
time that does not exist (spring night) is refused with an explanation; one
that happens twice (autumn night) asks which, answered with "CEST"/"CET" or
"+02:00"/"+01:00" after the time."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from bedside import localtime

from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message

WINDOW = timedelta(hours=12)
MIDNIGHT_GRACE = timedelta(hours=2)
SLACK = timedelta(minutes=2)   # clocks of monitor and PC differ a little

_RE = re.compile(r"^\s*(\d{1,2})\s*[:hH.]?\s*(\d{2})\s*$")
_FULL = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?\s+(\d{1,2})\s*[:hH.]\s*(\d{2})\s*$")

_FORMAT = QT_TRANSLATE_NOOP("core", "Type the time as HH:MM, e.g. 14:05.")


def _zone(now_utc: datetime, tz: tzinfo | None) -> tzinfo:
    return tz or localtime.zone_named(localtime.DEFAULT_ZONE)


def _text(dt: datetime, zone: tzinfo) -> str:
    return localtime.ddmmyyyy_hhmm(dt, zone)


def _dst_gap(day: date, hm: time, field: str) -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "core", "{time} does not exist on {date}: the clocks went forward one hour that night "
                "(02:00 became 03:00). Check the time on the monitor."), {"time": hm.strftime("%H:%M"), "date": day.strftime("%d/%m/%Y")}, field=field, code="time_dst_gap")


def _ambiguous(instants, zone: tzinfo, hm: time, field: str) -> Message:
    a, b = localtime.choice_labels(instants, zone)[:2]
    return Message(QT_TRANSLATE_NOOP(
        "core", "{time} happened twice that night (the clocks went back one hour): "
                "first in summer time ({first}), then in winter time ({second}). Which one?"), {"time": hm.strftime("%H:%M"), "first": a["abbr"] + " " + a["offset"], "second": b["abbr"] + " " + b["offset"],
         "choices": [hm.strftime("%H:%M") + " " + a["offset"][3:], hm.strftime("%H:%M") + " " + b["offset"][3:]],
         "choice_labels": [a["text"], b["text"]]}, field=field, code="time_ambiguous")


def _confirm(cand: datetime, now_utc: datetime, zone: tzinfo, field: str) -> Message:
    """The typed time only fits by going back further than expected: ask."""
    full = cand.astimezone(zone).strftime("%d/%m/%Y %H:%M")
    hours = int((now_utc - cand).total_seconds() // 3600)
    return Message(QT_TRANSLATE_NOOP(
        "core", "{time} is later than now ({now}). Did you mean {full}, {hours} h ago? "
                "If so, type the date too: {full}."), {"time": cand.astimezone(zone).strftime("%H:%M"), "now": localtime.hhmm(now_utc, zone), "full": full,
         "hours": hours, "choices": [full], "choice_labels": [_text(cand, zone)]}, field=field, code="time_confirm")


def parse_clock(text: str | None, now_utc: datetime, tz: tzinfo | None = None,
                field: str = "time") -> tuple[datetime | None, Message | None]:
    """Empty text means now. See the module docstring for the rules."""
    zone = _zone(now_utc, tz)
    if text is None or not str(text).strip():
        return now_utc, None
    head, abbr, off = localtime.split_offset(str(text)[:40])
    m_full = _FULL.match(head)
    m = None if m_full else _RE.match(head)
    if not m and not m_full:
        return None, Message(_FORMAT, {}, field=field, code="time_format")
    local_now = now_utc.astimezone(zone)
    if m_full:
        d, mo, y, h, mi = (int(x) if x else None for x in m_full.groups())
        if h > 23 or mi > 59:
            return None, Message(_FORMAT, {}, field=field, code="time_format")
        try:
            day = date(y or local_now.year, mo, d)
        except ValueError:
            return None, Message(_FORMAT, {}, field=field, code="time_format")
        hm = time(h, mi)
        inst, problem = _instants(day, hm, zone, abbr, off, field)
        if problem:
            return None, problem
        if len(inst) > 1:
            return None, _ambiguous(inst, zone, hm, field)
        if inst[0] > now_utc + SLACK:
            return None, Message(QT_TRANSLATE_NOOP(
                "core", "{full} is in the future: check the date and time."), {"full": _text(inst[0], zone)}, field=field, code="time_future")
        return inst[0], None
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 23 or mi > 59:
        return None, Message(_FORMAT, {}, field=field, code="time_format")
    hm = time(h, mi)
    today = local_now.date()
    res_today = localtime.resolve(today, hm, zone)
    if res_today.missing and hm <= local_now.time():
        return None, _dst_gap(today, hm, field)
    picked_today = localtime.pick(res_today, zone, abbr, off)
    past_today = [i for i in picked_today if i <= now_utc + SLACK]
    if len(past_today) > 1:
        return None, _ambiguous(tuple(past_today), zone, hm, field)
    if past_today:
        cand = past_today[0]
        if now_utc - cand > WINDOW:
            return None, _confirm(cand, now_utc, zone, field)
        return cand, None
    picked_y, problem = _instants(today - timedelta(days=1), hm, zone, abbr, off, field, named_day=today)
    if problem:
        return None, problem
    cand = max(picked_y)
    if now_utc - cand > MIDNIGHT_GRACE:
        return None, _confirm(cand, now_utc, zone, field)
    return cand, None


def _instants(day: date, hm: time, zone, abbr, off, field: str,
              named_day: date | None = None) -> tuple[tuple[datetime, ...], Message | None]:
    """The instants the local time ``hm`` on ``day`` can be (two in the hour
    the clocks go back), narrowed by a typed zone name or offset; or the
    problem: a time the clocks skip, or an offset the zone does not have then
    (said of ``named_day``, default ``day``)."""
    res = localtime.resolve(day, hm, zone)
    if res.missing:
        return (), _dst_gap(day, hm, field)
    inst = localtime.pick(res, zone, abbr, off)
    if not inst:
        return (), _not_in_zone(hm, named_day or day, field)
    return tuple(inst), None


def _not_in_zone(hm: time, day: date, field: str) -> Message:
    """A typed offset (CET/CEST, +01:00) that the site's zone does not have then."""
    return Message(QT_TRANSLATE_NOOP(
        "core", "{time} on {date} is not in that time zone: type the time without it."), {"time": hm.strftime("%H:%M"), "date": day.strftime("%d/%m/%Y")}, field=field, code="time_offset")


def local_hhmm(dt: datetime, tz: tzinfo | None = None) -> str:
    return localtime.hhmm(dt, tz)


_LABEL_RES = (
    (re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2})[:hH.](\d{2})\s*$"), "ymd"),
    (re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s+(\d{1,2})[:hH.](\d{2})\s*$"), "dmy"),
    (re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})\s+(\d{1,2})[:hH.](\d{2})\s*$"), "dm"),
)


def parse_label_datetime(text: str | None, now_utc: datetime, field: str,
                         tz: tzinfo | None = None) -> tuple[datetime | None, Message | None]:
    """A date and time copied from a product label: '2026-11-25 15:00',
    '25/11/2026 15:00', '25/11 15:00' or just '15:00' (today), read in the
    site's zone with the offset of the date on the label. No default: an
    empty field is an error, never 'now'."""
    raw = str(text or "")[:40]
    bad = Message(QT_TRANSLATE_NOOP(
        "core", "Type the date and time from the label, e.g. 25/11 15:00."), {}, field=field, code="datetime_format")
    if not raw.strip():
        return None, Message(QT_TRANSLATE_NOOP(
            "core", "Type the date and time from the label, e.g. 25/11 15:00."), {}, field=field, code="datetime_missing")
    zone = _zone(now_utc, tz)
    local_now = now_utc.astimezone(zone)
    head, abbr, off = localtime.split_offset(raw)
    try:
        parsed = None
        for rx, kind in _LABEL_RES:
            m = rx.match(head)
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
            parsed = (date(y, mo, d), time(h, mi))
            break
        if parsed is None:
            m = _RE.match(head)
            if m and int(m.group(1)) <= 23 and int(m.group(2)) <= 59:
                parsed = (local_now.date(), time(int(m.group(1)), int(m.group(2))))
    except ValueError:
        parsed = None
    if parsed is None:
        return None, bad
    day, hm = parsed
    res = localtime.resolve(day, hm, zone)
    if res.missing:
        return None, _dst_gap(day, hm, field)
    inst = localtime.pick(res, zone, abbr, off)
    if not inst:
        return None, bad
    if len(inst) > 1:
        return None, _ambiguous(inst, zone, hm, field)
    return inst[0], None
