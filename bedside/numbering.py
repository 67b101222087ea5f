"""Site-wide screening and subject numbers that two offline PCs can never
give twice (docs/sync.md, "Patient numbers").

Each enrolled PC holds a site-wide PC number given by the sync server at
enrollment (1, 2, 3 … in enrollment order, never given again, a replacement
PC included).  A PC numbers only inside its own series:

* screening number ``S-<PC, 2 digits>-<n, 3 digits>``, e.g. ``S-03-007``;
* study subject id from the site format; a format without ``{pc}`` gets the
  PC number put before ``{n}`` (``TJT-{n:03d}`` -> ``TJT-03-001``).

``n`` is the first number of the PC's series not yet used by any patient
this PC holds (its own and every pulled one).  A PC that was never enrolled
(a single-PC site, or one used before enrollment) numbers as before:
``S-007``, ``TJT-001``; existing patients keep their numbers.  A number held
by two patients (two PCs used before enrollment, an older build, a PC
restored from an old copy) is found by :func:`duplicate_numbers` and shown
as an incident — never silently accepted.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable
from bedside.names import RecordType

if TYPE_CHECKING:  # pragma: no cover
    from .patients import Patient
    from .session import Session


def station(session: "Session") -> int:
    """This PC's site-wide number, 0 if it was never enrolled."""
    from .sync.local import SyncState
    raw = SyncState(session).get("station")
    return int(raw) if raw and raw.isdigit() else 0


def with_station(fmt: str, pc: int) -> str:
    """The subject-id format this PC numbers with (see the module doc)."""
    if pc <= 0 or "{pc" in fmt:
        return fmt
    fields = [f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None]
    if fields != ["n"]:
        return fmt
    at = fmt.index("{n")
    return fmt[:at] + "{pc:02d}-" + fmt[at:]


def screening_format(pc: int) -> str:
    return "S-{pc:02d}-{n:03d}" if pc > 0 else "S-{n:03d}"


def first_free(fmt: str, pc: int, used: set[str]) -> str:
    n = 1
    while (number := fmt.format(pc=pc, n=n)) in used:
        n += 1
    return number


def next_screening_number(session: "Session", patients: Iterable["Patient"]) -> str:
    pc = station(session)
    return first_free(screening_format(pc), pc, {p.screening_number for p in patients})


def next_subject_id(session: "Session", patients: Iterable["Patient"], fmt: str) -> str:
    pc = station(session)
    return first_free(with_station(fmt, pc), pc, {p.subject_id for p in patients if p.subject_id})


@dataclass(frozen=True)
class DuplicateNumber:
    field: str                 # "screening_number" | "subject_id"
    number: str
    patient_ids: tuple[str, ...]


def duplicate_numbers(patients: Iterable["Patient"]) -> list[DuplicateNumber]:
    """Every screening number or subject id held by more than one patient."""
    seen: dict[tuple[str, str], list[str]] = {}
    for p in patients:
        for field in ("screening_number", "subject_id"):
            value = getattr(p, field)
            if value:
                seen.setdefault((field, value), []).append(p.id)
    return [DuplicateNumber(field, number, tuple(ids))
            for (field, number), ids in sorted(seen.items()) if len(ids) > 1]


def incidents(session: "Session") -> list[DuplicateNumber]:
    """The duplicate numbers among the patients this PC holds."""
    from .patients import list_patients
    return duplicate_numbers(list_patients(session))


def record_new_incidents(session: "Session") -> list[DuplicateNumber]:
    """Write one ``number_duplicate`` audit entry for each duplicate not yet
    recorded on this PC (called after every pull); return them all."""
    import json

    from .sync.local import SyncState
    found = incidents(session)
    state = SyncState(session)
    known = set(json.loads(state.get("number_incidents", "[]") or "[]"))
    new = [d for d in found if f"{d.field}:{d.number}" not in known]
    for d in new:
        session.audit_event("number_duplicate", record_type=RecordType.PATIENT,
                            details={"field": d.field, "number": d.number,
                                     "patients": list(d.patient_ids)})
    if new:
        state.set(number_incidents=json.dumps(sorted(known | {f"{d.field}:{d.number}"
                                                              for d in new})))
    return found
