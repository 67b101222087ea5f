"""Build the evaluator's facts from what is stored: the patient's identity
fields (date of birth, sex), the checklist answers, the timed lab series and
the consent state.  Pure functions over plain dicts."""
from __future__ import annotations

from .facts import read_datetime

SEX = {"F": "female", "M": "male", "female": "female", "male": "male"}
LABS = ("ferritin", "crp", "lymphocytes", "ldh", "d_dimer")
PATIENT_KEYS = ("date_of_birth", "sex")
DERIVED = PATIENT_KEYS + LABS + ("consent_status",)


def clean_answers(answers: dict) -> dict:
    """Answers minus anything that is derived from elsewhere."""
    return {k: v for k, v in (answers or {}).items() if k not in DERIVED and v not in (None, "", [], {})}


def build_facts(patient: dict, answers: dict, labs: dict[str, list[dict]]) -> dict:
    """``patient``: stored patient content; ``answers``: checklist answers;
    ``labs``: lab -> [{"time", "value"}] canonical.  Only lab values measured
    at or before the inclusion time are kept: later ones cannot change the
    assessment, and so do not make a signed assessment stale."""
    facts = clean_answers(answers)
    facts["date_of_birth"] = patient.get("date_of_birth")
    facts["sex"] = SEX.get(patient.get("sex"))
    incl = read_datetime(facts.get("inclusion_time"))
    for lab in LABS:
        points = []
        for p in labs.get(lab, []):
            t = read_datetime(p.get("time"))
            if incl and t and t <= incl:
                points.append({"time": p["time"], "value": p["value"]})
        points.sort(key=lambda p: read_datetime(p["time"]))
        if points:
            facts[lab] = points
    return {k: v for k, v in facts.items() if v is not None}
