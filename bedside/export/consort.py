"""Screening log and CONSORT counts that add up: every screened patient in
exactly one box (not assessed, not eligible by criterion, eligible not
included by reason — the screen-failure record —, included), every included
patient with exactly one end state (completed, withdrawn, died, lost to
follow-up, investigator decision) or ongoing; contradictions in the records
are listed as queries for the data manager, never counted twice."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from bedside.export import resources
from bedside.export.privacy import Pseudonymiser
from bedside.export.source import ExportData, ExportVersion
from bedside.names import RecordType

SCREENING_LOG_FILE = "screening_log.csv"
CONSORT_JSON_FILE = "consort.json"
CONSORT_CSV_FILE = "consort.csv"
LOG_COLUMNS = ("subject_id", "screened_on", "age_years", "eligible", "failed_criteria", "included",
               "infusions_given", "withdrawn", "withdrawn_on", "box", "not_included_reason", "end_state",
               "queries")
# the one box of each screened patient
NOT_ASSESSED, NOT_ELIGIBLE, ELIGIBLE_NOT_INCLUDED, INCLUDED = (
    "not_assessed", "not_eligible", "eligible_not_included", "included")
ONGOING = "ongoing"


@dataclass
class ScreeningEntry:
    subject_id: str
    screened_on: str
    age_years: int | None
    eligible: str  # "yes" | "no" | "not assessed" (what the assessment says)
    failed_criteria: list[str]
    included: bool
    infusions_given: int
    withdrawn: bool                  # an included patient whose participation ended by withdrawal
    withdrawn_on: str
    box: str = NOT_ASSESSED          # not_assessed | not_eligible | eligible_not_included | included
    not_included_reason: str = ""    # eligible not included: coded reason (screen failure) or awaiting_decision
    end_state: str = ""              # included: completed | withdrawn | died | lost_to_follow_up | investigator_decision | ongoing
    queries: list[str] = field(default_factory=list)   # contradictions for the data manager


@dataclass
class ConsortCounts:
    screened: int = 0
    assessed: int = 0
    not_eligible: int = 0
    not_eligible_by_criterion: dict[str, int] = field(default_factory=dict)
    eligible_not_included: int = 0
    eligible_not_included_by_reason: dict[str, int] = field(default_factory=dict)
    included: int = 0
    infused_0: int = 0
    infused_1: int = 0
    infused_2: int = 0
    infused_3: int = 0
    completed: int = 0
    withdrawn: int = 0
    died: int = 0
    lost_to_follow_up: int = 0
    investigator_decision: int = 0
    ongoing: int = 0
    queries: int = 0


def _text(value: Any) -> str:
    return str(value).strip().lower() if value is not None else ""


_ABSENT = object()


def _at(content: Mapping[str, Any], path: str) -> Any:
    """Value at a dotted path ("result.status"), or ``_ABSENT``."""
    cur: Any = content
    for part in path.split("."):
        if not isinstance(cur, Mapping) or part not in cur:
            return _ABSENT
        cur = cur[part]
    return cur


def _get(content: Mapping[str, Any], path: str) -> Any:
    """Value at a dotted path, or None."""
    value = _at(content, path)
    return None if value is _ABSENT else value


def _has(content: Mapping[str, Any], path: str) -> bool:
    return _at(content, path) is not _ABSENT


def _failed_criteria(content: Mapping[str, Any], rules: Mapping[str, Any]) -> list[str]:
    failed: list[str] = []
    for key in rules["failed_criteria_keys"]:
        value = _get(content, key)
        if isinstance(value, (list, tuple)):
            failed.extend(str(x.get("id") if isinstance(x, Mapping) else x) for x in value)
    bad = set(rules["criterion_failed_values"])
    for key in rules["criteria_keys"]:
        value = _get(content, key)
        items: list[tuple[str, Any]] = []
        if isinstance(value, Mapping):
            items = list(value.items())
        elif isinstance(value, list):
            for x in value:
                if isinstance(x, Mapping):
                    cid = next((x[k] for k in rules["criterion_id_keys"] if x.get(k)), None)
                    if cid is not None:
                        items.append((str(cid), x))
        for cid, result in items:
            if isinstance(result, Mapping):
                result = next((result[k] for k in rules["criterion_result_keys"] if k in result), None)
            if result is False or _text(result) in bad:
                failed.append(str(cid))
    return sorted(set(failed))


def _eligible(content: Mapping[str, Any], rules: Mapping[str, Any]) -> bool | None:
    """True/False, or None when the assessment does not decide (incomplete)."""
    for key in rules["eligible_keys"]:
        if _has(content, key):
            value = _get(content, key)
            if isinstance(value, bool):
                return value
            if _text(value) in rules["not_assessed_values"]:
                return None
            return _text(value) in rules["eligible_true"]
    return None


def _infusions_given(records: list[ExportVersion], rules: Mapping[str, Any]) -> int:
    started = {str(v.content.get(rules["infusion_event_link_key"]))
               for v in records if v.record_type == rules["infusion_event_type"]
               and _text(v.content.get(rules["infusion_event_kind_key"])) in rules["infusion_event_started"]}
    given = 0
    for v in records:
        if v.record_type != rules["infusion_type"]:
            continue
        if started:
            given += v.record_id in started
            continue
        status = next((_text(v.content[k]) for k in rules["infusion_status_keys"] if k in v.content), "")
        if status not in rules["infusion_not_given"]:
            given += 1
    return given


def _withdrawal(records: list[ExportVersion], rules: Mapping[str, Any]) -> ExportVersion | None:
    for v in records:
        if v.record_type in rules["withdrawal_types"]:
            return v
        if v.record_type == rules["consent_step_type"] and \
                _text(v.content.get(rules["consent_step_kind_key"])) in rules["consent_withdrawal_kinds"]:
            return v
    return None


def _screen_failure(records: list[ExportVersion], rules: Mapping[str, Any]) -> ExportVersion | None:
    """The patient's screen failure in force (part B's record), or None."""
    sfs = [v for v in records if v.record_type == rules["screen_failure_type"]
           and not v.content.get(rules["screen_failure_cancelled_key"])]
    return sfs[-1] if sfs else None


def _in_conflict(data: ExportData, record_type: str) -> set[str]:
    """Record ids of *record_type* with several current versions: written or
    corrected on two PCs offline, a sync conflict not resolved yet (the
    export counts the newest once and lists the query)."""
    top: dict[str, tuple[int, int]] = {}
    for v in data.versions:
        if v.record_type == record_type:
            n, count = top.get(v.record_id, (0, 0))
            top[v.record_id] = (v.version, 1) if v.version > n else (n, count + (v.version == n))
    return {rid for rid, (_, count) in top.items() if count > 1}


def _end_state(records: list[ExportVersion], rules: Mapping[str, Any], queries: list[str],
               conflicted: set[str] = frozenset()) -> str:
    """One end state of an included patient: the end-of-participation
    record's reason; without one, a death recorded at a visit, then a consent
    withdrawal; else ongoing. Two PCs that ended the patient offline made two
    heads of the one end record: counted once, listed as ``end_in_conflict``
    until an investigator resolves it."""
    ends = [v for v in records if v.record_type == rules["end_type"]
            and _text(v.content.get(rules["end_reason_key"])) in rules["end_states"]]
    if len(ends) > 1:
        queries.append("several_end_records")
    if any(v.record_id in conflicted for v in ends):
        queries.append("end_in_conflict")
    if ends:
        return _text(ends[-1].content.get(rules["end_reason_key"]))
    if any(v.record_type == rules["visit_type"]
           and _text(v.content.get(rules["visit_vital_status_key"])) in rules["visit_died_values"] for v in records):
        return "died"
    if _withdrawal(records, rules) is not None:
        return "withdrawn"
    return ONGOING


def screening_log(data: ExportData, pseudo: Pseudonymiser) -> list[ScreeningEntry]:
    """One entry per screened patient, each in exactly one box."""
    rules = resources.load("consort")
    by_patient: dict[str, list[ExportVersion]] = {}
    for v in data.latest():
        pid = v.patient_id or (v.record_id if v.record_type == RecordType.PATIENT else None)
        if pid:
            by_patient.setdefault(pid, []).append(v)
    entries: list[ScreeningEntry] = []
    conflicted = _in_conflict(data, rules["end_type"])
    for pid in data.patient_ids():
        records = sorted(by_patient.get(pid, []), key=lambda v: v.created_utc)
        if not any(v.record_type in rules["screening_types"] for v in records):
            continue
        eligible = "not assessed"
        failed: list[str] = []
        assessments = [v for v in records if v.record_type == rules["eligibility_type"]]
        if assessments:
            last = assessments[-1].content
            ok = _eligible(last, rules)
            failed = _failed_criteria(last, rules)
            if ok is None and failed:
                ok = False
            if ok is not None:
                eligible = "yes" if ok else "no"
        outcomes = [v for v in records if v.record_type == rules["outcome_type"]]
        outcome = _text(outcomes[-1].content.get(rules["outcome_key"])) if outcomes else ""
        if outcome in rules["outcome_not_eligible"]:
            eligible = "no"
            failed = sorted(set(failed) | {str(x) for x in outcomes[-1].content.get(rules["outcome_failed_key"]) or []})
        has_subject_id = any(v.record_type == RecordType.PATIENT and v.content.get(rules["included_if_patient_field"])
                             for v in records)
        included = outcome in rules["outcome_included"] or has_subject_id \
            or any(v.record_type in rules["inclusion_types"] for v in records) \
            or any(v.content.get(k) is True or _text(v.content.get(k)) == "true"
                   for v in records for k in rules["included_keys"])
        queries: list[str] = []
        sf = _screen_failure(records, rules)
        reason, end_state = "", ""
        if included:
            box = INCLUDED
            if eligible == "no":
                queries.append("included_not_eligible")
            if sf is not None:
                queries.append("included_with_screen_failure")
            if eligible == "not assessed":
                eligible = "yes"
            end_state = _end_state(records, rules, queries, conflicted)
        elif sf is not None and _text(sf.content.get(rules["screen_failure_kind_key"])) in \
                rules["screen_failure_not_eligible_kinds"]:
            box, eligible = NOT_ELIGIBLE, "no"
            failed = sorted(set(failed) | {str(x) for x in sf.content.get(rules["screen_failure_criteria_key"]) or []})
        elif sf is not None:
            box = ELIGIBLE_NOT_INCLUDED
            reason = str(sf.content.get(rules["screen_failure_reason_key"]) or "other")
            if eligible == "no":
                queries.append("non_clinical_failure_not_eligible")
        elif eligible == "no":
            box = NOT_ELIGIBLE
        elif eligible == "yes" or outcome in rules["outcome_not_included_reasons"]:
            box = ELIGIBLE_NOT_INCLUDED
            reason = rules["outcome_not_included_reasons"].get(outcome, rules["eligible_pending_reason"])
        else:
            box = NOT_ASSESSED
        withdrawal = _withdrawal(records, rules)
        if withdrawal is not None and not included:
            queries.append("withdrawal_without_inclusion")
        withdrawn = end_state == "withdrawn"
        withdrawn_on = ""
        if withdrawn and withdrawal is not None:
            withdrawn_on = str(next((withdrawal.content[k] for k in rules["withdrawal_time_keys"]
                                     if withdrawal.content.get(k)), withdrawal.created_utc))[:10]
        entries.append(ScreeningEntry(
            subject_id=pseudo.subject(pid),
            screened_on=records[0].created_utc[:10],
            age_years=pseudo.age(pid),
            eligible=eligible,
            failed_criteria=failed,
            included=included,
            infusions_given=_infusions_given(records, rules) if included else 0,
            withdrawn=withdrawn,
            withdrawn_on=withdrawn_on,
            box=box, not_included_reason=reason, end_state=end_state, queries=queries,
        ))
    return entries


def _bump(counter: dict[str, int], key: str) -> None:
    counter[key] = counter.get(key, 0) + 1


def consort_counts(entries: list[ScreeningEntry]) -> ConsortCounts:
    c = ConsortCounts(screened=len(entries))
    for e in entries:
        c.queries += bool(e.queries)
        if e.box == NOT_ASSESSED:
            continue
        c.assessed += 1
        if e.box == NOT_ELIGIBLE:
            c.not_eligible += 1
            for crit in e.failed_criteria:
                _bump(c.not_eligible_by_criterion, crit)
        elif e.box == ELIGIBLE_NOT_INCLUDED:
            c.eligible_not_included += 1
            _bump(c.eligible_not_included_by_reason, e.not_included_reason)
        else:
            c.included += 1
            n = min(e.infusions_given, 3)
            setattr(c, f"infused_{n}", getattr(c, f"infused_{n}") + 1)
            setattr(c, e.end_state, getattr(c, e.end_state) + 1)
    c.not_eligible_by_criterion = dict(sorted(c.not_eligible_by_criterion.items()))
    c.eligible_not_included_by_reason = dict(sorted(c.eligible_not_included_by_reason.items()))
    return c


END_STATES = ("completed", "withdrawn", "died", "lost_to_follow_up", "investigator_decision", ONGOING)


def invariant_problems(counts: ConsortCounts, entries: list[ScreeningEntry]) -> list[str]:
    """What does not add up (empty when the flow is consistent)."""
    out = []
    if counts.assessed != counts.not_eligible + counts.eligible_not_included + counts.included:
        out.append("assessed != not eligible + eligible not included + included")
    if counts.screened != counts.assessed + sum(e.box == NOT_ASSESSED for e in entries):
        out.append("screened != assessed + not assessed")
    if counts.included != sum(getattr(counts, s) for s in END_STATES):
        out.append("included != sum of end states")
    if counts.included != counts.infused_0 + counts.infused_1 + counts.infused_2 + counts.infused_3:
        out.append("included != sum of infusion counts")
    for e in entries:
        if (e.box == INCLUDED) != e.included or (e.box == INCLUDED) != (e.end_state in END_STATES):
            out.append(f"{e.subject_id}: end state without inclusion or inclusion without one end state")
        if e.withdrawn and e.box != INCLUDED:
            out.append(f"{e.subject_id}: withdrawn but not included")
    return out
