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
as an incident (:mod:`bedside.number_incidents`) — never silently accepted.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Protocol

if TYPE_CHECKING:  # pragma: no cover
    from .session import Session


class Numbered(Protocol):
    """What numbering reads of a patient (``bedside.patients.Patient``)."""
    id: str
    screening_number: str
    subject_id: str | None


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


def next_screening_number(session: "Session", patients: Iterable[Numbered]) -> str:
    pc = station(session)
    return first_free(screening_format(pc), pc, {p.screening_number for p in patients})


def next_subject_id(session: "Session", patients: Iterable[Numbered], fmt: str) -> str:
    pc = station(session)
    return first_free(with_station(fmt, pc), pc, {p.subject_id for p in patients if p.subject_id})


@dataclass(frozen=True)
class DuplicateNumber:
    field: str                 # "screening_number" | "subject_id"
    number: str
    patient_ids: tuple[str, ...]


def duplicate_numbers(patients: Iterable[Numbered]) -> list[DuplicateNumber]:
    """Every screening number or subject id held by more than one patient."""
    seen: dict[tuple[str, str], list[str]] = {}
    for p in patients:
        for field in ("screening_number", "subject_id"):
            value = getattr(p, field)
            if value:
                seen.setdefault((field, value), []).append(p.id)
    return [DuplicateNumber(field, number, tuple(ids))
            for (field, number), ids in sorted(seen.items()) if len(ids) > 1]
