"""Sections of the dashboard: a registry the capabilities fill (it imports
none of them). A capability's ``register()`` (listed in ui/capabilities.py)
adds a ``DashboardSection``: its heading and the function that lists its
lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .qt import QCoreApplication


@dataclass(frozen=True)
class DashboardItem:
    text: str
    patient_id: str | None = None
    urgency: int = 0  # 0 info, 1 due, 2 overdue / urgent
    target: str = ""  # where opening it lands: a patient tab key ("infusion", "infusion:ae"), "" = first tab


@dataclass(frozen=True)
class DashboardSection:
    """One section of the dashboard. ``heading`` is the English source,
    marked ``QT_TRANSLATE_NOOP(context, …)`` where it is declared so lupdate
    finds it; ``entries(session)`` lists the lines (run on the database
    worker). A read that raises one of ``shows_nothing_on`` (e.g. a role that
    may not read it) shows an empty section instead of an error."""

    name: str
    context: str
    heading: str
    entries: Callable[[Any], list[DashboardItem]]
    shows_nothing_on: tuple[type[Exception], ...] = ()

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.heading)

    def items(self, session) -> list[DashboardItem]:
        try:
            return self.entries(session)
        except self.shows_nothing_on:
            return []


SECTIONS: list[DashboardSection] = []
