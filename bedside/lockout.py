"""Login throttling: after 5 consecutive failures a user name is locked for
30 s, doubling with each further failure up to 15 min. State lives in the
vault header (it must work before the database can be decrypted)."""

from __future__ import annotations

from datetime import datetime, timedelta

MAX_FAILURES = 5
FIRST_LOCK_S = 30
MAX_LOCK_S = 900


def seconds_locked(state: dict | None, now: datetime) -> int:
    if not state or not state.get("locked_until"):
        return 0
    until = datetime.fromisoformat(state["locked_until"])
    return max(0, int((until - now).total_seconds() + 0.999))


def record_failure(state: dict | None, now: datetime) -> tuple[dict, bool]:
    """New throttle state after a failed attempt; True if it now locks."""
    failures = int((state or {}).get("failures", 0)) + 1
    new = {"failures": failures, "locked_until": None}
    if failures >= MAX_FAILURES:
        lock_s = min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** (failures - MAX_FAILURES))
        new["locked_until"] = (now + timedelta(seconds=lock_s)).isoformat()
        return new, True
    return new, False
