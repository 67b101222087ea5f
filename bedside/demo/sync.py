"""Demo: this PC is not enrolled with a sync server (status "not set up"),
and one patient's weight was corrected here and, at the same time, on
another ward PC whose version arrived by sync: a conflict for an
investigator to resolve.  Fictitious data."""

from __future__ import annotations

from datetime import timedelta

from ..patients import correct_patient
from ..sync.local import VaultLocal
from .received import received_entry

ORDER = 90
OTHER_PC = "usipc2demo01"


def seed(ctx: dict) -> None:
    patients = ctx.get("patients") or {}
    patient = patients.get("dupont") or next(iter(patients.values()), None)
    if patient is None:
        return
    nurse = ctx["login"]("nurse")
    clock = ctx["clock"]
    base = nurse.records.latest(patient.id)
    # what arrived from the other PC: the same v1 corrected differently there
    clock.advance(timedelta(minutes=20).total_seconds())
    content = dict(base.content, weight_kg=round(base.content["weight_kg"] - 0.8, 1))
    remote = received_entry(clock.now(), OTHER_PC, record_type=base.record_type,
                            record_id=base.record_id, patient_id=base.patient_id,
                            version=base.version + 1, replaces=base.id, content=content,
                            author_id="demo-remote-nurse", author_name="Inf. Marie Lejeune",
                            reason="Weighed on the bed scale")
    # made here, offline, a few minutes later
    clock.advance(timedelta(minutes=5).total_seconds())
    correct_patient(nurse, patient.id, {"weight_kg": round(base.content["weight_kg"] + 0.5, 1)},
                    "Re-weighed this morning")
    VaultLocal(nurse).apply([remote], [], cursor=0)
    ctx["sync_conflict_record"] = base.record_id
