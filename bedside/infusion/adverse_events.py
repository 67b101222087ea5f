"""Adverse events: field validation against the protocol vocabularies and
the serious-adverse-event 24-hour reporting clock."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bedside.inputs import is_clean_text
from bedside.record_fields import aware_or_none
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message
from .protocol import InfusionProtocol

TERM_MAX = 200
TEXT_MAX = 2000


def _dt(v) -> datetime | None:
    return aware_or_none(v)


@dataclass(frozen=True)
class AeCheck:
    content: dict
    problems: list[Message]

    @property
    def ok(self) -> bool:
        return not self.problems


def validate(protocol: InfusionProtocol, entry: dict, now_utc: datetime) -> AeCheck:
    """entry: term, onset_utc, end_utc, grade, serious, seriousness (list),
    aware_utc, relation, expected, aesi (id or None), action, outcome, infusion (1..n or None), notes."""
    problems: list[Message] = []
    term = entry.get("term")
    term = term.strip() if is_clean_text(term) else ""
    if not term:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "Enter the adverse event term."), {}, field="term", code="ae_term"))
    elif len(term) > TERM_MAX:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "The term is longer than {max} characters."), {"max": TERM_MAX}, field="term", code="ae_term_long"))
    onset = _dt(entry.get("onset_utc"))
    if onset is None:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "Enter the onset date and time."), {}, field="onset_utc", code="ae_onset"))
    elif onset > now_utc + timedelta(minutes=2):
        problems.append(Message(QT_TRANSLATE_NOOP("core", "The onset is in the future."), {}, field="onset_utc", code="ae_onset_future"))
    end_raw = entry.get("end_utc")
    end = _dt(end_raw)
    if end_raw and end is None:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "The end date is not a valid date and time."), {}, field="end_utc", code="ae_end"))
    elif end and onset and end < onset:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "The end is before the onset."), {}, field="end_utc", code="ae_end_before"))
    elif end and end > now_utc + timedelta(minutes=2):
        problems.append(Message(QT_TRANSLATE_NOOP("core", "The end is in the future."), {}, field="end_utc", code="ae_end_future"))
    grade = entry.get("grade")
    if type(grade) is not int or grade not in protocol.ids("ctcae_grades"):
        problems.append(Message(QT_TRANSLATE_NOOP("core", "Choose a CTCAE grade 1–5."), {}, field="grade", code="ae_grade"))
        grade = None
    serious = entry.get("serious")
    if not isinstance(serious, bool):
        problems.append(Message(QT_TRANSLATE_NOOP("core", "Say whether the event is serious."), {}, field="serious", code="ae_serious"))
        serious = False
    crit = entry.get("seriousness") or []
    if not isinstance(crit, list) or any(c not in protocol.ids("seriousness_criteria") for c in crit):
        problems.append(Message(QT_TRANSLATE_NOOP("core", "Unknown seriousness criterion."), {}, field="seriousness", code="ae_criterion"))
        crit = []
    if serious and not crit:
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "A serious event needs at least one seriousness criterion."), {}, field="seriousness", code="ae_criterion_missing"))
    if not serious and crit:
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "Seriousness criteria are only for serious events."), {}, field="seriousness", code="ae_criterion_not_serious"))
    if grade == 5 and not serious:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "A grade 5 event (death) is serious."), {}, field="serious", code="ae_grade5"))
    aware = _dt(entry.get("aware_utc")) if serious else None
    if serious and aware is None:
        aware = now_utc  # the site becomes aware when it records the SAE
    if aware and aware > now_utc + timedelta(minutes=2):
        problems.append(Message(QT_TRANSLATE_NOOP("core", "The awareness time is in the future."), {}, field="aware_utc", code="ae_aware_future"))
    for key, vocab, tmpl in (
        ("relation", "relation", QT_TRANSLATE_NOOP("core", "Choose the relation to the MSC infusion.")),
        ("action", "action_taken", QT_TRANSLATE_NOOP("core", "Choose the action taken.")),
        ("outcome", "outcome", QT_TRANSLATE_NOOP("core", "Choose the outcome.")),
    ):
        if entry.get(key) not in protocol.ids(vocab):
            problems.append(Message(tmpl, {}, field=key, code=f"ae_{key}"))
    expected = entry.get("expected")
    if not isinstance(expected, bool):
        problems.append(Message(QT_TRANSLATE_NOOP("core", "Say whether the event is expected."), {}, field="expected", code="ae_expected"))
    aesi = entry.get("aesi") or None
    if aesi is not None and aesi not in protocol.ids("aesi"):
        problems.append(Message(QT_TRANSLATE_NOOP("core", "Unknown adverse event of special interest."), {}, field="aesi", code="ae_aesi"))
    if grade == 5 and entry.get("outcome") in protocol.ids("outcome") and entry.get("outcome") != "fatal":
        problems.append(Message(QT_TRANSLATE_NOOP("core", "A grade 5 event has a fatal outcome."), {}, field="outcome", code="ae_grade5_outcome"))
    if entry.get("outcome") == "fatal" and grade is not None and grade != 5:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "A fatal outcome is grade 5."), {}, field="grade", code="ae_fatal_grade"))
    infusion = entry.get("infusion")
    if infusion is not None and (type(infusion) is not int
                                 or infusion not in range(1, protocol.infusion_count + 1)):
        problems.append(Message(QT_TRANSLATE_NOOP("core", "Unknown infusion number."), {}, field="infusion", code="ae_infusion"))
    notes = entry.get("notes") or ""
    if not is_clean_text(notes, multiline=True):
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "Notes contain characters that cannot be stored."), {}, field="notes", code="ae_notes_text"))
        notes = ""
    if len(notes) > TEXT_MAX:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "Notes are longer than {max} characters."), {"max": TEXT_MAX}, field="notes", code="ae_notes_long"))
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
