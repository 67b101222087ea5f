"""End of participation: one record per patient, one reason (completed,
withdrawn, died, lost to follow-up, investigator decision) with the facts
that reason needs. Once recorded, the patient's open tasks close: visits
still to come are no longer due (``visits.schedule`` marks them closed) and
the dashboard stops listing the patient's infusions and visits."""
from __future__ import annotations

from datetime import date

from bedside.errors import ValidationError
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.record_types import check_content
from bedside.roles import Permission

from . import visits as V, writes
from .protocol import load
from .schema import END

CONSENT_STEP = "consent_step"


def withdrawals(session, patient_id: str) -> list:
    """The patient's consent withdrawals (consent capability's steps)."""
    return [v for v in session.records.list_latest(CONSENT_STEP, patient_id=patient_id)
            if v.content.get("kind") == "withdrawal"]


def check_end(session, patient_id: str, content: dict, record_id: str | None = None) -> None:
    check_content(END, content)
    inc = V.inclusion_date(session, patient_id)
    if inc is None:
        raise ValidationError("patient", QT_TRANSLATE_NOOP(
            "core", "This patient is not included: there is no participation to end."))
    end = date.fromisoformat(content["end_date"])
    if end < inc:
        raise ValidationError("end_date", QT_TRANSLATE_NOOP(
            "core", "The last day of participation is before the inclusion ({inclusion})."),
            inclusion=inc.isoformat())
    if end > V.today(session):
        raise ValidationError("end_date", QT_TRANSLATE_NOOP(
            "core", "The last day of participation {date} is in the future."), date=end.isoformat())
    old = V.end_version(session, patient_id)
    if old is not None and old.record_id != record_id:
        raise ValidationError("reason", QT_TRANSLATE_NOOP(
            "core", "The end of participation is already recorded: correct it instead."))
    visits = V.visit_versions(session, patient_id)
    # a visit that reports the death may come after it; any other visit is participation
    later = [v for v in visits if date.fromisoformat(v.content["visit_date"]) > end
             and v.content["vital_status"] != "died"]
    if later:
        raise ValidationError("end_date", QT_TRANSLATE_NOOP(
            "core", "A follow-up visit is recorded after {date}: the participation cannot end before it."),
            date=end.isoformat())
    reason = content["reason"]
    p = load()
    if reason == "completed" and not any(v.content["visit"] == p.final_visit for v in visits):
        raise ValidationError("reason", QT_TRANSLATE_NOOP(
            "core", "Completed needs the day-{day} visit recorded first."), day=p.final_day())
    if reason == "withdrawn":
        step = next((w for w in withdrawals(session, patient_id)
                     if w.record_id == content["withdrawal_step_id"]), None)
        if step is None:
            raise ValidationError("withdrawal_step_id", QT_TRANSLATE_NOOP(
                "core", "Record the consent withdrawal first: the end of participation names it."))
        if sorted(step.content.get("scope") or []) != sorted(content["withdrawal_scope"]):
            raise ValidationError("withdrawal_scope", QT_TRANSLATE_NOOP(
                "core", "The scope must be the one recorded with the consent withdrawal."))
    died_at = {v.content["death_date"] for v in visits if v.content["vital_status"] == "died"}
    if died_at and (reason != "died" or died_at != {content["death_date"]}):
        raise ValidationError("reason", QT_TRANSLATE_NOOP(
            "core", "A follow-up visit records the death on {date}: the end of participation must say so."),
            date=sorted(died_at)[0])
    if reason == "died" and date.fromisoformat(content["death_date"]) < inc:
        raise ValidationError("death_date", QT_TRANSLATE_NOOP(
            "core", "The date of death is before the inclusion ({inclusion})."), inclusion=inc.isoformat())


def record_end(session, patient_id: str, content: dict):
    return writes.create(session, Permission.SIGN_FOLLOW_UP, END, check_end, patient_id, content)


def correct_end(session, record_id: str, content: dict, reason: str):
    return writes.correct(session, Permission.SIGN_FOLLOW_UP, END, check_end, record_id, content, reason)
