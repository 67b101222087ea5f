"""Data for the follow-up tests: the followed patient and visit contents."""
from __future__ import annotations

from datetime import date, timedelta

from bedside.followup.protocol import load

PATIENT = {"mrn": "H5510231", "family_name": "Suivi", "given_name": "Paul", "date_of_birth": "1962-04-15",
           "sex": "M", "weight_kg": 78, "height_cm": 178, "wristband": "WB-H5510231"}


def visit_content(visit: str, on: date, **changes) -> dict:
    p = load()
    c = {"visit": visit, "visit_date": on.isoformat(), "vital_status": "alive",
         "support_at_visit": "none",
         "support_periods": [{"support": "oxygen", "start": (on - timedelta(days=20)).isoformat(),
                              "end": (on - timedelta(days=10)).isoformat()}],
         "icu_discharge_date": (on - timedelta(days=9)).isoformat(),
         "hospital_discharge_date": (on - timedelta(days=5)).isoformat(),
         "aesi_review": [{"category": a.id, "occurred": False, "ae_ids": []} for a in p.aesi],
         "concomitant": [{"treatment": t.id, "given": t.id == "corticosteroids"}
                         for t in p.concomitant_treatments],
         "notes": ""}
    if visit == p.unscheduled.id:
        c["unscheduled_reason"] = "Readmitted for dyspnoea"
    c.update(changes)
    return c


def died_content(visit: str, on: date, death: date) -> dict:
    return visit_content(visit, on, vital_status="died", death_date=death.isoformat(),
                         death_cause="Refractory hypoxaemic respiratory failure", support_at_visit=None,
                         support_periods=[], icu_discharge_date=None, hospital_discharge_date=None)
