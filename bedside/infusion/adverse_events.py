"""Adverse events: field validation against the protocol vocabularies and
the serious-adverse-event 24-hour reporting clock."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bedside.inputs import is_clean_text
from bedside.record_fields import aware_or_none
from .messages import Problem, QT_TRANSLATE_NOOP
from .protocol import InfusionProtocol

TERM_MAX = 200
TEXT_MAX = 2000


def _dt(v) -> datetime | None:
    return aware_or_none(v)


@dataclass(frozen=True)
class AeCheck:
    content: dict
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def validate(protocol: InfusionProtocol, entry: dict, now_utc: datetime) -> AeCheck:
    """entry: term, onset_utc, end_utc, grade, serious, seriousness (list),
    aware_utc, relation, expected, aesi (id or None), action, outcome, infusion (1..n or None), notes."""
    problems: list[Problem] = []
    term = entry.get("term")
    term = term.strip() if is_clean_text(term) else ""
    if not term:
        problems.append(Problem("ae_term", QT_TRANSLATE_NOOP("core", "Enter the adverse event term."), {}, "term"))
    elif len(term) > TERM_MAX:
        problems.append(Problem("ae_term_long", QT_TRANSLATE_NOOP("core", "The term is longer than {max} characters."),
                                {"max": TERM_MAX}, "term"))
    onset = _dt(entry.get("onset_utc"))
    if onset is None:
        problems.append(Problem("ae_onset", QT_TRANSLATE_NOOP("core", "Enter the onset date and time."), {}, "onset_utc"))
    elif onset > now_utc + timedelta(minutes=2):
        problems.append(Problem("ae_onset_future", QT_TRANSLATE_NOOP("core", "The onset is in the future."), {}, "onset_utc"))
    end_raw = entry.get("end_utc")
    end = _dt(end_raw)
    if end_raw and end is None:
        problems.append(Problem("ae_end", QT_TRANSLATE_NOOP("core", "The end date is not a valid date and time."), {}, "end_utc"))
    elif end and onset and end < onset:
        problems.append(Problem("ae_end_before", QT_TRANSLATE_NOOP("core", "The end is before the onset."), {}, "end_utc"))
    elif end and end > now_utc + timedelta(minutes=2):
        problems.append(Problem("ae_end_future", QT_TRANSLATE_NOOP("core", "The end is in the future."), {}, "end_utc"))
    grade = entry.get("grade")
    if type(grade) is not int or grade not in protocol.ids("ctcae_grades"):
        problems.append(Problem("ae_grade", QT_TRANSLATE_NOOP("core", "Choose a CTCAE grade 1–5."), {}, "grade"))
        grade = None
    serious = entry.get("serious")
    if not isinstance(serious, bool):
        problems.append(Problem("ae_serious", QT_TRANSLATE_NOOP("core", "Say whether the event is serious."), {}, "serious"))
        serious = False
    crit = entry.get("seriousness") or []
    if not isinstance(crit, list) or any(c not in protocol.ids("seriousness_criteria") for c in crit):
        problems.append(Problem("ae_criterion", QT_TRANSLATE_NOOP("core", "Unknown seriousness criterion."), {}, "seriousness"))
        crit = []
    if serious and not crit:
        problems.append(Problem("ae_criterion_missing", QT_TRANSLATE_NOOP(
            "core", "A serious event needs at least one seriousness criterion."), {}, "seriousness"))
    if not serious and crit:
        problems.append(Problem("ae_criterion_not_serious", QT_TRANSLATE_NOOP(
            "core", "Seriousness criteria are only for serious events."), {}, "seriousness"))
    if grade == 5 and not serious:
        problems.append(Problem("ae_grade5", QT_TRANSLATE_NOOP("core", "A grade 5 event (death) is serious."), {}, "serious"))
    aware = _dt(entry.get("aware_utc")) if serious else None
    if serious and aware is None:
        aware = now_utc  # the site becomes aware when it records the SAE
    if aware and aware > now_utc + timedelta(minutes=2):
        problems.append(Problem("ae_aware_future", QT_TRANSLATE_NOOP("core", "The awareness time is in the future."), {}, "aware_utc"))
    for key, vocab, tmpl in (
        ("relation", "relation", QT_TRANSLATE_NOOP("core", "Choose the relation to the MSC infusion.")),
        ("action", "action_taken", QT_TRANSLATE_NOOP("core", "Choose the action taken.")),
        ("outcome", "outcome", QT_TRANSLATE_NOOP("core", "Choose the outcome.")),
    ):
        if entry.get(key) not in protocol.ids(vocab):
            problems.append(Problem(f"ae_{key}", tmpl, {}, key))
    expected = entry.get("expected")
    if not isinstance(expected, bool):
        problems.append(Problem("ae_expected", QT_TRANSLATE_NOOP("core", "Say whether the event is expected."), {}, "expected"))
    aesi = entry.get("aesi") or None
    if aesi is not None and aesi not in protocol.ids("aesi"):
        problems.append(Problem("ae_aesi", QT_TRANSLATE_NOOP("core", "Unknown adverse event of special interest."), {}, "aesi"))
    if grade == 5 and entry.get("outcome") in protocol.ids("outcome") and entry.get("outcome") != "fatal":
        problems.append(Problem("ae_grade5_outcome", QT_TRANSLATE_NOOP("core", "A grade 5 event has a fatal outcome."), {}, "outcome"))
    if entry.get("outcome") == "fatal" and grade is not None and grade != 5:
        problems.append(Problem("ae_fatal_grade", QT_TRANSLATE_NOOP("core", "A fatal outcome is grade 5."), {}, "grade"))
    infusion = entry.get("infusion")
    if infusion is not None and (type(infusion) is not int
                                 or infusion not in range(1, protocol.infusion_count + 1)):
        problems.append(Problem("ae_infusion", QT_TRANSLATE_NOOP("core", "Unknown infusion number."), {}, "infusion"))
    notes = entry.get("notes") or ""
    if not is_clean_text(notes, multiline=True):
        problems.append(Problem("ae_notes_text", QT_TRANSLATE_NOOP(
            "core", "Notes contain characters that cannot be stored."), {}, "notes"))
        notes = ""
    if len(notes) > TEXT_MAX:
        problems.append(Problem("ae_notes_long", QT_TRANSLATE_NOOP("core", "Notes are longer than {max} characters."),
                                {"max": TEXT_MAX}, "notes"))
    content = {
        "term": term, "onset_utc": onset.isoformat() if onset else None,
        "end_utc": end.isoformat() if end else None, "grade": grade, "serious": serious,
        "seriousness": list(crit), "aware_utc": aware.isoformat() if aware else None,
        "relation": entry.get("relation"), "expected": expected, "aesi": aesi,
        "action": entry.get("action"), "outcome": entry.get("outcome"), "infusion": infusion,
        "notes": notes,
        "alert": entry.get("alert"),
    }
    return AeCheck(content if not problems else {}, problems)


@dataclass(frozen=True)
class SaeClock:
    deadline_utc: datetime
    seconds_left: int          # negative once overdue
    overdue: bool
    reported: bool


def sae_clock(protocol: InfusionProtocol, content: dict, now_utc: datetime,
              reported_utc: datetime | str | None = None) -> SaeClock | None:
    """None for a non-serious event. Runs from awareness until reported
    (`reported_utc` from the sae_report record, or legacy content key)."""
    if not content.get("serious"):
        return None
    aware = _dt(content.get("aware_utc")) or _dt(content.get("onset_utc"))
    if aware is None:
        return None
    deadline = aware + timedelta(hours=protocol.sae_report_hours)
    reported = _dt(reported_utc) or _dt(content.get("reported_utc"))
    ref = reported or now_utc
    left = int((deadline - ref).total_seconds())
    return SaeClock(deadline, left, left < 0, reported is not None)
