"""The inclusion date of a patient, from stored contents alone (no vault):
an inclusion date written in the patient or in an eligibility assessment
(or its answers), else the day the study subject id was first given. The
infusion plan, the follow-up schedule and the endpoint export all use it."""
from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Iterable, Mapping
from bedside.names import RecordType

INCLUSION_KEYS = ("inclusion_date", "included_on", "inclusion_utc", "included_utc", "inclusion_time")
INCLUSION_RECORD_TYPES = (RecordType.ELIGIBILITY_ASSESSMENT,)   # the eligibility capability's record


def _date_of(value: str, zone: tzinfo | None = None) -> date | None:
    try:
        d = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        d = None
    if d is not None and d.tzinfo is not None:
        return d.astimezone(zone).date()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def inclusion_date(patient: Mapping, assessments: Iterable[Mapping],
                   subject_id_given: Iterable[datetime], zone: tzinfo | None = None) -> date | None:
    """*patient*: the patient's latest content (None date when it has no
    subject id: not included); *assessments*: contents of its inclusion
    records; *subject_id_given*: when each patient version carrying a
    subject id was written, oldest first; *zone*: the site's (the day is
    the one on the ward's calendar; None: this PC's zone)."""
    if not patient.get("subject_id"):
        return None
    sources = [patient]
    for c in assessments:
        sources.append(c)
        if isinstance(c.get("answers"), dict):
            sources.append(c["answers"])
    for c in sources:
        for k in INCLUSION_KEYS:
            v = c.get(k)
            if isinstance(v, str) and v:
                d = _date_of(v, zone)
                if d is not None:
                    return d
    for when in subject_id_given:
        return when.astimezone(zone).date()
    return None
