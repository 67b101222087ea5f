"""The one question the infusion capability asks: may this patient be infused now?

`may_infuse(session, patient_id) -> (ok, reasons)`: yes only with a valid
consent (a surrogate consent counts while its confirmation is pending and the
patient still cannot decide), a signed eligibility assessment, and no
withdrawal or refusal. Reasons are English sentences already formatted; their
templates are marked for translation in context "core" (use
`consent_status_details` to get template + params for translation)."""
from __future__ import annotations

from bedside.consent.config import ConsentConfig
from bedside.consent.errors import QT_TRANSLATE_NOOP
from bedside.consent.service import state_of
from bedside.consent.status import blocking_reasons, needs_reconsent


def _fmt(template: str, params: dict) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def consent_status_details(session, patient_id: str, config: ConsentConfig | None = None) -> tuple[bool, list[tuple[str, dict]]]:
    config = config or ConsentConfig.for_session(session)
    state = state_of(session, patient_id, config)
    reasons = blocking_reasons(state)
    return (not reasons and state.consent_valid), reasons


def consent_status(session, patient_id: str) -> tuple[bool, list[str]]:
    ok, reasons = consent_status_details(session, patient_id)
    return ok, [_fmt(t, p) for t, p in reasons]


def eligibility_details(session, patient_id: str) -> tuple[bool, list[tuple[str, dict]]]:
    try:
        from bedside.eligibility.service import signed_assessment_status
    except ImportError:
        return False, [(QT_TRANSLATE_NOOP("core", "eligibility not yet available"), {})]
    ok, reasons = signed_assessment_status(session, patient_id)
    return bool(ok), [(r, {}) if isinstance(r, str) else tuple(r) for r in reasons]


def may_infuse_details(session, patient_id: str) -> tuple[bool, list[tuple[str, dict]]]:
    c_ok, c_reasons = consent_status_details(session, patient_id)
    e_ok, e_reasons = eligibility_details(session, patient_id)
    ok = c_ok and e_ok
    reasons = list(c_reasons) + list(e_reasons)
    if ok:
        reasons = []
    return ok, reasons


def may_infuse(session, patient_id: str) -> tuple[bool, list[str]]:
    ok, reasons = may_infuse_details(session, patient_id)
    return ok, [_fmt(t, p) for t, p in reasons]


def notes(session, patient_id: str) -> list[tuple[str, dict]]:
    """Non-blocking things to act on (pending confirmation, re-consent due)."""
    config = ConsentConfig.for_session(session)
    state = state_of(session, patient_id, config)
    out = []
    if state.confirmation_pending:
        template = (QT_TRANSLATE_NOOP("core", "Consent by an impartial witness on {date}: the patient must confirm as soon as they can decide.")
                    if state.basis["pathway"] == "witness" else
                    QT_TRANSLATE_NOOP("core", "Consent by the legal representative on {date}: the patient must confirm as soon as they can decide."))
        out.append((template, {"date": state.pending_since[:10]}))
    if needs_reconsent(state, config, session.clock.now().date()):
        out.append((QT_TRANSLATE_NOOP("core", "A newer consent form version is approved: re-consent needed (signed on version {version})."),
                    {"version": state.basis["form_version"]}))
    return out
