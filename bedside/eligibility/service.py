"""Eligibility with storage: lab series, the assessment as versioned records,
the investigator's signature, inclusion, the screening log.

Other capabilities import::

    from bedside.eligibility.service import signed_assessment_status
    ok, reasons = signed_assessment_status(session, patient_id)

``ok`` is true only when the latest assessment version carries a valid
"eligibility confirmed" signature, no data entered since changes it, and it
evaluates (now) to eligible or provisionally eligible with its confirmation
not overdue.  Consent is deliberately *not* part of this answer: eligibility reads the
consent capability's typed decision (`bedside.consent.gate.consent_decision`)
as one criterion, and the infusion gate asks both; consent never asks
eligibility.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from bedside.consent.gate import consent_decision
from bedside.consent.status import ConsentDecision
from bedside.errors import NotFound, ValidationError
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.localtime import site_zone
from bedside.patients import assign_subject_id, get_patient, list_patients
from bedside.roles import Permission

from . import evaluator as E
from .assemble import LABS, build_facts, clean_answers
from .errors import InputError
from bedside.messages import Message, msg
from .protocol import Protocol, load_named
from .screen_failure import retraction, screen_failure
from .screening_settings import ScreeningSettings, screening_settings
from .units import canonical_unit
from .validate import parse_lab, validate_answers

ASSESSMENT = "eligibility_assessment"
LAB = "lab_value"
SCREENING = "screening_outcome"
MEANING = "eligibility confirmed"
OUTCOMES = ("screening", "included", "not_eligible", "declined", "other")
OUTCOME_LABELS = {
    "screening": QT_TRANSLATE_NOOP("core", "Screening"),
    "included": QT_TRANSLATE_NOOP("core", "Included"),
    "not_eligible": QT_TRANSLATE_NOOP("core", "Not eligible"),
    "declined": QT_TRANSLATE_NOOP("core", "Declined"),
    "other": QT_TRANSLATE_NOOP("core", "Other"),
}


# --- settings and protocol -------------------------------------------------------------

def settings_for(session) -> ScreeningSettings:
    return screening_settings(session.settings.all())


def protocol_for(session, file_name: str | None = None) -> Protocol:
    return load_named(file_name or settings_for(session).protocol_file)


def local_tz(session):
    """The site's named zone (not the offset of now: a date typed across a
    daylight-saving change keeps its own offset)."""
    return site_zone(session)


# --- lab series -----------------------------------------------------------------------------

@dataclass(frozen=True)
class LabEntry:
    record_id: str
    lab: str
    time: datetime
    value: float
    entered: str
    author: str


def add_lab_value(session, patient_id: str, lab: str, when, value, unit: str | None,
                  field_label: str | None = None, source: dict | None = None) -> LabEntry:
    """Validate and store one timed lab value (converted to the canonical unit);
    ``source``: the lab system's message it was accepted from (docs/hl7.md)."""
    session.require(Permission.EDIT_CLINICAL)
    if lab not in LABS:
        raise InputError("lab", QT_TRANSLATE_NOOP("core", "{field}: unknown lab."))
    get_patient(session, patient_id)
    entry = parse_lab(lab, when, value, unit, field_label or lab, session.clock.now(), local_tz(session))
    content = {"lab": lab, "time": entry["time"], "value": entry["value"],
               "unit": canonical_unit(lab), "entered": entry["entered"]}
    if source is not None:
        content["source"] = source
    return _lab_entry(session.records.create(LAB, content, patient_id=patient_id))


def correct_lab_value(session, record_id: str, when, value, unit, reason: str) -> LabEntry:
    session.require(Permission.EDIT_CLINICAL)
    old = session.records.latest(record_id)
    lab = old.content["lab"]
    entry = parse_lab(lab, when, value, unit, lab, session.clock.now(), local_tz(session))
    content = {"lab": lab, "time": entry["time"], "value": entry["value"],
               "unit": canonical_unit(lab), "entered": entry["entered"]}
    return _lab_entry(session.records.correct(record_id, content, reason))


def _lab_entry(v) -> LabEntry:
    c = v.content
    return LabEntry(v.record_id, c["lab"], datetime.fromisoformat(c["time"]), c["value"],
                    c.get("entered", ""), v.author_name)


def lab_series(session, patient_id: str) -> dict[str, list[LabEntry]]:
    out: dict[str, list[LabEntry]] = {lab: [] for lab in LABS}
    for v in session.records.list_latest(LAB, patient_id=patient_id):
        if v.content.get("lab") in out and not v.content.get("retracted"):
            out[v.content["lab"]].append(_lab_entry(v))
    for lst in out.values():
        lst.sort(key=lambda e: e.time)
    return out


