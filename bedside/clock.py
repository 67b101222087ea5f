"""Injectable clocks: the core never calls ``datetime.now`` directly, so tests
can drive lockout, auto-lock and schedules deterministically."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone, tzinfo


class Clock:
    """Wall clock (aware UTC) plus a monotonic clock for durations.

    ``zone`` is None for the real clock: the site's named zone
    (bedside.localtime.site_zone) says how wall times are read."""

    zone: tzinfo | None = None

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def monotonic(self) -> float:
        return time.monotonic()

    def utc_offset_minutes(self) -> int:
        """The workstation's current offset from UTC, recorded beside UTC times
        (what ``datetime.now().astimezone().utcoffset()`` reads, from the same
        ``localtime()``, without building two datetimes: once per save)."""
        return time.localtime().tm_gmtoff // 60


class FakeClock(Clock):
    """A clock that only moves when told to (tests, demo seeding).

    With ``zone`` (e.g. ZoneInfo("Europe/Brussels")) it follows that zone's
    offset as it advances across a daylight-saving night; without, a fixed
    ``offset_minutes``."""

    def __init__(self, start: datetime | None = None, offset_minutes: int = 60,
                 zone: tzinfo | None = None) -> None:
        self._now = start or datetime(2026, 11, 25, 8, 0, tzinfo=timezone.utc)
        self._mono = 1000.0
        self._offset = offset_minutes
        self.zone = zone

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def utc_offset_minutes(self) -> int:
        if self.zone is not None:
            off = self._now.astimezone(self.zone).utcoffset() or timedelta(0)
            return int(off.total_seconds() // 60)
        return self._offset

    def advance(self, seconds: float = 0, **delta: float) -> None:
        step = timedelta(seconds=seconds, **delta)
        self._now += step
        self._mono += step.total_seconds()

    def set(self, when: datetime) -> None:
        self._mono += (when - self._now).total_seconds()
        self._now = when
