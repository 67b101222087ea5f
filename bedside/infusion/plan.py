"""Infusion plan: target dates and windows for the three infusions and the
follow-up visits, all from the protocol file. Dates are local calendar dates."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message
from .protocol import InfusionProtocol


@dataclass(frozen=True)
class PlannedInfusion:
    number: int
    target: date
    window_start: date
    window_end: date
    done_on: date | None

    def in_window(self, d: date) -> bool:
        return self.window_start <= d <= self.window_end


@dataclass(frozen=True)
class PlannedVisit:
    id: str
    day: int
    target: date
    window_start: date
    window_end: date
    primary_endpoint: bool
    label: dict


def infusion_plan(protocol: InfusionProtocol, inclusion: date,
                  done: dict[int, date] | None = None) -> list[PlannedInfusion]:
    """Targets and windows. Infusion 1 is placed from the inclusion date; each
    later one from the previous infusion's actual date (or its target)."""
    done = done or {}
    out: list[PlannedInfusion] = []
    lo, hi = protocol.first_window_days
    target = inclusion + timedelta(days=protocol.first_target_day)
    ws, we = inclusion + timedelta(days=lo), inclusion + timedelta(days=hi)
    for n in range(1, protocol.infusion_count + 1):
        if n > 1:
            prev = out[-1]
            anchor = prev.done_on or prev.target
            target = anchor + timedelta(days=protocol.interval_target)
            ws = anchor + timedelta(days=protocol.interval_min)
            we = anchor + timedelta(days=protocol.interval_max)
        out.append(PlannedInfusion(n, target, ws, we, done.get(n)))
    return out


def next_due(plan: list[PlannedInfusion]) -> PlannedInfusion | None:
    for p in plan:
        if p.done_on is None:
            return p
    return None


def check_infusion_date(plan: list[PlannedInfusion], number: int, on: date,
                        reason: str | None) -> list[Message]:
    """An infusion outside its window needs a reason; order must be kept."""
    if number < 1 or number > len(plan):
        return [Message(QT_TRANSLATE_NOOP("core", "There is no infusion number {number} in this protocol."), {"number": number}, field="number", code="infusion_number")]
    p = plan[number - 1]
    if p.done_on is not None:
        return [Message(QT_TRANSLATE_NOOP("core", "Infusion {number} is already recorded."), {"number": number}, field="number", code="infusion_done")]
    for earlier in plan[: number - 1]:
        if earlier.done_on is None:
            return [Message(QT_TRANSLATE_NOOP("core", "Infusion {earlier} must be done before infusion {number}."), {"earlier": earlier.number, "number": number}, field="number", code="infusion_order")]
    if not p.in_window(on) and not (reason or "").strip():
        return [Message(QT_TRANSLATE_NOOP(
            "core", "Infusion {number} on {date} is outside its window {start} – {end}: give a reason."), {"number": number, "date": on.isoformat(), "start": p.window_start.isoformat(),
             "end": p.window_end.isoformat()}, field="reason", code="out_of_window")]
    return []


def follow_up_plan(protocol: InfusionProtocol, inclusion: date) -> list[PlannedVisit]:
    out = []
    for f in protocol.follow_up:
        t = inclusion + timedelta(days=f.day)
        out.append(PlannedVisit(f.id, f.day, t, t + timedelta(days=f.window_days[0]),
                                t + timedelta(days=f.window_days[1]), f.primary_endpoint, f.label))
    return out


def window_status(start: date, end: date, today: date) -> str:
    """'upcoming', 'due' (inside the window) or 'overdue'."""
    if today < start:
        return "upcoming"
    if today <= end:
        return "due"
    return "overdue"
