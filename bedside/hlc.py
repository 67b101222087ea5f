"""Hybrid logical clock: timestamps that order events across workstations and
keep moving forward when a workstation's clock is set back.

Encoded as a fixed-width string that sorts like the clock:
``<physical ms, 15 digits>-<counter, 6 digits>-<node>``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, order=True)
class Timestamp:
    physical_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.physical_ms:015d}-{self.counter:06d}-{self.node}"

    @classmethod
    def decode(cls, s: str) -> "Timestamp":
        phys, counter, node = s.split("-", 2)
        return cls(int(phys), int(counter), node)


class HybridLogicalClock:
    def __init__(self, node: str, wall: "callable[[], datetime]",
                 last: str | None = None) -> None:
        self._node = node
        self._wall = wall
        self._lock = threading.Lock()
        self._last = Timestamp.decode(last) if last else Timestamp(0, 0, node)

    def _wall_ms(self) -> int:
        return int(self._wall().timestamp() * 1000)

    def now(self) -> str:
        """A new timestamp for a local event."""
        with self._lock:
            wall = self._wall_ms()
            if wall > self._last.physical_ms:
                self._last = Timestamp(wall, 0, self._node)
            else:
                self._last = Timestamp(self._last.physical_ms, self._last.counter + 1, self._node)
            return self._last.encode()

    def observe(self, remote: str) -> None:
        """Merge a timestamp received from another workstation."""
        r = Timestamp.decode(remote)
        with self._lock:
            wall = self._wall_ms()
            phys = max(wall, self._last.physical_ms, r.physical_ms)
            if phys == self._last.physical_ms == r.physical_ms:
                counter = max(self._last.counter, r.counter) + 1
            elif phys == self._last.physical_ms:
                counter = self._last.counter + 1
            elif phys == r.physical_ms:
                counter = r.counter + 1
            else:
                counter = 0
            self._last = Timestamp(phys, counter, self._node)
