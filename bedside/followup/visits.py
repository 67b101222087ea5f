"""Follow-up visits of an included patient: the schedule from the protocol
file (day 28, day 90 with their windows, plus unscheduled visits), the
visit record with the rules that need other records (inclusion date, AE log,
end of participation), corrections with a reason and the investigator's
sign-off."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bedside.errors import ValidationError
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.infusion.plan import window_status
from bedside.infusion.store import InfusionStore
from bedside.participation import end_version
from bedside.record_fields import aware_or_none
from bedside.record_types import check_content
from bedside.roles import Permission

from . import writes
from .protocol import load
from .schema import VISIT

SIGN_MEANING = "follow-up visit signed"
AE = "adverse_event"
UPCOMING, DUE, OVERDUE, DONE, CLOSED = "upcoming", "due", "overdue", "done", "closed"


@dataclass(frozen=True)
class VisitSlot:
    """One scheduled visit of one patient and where it stands today."""
    id: str
    day: int
    label: dict
    target: date
    window_start: date
    window_end: date
    status: str                     # upcoming | due | overdue | done | closed (participation ended)
    record_id: str | None = None


@dataclass(frozen=True)
class VisitView:
    version: object                 # RecordVersion
    signed: bool

    @property
    def content(self) -> dict:
        return self.version.content


def today(session) -> date:
    return session.clock.now().astimezone().date()


def inclusion_date(session, patient_id: str) -> date | None:
    return InfusionStore(session).inclusion_date(patient_id)


def visit_versions(session, patient_id: str) -> list:
    return sorted(session.records.list_latest(VISIT, patient_id=patient_id),
                  key=lambda v: (v.content["visit_date"], v.created_utc))


def visits(session, patient_id: str) -> list[VisitView]:
    return [VisitView(v, bool(session.valid_signatures(v, SIGN_MEANING)))
            for v in visit_versions(session, patient_id)]


def schedule(session, patient_id: str, on: date | None = None) -> list[VisitSlot]:
    """The scheduled visits of an included patient ([] when not included)."""
    inc = inclusion_date(session, patient_id)
    if inc is None:
        return []
    on = on or today(session)
    done = {v.content["visit"]: v.record_id for v in visit_versions(session, patient_id)}
    ended = end_version(session, patient_id) is not None
    out = []
    for f in load().visits:
        t = inc + timedelta(days=f.day)
        a, b = t + timedelta(days=f.window_days[0]), t + timedelta(days=f.window_days[1])
        status = DONE if f.id in done else CLOSED if ended else window_status(a, b, on)
        out.append(VisitSlot(f.id, f.day, f.label, t, a, b, status, done.get(f.id)))
    return out


def aesi_events(session, patient_id: str, up_to: date | None = None) -> dict[str, list]:
    """The AE log's adverse events of special interest of this patient, by
    category (onset on or before *up_to* when given)."""
    out: dict[str, list] = {c.id: [] for c in load().aesi}
    for v in session.records.list_latest(AE, patient_id=patient_id):
        cat = v.content.get("aesi")
        onset = aware_or_none(v.content.get("onset_utc"))
        if cat in out and (up_to is None or (onset is not None and onset.astimezone().date() <= up_to)):
            out[cat].append(v)
    return out


def _fail(field: str, template: str, **params) -> None:
    raise ValidationError(field, template, **params)


def check_visit(session, patient_id: str, content: dict, record_id: str | None = None) -> None:
    """Every rule of a visit: its declaration first (the same as at every
    door), then what needs the patient's other records."""
    check_content(VISIT, content)
    inc = inclusion_date(session, patient_id)
    if inc is None:
        _fail("patient", QT_TRANSLATE_NOOP("core", "This patient is not included: no follow-up visit."))
    on = date.fromisoformat(content["visit_date"])
    if on < inc:
        _fail("visit_date", QT_TRANSLATE_NOOP("core", "The visit date {date} is before the inclusion ({inclusion})."),
              date=on.isoformat(), inclusion=inc.isoformat())
    if on > today(session):
        _fail("visit_date", QT_TRANSLATE_NOOP("core", "The visit date {date} is in the future."), date=on.isoformat())
    death = content.get("death_date")
    if death and date.fromisoformat(death) < inc:
        _fail("death_date", QT_TRANSLATE_NOOP("core", "The date of death is before the inclusion ({inclusion})."),
              inclusion=inc.isoformat())
    for key in ("icu_discharge_date", "hospital_discharge_date"):
        if content.get(key) and date.fromisoformat(content[key]) < inc:
            _fail(key, QT_TRANSLATE_NOOP("core", "A discharge date is before the inclusion ({inclusion})."),
                  inclusion=inc.isoformat())
    if content["visit"] != load().unscheduled.id:
        other = next((v for v in visit_versions(session, patient_id)
                      if v.content["visit"] == content["visit"] and v.record_id != record_id), None)
        if other is not None:
            _fail("visit", QT_TRANSLATE_NOOP("core", "This visit is already recorded: correct it instead."))
    end = end_version(session, patient_id)
    if end is not None and record_id is None and on > date.fromisoformat(end.content["end_date"]):
        _fail("visit_date", QT_TRANSLATE_NOOP(
            "core", "Participation ended on {date}: no visit after that day."), date=end.content["end_date"])
    logged = aesi_events(session, patient_id)
    for answer in content["aesi_review"]:
        cat = answer["category"]
        ids = {v.record_id for v in logged.get(cat, [])}
        wrong = [i for i in answer["ae_ids"] if i not in ids]
        if wrong:
            _fail("aesi_review", QT_TRANSLATE_NOOP(
                "core", "A linked event is not an adverse event of special interest of this patient in the "
                "adverse event log."))
        before = {v.record_id for v in aesi_events(session, patient_id, on).get(cat, [])}
        if not answer["occurred"] and before:
            _fail("aesi_review", QT_TRANSLATE_NOOP(
                "core", "The adverse event log holds an event of special interest of this kind before the "
                "visit: answer yes and link it."))


def record_visit(session, patient_id: str, content: dict):
    return writes.create(session, Permission.EDIT_CLINICAL, VISIT, check_visit, patient_id, content)


def correct_visit(session, record_id: str, content: dict, reason: str):
    return writes.correct(session, Permission.EDIT_CLINICAL, VISIT, check_visit, record_id, content, reason)


def sign_visit(session, record_id: str, password: str):
    """The investigator's sign-off of the visit's current version."""
    return session.sign(password, session.records.latest(record_id), SIGN_MEANING)
