"""The tabs of a patient's screen: a registry the capabilities fill (it
imports none of them). A capability's ``register()`` (listed in
ui/capabilities.py) adds a ``PatientTab``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from bedside.names import RecordType

from .qt import QCoreApplication


@dataclass(frozen=True)
class PatientTab:
    """One tab. ``heading`` is the English source, marked
    ``QT_TRANSLATE_NOOP(context, …)`` where it is declared; ``create(ctx,
    patient_id, parent)`` builds the page (it has ``refresh()``); ``shows``:
    the record types the page shows, ``RecordType`` members (the patient
    screen refreshes it only when a ``Changed`` names one; none: every
    change) — a plain string is refused here, so a misspelt type is an error
    at start, not a tab that never refreshes; ``key``: what a dashboard
    item's target names to land on it ("infusion")."""

    name: str
    context: str
    heading: str
    create: Callable[..., Any]
    shows: frozenset[RecordType] = frozenset()
    key: str = ""

    def __post_init__(self) -> None:
        strays = sorted(str(t) for t in self.shows if not isinstance(t, RecordType))
        if not isinstance(self.shows, frozenset) or strays:
            raise TypeError(f"tab {self.name!r}: shows must be a frozenset of RecordType members, not {strays}")

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.heading)


TABS: list[PatientTab] = []

# Short alert lines for the patient banner (shown on every patient screen):
# callables ``(session, patient_id) -> str`` run on the DB worker; "" means nothing to say.
BANNER_NOTES: list = []
