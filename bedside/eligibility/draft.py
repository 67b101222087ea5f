"""The checklist being typed: what the screen loads once (on the database
worker) and how a draft of typed answers is read and evaluated, without
touching the vault again. The screen hands over raw text; parsing and
evaluation happen here, so every door reads a typed value the same way."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone, tzinfo

from bedside.consent.gate import consent_decision

from . import evaluator as E
from . import service as S
from .assemble import build_facts
from .errors import InputError
from bedside.messages import Message
from .units import parse_number
from .validate import parse_date, parse_datetime, parse_not_done, parse_spo2

TEXT_TYPES = ("date", "datetime", "number")


@dataclass(frozen=True)
class ChecklistData:
    """Everything the checklist shows that comes from the vault."""
    state: S.AssessmentState
    patient: dict
    labs: dict                        # lab -> [LabEntry], oldest first
    consent: str                      # given / pending / refused
    consent_reasons: list[Message] = field(default_factory=list)
    ever_signed: bool = False         # some version of the assessment was signed once
    tz: tzinfo = timezone.utc

    @property
    def protocol(self):
        return self.state.protocol


def load_checklist(session, patient_id: str, lang: str = "en") -> ChecklistData:
    """One read of the vault for the checklist (run it on the worker)."""
    state = S.assessment_state(session, patient_id, lang=lang)
    ever = bool(state.version and session.signatures_for(state.version.record_id))
    decision, reasons = consent_decision(session, patient_id)      # evaluated once: word and reasons
    word = str(decision)
    return ChecklistData(state, dict(session.records.latest(patient_id).content), S.lab_series(session, patient_id),
                         word, list(reasons), ever, S.local_tz(session))


@dataclass(frozen=True)
class DraftResult:
    answers: dict                                   # the values that parsed (what would be saved)
    parse_errors: dict[str, Message]                # input id -> why its text was refused
    assessment: E.Assessment


def parse_draft(protocol, raw_answers: dict, now: datetime, tz: tzinfo, lang: str) -> tuple[dict, dict]:
    """Typed text -> values. Text that does not parse is left out, its error kept."""
    answers, errors = {}, {}
    for iid, raw in raw_answers.items():
        d = protocol.inputs.get(iid)
        if d is None or raw is None or raw == "" or raw == []:
            continue
        label = d.label.get(lang) or d.label.get("en", iid)
        try:
            if d.type in TEXT_TYPES and isinstance(raw, str):
                text = raw.strip()
                if not text:
                    continue
                if d.type == "date":
                    value = parse_date(text, label, now.astimezone(tz).date()).isoformat()
                elif d.type == "datetime":
                    value = parse_datetime(text, label, now, tz).astimezone(timezone.utc).isoformat()
                elif iid == "spo2_room_air":
                    value = parse_spo2(text, label)
                else:
                    value = parse_number(text, label)
            elif d.type == "not_done":
                if not raw:
                    continue
                value = parse_not_done(protocol, raw, d, label)
            else:
                value = list(raw) if isinstance(raw, (list, tuple)) else raw
        except InputError as err:
            errors[iid] = Message(err.template, dict(err.params))
            continue
        answers[iid] = value
    return answers, errors


def evaluate_draft(data: ChecklistData, raw_answers: dict, now: datetime, lang: str) -> DraftResult:
    """Evaluate what is typed now against the loaded data (no vault access)."""
    answers, errors = parse_draft(data.protocol, raw_answers, now, data.tz, lang)
    labs = {lab: [{"time": e.time.isoformat(), "value": e.value} for e in entries]
            for lab, entries in data.labs.items()}
    facts = build_facts(data.patient, answers, labs)
    facts["consent_status"] = data.consent
    return DraftResult(answers, errors, E.evaluate(data.protocol, facts, now, lang, data.tz))
