"""The site's wall clock: a named time zone (``Europe/Brussels`` by default,
site setting ``time_zone``) and the rules for turning a typed local date and
time into one instant.

Daylight-saving nights make wall times special: on the spring night 02:00–02:59
does not exist (refused, with an explanation), on the autumn night 02:00–02:59
happens twice (the user says which: CEST or CET, or "+02:00" / "+01:00").
Every typed time is read with the offset *of the time typed*, never the
offset of now.  Pure Python, no Qt; zone data from ``zoneinfo`` + ``tzdata``
(Windows has no system zone database).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Europe/Brussels"
SETTING = "time_zone"

_display_zone: tzinfo | None = None


def parse_iso(value: object) -> datetime | None:
    """A stored date-time (ISO text, or already a datetime) as a datetime;
    None when empty or not ISO text. For typed wall times see `resolve`."""
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def zone_named(name: str | None) -> ZoneInfo:
    """The named zone, or the default when the name is empty or unknown."""
    try:
        return ZoneInfo(str(name or DEFAULT_ZONE))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def site_zone(session, settings: dict | None = None) -> tzinfo:
    """The zone every typed time of this site is read in.  A clock that
    carries its own zone (tests following Brussels across a DST night, a
    site configured elsewhere) wins over nothing; the site setting wins over
    the clock. *settings*: the site settings already read, if the caller has
    them."""
    name = None
    try:
        name = (settings if settings is not None else session.settings.all()).get(SETTING)
    except Exception:  # noqa: BLE001 - settings unreadable (locked vault): default zone
        name = None
    if name:
        return zone_named(name)
    clock_zone = getattr(session.clock, "zone", None)
    return clock_zone or zone_named(DEFAULT_ZONE)


def set_display_zone(zone: tzinfo | None) -> None:
    """The zone screens show times in (set at login from the site setting)."""
    global _display_zone
    _display_zone = zone


def display_zone() -> tzinfo:
    return _display_zone or zone_named(DEFAULT_ZONE)


def to_local(dt: datetime, zone: tzinfo | None = None) -> datetime:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(zone or display_zone())


def offset_text(dt: datetime) -> str:
    """'UTC+02:00' for an aware local datetime."""
    off = dt.utcoffset() or timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


def in_repeated_hour(dt: datetime, zone: tzinfo | None = None) -> bool:
    """True when this instant's local wall time happens twice (autumn night)."""
    return _repeated(to_local(dt, zone))


def _repeated(loc: datetime) -> bool:
    z = loc.tzinfo
    return loc.replace(tzinfo=z, fold=0).utcoffset() != loc.replace(tzinfo=z, fold=1).utcoffset()


def hhmm(dt: datetime, zone: tzinfo | None = None) -> str:
    """'14:05', or '02:40 UTC+02:00' inside the repeated hour, so the two
    02:40 of the autumn night never read the same."""
    loc = to_local(dt, zone)
    text = f"{loc.hour:02d}:{loc.minute:02d}"
    return f"{text} {offset_text(loc)}" if _repeated(loc) else text


def ddmmyyyy_hhmm(dt: datetime, zone: tzinfo | None = None) -> str:
    loc = to_local(dt, zone)
    text = loc.strftime("%d/%m/%Y %H:%M")
    return f"{text} {offset_text(loc)}" if in_repeated_hour(dt, zone) else text


# --- one wall time -> instants -------------------------------------------------------

@dataclass(frozen=True)
class Resolved:
    """What a local wall time means in a zone."""
    instants: tuple[datetime, ...]   # aware UTC: 0 = does not exist, 2 = happens twice

    @property
    def missing(self) -> bool:
        return not self.instants

    @property
    def ambiguous(self) -> bool:
        return len(self.instants) > 1


def resolve(day: date, at: time, zone: tzinfo) -> Resolved:
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    back = first.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None)
    if back != naive:  # the wall clock jumped over this time
        return Resolved(())
    a, b = first.astimezone(timezone.utc), second.astimezone(timezone.utc)
    return Resolved((a,) if a == b else tuple(sorted((a, b))))


# An explicit offset or zone abbreviation typed after the time: "02:40 CEST",
# "02:40 +01:00", "02:40 UTC+1". It picks one of the two autumn 02:40s.
_SUFFIX = re.compile(r"\s*(?:(?P<abbr>[A-Za-z]{2,5})|(?:UTC|GMT)?\s*(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?)\s*$")


def split_offset(text: str) -> tuple[str, str | None, int | None]:
    """('02:40', 'CEST', None) / ('02:40', None, 60) / (text, None, None)."""
    m = _SUFFIX.search(text)
    if not m or m.start() == 0:
        return text, None, None
    head = text[:m.start()]
    if not re.search(r"\d\s*$", head):
        return text, None, None
    if m.group("abbr"):
        abbr = m.group("abbr").upper()
        if abbr in ("H",):
            return text, None, None
        return head, abbr, None
    minutes = int(m.group("h")) * 60 + int(m.group("m") or 0)
    return head, None, minutes if m.group("sign") == "+" else -minutes


def pick(resolved: Resolved, zone: tzinfo, abbr: str | None, offset_min: int | None) -> tuple[datetime, ...]:
    """Keep the instants whose local offset or abbreviation matches what was typed."""
    if abbr is None and offset_min is None:
        return resolved.instants
    out = []
    for inst in resolved.instants:
        loc = inst.astimezone(zone)
        off = int((loc.utcoffset() or timedelta(0)).total_seconds() // 60)
        if (abbr is not None and (loc.tzname() or "").upper() == abbr) or \
                (offset_min is not None and off == offset_min) or \
                (abbr in ("UTC", "GMT", "Z") and off == 0):
            out.append(inst)
    return tuple(out)


def choice_labels(instants: tuple[datetime, ...], zone: tzinfo) -> list[dict]:
    """For an 'which one?' question: the text to type back and the words to show."""
    out = []
    for inst in instants:
        loc = inst.astimezone(zone)
        out.append({"instant": inst, "abbr": loc.tzname() or offset_text(loc),
                    "offset": offset_text(loc), "text": loc.strftime("%d/%m/%Y %H:%M") + " " + offset_text(loc)[3:]})
    return out