def _labs_as_points(series: dict[str, list[LabEntry]]) -> dict[str, list[dict]]:
    return {lab: [{"time": e.time.isoformat(), "value": e.value} for e in entries]
            for lab, entries in series.items()}


# --- the assessment ---------------------------------------------------------------------------

@dataclass
class AssessmentState:
    """Everything the checklist and the gates need about one patient."""
    patient_id: str
    protocol: Protocol
    answers: dict
    facts: dict
    evaluation: E.Assessment
    version: object | None          # latest stored RecordVersion or None
    signatures: list = field(default_factory=list)   # valid on the latest version
    stale: bool = False             # data changed since the stored version
    consent_reasons: list[Message] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return bool(self.signatures) and not self.stale


def _latest_assessment(session, patient_id: str):
    versions = session.records.list_latest(ASSESSMENT, patient_id=patient_id)
    return versions[0] if versions else None


def _evaluate(session, protocol, facts, patient_id, lang="en"):
    decision, reasons = consent_decision(session, patient_id)
    live = dict(facts, consent_status=str(decision))
    return E.evaluate(protocol, live, session.clock.now(), lang, local_tz(session)), reasons


def assessment_state(session, patient_id: str, answers: dict | None = None, lang: str = "en") -> AssessmentState:
    """The stored assessment (or ``answers`` being edited), evaluated now."""
    session.require(Permission.VIEW_PATIENTS)
    patient = session.records.latest(patient_id)
    if patient.record_type != "patient":
        raise NotFound(what="patient")
    latest = _latest_assessment(session, patient_id)
    protocol = protocol_for(session, latest.content["protocol_file"] if latest else None)
    stored_answers = dict(latest.content["answers"]) if latest else {}
    use = clean_answers(answers if answers is not None else stored_answers)
    facts = build_facts(patient.content, use, _labs_as_points(lab_series(session, patient_id)))
    ev, consent_reasons = _evaluate(session, protocol, facts, patient_id, lang)
    stale = latest is not None and latest.content["facts"] != facts
    sigs = session.valid_signatures(latest, MEANING) if latest else []
    return AssessmentState(patient_id, protocol, use, facts, ev, latest, sigs, stale, consent_reasons)


def save_assessment(session, patient_id: str, answers: dict, reason: str | None = None):
    """Store the checklist as a new version.  A signed assessment is locked:
    changing it needs a reason and makes a new version that needs a new
    signature.  Returns the latest RecordVersion (unchanged if nothing changed)."""
    session.require(Permission.EDIT_CLINICAL)
    latest = _latest_assessment(session, patient_id)
    protocol = protocol_for(session, latest.content["protocol_file"] if latest else None)
    answers = validate_answers(protocol, clean_answers(answers), session.clock.now(), local_tz(session))
    st = assessment_state(session, patient_id, answers)
    content = {"protocol_file": st.protocol.file_name, "protocol_key": st.protocol.key,
               "answers": st.answers, "facts": st.facts,
               "result": {"status": st.evaluation.status, "not_met": st.evaluation.not_met,
                          "missing": st.evaluation.missing_inputs,
                          "due": min((r.due.isoformat() for r in st.evaluation.provisional), default=None)}}
    latest = st.version
    if latest is None:
        v = session.records.create(ASSESSMENT, content, patient_id=patient_id)
        _ensure_screening(session, patient_id)
        return v
    if {k: latest.content.get(k) for k in ("answers", "facts", "protocol_file")} == \
            {k: content[k] for k in ("answers", "facts", "protocol_file")}:
        return latest
    signed_before = bool(session.signatures_for(latest.record_id))
    if signed_before and not (reason and reason.strip()):
        raise ValidationError("reason", QT_TRANSLATE_NOOP(
            "core", "This assessment was signed: give a reason for the change. It will need a new signature."))
    return session.records.correct(latest.record_id, content,
                                   reason.strip() if reason and reason.strip() else "checklist updated")


