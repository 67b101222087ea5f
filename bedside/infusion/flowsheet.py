"""Flowsheet view model: one infusion's readings, matched to the schedule,
with the baseline and the alerts each reading raised. Pure: no storage, no Qt."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from . import schedule, vitals
from .protocol import InfusionProtocol


@dataclass(frozen=True)
class Row:
    reading_id: str
    taken_utc: datetime
    timepoint: str | None          # schedule id or None (unscheduled)
    values: dict[str, str]
    alerts: list[vitals.Alert]
    version: int = 1


@dataclass(frozen=True)
class Flowsheet:
    rows: list[Row]                # time order
    baseline: dict[str, str] | None
    schedule: schedule.ScheduleState


def build(protocol: InfusionProtocol, readings: list[dict], start: datetime | None, end: datetime | None,
          now: datetime) -> Flowsheet:
    """readings: dicts with id, taken_utc (datetime), values, timepoint (optional), version."""
    sched = schedule.compute(protocol, start, end,
                             [schedule.Reading(r["id"], r["taken_utc"], r.get("timepoint")) for r in readings], now)
    by_reading = {t.reading_id: t.id for t in sched.timepoints if t.reading_id}
    base_id = next((t.reading_id for t in sched.timepoints if t.id == "baseline" and t.reading_id), None)
    baseline = next((r["values"] for r in readings if r["id"] == base_id), None)
    rows = []
    for r in sorted(readings, key=lambda r: r["taken_utc"]):
        ref = None if r["id"] == base_id else baseline
        rows.append(Row(r["id"], r["taken_utc"], by_reading.get(r["id"]), r["values"],
                        vitals.alerts(protocol, r["values"], ref), r.get("version", 1)))
    return Flowsheet(rows, baseline, sched)
