"""Idle auto-lock timing (site setting ``idle_lock_minutes``), on an
injectable clock so tests can jump forward instead of waiting."""

from __future__ import annotations

from .clock import Clock


class IdleLock:
    def __init__(self, clock: Clock, minutes: float) -> None:
        self._clock = clock
        self.minutes = minutes
        self._last = clock.monotonic()

    def touch(self) -> None:
        self._last = self._clock.monotonic()

    def seconds_left(self) -> float:
        return max(0.0, self.minutes * 60 - (self._clock.monotonic() - self._last))

    def due(self) -> bool:
        return self.minutes > 0 and self.seconds_left() <= 0
