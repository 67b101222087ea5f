"""Demo: the bedside monitor's feed and the lab system's results, as this
PC would have fetched them from the server (the demo has no server, so the
simulator's messages are put in the PC's in-memory feed through the same
door a fetched message goes through).  Dupont's monitor proposes values
for the reading now due; one message with another family name is held
for review; Leclercq's admission labs are there for the eligibility
checklist.  Fictitious data."""

from __future__ import annotations

import base64
from datetime import timedelta, timezone

from ..hl7feed.feed import cache_for
from ..hl7feed.simulator import SimPatient, lab_message, monitor_message

ORDER = 85


def _sim(p, bed: str, family: str | None = None) -> SimPatient:
    return SimPatient(p.mrn, family or p.family_name, p.given_name, p.date_of_birth, bed)


def seed(ctx: dict) -> None:
    patients = ctx.get("patients") or {}
    nurse = ctx["login"]("nurse")
    now = ctx["now"].astimezone(timezone(timedelta(hours=1)))
    messages = []
    if "dupont" in patients:
        p = _sim(patients["dupont"], "12^1")
        messages += [
            monitor_message(p, now - timedelta(minutes=9),
                            {"hr": "102", "spo2": "91", "sbp": "118", "dbp": "66", "rr": "26",
                             "temp": "37.9"}, cid="DEMO-MON-0001"),
            monitor_message(p, now - timedelta(minutes=1),
                            {"hr": "98", "spo2": "92", "sbp": "121", "dbp": "68", "rr": "24",
                             "temp": "38.1"}, cid="DEMO-MON-0002"),
            monitor_message(_sim(patients["dupont"], "12^1", "Dupond"), now - timedelta(minutes=4),
                            {"hr": "77"}, cid="DEMO-MON-0003")]
    if "leclercq" in patients:
        p = _sim(patients["leclercq"], "14^2")
        messages += [
            lab_message(p, now - timedelta(hours=30), {"crp": "54", "ferritin": "820", "ldh": "390",
                                                       "d_dimer": "1200", "lymphocytes": "0.9"},
                        cid="DEMO-LAB-0001"),
            lab_message(p, now - timedelta(hours=5), {"crp": "112", "ferritin": "1460", "ldh": "455",
                                                      "d_dimer": "2100", "lymphocytes": "0.6"},
                        cid="DEMO-LAB-0002")]
    holds = {"DEMO-MON-0003": "identity_mismatch"}
    items = [{"seq": i, "hold": holds.get(m.split(b"|")[9].decode(), ""),
              "message": base64.b64encode(m).decode("ascii")} for i, m in enumerate(messages, 1)]
    cache_for(nurse).add({"items": items, "cursor": len(items)})
    ctx["hl7_messages"] = len(items)
