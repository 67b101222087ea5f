"""Infusion lifecycle: start, pause (reason), resume, stop with an outcome
(complete, partial with the volume given, aborted with a reason). Events are
stored as separate append-only records; the state is derived from them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message
from .numbers import parse_decimal

READY, RUNNING, PAUSED, ENDED = "ready", "running", "paused", "ended"
OUTCOMES = ("complete", "partial", "aborted")

_ALLOWED = {"start": (READY,), "pause": (RUNNING,), "resume": (PAUSED,), "stop": (RUNNING, PAUSED)}


@dataclass(frozen=True)
class State:
    status: str
    start_utc: datetime | None
    end_utc: datetime | None
    outcome: str | None
    volume_given_ml: str | None
    paused_minutes: float
    last_event_utc: datetime | None


def _dt(s) -> datetime | None:
    if isinstance(s, datetime):
        return s
    try:
        return datetime.fromisoformat(s) if s else None
    except (TypeError, ValueError):
        return None


def state(events: list[dict]) -> State:
    """events: contents of infusion_event records in time order."""
    status, start, end, outcome, vol, last = READY, None, None, None, None, None
    paused = timedelta()
    pause_at = None
    for e in sorted(events, key=lambda e: e.get("at_utc") or ""):
        at = _dt(e.get("at_utc"))
        k = e.get("kind")
        if k == "start":
            status, start = RUNNING, at
        elif k == "pause":
            status, pause_at = PAUSED, at
        elif k == "resume":
            if pause_at and at:
                paused += at - pause_at
            status, pause_at = RUNNING, None
        elif k == "stop":
            if pause_at and at:
                paused += at - pause_at
            status, end, outcome, vol = ENDED, at, e.get("outcome"), e.get("volume_given_ml")
        last = at or last
    return State(status, start, end, outcome, vol, paused.total_seconds() / 60, last)


def check_event(current: State, kind: str, at_utc: datetime, now_utc: datetime, reason: str | None = None,
                outcome: str | None = None, volume_given_ml=None, product_volume_ml=None) -> tuple[dict, list[Message]]:
    """Validate one transition; returns (content to store, problems)."""
    problems: list[Message] = []
    reason = (reason or "").strip()
    if kind not in _ALLOWED:
        return {}, [Message(QT_TRANSLATE_NOOP("core", "Unknown infusion action."), {}, field="kind", code="event_kind")]
    if current.status not in _ALLOWED[kind]:
        return {}, [Message(QT_TRANSLATE_NOOP(
            "core", "Cannot {action} an infusion that is {status}."), {"action": kind, "status": current.status}, field="kind", code="event_state")]
    if not isinstance(at_utc, datetime) or at_utc.tzinfo is None:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "Enter the time."), {}, field="at_utc", code="event_time"))
    elif at_utc > now_utc + timedelta(minutes=2):
        problems.append(Message(QT_TRANSLATE_NOOP("core", "The time is in the future."), {}, field="at_utc", code="event_future"))
    elif current.last_event_utc and at_utc < current.last_event_utc:
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "The time is before the previous step of this infusion."), {}, field="at_utc", code="event_before"))
    content = {"kind": kind, "at_utc": at_utc.isoformat() if isinstance(at_utc, datetime) else None}
    if kind == "pause":
        if not reason:
            problems.append(Message(QT_TRANSLATE_NOOP("core", "Give the reason for the pause."), {}, field="reason", code="pause_reason"))
        content["reason"] = reason
    if kind == "stop":
        if outcome not in OUTCOMES:
            problems.append(Message(QT_TRANSLATE_NOOP(
                "core", "Choose the outcome: complete, partial or aborted."), {}, field="outcome", code="outcome"))
        content["outcome"] = outcome
        if outcome == "partial":
            vol, p = parse_decimal(volume_given_ml, "volume_given_ml")
            total = None
            if product_volume_ml is not None:
                total, _ = parse_decimal(product_volume_ml, "volume_ml")
            if p:
                problems.append(p)
            elif vol <= 0 or (total is not None and vol >= total):
                problems.append(Message(QT_TRANSLATE_NOOP(
                    "core", "A partial infusion gives more than 0 and less than the bag volume ({total} mL)."), {"total": str(total) if total is not None else "?"}, field="volume_given_ml", code="partial_volume"))
            else:
                content["volume_given_ml"] = str(vol)
        elif outcome == "complete" and product_volume_ml is not None:
            content["volume_given_ml"] = str(product_volume_ml)
        if outcome in ("aborted", "partial") and not reason:
            problems.append(Message(QT_TRANSLATE_NOOP(
                "core", "Give the reason the infusion was not completed."), {}, field="reason", code="stop_reason"))
        content["reason"] = reason
    if kind == "resume" and reason:
        content["reason"] = reason
    return (content if not problems else {}), problems
