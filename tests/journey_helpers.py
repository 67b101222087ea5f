"""One way to make a patient genuinely infusable through the real core:
an eligibility assessment saved by a nurse and signed by the investigator,
a real consent (handwritten strokes + e-signature) and the inclusion.

Shared by the infusion tests and the end-to-end journey test, so both go
through the same gate (`bedside.infusion.gate.may_infuse`) the ward uses."""
from __future__ import annotations

from bedside.consent import service as consent_service
from bedside.eligibility import service as eligibility
from tests.conftest import PASSWORD
from tests.consent.helpers import consent_event, good_signature

EXCLUSIONS = ["exc_ecmo", "exc_limitation_of_care", "exc_life_expectancy", "exc_allergy",
              "exc_secondary_infection", "exc_thromboembolic", "exc_compliance",
              "exc_investigator_judgement"]
# protocol v2: malignancy history and other studies are structured facts
STRUCTURED = {"malignancy_history": "none", "other_study": "none"}
INCLUSION_TIME = "2026-11-25T08:00:00+01:00"   # test clock: 2026-11-25 08:00 UTC = 09:00 local


def eligible_answers(**changes) -> dict:
    """Checklist answers that make a TJT2012 group A patient eligible
    (None removes an answer)."""
    a = {"inclusion_time": INCLUSION_TIME, "ct_date": "2026-11-20", "ct_extensive_interstitial": "yes",
         "covid_tests": [{"date": "2026-11-19", "method": "pcr", "result": "positive"}],
         "spo2_room_air": 91, "oxygen_group": "A", "group_a_supplemental_oxygen": "yes",
         **{k: "no" for k in EXCLUSIONS}, **STRUCTURED}
    a.update(changes)
    return {k: v for k, v in a.items() if v is not None}


def sign_eligibility(nurse, investigator, patient_id, password=PASSWORD, **changes):
    """The nurse fills the checklist, the investigator signs it."""
    eligibility.save_assessment(nurse, patient_id, eligible_answers(**changes))
    return eligibility.sign_assessment(investigator, patient_id, password)


def record_patient_consent(investigator, patient_id, password=PASSWORD, pathway="patient"):
    """A real consent: form, handwritten strokes, the investigator's e-signature."""
    return consent_service.record_consent(investigator, patient_id, consent_event(pathway),
                                          signature=good_signature(), password=password)


def make_infusable(nurse, investigator, patient_id, password=PASSWORD):
    """Signed eligibility + consent + inclusion: the real gate says yes.
    Returns the inclusion result (subject id)."""
    sign_eligibility(nurse, investigator, patient_id, password)
    record_patient_consent(investigator, patient_id, password)
    return eligibility.include_patient(investigator, patient_id)


def withdraw(session, patient_id, by="patient", scope=("stop_treatment",)):
    """A withdrawal recorded as the ward does (any clinical user may)."""
    return consent_service.record_step(session, patient_id, {
        "kind": "withdrawal", "by": by, "by_name": "Jean Test", "scope": list(scope), "reason": ""})
