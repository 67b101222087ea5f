"""Vital-sign timepoints of one infusion and their state (due, overdue,
done) at a given instant. `now` is passed in: the caller's clock is injected."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .protocol import InfusionProtocol

UPCOMING, DUE, OVERDUE, DONE, MISSED = "upcoming", "due", "overdue", "done", "missed"


@dataclass(frozen=True)
class Timepoint:
    id: str             # "baseline", "during_15", "post_30"
    phase: str          # "baseline" | "during" | "post"
    offset_min: int     # minutes from start (during) or from end (post); 0 for baseline
    due_utc: datetime
    window_start: datetime
    window_end: datetime
    status: str
    reading_id: str | None = None


@dataclass(frozen=True)
class Reading:
    id: str
    taken_utc: datetime
    timepoint: str | None = None   # explicit assignment wins over time matching


@dataclass(frozen=True)
class ScheduleState:
    timepoints: list[Timepoint]
    next: Timepoint | None          # first not-done timepoint still due or upcoming
    seconds_to_next: int | None     # negative when the next one is already due
    overdue: list[Timepoint]
    unscheduled: list[str]          # reading ids matched to no timepoint


def _slots(protocol: InfusionProtocol, start: datetime | None, end: datetime | None,
           now: datetime, later: int = 0) -> list[tuple[str, str, int, datetime, datetime, datetime]]:
    tol = timedelta(minutes=protocol.on_time_tolerance_min)
    base = timedelta(minutes=protocol.baseline_within_min)
    slots = []
    if start is None:
        # not started: baseline is wanted now, valid for `base` minutes
        slots.append(("baseline", "baseline", 0, now, now - base, now))
        return slots
    slots.append(("baseline", "baseline", 0, start, start - base, start))
    step = protocol.during_every_min
    k = 1
    horizon = end if end is not None else max(now, start) + timedelta(minutes=step * (1 + later))
    while True:
        t = start + timedelta(minutes=step * k)
        if t > horizon:  # a point exactly at the stop time belongs to the schedule
            break
        slots.append((f"during_{step * k}", "during", step * k, t, t - tol, t + tol))
        k += 1
        if k > 2000:  # never loop forever on absurd inputs
            break
    if end is not None:
        for m in protocol.after_end_min:
            t = end + timedelta(minutes=m)
            slots.append((f"post_{m}", "post", m, t, t - tol, t + tol))
    return slots


def compute(protocol: InfusionProtocol, start: datetime | None, end: datetime | None,
            readings: list[Reading], now: datetime) -> ScheduleState:
    """While the infusion runs there is always a next reading: a reading taken
    early (inside the next point's tolerance) extends the schedule by one point
    instead of leaving nothing due ("all done" while still running)."""
    for later in range(4):
        state = _compute(protocol, start, end, readings, now, later)
        if state.next is not None or end is not None or start is None:
            return state
    return state


def _compute(protocol: InfusionProtocol, start: datetime | None, end: datetime | None,
             readings: list[Reading], now: datetime, later: int) -> ScheduleState:
    slots = _slots(protocol, start, end, now, later)
    ids = {s[0] for s in slots}
    taken: dict[str, str] = {}
    used: set[str] = set()
    ordered = sorted(readings, key=lambda r: r.taken_utc)
    for r in ordered:  # explicit assignments first
        if r.timepoint and r.timepoint in ids and r.timepoint not in taken:
            taken[r.timepoint] = r.id
            used.add(r.id)
    for r in ordered:
        if r.id in used or r.timepoint:
            continue
        for sid, _ph, _off, _due, ws, we in slots:
            if sid not in taken and ws <= r.taken_utc <= we:
                taken[sid] = r.id
                used.add(r.id)
                break
    tps: list[Timepoint] = []
    for sid, phase, off, due, ws, we in slots:
        if sid in taken:
            st = DONE
        elif now < ws:
            st = UPCOMING
        elif now <= we:
            st = DUE
        else:
            st = OVERDUE
        tps.append(Timepoint(sid, phase, off, due, ws, we, st, taken.get(sid)))
    nxt = next((t for t in tps if t.status in (DUE, UPCOMING)), None)
    secs = int((nxt.due_utc - now).total_seconds()) if nxt else None
    return ScheduleState(tps, nxt, secs, [t for t in tps if t.status == OVERDUE],
                         [r.id for r in ordered if r.id not in used])


def format_countdown(seconds: int | None) -> str:
    """'12:05' before, '-03:10' after the due time; '' when nothing is due."""
    if seconds is None:
        return ""
    sign = "-" if seconds < 0 else ""
    s = abs(seconds)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{sign}{h}:{m:02d}:{sec:02d}" if h else f"{sign}{m:02d}:{sec:02d}"
