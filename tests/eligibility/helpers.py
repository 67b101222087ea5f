"""Shared fixtures for eligibility tests: a complete, eligible base case."""
from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone

from bedside.eligibility.protocol import load_named

PROTOCOL = load_named("tjt2012-v1.json")
CET = timezone(timedelta(hours=1))
INCL = datetime(2026, 11, 20, 10, 0, tzinfo=CET)
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)

EXCLUSION_INPUTS = ["exc_ecmo", "exc_limitation_of_care", "exc_life_expectancy", "exc_allergy",
                    "exc_secondary_infection", "exc_malignancy", "exc_thromboembolic", "exc_compliance",
                    "exc_investigator_judgement", "exc_other_trial"]

BASE = {
    "date_of_birth": "1970-05-05",
    "sex": "male",
    "inclusion_time": INCL.isoformat(),
    "ct_date": "2026-11-15",
    "ct_extensive_interstitial": "yes",
    "covid_tests": [{"date": "2026-11-12", "method": "pcr", "result": "positive"}],
    "spo2_room_air": 90,
    "oxygen_group": "A",
    "group_a_supplemental_oxygen": "yes",
    "consent_status": "given",
    **{k: "no" for k in EXCLUSION_INPUTS},
}


def facts(**changes):
    f = copy.deepcopy(BASE)
    for k, v in changes.items():
        if v is None:
            f.pop(k, None)
        else:
            f[k] = v
    return f


def group_b(days: float, **labs):
    """Group B facts ventilated ``days`` before inclusion, with lab series."""
    f = facts(oxygen_group="B", group_a_supplemental_oxygen=None,
              group_b_tracheal_ventilation="yes",
              intubation_time=(INCL - timedelta(days=days)).isoformat(),
              inflammation_not_superinfection="yes")
    for lab, points in labs.items():
        f[lab] = [{"time": (INCL - timedelta(hours=h)).isoformat(), "value": v} for h, v in points]
    return f
