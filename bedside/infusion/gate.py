"""May this patient be infused now?

Yes only with consent in force (a surrogate consent counts while its
confirmation is pending and the patient still cannot decide; see
`bedside.consent.gate`) and a signed eligibility assessment that still holds
(`bedside.eligibility.service`). Infusion sits above both capabilities and
asks each its own question; neither asks the other.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from bedside.consent.gate import consent_status_details
from bedside.eligibility.service import signed_assessment_status_details
from bedside.errors import BedsideError
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message

# the Message codes a refusal by this gate carries
CODES = frozenset({"consent", "eligibility", "gate_error"})


@dataclass(frozen=True)
class GateAnswer:
    allowed: bool
    reasons: list[Message]

    def texts(self) -> list[str]:
        """The reasons in English (tests, logs without patient data, the CLI)."""
        return [m.text() for m in self.reasons]


def may_infuse(session, patient_id) -> GateAnswer:
    try:
        c_ok, c_reasons = consent_status_details(session, patient_id)
        e_ok, e_reasons = signed_assessment_status_details(session, patient_id)
    except Exception as e:  # noqa: BLE001 - a failing check refuses, never crashes the bedside
        if isinstance(e, BedsideError):          # a core error (vault locked…) says what happened
            return GateAnswer(False, [replace(e.messages[0], field=None)])
        return GateAnswer(False, [Message(QT_TRANSLATE_NOOP(
            "core", "The consent and eligibility check failed: the infusion cannot start."), {}, code="gate_error")])
    if c_ok and e_ok:
        return GateAnswer(True, [])
    return GateAnswer(False, [replace(m, code="consent") for m in c_reasons]
                      + [replace(m, code="eligibility") for m in e_reasons])
