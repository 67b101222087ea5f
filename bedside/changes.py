"""What a write changed: one patient's record types. A screen refreshes a
view only when a record type it shows is among them (``ui/ops.py`` carries it
on ``AppContext.data_changed``). No Qt here: core services and the sync
service say what they changed with the same type.

How a write service says what it changed (one convention, docs/CORE_API.md):
every record version a service writes goes through ``RecordStore`` (create,
correct, ``Session.sign``, the staff directory, site settings), which reports
it with :func:`wrote`; ``recorded(fn)`` runs a service and returns its result
with the ``Changed`` it caused. Nobody declares a list of record types by hand,
so what a screen refreshes cannot drift from what the service wrote. A sync
pull reports its own (``SyncStatus.changed``)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable

from .names import RecordType


@dataclass(frozen=True)
class Changed:
    """``patient_id`` "" means not one patient (site-wide data, or many
    patients at once); an empty ``record_types`` means "anything may have
    changed" (a view showing any type refreshes). ``initiator``: the view
    that made the change and already shows it (opaque here; in the spirit of
    Anki's ``operation_did_execute(changes, initiator)``): it does not reload,
    every other view showing those types does. Not part of equality."""

    patient_id: str = ""
    record_types: frozenset[str] = frozenset()    # RecordType values (a member equals its string)
    initiator: Any = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, patient_id: str | None, *record_types: RecordType) -> "Changed":
        return cls(patient_id or "", frozenset(str(t) for t in record_types))

    @classmethod
    def of_version(cls, version) -> "Changed":
        """What writing one record version changed (a ``RecordVersion``)."""
        return cls.of(version.patient_id, version.record_type)

    def made_by(self, initiator: Any) -> "Changed":
        """The same change, made by ``initiator`` (which shows it already)."""
        return replace(self, initiator=initiator)

    def concerns(self, patient_id: str) -> bool:
        """This patient's data may have changed."""
        return not self.patient_id or self.patient_id == patient_id

    def touches(self, shown: Iterable[RecordType]) -> bool:
        """A view showing the record types ``shown`` must refresh."""
        return not self.record_types or not self.record_types.isdisjoint(shown)


def changes_of(pairs: Iterable[tuple[str | None, RecordType]], most_patients: int = 20) -> list[Changed]:
    """(patient id, record type) pairs, e.g. the entries a sync pull applied,
    as one ``Changed`` per patient; more than ``most_patients`` patients make
    one site-wide ``Changed`` (every open view checks its types once)."""
    by_patient: dict[str, set[str]] = {}
    for patient_id, record_type in pairs:
        by_patient.setdefault(patient_id or "", set()).add(str(record_type))
    if len(by_patient) > most_patients:
        return [Changed("", frozenset().union(*by_patient.values()))]
    return [Changed(pid, frozenset(types)) for pid, types in by_patient.items()]


def merged(changes: Iterable[Changed]) -> list[Changed]:
    """One ``Changed`` per patient (first-seen order); a patient's
    "anything" (no record types) absorbs the rest."""
    by_patient: dict[str, frozenset | None] = {}
    for c in changes:
        had = by_patient.get(c.patient_id, frozenset())
        by_patient[c.patient_id] = None if had is None or not c.record_types else had | c.record_types
    return [Changed(pid, types or frozenset()) for pid, types in by_patient.items()]


_listening = threading.local()      # this thread's open recorders (a stack: they nest)


def wrote(patient_id: str | None, record_type: RecordType) -> None:
    """``RecordStore`` calls this for every version it stores (this thread)."""
    for pairs in getattr(_listening, "stack", ()):
        pairs.append((patient_id, record_type))


def recorded(fn: Callable[[], Any]) -> tuple[Any, list[Changed]]:
    """Run ``fn`` (a write service call) and return its result with what it
    changed: one ``Changed`` per patient whose records it wrote, ``[]`` if it
    wrote none. Only this thread's writes count; a failing ``fn`` raises."""
    stack = _listening.__dict__.setdefault("stack", [])
    pairs: list[tuple[str | None, RecordType]] = []
    stack.append(pairs)
    try:
        result = fn()
    finally:
        stack.pop()                   # recorders nest: this one is on top
    return result, changes_of(pairs)
