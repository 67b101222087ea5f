"""Demo: a patient received from another ward PC running an older build,
which numbered by counting its own patients and so gave a screening number
this PC had already given: a "number given twice" incident on the
dashboard of investigators and administrators.  Fictitious data."""

from __future__ import annotations

import uuid
from datetime import timedelta

from ..number_incidents import record_new_incidents
from ..sync.local import VaultLocal
from .received import received_entry

ORDER = 91
OLD_BUILD_PC = "usipc4demo01"


def seed(ctx: dict) -> None:
    patients = ctx.get("patients") or {}
    taken = next((p for p in patients.values() if p.screening_number), None)
    if taken is None:
        return
    clock = ctx["clock"]
    clock.advance(timedelta(minutes=7).total_seconds())
    rid = uuid.uuid4().hex
    content = {"mrn": "H7730215", "family_name": "Wauters", "given_name": "Gilberte",
               "date_of_birth": "1951-03-22", "sex": "F", "weight_kg": 64.5,
               "height_cm": 158.0, "wristband": "H7730215",
               "screening_number": taken.screening_number, "subject_id": None}
    entry = received_entry(clock.now(), OLD_BUILD_PC, record_type="patient", record_id=rid,
                           patient_id=rid, content=content,
                           author=ctx["login"]("odile.renson"))
    nurse = ctx["login"]("nurse")
    VaultLocal(nurse).apply([entry], [], cursor=0)
    record_new_incidents(ctx["login"]("investigator"))
