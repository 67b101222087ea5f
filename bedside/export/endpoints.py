"""The trial's day-28 primary endpoints, per included patient and for the
study: safety (adverse events with onset from inclusion to day 28, by CTCAE
grade and seriousness; AESI by category) and, for Group B, vital status at
day 28. Computed from stored contents (``ExportData``), so the app's view
and the export (CSV, ODM, FHIR) say the same thing."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from bedside.export.source import ExportData, ExportVersion
from bedside.followup.protocol import load
from bedside.followup.schema import END, VISIT
from bedside.infusion.inclusion import INCLUSION_RECORD_TYPES, inclusion_date

AE = "adverse_event"
ALIVE, DIED, UNKNOWN, NOT_REACHED = "alive", "died", "unknown", "not_reached"
GRADES = (1, 2, 3, 4, 5)


@dataclass
class PatientEndpoints:
    patient_id: str
    group: str                    # "A" | "B" | "" (unknown)
    inclusion: date
    day28: date
    reached: bool
    ae_by_grade: dict[int, int] = field(default_factory=dict)
    ae_total: int = 0
    ae_serious: int = 0
    aesi_by_category: dict[str, int] = field(default_factory=dict)
    vital_status: str = UNKNOWN   # at day 28: alive | died | unknown | not_reached
    death_date: str = ""


@dataclass
class StudyEndpoints:
    included: int = 0
    reached: int = 0
    ae_by_grade: dict[int, int] = field(default_factory=lambda: {g: 0 for g in GRADES})
    ae_total: int = 0
    ae_serious: int = 0
    aesi_by_category: dict[str, int] = field(default_factory=dict)
    patients_with_sae: int = 0
    group_b: int = 0
    group_b_vital: dict[str, int] = field(default_factory=lambda: {ALIVE: 0, DIED: 0, UNKNOWN: 0, NOT_REACHED: 0})


def _when(value) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        d = datetime.fromisoformat(value)
    except ValueError:
        return None
    return d.astimezone().date() if d.tzinfo else d.date()


def _group(assessments: list[ExportVersion]) -> str:
    for v in reversed(assessments):
        answers = v.content.get("answers") if isinstance(v.content.get("answers"), dict) else {}
        g = answers.get("oxygen_group") or v.content.get("group")
        if g in ("A", "B"):
            return g
    return ""


def patient_endpoints(data: ExportData, today: date) -> list[PatientEndpoints]:
    """One entry per included patient, in order of first record."""
    p = load()
    aesi = [c.id for c in p.aesi]
    latest: dict[str, list[ExportVersion]] = {}
    for v in data.latest():
        if v.patient_id:
            latest.setdefault(v.patient_id, []).append(v)
    out = []
    for pid in data.patient_ids():
        records = latest.get(pid, [])
        patient = next((v for v in records if v.record_type == "patient"), None)
        if patient is None:
            continue
        assessments = [v for v in records if v.record_type in INCLUSION_RECORD_TYPES]
        given = [datetime.fromisoformat(v.created_utc.replace("Z", "+00:00"))
                 for v in data.history(pid) if v.content.get("subject_id")]
        inc = inclusion_date(patient.content, [v.content for v in assessments], given)
        if inc is None:
            continue
        d28 = inc + timedelta(days=p.endpoint_day())
        e = PatientEndpoints(pid, _group(assessments), inc, d28, today >= d28,
                             ae_by_grade={g: 0 for g in GRADES}, aesi_by_category={c: 0 for c in aesi})
        for v in records:
            if v.record_type != AE:
                continue
            onset = _when(v.content.get("onset_utc"))
            if onset is None or not inc <= onset <= d28:
                continue
            e.ae_total += 1
            grade = v.content.get("grade")
            if grade in e.ae_by_grade:
                e.ae_by_grade[grade] += 1
            e.ae_serious += v.content.get("serious") is True
            if v.content.get("aesi") in e.aesi_by_category:
                e.aesi_by_category[v.content["aesi"]] += 1
        deaths = sorted(d for v in records if v.record_type in (VISIT, END)
                        for d in [v.content.get("death_date")] if isinstance(d, str) and d)
        seen_alive = any(v.record_type == VISIT and v.content.get("vital_status") == ALIVE
                         and (_when(v.content.get("visit_date")) or date.min) >=
                         d28 + timedelta(days=p.visit(p.endpoint_visit).window_days[0])
                         for v in records)
        if deaths and date.fromisoformat(deaths[0]) <= d28:
            e.vital_status, e.death_date = DIED, deaths[0]
        elif seen_alive or (deaths and date.fromisoformat(deaths[0]) > d28):
            e.vital_status = ALIVE
        elif not e.reached:
            e.vital_status = NOT_REACHED
        out.append(e)
    return out


def study_endpoints(patients: list[PatientEndpoints]) -> StudyEndpoints:
    s = StudyEndpoints(aesi_by_category={c.id: 0 for c in load().aesi})
    for e in patients:
        s.included += 1
        s.reached += e.reached
        for g, n in e.ae_by_grade.items():
            s.ae_by_grade[g] += n
        s.ae_total += e.ae_total
        s.ae_serious += e.ae_serious
        s.patients_with_sae += e.ae_serious > 0
        for c, n in e.aesi_by_category.items():
            s.aesi_by_category[c] = s.aesi_by_category.get(c, 0) + n
        if e.group == "B":
            s.group_b += 1
            s.group_b_vital[e.vital_status] += 1
    return s


def data_date(data: ExportData) -> date:
    """The day an export (or the view) is made: the data's creation time."""
    return _when(data.created_utc.replace("Z", "+00:00")) or date.today()
