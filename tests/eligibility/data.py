"""Data for the eligibility tests: the exclusions the investigator attests
(read from the protocol, not copied), a complete eligible base case for the
evaluator (protocol v1 facts), and checklist answers that make a patient
eligible under the protocol a new site screens with (v2)."""
from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone

from bedside.eligibility.protocol import Protocol, load_named
from bedside.eligibility.screening_settings import screening_settings


def attested_exclusions(protocol: Protocol) -> list[str]:
    """The yes/no exclusion inputs the investigator attests, in the protocol's order."""
    return [c.rule["input"] for c in protocol.criteria if c.rule.get("type") == "attestation"]


PROTOCOL = load_named("tjt2012-v1.json")
SITE_PROTOCOL = load_named(screening_settings({}).protocol_file)   # a new site's default
CET = timezone(timedelta(hours=1))
INCL = datetime(2026, 11, 20, 10, 0, tzinfo=CET)
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)

EXCLUSION_INPUTS = attested_exclusions(PROTOCOL)
EXCLUSIONS = attested_exclusions(SITE_PROTOCOL)
# protocol v2: malignancy history and other studies are structured facts ("none")
STRUCTURED = {"malignancy_history": "none", "other_study": "none"}
INCLUSION_TIME = "2026-11-25T08:00:00+01:00"   # test clock: 2026-11-25 08:00 UTC = 09:00 local


def answers(**changes) -> dict:
    """Checklist answers that make a TJT2012 group A patient eligible under
    the site's protocol (None removes an answer)."""
    a = {"inclusion_time": INCLUSION_TIME, "ct_date": "2026-11-20", "ct_extensive_interstitial": "yes",
         "covid_tests": [{"date": "2026-11-19", "method": "pcr", "result": "positive"}],
         "spo2_room_air": 91, "oxygen_group": "A", "group_a_supplemental_oxygen": "yes",
         **{k: "no" for k in EXCLUSIONS}, **STRUCTURED}
    a.update(changes)
    return {k: v for k, v in a.items() if v is not None}

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
