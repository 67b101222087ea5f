"""What the consent capability answers to the capabilities above it.

Eligibility (consent is an inclusion criterion) and the infusion gate
(`bedside.infusion.gate.may_infuse`) read `consent_decision`: a typed
`ConsentDecision` (given / pending / refused) and the reasons as
`bedside.messages.Message`s. Consent never
asks eligibility anything: the dependency points one way.
"""
from __future__ import annotations

from bedside.consent.config import ConsentConfig
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message
from bedside.consent.service import state_of
from bedside.consent.status import ConsentDecision, blocking_reasons, decision_of, needs_reconsent


def consent_decision(session, patient_id: str, config: ConsentConfig | None = None
                     ) -> tuple[ConsentDecision, list[Message]]:
    """The decision and why it is not "given" (empty when it is)."""
    config = config or ConsentConfig.for_session(session)
    state = state_of(session, patient_id, config)
    return decision_of(state), blocking_reasons(state)


def consent_status_details(session, patient_id: str, config: ConsentConfig | None = None) -> tuple[bool, list[Message]]:
    decision, reasons = consent_decision(session, patient_id, config)
    return decision is ConsentDecision.GIVEN, reasons


def consent_status(session, patient_id: str) -> tuple[bool, list[str]]:
    ok, reasons = consent_status_details(session, patient_id)
    return ok, [m.text() for m in reasons]


def notes(session, patient_id: str) -> list[Message]:
    """Non-blocking things to act on (pending confirmation, re-consent due)."""
    config = ConsentConfig.for_session(session)
    state = state_of(session, patient_id, config)
    out = []
    if state.confirmation_pending:
        template = (QT_TRANSLATE_NOOP("core", "Consent by an impartial witness on {date}: the patient must confirm as soon as they can decide.")
                    if state.basis["pathway"] == "witness" else
                    QT_TRANSLATE_NOOP("core", "Consent by the legal representative on {date}: the patient must confirm as soon as they can decide."))
        out.append(Message(template, {"date": state.pending_since[:10]}))
    if needs_reconsent(state, config, session.clock.now().date()):
        out.append(Message(QT_TRANSLATE_NOOP("core", "A newer consent form version is approved: re-consent needed (signed on version {version})."),
                           {"version": state.basis["form_version"]}))
    return out