def sign_assessment(session, patient_id: str, password: str):
    """The investigator's electronic signature, meaning "eligibility confirmed"."""
    session.require(Permission.SIGN_ELIGIBILITY)
    st = assessment_state(session, patient_id)
    if st.version is None:
        raise ValidationError("assessment", QT_TRANSLATE_NOOP("core", "Save the checklist before signing it."))
    if st.stale:
        raise ValidationError("assessment", QT_TRANSLATE_NOOP(
            "core", "Data changed since the checklist was saved: save it again, then sign."))
    if st.evaluation.status not in (E.ELIGIBLE, E.PROVISIONALLY_ELIGIBLE):
        raise ValidationError("assessment", QT_TRANSLATE_NOOP(
            "core", "Only an eligible or provisionally eligible assessment can be signed ({status})."),
            status=st.evaluation.status.replace("_", " "))
    return session.sign(password, st.version, MEANING)


def signed_assessment_status_details(session, patient_id: str) -> tuple[bool, list[Message]]:
    try:
        st = assessment_state(session, patient_id)
    except NotFound:
        return False, [msg(QT_TRANSLATE_NOOP("core", "Unknown patient."))]
    if st.version is None:
        return False, [msg(QT_TRANSLATE_NOOP("core", "No eligibility assessment has been recorded."))]
    reasons: list[Message] = []
    if len(session.records.list_latest(ASSESSMENT, patient_id=patient_id)) > 1:
        reasons.append(msg(QT_TRANSLATE_NOOP(
            "core", "Several eligibility assessments exist for this patient (made on different "
            "workstations); an investigator must reconcile them before infusion.")))
    if len(session.records.heads(st.version.record_id)) > 1:
        reasons.append(msg(QT_TRANSLATE_NOOP(
            "core", "The eligibility assessment was changed on two workstations at once; an "
            "investigator must resolve the conflict before infusion.")))
    if st.stale:
        reasons.append(msg(QT_TRANSLATE_NOOP("core", "Eligibility data changed since the assessment was saved; it must be "
                                     "saved and signed again.")))
    if not st.signatures:
        reasons.append(msg(QT_TRANSLATE_NOOP("core", "The eligibility assessment (version {version}) is not signed by an "
                                     "investigator."), version=st.version.version))
    ev = st.evaluation
    overdue = [r for r in ev.criteria if r.overdue]
    if overdue:
        reasons.append(msg(QT_TRANSLATE_NOOP("core", "The positive PCR or serology confirmation was due by {due} and is overdue."),
                           due=overdue[0].due.isoformat()))
    elif ev.status == E.NOT_ELIGIBLE:
        reasons.append(msg(QT_TRANSLATE_NOOP("core", "Not eligible: {criteria} not met."), criteria=", ".join(ev.not_met)))
    elif ev.status == E.INCOMPLETE:
        reasons.append(msg(QT_TRANSLATE_NOOP("core", "The eligibility assessment is incomplete.")))
    return not reasons, reasons


def signed_assessment_status(session, patient_id: str) -> tuple[bool, list[str]]:
    """(ok, reasons) — the question the consent / infusion gates ask."""
    ok, reasons = signed_assessment_status_details(session, patient_id)
    return ok, [m.text() for m in reasons]


def eligibility_status(session, patient_id: str) -> AssessmentState:
    """The core question for screens: the stored assessment evaluated now."""
    return assessment_state(session, patient_id)


# --- screening outcome, inclusion and the log --------------------------------------------

def _screening_version(session, patient_id: str):
    vs = session.records.list_latest(SCREENING, patient_id=patient_id)
    return vs[0] if vs else None


def _ensure_screening(session, patient_id: str):
    v = _screening_version(session, patient_id)
    if v is None:
        v = session.records.create(SCREENING, {"outcome": "screening", "failed_criteria": [], "note": ""},
                                   patient_id=patient_id)
    return v


def write_outcome(session, patient_id: str, outcome: str, failed: list[str], note: str):
    """The screening outcome that follows a screen failure (or its cancellation)."""
    content = {"outcome": outcome, "failed_criteria": list(failed or []), "note": (note or "").strip()}
    v = _screening_version(session, patient_id)
    if v is None:
        return session.records.create(SCREENING, content, patient_id=patient_id)
    if v.content.get("outcome") == "included":
        raise ValidationError("outcome", QT_TRANSLATE_NOOP("core", "This patient is already included."))
    if v.content == content:
        return v
    return session.records.correct(v.record_id, content, "screening outcome")


@dataclass(frozen=True)
class InclusionResult:
    subject_id: str
    included: int
    target: int
    target_state: str           # open / near / reached


