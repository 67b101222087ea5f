"""What the ward dashboard shows for infusions: next infusions due, running
infusions and SAE reporting clocks (follow-up visits: bedside/followup/
dashboard.py). Plain values; the UI translates."""
from __future__ import annotations

from dataclasses import dataclass

from bedside.participation import participation_ended
from bedside.patients import list_patients

from . import plan as plan_mod
from .store import InfusionStore

UPCOMING_DAYS = 2
SAE_URGENT_HOURS = 6


@dataclass(frozen=True)
class Due:
    kind: str          # "infusion" | "running" | "follow_up" | "sae"
    patient_id: str
    patient_label: str
    urgency: int       # 0 info, 1 due, 2 overdue/urgent
    params: dict


def included_patients(session):
    """Included patients whose participation has not ended (an end of
    participation, bedside/participation.py, closes their open tasks)."""
    return [p for p in list_patients(session) if p.subject_id and not participation_ended(session, p.id)]


def infusions_due(session, store: InfusionStore | None = None) -> list[Due]:
    store = store or InfusionStore(session)
    today = store.now().astimezone(store.zone()).date()
    out = []
    for p in included_patients(session):
        infs = store.infusions(p.id)
        running = next((i for i in infs if i.state.status in ("running", "paused")), None)
        if running:
            fs = store.flowsheet(p.id, running.record_id, running)
            late = len(fs.schedule.overdue)
            out.append(Due("running", p.id, p.label(), 2 if late else 1,
                           {"number": running.number, "status": running.state.status, "overdue": late}))
            continue
        pl = store.plan(p.id, infs)
        nd = plan_mod.next_due(pl) if pl else None
        if nd is None:
            continue
        st = plan_mod.window_status(nd.window_start, nd.window_end, today)
        if st == "upcoming" and (nd.window_start - today).days > UPCOMING_DAYS:
            continue
        out.append(Due("infusion", p.id, p.label(), {"upcoming": 0, "due": 1, "overdue": 2}[st],
                       {"number": nd.number, "start": nd.window_start, "end": nd.window_end, "status": st}))
    return out


def sae_clocks(session, store: InfusionStore | None = None) -> list[Due]:
    store = store or InfusionStore(session)
    labels = {p.id: p.label() for p in list_patients(session)}
    out = []
    for v, c in store.sae_clocks():
        urgent = c.overdue or c.seconds_left < SAE_URGENT_HOURS * 3600
        out.append(Due("sae", v.patient_id, labels.get(v.patient_id, "?"), 2 if urgent else 1,
                       {"term": v.content.get("term", ""), "seconds_left": c.seconds_left, "overdue": c.overdue,
                        "deadline": c.deadline_utc}))
    return out
