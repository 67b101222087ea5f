"""Demo: this PC is not enrolled with a sync server (status "not set up"),
and one patient's weight was corrected here and, at the same time, on
another ward PC whose version arrived by sync: a conflict for an
investigator to resolve.  Fictitious data."""

from __future__ import annotations

import uuid

from datetime import timedelta

from ..patients import correct_patient
from ..canonical import content_hash
from ..sync.local import VaultLocal
from .received import received_entry

ORDER = 90
OTHER_PC = "usipc2demo01"
OLD_PC = "usipc7demo03"


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
                            author=ctx["login"]("yannick.lemaire"),
                            reason="Weighed on the bed scale")
    # made here, offline, a few minutes later
    clock.advance(timedelta(minutes=5).total_seconds())
    correct_patient(nurse, patient.id, {"weight_kg": round(base.content["weight_kg"] + 0.5, 1)},
                    "Re-weighed this morning")
    VaultLocal(nurse).apply([remote], [], cursor=0)
    ctx["sync_conflict_record"] = base.record_id
    _quarantined_entry(nurse, clock, patient)


def _quarantined_entry(nurse, clock, patient) -> None:
    """A PC still running an outdated Bedside sent a vital-sign row of a
    record type this version does not know: kept aside, shown to the
    administrator as an incident naming that PC."""
    clock.advance(timedelta(minutes=3).total_seconds())
    when = clock.now()
    content = {"hr": "88", "spo2": "93", "measured": when.isoformat()}
    entry = {"id": uuid.uuid4().hex, "record_id": uuid.uuid4().hex,
             "record_type": "vital_signs_v0", "patient_id": patient.id, "version": 1,
             "replaces": None, "content": content, "content_hash": content_hash(content),
             "author_id": "demo-remote-nurse", "author_name": "Inf. Yannick Lemaire",
             "created_utc": when.isoformat(), "utc_offset_min": 60, "reason": None,
             "workstation_id": OLD_PC,
             "hlc": f"{int(when.timestamp() * 1000):015d}-000000-{OLD_PC}"}
    # the entry rules on pull refuse it (unknown record type) and keep it aside
    VaultLocal(nurse).apply([entry], [], cursor=0, seqs=[412])
