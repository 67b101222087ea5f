"""What the UI shows of sync (the state names and :class:`SyncStatus`) and
the retry back-off. Kept apart from :mod:`bedside.sync.service` so the main
window's status bar item loads without the HTTPS client (start-up time,
issue 12); ``service`` re-exports these names."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

from bedside.changes import Changed

NOT_ENROLLED, OFFLINE, SYNCING, SYNCED, REFUSED, ERROR = (
    "not_enrolled", "offline", "syncing", "synced", "refused", "error")


@dataclass(frozen=True)
class SyncStatus:
    state: str
    last_sync_utc: datetime | None = None
    conflicts: int = 0
    unsent: int = 0
    rejected: int = 0
    detail: str = ""          # machine code (refusal code, audit status), never clinical data
    audit_status: str = "ok"
    pushed: int = 0
    pulled: int = 0
    quarantined: int = 0      # pulled entries kept aside (bedside/sync/quarantine.py)
    duplicate_numbers: int = 0   # patient numbers held twice (numbering.py incidents)
    changed: tuple[Changed, ...] = ()   # what the pulled versions changed, per patient (screens refresh that)


class Backoff:
    """Exponential back-off with jitter: 5 s, 10 s, 20 s … capped at 5 min."""

    def __init__(self, initial: float = 5.0, cap: float = 300.0, rng: random.Random | None = None):
        self.initial, self.cap = initial, cap
        self.failures = 0
        self._rng = rng or random.Random()

    def success(self) -> None:
        self.failures = 0

    def failure(self) -> float:
        self.failures += 1
        base = min(self.cap, self.initial * 2 ** (self.failures - 1))
        return base * (0.75 + 0.5 * self._rng.random())
