"""What a write changed: one patient's record types. A screen refreshes a
view only when a record type it shows is among them (``ui/ops.py`` carries it
on ``AppContext.data_changed``). No Qt here: core services and the sync
service say what they changed with the same type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Changed:
    """``patient_id`` "" means not one patient (site-wide data, or many
    patients at once); an empty ``record_types`` means "anything may have
    changed" (a view showing any type refreshes)."""

    patient_id: str = ""
    record_types: frozenset[str] = frozenset()

    @classmethod
    def of(cls, patient_id: str | None, *record_types: str) -> "Changed":
        return cls(patient_id or "", frozenset(str(t) for t in record_types))

    @classmethod
    def of_version(cls, version) -> "Changed":
        """What writing one record version changed (a ``RecordVersion``)."""
        return cls.of(version.patient_id, version.record_type)

    def concerns(self, patient_id: str) -> bool:
        """This patient's data may have changed."""
        return not self.patient_id or self.patient_id == patient_id

    def touches(self, shown: Iterable[str]) -> bool:
        """A view showing the record types ``shown`` must refresh."""
        return not self.record_types or not self.record_types.isdisjoint(shown)


def changes_of(pairs: Iterable[tuple[str | None, str]], most_patients: int = 20) -> list[Changed]:
    """(patient id, record type) pairs, e.g. the entries a sync pull applied,
    as one ``Changed`` per patient; more than ``most_patients`` patients make
    one site-wide ``Changed`` (every open view checks its types once)."""
    by_patient: dict[str, set[str]] = {}
    for patient_id, record_type in pairs:
        by_patient.setdefault(patient_id or "", set()).add(str(record_type))
    if len(by_patient) > most_patients:
        return [Changed("", frozenset().union(*by_patient.values()))]
    return [Changed(pid, frozenset(types)) for pid, types in by_patient.items()]
