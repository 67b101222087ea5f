"""Demo drafts: Inf. nurse2 was typing Dupont's next vital-sign row when
Bedside closed; signing in as ``nurse2`` offers it back (bedside.drafts)."""

from __future__ import annotations

from ..drafts import VITAL_ROW, DraftStore
from ..infusion.store import InfusionStore

ORDER = 80


def seed(ctx: dict) -> None:
    patients = ctx.get("patients", {})
    if "dupont" not in patients:
        return
    nurse2 = ctx["login"]("nurse2")
    pid = patients["dupont"].id
    running = next((v for v in InfusionStore(nurse2).infusions(pid) if v.number == 1), None)
    if running is None:
        return
    DraftStore(nurse2).save(VITAL_ROW, running.record_id, pid, {"infusion": 1},
                            {"time": "", "hr": "108", "sbp": "96", "dbp": "", "rr": "",
                             "spo2": "90", "temp": "", "fio2": ""})
