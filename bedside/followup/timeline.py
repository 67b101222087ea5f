"""What the patient's follow-up tab shows, read in one go on the worker:
the timeline from inclusion to day 90 (inclusion, infusions, scheduled
visits with their windows and state, unscheduled visits, death, end of
participation, today) and the visit records. Plain values; the UI paints
and translates."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bedside.infusion.store import InfusionStore
from bedside.participation import end_version

from . import visits as V
from .end import withdrawals
from .protocol import load


@dataclass(frozen=True)
class Mark:
    day: int                 # days after inclusion
    kind: str                # inclusion | infusion | visit | unscheduled | death | end | today
    text: str                # a code or number the UI words (visit id, infusion number, end reason)
    status: str = ""         # for scheduled visits: upcoming | due | overdue | done | closed
    window: tuple[int, int] | None = None


@dataclass(frozen=True)
class FollowUpOverview:
    patient_id: str
    inclusion: date | None
    today: date
    final_day: int
    marks: list[Mark]
    slots: list[V.VisitSlot]
    visits: list[V.VisitView]
    end: object | None          # RecordVersion of the end of participation
    aesi_events: dict[str, list]
    withdrawals: list
    may_sign: bool
    may_end: bool


def overview(session, patient_id: str) -> FollowUpOverview:
    from bedside.roles import Permission
    inc = V.inclusion_date(session, patient_id)
    today = V.today(session)
    p = load()
    slots = V.schedule(session, patient_id, today)
    visits = V.visits(session, patient_id)
    end = end_version(session, patient_id)
    marks: list[Mark] = []
    if inc is not None:
        marks.append(Mark(0, "inclusion", ""))
        store = InfusionStore(session)
        for i in store.infusions(patient_id):
            if i.state.start_utc is not None:
                marks.append(Mark((i.state.start_utc.astimezone().date() - inc).days, "infusion", str(i.number)))
        for s in slots:
            marks.append(Mark(s.day, "visit", s.id, s.status,
                              ((s.window_start - inc).days, (s.window_end - inc).days)))
        for v in visits:
            c = v.content
            if c["visit"] == p.unscheduled.id:
                marks.append(Mark((date.fromisoformat(c["visit_date"]) - inc).days, "unscheduled", ""))
            if c["vital_status"] == "died":
                marks.append(Mark((date.fromisoformat(c["death_date"]) - inc).days, "death", ""))
        if end is not None:
            marks.append(Mark((date.fromisoformat(end.content["end_date"]) - inc).days, "end", end.content["reason"]))
        marks.append(Mark((today - inc).days, "today", ""))
    return FollowUpOverview(patient_id, inc, today, p.final_day(), marks, slots, visits, end,
                            V.aesi_events(session, patient_id), withdrawals(session, patient_id),
                            session.can(Permission.SIGN_FOLLOW_UP), session.can(Permission.SIGN_FOLLOW_UP))
