"""What the ward dashboard shows for follow-up: visits upcoming (a few days
ahead), due (inside their window) and overdue (window passed, not done),
for included patients whose participation has not ended. Plain values; the
UI translates."""
from __future__ import annotations

from bedside.infusion.dashboard import Due, included_patients

from . import visits

NOTICE_DAYS = 3
URGENCY = {visits.UPCOMING: 0, visits.DUE: 1, visits.OVERDUE: 2}


def visits_due(session) -> list[Due]:
    today = visits.today(session)
    out = []
    for p in included_patients(session):
        for s in visits.schedule(session, p.id, today):
            if s.status not in URGENCY:
                continue          # done, or participation ended
            if s.status == visits.UPCOMING and (s.window_start - today).days > NOTICE_DAYS:
                continue
            out.append(Due("follow_up", p.id, p.label(), URGENCY[s.status],
                           {"visit": s.id, "label": s.label, "day": s.day, "target": s.target,
                            "start": s.window_start, "end": s.window_end, "status": s.status}))
    return sorted(out, key=lambda d: (-d.urgency, d.params["start"]))