def include_patient(session, patient_id: str) -> InclusionResult:
    """Give the subject id (site format) once eligibility is signed."""
    session.require(Permission.SIGN_ELIGIBILITY)
    ok, reasons = signed_assessment_status_details(session, patient_id)
    if not ok:
        raise ValidationError("assessment", reasons[0].template, **reasons[0].params)
    # consent is an inclusion criterion: once the consent capability is installed
    # nobody is included without a valid consent (surrogate consent counts)
    if screen_failure(session, patient_id) is not None:
        raise ValidationError("screen_failure", QT_TRANSLATE_NOOP(
            "core", "A screen failure is recorded for this patient: retract it first (screening log, with the reason), then include."))
    decision, _reasons = consent_decision(session, patient_id)
    if decision is not ConsentDecision.GIVEN:
        raise ValidationError("consent", QT_TRANSLATE_NOOP("core", "No valid consent is recorded: the patient cannot be "
                                                   "included yet."))
    patient = assign_subject_id(session, patient_id, "included in TJT2012 (eligibility signed)")
    v = _ensure_screening(session, patient_id)
    if v.content.get("outcome") != "included":
        session.records.correct(v.record_id, {"outcome": "included", "failed_criteria": [], "note": ""},
                                "included")
    cfg = settings_for(session)
    n = sum(1 for p in list_patients(session) if p.subject_id)
    return InclusionResult(patient.subject_id, n, cfg.target_inclusions, cfg.target_state(n))


def enrollment(session) -> tuple[int, int, str]:
    cfg = settings_for(session)
    n = sum(1 for p in list_patients(session) if p.subject_id)
    return n, cfg.target_inclusions, cfg.target_state(n)


@dataclass(frozen=True)
class LogRow:
    patient_id: str
    screening_number: str
    subject_id: str | None
    screened_utc: datetime
    outcome: str
    failed_criteria: tuple
    note: str
    assessment_status: str | None
    signed_by: str | None
    due: str | None
    overdue: bool
    failure_reason: str | None = None       # coded non-clinical screen-failure reason
    screen_failure: bool = False            # a screen failure is in force (it can be retracted)
    retracted_why: str | None = None        # why the screen failure was retracted, if it was


def screening_log(session) -> list[LogRow]:
    """Every screened patient with outcome — the data behind a CONSORT diagram.
    No names: screening number and subject id only."""
    session.require(Permission.VIEW_PATIENTS)
    rows = []
    for p in list_patients(session):
        first = session.records.history(p.id)[0]
        sv = _screening_version(session, p.id)
        outcome = sv.content["outcome"] if sv else "screening"
        failed = tuple(sv.content.get("failed_criteria", ())) if sv else ()
        note = sv.content.get("note", "") if sv else ""
        st = assessment_state(session, p.id)
        status = st.evaluation.status if st.version else None
        if outcome == "screening" and st.version and status == E.NOT_ELIGIBLE:
            failed = tuple(st.evaluation.not_met)
        due = min((r.due.isoformat() for r in st.evaluation.criteria if r.due), default=None) if st.version else None
        sf = screen_failure(session, p.id)
        retracted = retraction(session, p.id) if sf is None else None
        rows.append(LogRow(p.id, p.screening_number, p.subject_id, first.created_utc, outcome, failed, note,
                           status, st.signatures[0].signer_name if st.signatures else None, due,
                           any(r.overdue for r in st.evaluation.criteria) if st.version else False,
                           sf.reason if sf else None, sf is not None,
                           retracted.reason if retracted is not None else None))
    rows.sort(key=lambda r: (r.screened_utc, r.screening_number))
    return rows


def consort_counts(rows: list[LogRow]) -> dict[str, int]:
    """Counts per outcome, plus ``screened`` and, per coded non-clinical
    screen-failure reason, ``reason:<code>``."""
    out = {o: 0 for o in OUTCOMES}
    for r in rows:
        out[r.outcome] = out.get(r.outcome, 0) + 1
        if r.failure_reason:
            key = "reason:" + r.failure_reason
            out[key] = out.get(key, 0) + 1
    out["screened"] = len(rows)
    return out


@dataclass(frozen=True)
class Confirmation:
    patient_id: str
    label: str
    due: str
    overdue: bool


def provisional_confirmations(session) -> list[Confirmation]:
    """Provisional eligibility awaiting a positive PCR/serology: overdue first."""
    out = []
    for p in list_patients(session):
        st = assessment_state(session, p.id)
        if st.version is None:
            continue
        for r in st.evaluation.criteria:
            if r.due is not None and (r.status == E.PROVISIONAL or r.overdue):
                out.append(Confirmation(p.id, p.label(), r.due.isoformat(), r.overdue))
    out.sort(key=lambda c: (not c.overdue, c.due))
    return out
