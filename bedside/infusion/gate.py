"""May this patient be infused now?

Yes only with consent in force (a surrogate consent counts while its
confirmation is pending and the patient still cannot decide; see
`bedside.consent.gate`) and a signed eligibility assessment that still holds
(`bedside.eligibility.service`). Infusion sits above both capabilities and
asks each its own question; neither asks the other.
"""
from __future__ import annotations

from dataclasses import dataclass

from bedside.consent.gate import consent_status_details
from bedside.eligibility.service import signed_assessment_status_details

from .messages import Problem, QT_TRANSLATE_NOOP

# the Problem codes a refusal by this gate carries
CODES = frozenset({"consent", "eligibility", "gate_error"})


@dataclass(frozen=True)
class GateAnswer:
    allowed: bool
    reasons: list[Problem]

    def texts(self) -> list[str]:
        """The reasons in English (tests, logs without patient data, the CLI)."""
        return [p.text() for p in self.reasons]


def may_infuse(session, patient_id) -> GateAnswer:
    try:
        c_ok, c_reasons = consent_status_details(session, patient_id)
        e_ok, e_reasons = signed_assessment_status_details(session, patient_id)
    except Exception as e:  # noqa: BLE001 - a failing check refuses, never crashes the bedside
        template = getattr(e, "template", None)
        if isinstance(template, str):            # a core error (vault locked…) says what happened
            return GateAnswer(False, [Problem(getattr(e, "code", "gate_error"), template,
                                              dict(getattr(e, "params", None) or {}))])
        return GateAnswer(False, [Problem("gate_error", QT_TRANSLATE_NOOP(
            "core", "The consent and eligibility check failed: the infusion cannot start."))])
    if c_ok and e_ok:
        return GateAnswer(True, [])
    return GateAnswer(False, [Problem("consent", t, dict(p)) for t, p in c_reasons]
                      + [Problem("eligibility", m.template, dict(m.params)) for m in e_reasons])
