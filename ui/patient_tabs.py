"""The tabs of a patient's screen: a registry the capabilities fill (it
imports none of them). A capability's ``register()`` (listed in
ui/capabilities.py) adds a ``PatientTab``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .qt import QCoreApplication


@dataclass(frozen=True)
class PatientTab:
    """One tab. ``heading`` is the English source, marked
    ``QT_TRANSLATE_NOOP(context, …)`` where it is declared; ``create(ctx,
    patient_id, parent)`` builds the page (it has ``refresh()``); ``shows``:
    the record types the page shows (the patient screen refreshes it only
    when a ``Changed`` names one; none: every change); ``key``: what a
    dashboard item's target names to land on it ("infusion")."""

    name: str
    context: str
    heading: str
    create: Callable[..., Any]
    shows: frozenset[str] = frozenset()
    key: str = ""

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.heading)


TABS: list[PatientTab] = []

# Short alert lines for the patient banner (shown on every patient screen):
# callables ``(session, patient_id) -> str`` run on the DB worker; "" means nothing to say.
BANNER_NOTES: list = []
