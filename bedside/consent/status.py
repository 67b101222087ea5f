"""Read-only answers about consent: status words, pending confirmations
(most urgent first), re-consent flags."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from bedside.consent import pathway as pw
from bedside.consent.config import ConsentConfig
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message
from bedside.consent.service import STEP, state_of


def needs_reconsent(state: pw.ConsentState, config: ConsentConfig, today: dt.date) -> bool:
    """Consent in force was given on a form version older than the approved one."""
    if not state.consent_valid or state.basis is None:
        return False
    return config.catalogue.is_outdated(state.basis["form_id"], state.basis["form_version"], today)


class ConsentDecision(StrEnum):
    """What the capabilities above consent (eligibility, infusion) need to know:
    consent in force, not (yet) in force, or refused/withdrawn for good."""
    GIVEN = "given"
    PENDING = "pending"
    REFUSED = "refused"


def decision_of(state: pw.ConsentState) -> ConsentDecision:
    """The typed decision for a consent state (refusal and withdrawal are final)."""
    if state.status in (pw.REFUSED, pw.WITHDRAWN):
        return ConsentDecision.REFUSED
    if state.consent_valid and not blocking_reasons(state):
        return ConsentDecision.GIVEN
    return ConsentDecision.PENDING


def blocking_reasons(state: pw.ConsentState) -> list[Message]:
    """Why the consent does not allow trial procedures now."""
    s = state.status
    if s == pw.NONE:
        return [Message(QT_TRANSLATE_NOOP("core", "No consent has been recorded."), {})]
    if s == pw.INCAPABLE:
        return [Message(QT_TRANSLATE_NOOP("core", "The patient cannot decide and no representative has consented yet."), {})]
    if s == pw.NO_REPRESENTATIVE:
        return [Message(QT_TRANSLATE_NOOP("core", "No representative could be reached and no impartial witness has consented yet."), {})]
    if s == pw.PENDING_CAPABLE:
        return [Message(QT_TRANSLATE_NOOP("core", "The patient can decide again: ask them to confirm, refuse or withdraw before any further trial procedure."), {})]
    if s == pw.REFUSED:
        return [Message(QT_TRANSLATE_NOOP("core", "The patient refused to continue the trial on {date}."), {"date": state.refusal["at"][:10]})]
    if s == pw.WITHDRAWN:
        return [Message(QT_TRANSLATE_NOOP("core", "Consent was withdrawn on {date}."), {"date": state.withdrawal["at"][:10]})]
    if s == pw.ENDED:
        if state.end["outcome"] == "died":
            return [Message(QT_TRANSLATE_NOOP("core", "The patient died before being able to confirm consent."), {})]
        return [Message(QT_TRANSLATE_NOOP("core", "The patient was discharged without regaining capacity; consent can no longer be confirmed."), {})]
    return []


@dataclass(frozen=True)
class PendingConfirmation:
    patient_id: str
    since: str            # ISO time of the surrogate consent
    days: int
    pathway: str          # representative | witness
    capable_now: bool     # the patient can decide: ask now

    @property
    def urgency(self) -> int:
        """Bigger is more urgent: patient able to decide first, then oldest."""
        return (100000 if self.capable_now else 0) + self.days


def pending_confirmations(session, config: ConsentConfig | None = None) -> list[PendingConfirmation]:
    config = config or ConsentConfig.for_session(session)
    now = session.clock.now()
    patients = sorted({v.patient_id for v in session.records.list_latest(STEP) if v.patient_id})
    out = []
    for pid in patients:
        st = state_of(session, pid, config)
        if not st.confirmation_pending:
            continue
        since = dt.datetime.fromisoformat(st.pending_since)
        out.append(PendingConfirmation(pid, st.pending_since, max(0, (now - since).days), st.basis["pathway"],
                                       st.status == pw.PENDING_CAPABLE))
    out.sort(key=lambda p: (-p.urgency, p.since))
    return out


def reconsent_due(session, config: ConsentConfig | None = None) -> list[str]:
    """Patients whose consent in force is on an outdated form version."""
    config = config or ConsentConfig.for_session(session)
    today = session.clock.now().date()
    pids = sorted({v.patient_id for v in session.records.list_latest(STEP) if v.patient_id})
    return [pid for pid in pids if needs_reconsent(state_of(session, pid, config), config, today)]


def banner_notes(session, patient_id: str, config: ConsentConfig | None = None) -> list[Message]:
    """Short lines for the patient banner (every screen): pending confirmation,
    re-consent due, withdrawal/refusal. Templates marked for context "core"."""
    config = config or ConsentConfig.for_session(session)
    st = state_of(session, patient_id, config)
    now = session.clock.now()
    out: list[Message] = []
    if st.status == pw.PENDING:
        days = max(0, (now - dt.datetime.fromisoformat(st.pending_since)).days)
        if st.basis["pathway"] == "witness":
            out.append(Message(QT_TRANSLATE_NOOP("core", "Witness consent: confirm ({days} d)"), {"days": days}))
        else:
            out.append(Message(QT_TRANSLATE_NOOP("core", "Representative consent: confirm ({days} d)"), {"days": days}))
    elif st.status == pw.PENDING_CAPABLE:
        out.append(Message(QT_TRANSLATE_NOOP("core", "Can decide: confirm consent now"), {}))
    elif st.status == pw.WITHDRAWN:
        out.append(Message(QT_TRANSLATE_NOOP("core", "Consent withdrawn"), {}))
    elif st.status == pw.REFUSED:
        out.append(Message(QT_TRANSLATE_NOOP("core", "Refused to continue the trial"), {}))
    if needs_reconsent(st, config, now.date()):
        out.append(Message(QT_TRANSLATE_NOOP("core", "Re-consent due (new form version)"), {}))
    return out
