"""Hybrid logical clock (Kulkarni et al.): a timestamp that follows the wall
clock when it can and never goes backwards when the wall clock does.

A stamp is ``(wall_ms, counter, node)``; its text form
``"{wall_ms:015d}.{counter:06d}.{node}"`` sorts lexicographically in the same
order as the tuple, so it can be stored and compared as a plain string.
A workstation whose clock is set back an hour keeps issuing increasing
stamps (the counter grows on top of the last wall time seen) and catches up
with the real time when the clock passes it again.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

_PATTERN = re.compile(r"^(\d{15})\.(\d{6})\.([A-Za-z0-9_-]{1,64})$")
MAX_COUNTER = 999_999


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}.{self.counter:06d}.{self.node}"

    @classmethod
    def parse(cls, text: str) -> "Stamp":
        m = _PATTERN.match(text or "")
        if not m:
            raise ValueError("not a hybrid logical clock stamp")
        return cls(int(m.group(1)), int(m.group(2)), m.group(3))


def _wall_ms_from(now: Callable[[], datetime]) -> int:
    dt = now()
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return int(dt.timestamp() * 1000)


class HybridClock:
    """Thread-safe HLC for one node. ``now`` is any callable giving an aware
    datetime (``bedside.clock.Clock().now``)."""

    def __init__(self, node: str, now: Callable[[], datetime],
                 last: str | Stamp | None = None) -> None:
        if not re.match(r"^[A-Za-z0-9_-]{1,64}$", node):
            raise ValueError("node id must be 1-64 characters [A-Za-z0-9_-]")
        self.node = node
        self._now = now
        self._lock = threading.Lock()
        if isinstance(last, str):
            last = Stamp.parse(last)
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0

    def _advance(self, wall: int, counter: int) -> Stamp:
        if counter > MAX_COUNTER:      # a thousand stamps per ms: borrow the next ms
            wall, counter = wall + 1, 0
        self._wall, self._counter = wall, counter
        return Stamp(wall, counter, self.node)

    def tick(self) -> Stamp:
        """A stamp for a local event (creating an entry)."""
        with self._lock:
            phys = _wall_ms_from(self._now)
            if phys > self._wall:
                return self._advance(phys, 0)
            return self._advance(self._wall, self._counter + 1)

    def observe(self, remote: str | Stamp) -> Stamp:
        """Merge a stamp received from another node (pulled entry)."""
        if isinstance(remote, str):
            remote = Stamp.parse(remote)
        with self._lock:
            phys = _wall_ms_from(self._now)
            wall = max(self._wall, remote.wall_ms, phys)
            if wall == self._wall and wall == remote.wall_ms:
                counter = max(self._counter, remote.counter) + 1
            elif wall == self._wall:
                counter = self._counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            return self._advance(wall, counter)

    @property
    def last(self) -> Stamp:
        with self._lock:
            return Stamp(self._wall, self._counter, self.node)
