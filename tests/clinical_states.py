"""Clinical states reached through the real core, one way each: an
eligibility assessment saved by a nurse and signed by the investigator, a
real consent (handwritten strokes + e-signature), the inclusion (together:
a patient genuinely infusable), a withdrawal.

Shared by the capability conftests, the end-to-end journey and the
benchmarks, so all go through the same gate
(`bedside.infusion.gate.may_infuse`) the ward uses."""
from __future__ import annotations

from bedside.consent import service as consent_service
from bedside.eligibility import service as eligibility
from tests.conftest import PASSWORD
from tests.consent.data import consent_event, good_signature
from tests.eligibility.data import answers


def sign_eligibility(nurse, investigator, patient_id, password=PASSWORD, **changes):
    """The nurse fills the checklist, the investigator signs it."""
    eligibility.save_assessment(nurse, patient_id, answers(**changes))
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
