"""Screening log and CONSORT-style counts: screened, not eligible (by
criterion), included, infused 1/2/3 times, withdrawn."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Mapping

from bedside.export import resources
from bedside.export.privacy import Pseudonymiser
from bedside.export.source import ExportData, ExportVersion

SCREENING_LOG_FILE = "screening_log.csv"
CONSORT_JSON_FILE = "consort.json"
CONSORT_CSV_FILE = "consort.csv"
LOG_COLUMNS = ("subject_id", "screened_on", "age_years", "eligible", "failed_criteria", "included",
               "infusions_given", "withdrawn", "withdrawn_on")


@dataclass
class ScreeningEntry:
    subject_id: str
    screened_on: str
    age_years: int | None
    eligible: str  # "yes" | "no" | "not assessed"
    failed_criteria: list[str]
    included: bool
    infusions_given: int
    withdrawn: bool
    withdrawn_on: str


@dataclass
class ConsortCounts:
    screened: int = 0
    assessed: int = 0
    not_eligible: int = 0
    not_eligible_by_criterion: dict[str, int] = field(default_factory=dict)
    eligible_not_included: int = 0
    included: int = 0
    infused_0: int = 0
    infused_1: int = 0
    infused_2: int = 0
    infused_3: int = 0
    withdrawn: int = 0


def _text(value: Any) -> str:
    return str(value).strip().lower() if value is not None else ""


def _get(content: Mapping[str, Any], path: str) -> Any:
    """Value at a dotted path ("result.status"), or None."""
    cur: Any = content
    for part in path.split("."):
        if not isinstance(cur, Mapping) or part not in cur:
            return None
        cur = cur[part]
    return cur


def _has(content: Mapping[str, Any], path: str) -> bool:
    cur: Any = content
    for part in path.split("."):
        if not isinstance(cur, Mapping) or part not in cur:
            return False
        cur = cur[part]
    return True


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


def screening_log(data: ExportData, pseudo: Pseudonymiser) -> list[ScreeningEntry]:
    rules = resources.load("consort")
    by_patient: dict[str, list[ExportVersion]] = {}
    for v in data.latest():
        pid = v.patient_id or (v.record_id if v.record_type == "patient" else None)
        if pid:
            by_patient.setdefault(pid, []).append(v)
    entries: list[ScreeningEntry] = []
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
        has_subject_id = any(v.record_type == "patient" and v.content.get(rules["included_if_patient_field"])
                             for v in records)
        included = outcome in rules["outcome_included"] or has_subject_id \
            or any(v.record_type in rules["inclusion_types"] for v in records) \
            or any(v.content.get(k) is True or _text(v.content.get(k)) == "true"
                   for v in records for k in rules["included_keys"])
        if included and eligible == "not assessed":
            eligible = "yes"
        withdrawal = _withdrawal(records, rules)
        withdrawn_on = ""
        if withdrawal is not None:
            withdrawn_on = str(next((withdrawal.content[k] for k in rules["withdrawal_time_keys"]
                                     if withdrawal.content.get(k)), withdrawal.created_utc))[:10]
        entries.append(ScreeningEntry(
            subject_id=pseudo.subject(pid),
            screened_on=records[0].created_utc[:10],
            age_years=pseudo.age(pid),
            eligible=eligible,
            failed_criteria=failed,
            included=included,
            infusions_given=_infusions_given(records, rules),
            withdrawn=withdrawal is not None,
            withdrawn_on=withdrawn_on,
        ))
    return entries


def consort_counts(entries: list[ScreeningEntry]) -> ConsortCounts:
    c = ConsortCounts(screened=len(entries))
    for e in entries:
        if e.eligible != "not assessed":
            c.assessed += 1
        if e.eligible == "no":
            c.not_eligible += 1
            for crit in e.failed_criteria:
                c.not_eligible_by_criterion[crit] = c.not_eligible_by_criterion.get(crit, 0) + 1
        if e.included:
            c.included += 1
            n = min(e.infusions_given, 3)
            setattr(c, f"infused_{n}", getattr(c, f"infused_{n}") + 1)
        elif e.eligible == "yes":
            c.eligible_not_included += 1
        if e.withdrawn:
            c.withdrawn += 1
    c.not_eligible_by_criterion = dict(sorted(c.not_eligible_by_criterion.items()))
    return c


def write_consort(data: ExportData, pseudo: Pseudonymiser) -> dict[str, bytes]:
    entries = screening_log(data, pseudo)
    counts = consort_counts(entries)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(LOG_COLUMNS)
    for e in entries:
        w.writerow([e.subject_id, e.screened_on, "" if e.age_years is None else e.age_years, e.eligible,
                    "|".join(e.failed_criteria), "yes" if e.included else "no", e.infusions_given,
                    "yes" if e.withdrawn else "no", e.withdrawn_on])
    cbuf = io.StringIO()
    cw = csv.writer(cbuf, lineterminator="\r\n")
    cw.writerow(["measure", "count"])
    for key, value in asdict(counts).items():
        if key == "not_eligible_by_criterion":
            for crit, n in value.items():
                cw.writerow([f"not_eligible:{crit}", n])
        else:
            cw.writerow([key, value])
    return {
        SCREENING_LOG_FILE: buf.getvalue().encode("utf-8-sig"),
        CONSORT_CSV_FILE: cbuf.getvalue().encode("utf-8-sig"),
        CONSORT_JSON_FILE: json.dumps(asdict(counts), indent=2).encode("utf-8"),
    }
