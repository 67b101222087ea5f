"""Screen failures: an assessed patient who is not included gets one
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

from dataclasses import dataclass

from bedside.errors import ValidationError
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.names import PatientId, RecordId, RecordType
from bedside.patients import get_patient
from bedside.roles import Permission

from . import evaluator
from .screen_failure_reasons import reason as find_reason

CRITERIA, NON_CLINICAL = "criteria", "non_clinical"


@dataclass(frozen=True)
class ScreenFailure:
    record_id: RecordId
    kind: str
    criteria: tuple[str, ...]
    reason: str | None
    note: str
    decided_on: str
    protocol_key: str
    assessment_status: str


def _live(session, patient_id: PatientId):
    """The patient's screen-failure record (latest version), cancelled or not."""
    vs = session.records.list_latest(RecordType.SCREEN_FAILURE, patient_id=patient_id)
    return vs[0] if vs else None


def screen_failure(session, patient_id: PatientId) -> ScreenFailure | None:
    """The patient's screen failure in force, or None."""
    session.require(Permission.VIEW_PATIENTS)
    v = _live(session, patient_id)
    if v is None or v.content.get("cancelled"):
        return None
    c = v.content
    return ScreenFailure(v.record_id, c["kind"], tuple(c["criteria"]), c.get("reason"), c.get("note", ""),
                         c["decided_on"], c["protocol_key"], c["assessment_status"])


def record_screen_failure(session, patient_id: PatientId, *, criteria: list[str] | None = None,
                          reason: str | None = None, note: str = "",
                          why_changed: str | None = None):
    """Record why an assessed patient is not included: ``criteria`` (codes
    not met; ``[]`` or None with no ``reason`` = every criterion the
    assessment shows not met) or ``reason`` (a coded non-clinical reason).
    Returns the stored RecordVersion."""
    from . import service  # service imports this module for include_patient
    session.require(Permission.EDIT_CLINICAL)
    patient = get_patient(session, patient_id)
    if patient.subject_id:
        raise ValidationError("screen_failure", QT_TRANSLATE_NOOP(
            "core", "This patient is included: a screen failure cannot be recorded."))
    note = (note or "").strip()
    st = service.assessment_state(session, patient_id)
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
        if status == evaluator.NOT_ELIGIBLE:
            raise ValidationError("reason", QT_TRANSLATE_NOOP(
                "core", "The assessment shows this patient not eligible ({criteria}): record the "
                "criteria not met as the reason."), criteria=", ".join(st.evaluation.not_met))
        if r.needs_note and not note:
            raise ValidationError("note", QT_TRANSLATE_NOOP("core", "Explain this reason in the note."))
        content = {"kind": NON_CLINICAL, "criteria": [], "reason": reason}
    today = session.clock.now().astimezone(service.local_tz(session)).date().isoformat()
    content.update(protocol_key=st.protocol.key, assessment_status=status, decided_on=today,
                   note=note, cancelled=False)
    old = _live(session, patient_id)
    if old is None:
        v = session.records.create(RecordType.SCREEN_FAILURE, content, patient_id=patient_id)
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
    service.write_outcome(session, patient_id, outcome, content["criteria"], note)
    return v


def retraction(session, patient_id: PatientId):
    """The version that retracted the patient's screen failure (its author,
    time and reason), or None when none was retracted or one is in force."""
    session.require(Permission.VIEW_PATIENTS)
    v = _live(session, patient_id)
    return v if v is not None and v.content.get("cancelled") else None


def retract_screen_failure(session, patient_id: PatientId, why: str):
    """Retract the patient's screen failure: a new version marked
    ``cancelled`` with *why* (the first stays in the history); the patient
    is back in screening."""
    from . import service
    session.require(Permission.EDIT_CLINICAL)
    old = _live(session, patient_id)
    if old is None or old.content.get("cancelled"):
        raise ValidationError("screen_failure", QT_TRANSLATE_NOOP("core", "No screen failure is recorded for this patient."))
    if not (why and why.strip()):
        raise ValidationError("reason", QT_TRANSLATE_NOOP("core", "Give a reason for retracting the screen failure."))
    v = session.records.correct(old.record_id, dict(old.content, cancelled=True), why.strip())
    service.write_outcome(session, patient_id, "screening", [], "")
    return v
