"""Screened patients: identity (only ever stored in the encrypted vault),
the anthropometry that drives the dose, the wristband code, the screening
number given at registration and the study subject id given at inclusion."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from bedside.names import PatientId, RecordType
from .errors import NotFound, ValidationError
from .inputs import typed_text
from .i18n import QT_TRANSLATE_NOOP
from .numbering import next_screening_number, next_subject_id
from .records import DAMAGED_NOTICE
from .roles import Permission

if TYPE_CHECKING:  # pragma: no cover
    from .session import Session

SEXES = ("F", "M")
_MRN = re.compile(r"^[A-Za-z0-9-]{3,20}$")
_WRISTBAND = re.compile(r"^[A-Za-z0-9-]{3,40}$")


@dataclass(frozen=True)
class Patient:
    id: str
    mrn: str
    family_name: str
    given_name: str
    date_of_birth: date
    sex: str
    weight_kg: float
    height_cm: float
    wristband: str
    screening_number: str
    subject_id: str | None
    version: int
    damaged_notice: str | None = None   # the newest version is damaged: this is the last good one

    @property
    def display_name(self) -> str:
        return f"{self.family_name.upper()}, {self.given_name}"

    def age_on(self, day: date) -> int:
        years = day.year - self.date_of_birth.year
        if (day.month, day.day) < (self.date_of_birth.month, self.date_of_birth.day):
            years -= 1
        return years

    def label(self) -> str:
        """What a screen may show to identify the patient: subject id if included."""
        return self.subject_id or self.screening_number


def _number(field: str, value: Any, low: float, high: float, template: str) -> float:
    try:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise TypeError
        x = float(value.replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(field, QT_TRANSLATE_NOOP("core", "Enter a number.")) from None
    if not (low <= x <= high):
        raise ValidationError(field, template, low=low, high=high)
    return round(x, 1)


NAME_LABELS = {"family_name": QT_TRANSLATE_NOOP("core", "Family name"),
               "given_name": QT_TRANSLATE_NOOP("core", "Given name")}


_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def _date_typed(text: str) -> date:
    """A date as the screens show it (25/11/1960) or as stored (1960-11-25)."""
    m = _DAY_MONTH_YEAR.match(text)
    return date(int(m[3]), int(m[2]), int(m[1])) if m else date.fromisoformat(text)


def validate(data: dict, today: date) -> dict:
    """Return the cleaned patient fields or raise ValidationError naming the field."""
    mrn = data.get("mrn", "")
    mrn = mrn.strip() if isinstance(mrn, str) else ""
    if not _MRN.match(mrn):
        raise ValidationError("mrn", QT_TRANSLATE_NOOP(
            "core", "The hospital number is 3 to 20 letters, digits or dashes."))
    family = typed_text(data.get("family_name"), "family_name", label=NAME_LABELS["family_name"])
    given = typed_text(data.get("given_name"), "given_name", label=NAME_LABELS["given_name"])
    if not family or len(family) > 80:
        raise ValidationError("family_name", QT_TRANSLATE_NOOP("core", "Enter the family name."))
    if not given or len(given) > 80:
        raise ValidationError("given_name", QT_TRANSLATE_NOOP("core", "Enter the given name."))
    raw_dob = data.get("date_of_birth")
    try:
        dob = raw_dob if isinstance(raw_dob, date) else _date_typed(str(raw_dob).strip())
    except ValueError:
        raise ValidationError("date_of_birth", QT_TRANSLATE_NOOP(
            "core", "Enter the date of birth as day/month/year (DD/MM/YYYY).")) from None
    if isinstance(dob, datetime):
        dob = dob.date()
    if dob > today:
        raise ValidationError("date_of_birth", QT_TRANSLATE_NOOP(
            "core", "The date of birth cannot be in the future."))
    if dob.year < 1900:
        raise ValidationError("date_of_birth", QT_TRANSLATE_NOOP(
            "core", "The date of birth is before 1900; check the year."))
    sex = data.get("sex")
    sex = sex.strip().upper() if isinstance(sex, str) else ""
    if sex not in SEXES:
        raise ValidationError("sex", QT_TRANSLATE_NOOP("core", "Choose the sex: F or M."))
    weight = _number("weight_kg", data.get("weight_kg"), 20, 350, QT_TRANSLATE_NOOP(
        "core", "Weight must be between {low} and {high} kg."))
    height = _number("height_cm", data.get("height_cm"), 100, 250, QT_TRANSLATE_NOOP(
        "core", "Height must be between {low} and {high} cm."))
    wristband = data.get("wristband") or mrn
    wristband = wristband.strip() if isinstance(wristband, str) else ""
    if not _WRISTBAND.match(wristband):
        raise ValidationError("wristband", QT_TRANSLATE_NOOP(
            "core", "The wristband code is 3 to 40 letters, digits or dashes."))
    return {"mrn": mrn, "family_name": family, "given_name": given,
            "date_of_birth": dob.isoformat(), "sex": sex, "weight_kg": weight,
            "height_cm": height, "wristband": wristband}


def _from_version(v, damaged_notice: str | None = None) -> Patient:
    c = v.content
    return Patient(id=v.record_id, mrn=c["mrn"], family_name=c["family_name"],
                   given_name=c["given_name"], date_of_birth=date.fromisoformat(c["date_of_birth"]),
                   sex=c["sex"], weight_kg=c["weight_kg"], height_cm=c["height_cm"],
                   wristband=c["wristband"], screening_number=c["screening_number"],
                   subject_id=c.get("subject_id"), version=v.version,
                   damaged_notice=damaged_notice)


def list_patients(session: "Session") -> list[Patient]:
    session.require(Permission.VIEW_PATIENTS)
    # list_latest skips versions that do not match the patient declaration
    return [_from_version(v) for v in session.records.list_latest(RecordType.PATIENT)]


def get_patient(session: "Session", patient_id: PatientId) -> Patient:
    session.require(Permission.VIEW_PATIENTS)
    good = session.records.latest_good(patient_id)
    if good.version.record_type != RecordType.PATIENT:
        raise NotFound(what="patient")
    return _from_version(good.version, DAMAGED_NOTICE if good.damaged else None)


def register_patient(session: "Session", data: dict) -> Patient:
    session.require(Permission.REGISTER_PATIENT)
    clean = validate(data, session.clock.now().date())
    existing = list_patients(session)
    if any(p.mrn.lower() == clean["mrn"].lower() for p in existing):
        raise ValidationError("mrn", QT_TRANSLATE_NOOP(
            "core", "A patient with this hospital number is already registered."))
    if any(p.wristband == clean["wristband"] for p in existing):
        raise ValidationError("wristband", QT_TRANSLATE_NOOP(
            "core", "This wristband code already belongs to another patient."))
    clean["screening_number"] = next_screening_number(session, existing)
    clean["subject_id"] = None
    return _from_version(session.records.create(RecordType.PATIENT, clean))


def correct_patient(session: "Session", patient_id: PatientId, changes: dict, reason: str) -> Patient:
    session.require(Permission.REGISTER_PATIENT)
    current = session.records.latest_good(patient_id).version.content
    merged = {**current, **changes}
    clean = validate(merged, session.clock.now().date())
    for other in list_patients(session):
        if other.id != patient_id and other.mrn.lower() == clean["mrn"].lower():
            raise ValidationError("mrn", QT_TRANSLATE_NOOP(
                "core", "A patient with this hospital number is already registered."))
    clean["screening_number"] = current["screening_number"]
    clean["subject_id"] = current.get("subject_id")
    return _from_version(session.records.correct(patient_id, clean, reason))


def assign_subject_id(session: "Session", patient_id: PatientId, reason: str) -> Patient:
    """Give the next study subject id at inclusion: the site format in this
    PC's series (TJT-03-001; TJT-001 on a PC never enrolled), numbering.py."""
    session.require(Permission.SIGN_ELIGIBILITY)
    current = session.records.latest_good(patient_id).version.content
    if current.get("subject_id"):
        return get_patient(session, patient_id)
    fmt = session.settings.get("subject_id_format", "TJT-{n:03d}")
    new = {**current, "subject_id": next_subject_id(session, list_patients(session), fmt)}
    return _from_version(session.records.correct(patient_id, new, reason))


def search_patients(session: "Session", text: str) -> list[Patient]:
    """Match name, subject id, screening number or hospital number (MRN)."""
    needle = (text or "").strip().lower()
    patients = list_patients(session)
    if not needle:
        return patients
    def hay(p: Patient) -> str:
        return " ".join([p.family_name, p.given_name, p.mrn, p.wristband,
                         p.screening_number, p.subject_id or ""]).lower()
    return [p for p in patients if all(part in hay(p) for part in needle.split())]


def find_by_wristband(session: "Session", code: str) -> Patient | None:
    code = (code or "").strip()
    return next((p for p in list_patients(session) if p.wristband == code), None)
