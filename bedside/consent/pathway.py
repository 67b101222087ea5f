"""The consent pathway state machine (pure).

Replaying a patient's consent events in order gives a `ConsentState`. `apply`
refuses any event that breaks the protocol's order:

- the representative pathway opens only after a capacity assessment that
  records the patient cannot decide (and why);
- the witness pathway opens only after a record of who was tried, when, and
  that no representative could be reached;
- a surrogate (representative or witness) consent opens a pending
  confirmation; once a new assessment says the patient can decide, only the
  patient decides: confirm (a new patient consent), refuse, or withdraw;
- death or discharge without regaining capacity closes the pending
  confirmation;
- withdrawal is possible at any time after a consent by whoever holds the
  right then: the patient always, the representative while the patient
  cannot decide.

Statuses: none, incapable, no_representative, consented, pending,
pending_capable, refused, withdrawn, ended.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.consent.errors import ConsentError
from bedside.consent.events import parse_time, validate_event

NONE, INCAPABLE, NO_REPRESENTATIVE = "none", "incapable", "no_representative"
CONSENTED, PENDING, PENDING_CAPABLE = "consented", "pending", "pending_capable"
REFUSED, WITHDRAWN, ENDED = "refused", "withdrawn", "ended"
TERMINAL = (REFUSED, WITHDRAWN, ENDED)
VALID = (CONSENTED, PENDING, PENDING_CAPABLE)


@dataclass(frozen=True)
class ConsentState:
    status: str = NONE
    has_capacity: bool | None = None      # latest assessment, None if never assessed
    capacity_reason: str = ""
    unreachable: dict | None = None        # record of failed attempts, if any
    basis: dict | None = None              # consent currently in force
    pending_since: str | None = None       # time of the surrogate consent awaiting confirmation
    confirmed: dict | None = None          # patient consent that confirmed a surrogate consent
    refusal: dict | None = None
    withdrawal: dict | None = None         # latest withdrawal (scope accumulated)
    end: dict | None = None                # died / discharged without regaining capacity
    last_at: str | None = None
    events: int = 0

    @property
    def consent_valid(self) -> bool:
        return self.status in VALID

    @property
    def confirmation_pending(self) -> bool:
        return self.status in (PENDING, PENDING_CAPABLE)

    def right_holders(self) -> list[str]:
        """Who may withdraw now."""
        if self.basis is None:
            return []
        holders = ["patient"]
        if self.has_capacity is False:
            holders.append("representative")
        return holders

    def allowed(self) -> list[str]:
        """Steps that may be recorded next (for the guided flow)."""
        s = self.status
        out = []
        if s not in TERMINAL:
            out.append("capacity")
        if s in (INCAPABLE, NO_REPRESENTATIVE):
            out.append("unreachable")
        if s in (NONE, CONSENTED, PENDING_CAPABLE) and self.has_capacity is not False:
            out.append("consent:patient")
        if s in (INCAPABLE, NO_REPRESENTATIVE, PENDING) and self.has_capacity is False:
            out.append("consent:representative")
        if s in (NO_REPRESENTATIVE, PENDING) and self.has_capacity is False and self.unreachable is not None:
            out.append("consent:witness")
        if s == PENDING_CAPABLE:
            out.append("outcome:refuse")
        if s in (PENDING, PENDING_CAPABLE):
            out.append("outcome:died")
        if s == PENDING:
            out.append("outcome:discharged")
        if self.basis is not None:
            out.append("withdrawal")
        return out


def _err(field_: str, template: str, **params) -> ConsentError:
    return ConsentError(field_, template, **params)


def apply(state: ConsentState, event: dict, now: dt.datetime, *, representative_ids: list[str],
          witness_roles: list[dict]) -> tuple[ConsentState, dict]:
    """Validate `event` against the state; return (new state, clean event)."""
    ev = validate_event(event, now, representative_ids=representative_ids, witness_roles=witness_roles)
    at = parse_time(ev["at"], "at")
    if state.last_at is not None and at < parse_time(state.last_at, "at"):
        raise _err("at", QT_TRANSLATE_NOOP("core", "This step is dated before the previous consent step; steps must be recorded in the order they happened."))
    kind, s = ev["kind"], state.status
    new = replace(state, last_at=ev["at"], events=state.events + 1)

    if kind == "capacity":
        if s in TERMINAL:
            raise _err("kind", QT_TRANSLATE_NOOP("core", "The patient's participation has ended; no capacity assessment is needed."))
        cap = ev["has_capacity"]
        new = replace(new, has_capacity=cap, capacity_reason=ev["reason"])
        if s == NONE and not cap:
            new = replace(new, status=INCAPABLE)
        elif s in (INCAPABLE, NO_REPRESENTATIVE) and cap:
            new = replace(new, status=NONE, unreachable=None)
        elif s == PENDING and cap:
            new = replace(new, status=PENDING_CAPABLE)
        elif s == PENDING_CAPABLE and not cap:
            new = replace(new, status=PENDING)
        return new, ev

    if kind == "unreachable":
        if s == NONE or state.has_capacity is not False:
            raise _err("kind", QT_TRANSLATE_NOOP("core", "First record that the patient cannot understand and decide (capacity assessment)."))
        if s not in (INCAPABLE, NO_REPRESENTATIVE):
            raise _err("kind", QT_TRANSLATE_NOOP("core", "A consent is already in place; there is no need to record attempts to reach a representative."))
        return replace(new, status=NO_REPRESENTATIVE, unreachable=ev), ev

    if kind == "consent":
        p = ev["pathway"]
        if s in TERMINAL:
            raise _err("kind", QT_TRANSLATE_NOOP("core", "The patient's participation has ended (refusal, withdrawal, death or discharge); a new consent cannot be recorded."))
        if p == "patient":
            if state.has_capacity is False:
                raise _err("pathway", QT_TRANSLATE_NOOP("core", "The latest assessment says the patient cannot decide. Record a new capacity assessment before the patient signs."))
            if s in (NONE, CONSENTED):
                return replace(new, status=CONSENTED, basis=ev), ev
            if s == PENDING_CAPABLE:
                return replace(new, status=CONSENTED, basis=ev, confirmed=ev, pending_since=None), ev
            raise _err("pathway", QT_TRANSLATE_NOOP("core", "The patient cannot sign at this step."))
        # surrogate pathways
        if state.has_capacity is not False:
            raise _err("pathway", QT_TRANSLATE_NOOP("core", "A representative or witness may consent only after a physician records that the patient cannot understand and decide."))
        if p == "representative":
            if s not in (INCAPABLE, NO_REPRESENTATIVE, PENDING):
                raise _err("pathway", QT_TRANSLATE_NOOP("core", "A representative cannot consent at this step."))
        else:  # witness
            if state.unreachable is None:
                raise _err("pathway", QT_TRANSLATE_NOOP("core", "An impartial witness may consent only after recording that no legal representative could be reached (whom you tried, when)."))
            if s not in (NO_REPRESENTATIVE, PENDING):
                raise _err("pathway", QT_TRANSLATE_NOOP("core", "A witness cannot consent at this step."))
        since = state.pending_since if s == PENDING else ev["at"]
        return replace(new, status=PENDING, basis=ev, pending_since=since), ev

    if kind == "outcome":
        o = ev["outcome"]
        if o == "refuse":
            if s != PENDING_CAPABLE:
                raise _err("outcome", QT_TRANSLATE_NOOP("core", "A refusal at confirmation needs a pending confirmation and a new assessment that the patient can decide."))
            return replace(new, status=REFUSED, refusal=ev), ev
        if o == "died":
            if s not in (PENDING, PENDING_CAPABLE):
                raise _err("outcome", QT_TRANSLATE_NOOP("core", "There is no pending confirmation to close."))
            return replace(new, status=ENDED, end=ev), ev
        if s != PENDING:
            raise _err("outcome", QT_TRANSLATE_NOOP("core", "Discharge without regaining capacity applies only while the patient still cannot decide and confirmation is pending."))
        return replace(new, status=ENDED, end=ev), ev

    # withdrawal
    if state.basis is None:
        raise _err("kind", QT_TRANSLATE_NOOP("core", "There is no consent to withdraw."))
    if ev["by"] not in state.right_holders():
        raise _err("by", QT_TRANSLATE_NOOP("core", "The representative can no longer withdraw: the patient can decide and holds that right."))
    scope = list(ev["scope"])
    if state.withdrawal is not None:
        scope = [x for x in ("stop_treatment", "stop_follow_up", "object_data_use")
                 if x in scope or x in state.withdrawal["scope"]]
    return replace(new, status=WITHDRAWN, withdrawal=dict(ev, scope=scope)), ev


def replay(events: list[dict], now: dt.datetime, *, representative_ids: list[str],
           witness_roles: list[dict]) -> ConsentState:
    state = ConsentState()
    for e in events:
        state, _ = apply(state, e, now, representative_ids=representative_ids, witness_roles=witness_roles)
    return state


def objects_to_data_use(state: ConsentState) -> bool:
    if state.refusal is not None and state.refusal.get("objects_to_data_use"):
        return True
    return bool(state.withdrawal and "object_data_use" in state.withdrawal["scope"])
