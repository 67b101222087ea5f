"""Screen failures, recorded and retracted: an assessed patient who is not
included gets one
structured record (``screen_failure``, declared in ``schema.py``) with
either the protocol's criterion codes not met or one coded non-clinical
reason (``resources/eligibility/screen_failure_reasons.json``).

The rules here hold for every caller of the core (screens, CLI, demo); the
record's own shape is checked again at every door (sync push and pull,
verify) by its declaration.

* criteria: the assessment must show each named criterion as not met
  (default: all the criteria it shows not met);
* non-clinical: refused when the assessment is *not eligible* (then the
  criteria are the reason, so CONSORT never counts a patient twice);
* never for an included patient, and an included patient cannot carry one;
* a change is a correction with a reason; ``retract_screen_failure``
  withdraws one recorded by mistake, or for a patient who is included after
  all: a new version marked ``cancelled`` whose author, time and reason say
  who retracted it, when and why (nothing is deleted; the screening log and
  CONSORT stop counting it). Who may: whoever may record one
  (``edit_clinical``) -- retracting only puts the patient back in
  screening; including still needs the investigator's signed assessment.

The screening outcome (``screening_outcome``) follows: criteria →
*not eligible*, consent refused → *declined*, any other reason → *other*.
"""
from __future__ import annotations

from bedside.errors import ValidationError
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.patients import get_patient
from bedside.roles import Permission

from . import evaluator as E
from . import service as S
from .screen_failure import CRITERIA, NON_CLINICAL, RECORD, latest_version
from .screen_failure_reasons import reason as find_reason


def set_outcome(session, patient_id: str, outcome: str, note: str = "", failed: list[str] | None = None,
                reason: str = "screening outcome"):
    """Record a screening outcome the way the screening log words it:
    ``not_eligible`` (the criteria not met), ``declined`` (consent refused) or
    ``other`` (a note says why).  Each is a screen failure
    (:mod:`.screen_failure`), the one structured record of the reason;
    "included" is only set by :func:`.service.include_patient`."""
    session.require(Permission.EDIT_CLINICAL)
    if outcome not in ("not_eligible", "declined", "other"):
        raise ValidationError("outcome", QT_TRANSLATE_NOOP("core", "Choose a screening outcome."))
    if len(note or "") > 500:
        raise ValidationError("note", QT_TRANSLATE_NOOP("core", "The note is too long (500 characters at most)."))
    if outcome == "not_eligible":
        return record_screen_failure(session, patient_id, criteria=failed, note=note, why_changed=reason)
    return record_screen_failure(session, patient_id, reason="consent_refused" if outcome == "declined" else "other",
                                 note=note, why_changed=reason)


def record_screen_failure(session, patient_id: str, *, criteria: list[str] | None = None,
                          reason: str | None = None, note: str = "",
                          why_changed: str | None = None):
    """Record why an assessed patient is not included: ``criteria`` (codes
    not met; ``[]`` or None with no ``reason`` = every criterion the
    assessment shows not met) or ``reason`` (a coded non-clinical reason).
    Returns the stored RecordVersion."""
    session.require(Permission.EDIT_CLINICAL)
    patient = get_patient(session, patient_id)
    if patient.subject_id:
        raise ValidationError("screen_failure", QT_TRANSLATE_NOOP(
            "core", "This patient is included: a screen failure cannot be recorded."))
    note = (note or "").strip()
    st = S.assessment_state(session, patient_id)
    status = st.evaluation.status if st.version is not None else "not_assessed"
    if reason is None:
        if st.version is None:
            raise ValidationError("criteria", QT_TRANSLATE_NOOP(
                "core", "No eligibility assessment is saved: record its criteria first, or give a "
                "non-clinical reason."))
        shown = list(st.evaluation.not_met)
        chosen = list(dict.fromkeys(criteria or shown))
        wrong = [c for c in chosen if c not in shown]
        if not chosen or wrong:
            raise ValidationError("criteria", QT_TRANSLATE_NOOP(
                "core", "The assessment does not show {criteria} as not met: correct the checklist first."),
                criteria=", ".join(wrong) or "—")
        content = {"kind": CRITERIA, "criteria": chosen, "reason": None}
    else:
        r = find_reason(reason)
        if r is None or criteria:
            raise ValidationError("reason", QT_TRANSLATE_NOOP("core", "Choose one reason for the screen failure."))
        if status == E.NOT_ELIGIBLE:
            raise ValidationError("reason", QT_TRANSLATE_NOOP(
                "core", "The assessment shows this patient not eligible ({criteria}): record the "
                "criteria not met as the reason."), criteria=", ".join(st.evaluation.not_met))
        if r.needs_note and not note:
            raise ValidationError("note", QT_TRANSLATE_NOOP("core", "Explain this reason in the note."))
        content = {"kind": NON_CLINICAL, "criteria": [], "reason": reason}
    today = session.clock.now().astimezone(S.local_tz(session)).date().isoformat()
    content.update(protocol_key=st.protocol.key, assessment_status=status, decided_on=today,
                   note=note, cancelled=False)
    old = latest_version(session, patient_id)
    if old is None:
        v = session.records.create(RECORD, content, patient_id=patient_id)
    else:
        same = {k: old.content.get(k) for k in ("kind", "criteria", "reason", "note", "cancelled")}
        if same == {k: content[k] for k in same}:
            return old
        if not old.content.get("cancelled") and not (why_changed and why_changed.strip()):
            raise ValidationError("reason", QT_TRANSLATE_NOOP(
                "core", "A screen failure is already recorded: give a reason for the change."))
        v = session.records.correct(old.record_id, content, (why_changed or "screen failure recorded again").strip())
    outcome = "not_eligible" if content["kind"] == CRITERIA else (
        "declined" if reason == "consent_refused" else "other")
    S.write_outcome(session, patient_id, outcome, content["criteria"], note)
    return v


def retract_screen_failure(session, patient_id: str, why: str):
    """Retract the patient's screen failure: a new version marked
    ``cancelled`` with *why* (the first stays in the history); the patient
    is back in screening."""
    session.require(Permission.EDIT_CLINICAL)
    old = latest_version(session, patient_id)
    if old is None or old.content.get("cancelled"):
        raise ValidationError("screen_failure", QT_TRANSLATE_NOOP("core", "No screen failure is recorded for this patient."))
    if not (why and why.strip()):
        raise ValidationError("reason", QT_TRANSLATE_NOOP("core", "Give a reason for retracting the screen failure."))
    v = session.records.correct(old.record_id, dict(old.content, cancelled=True), why.strip())
    S.write_outcome(session, patient_id, "screening", [], "")
    return v
