"""Evaluate a protocol's criteria over assessment facts.

Pure function: ``evaluate(protocol, facts, now) -> Assessment``.  Every
criterion comes back met / not met / missing (or provisional / pending),
with reasons in words carrying the numbers used.  Thresholds and windows are
read from the protocol; nothing about TJT2012 is hard-coded here except the
rule *types* (how an age range or a lab branch is computed).

It never raises on bad facts: unreadable values are reported as such."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from . import facts as fact_readers
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message, msg
from .protocol import Criterion, Protocol
from .units import canonical_unit, fmt

MET, NOT_MET, MISSING, PROVISIONAL, PENDING = "met", "not_met", "missing", "provisional", "pending"
CANNOT = "cannot_be_met"     # a branch that needs a lab value recorded as "not done"
ELIGIBLE, PROVISIONALLY_ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE = (
    "eligible", "provisionally_eligible", "not_eligible", "incomplete")


@dataclass
class BranchResult:
    id: str
    label: dict
    status: str          # met / not_met / missing / cannot_be_met
    reasons: list[Message] = field(default_factory=list)
    not_done: list[str] = field(default_factory=list)    # labs not done that stop it


@dataclass
class CriterionResult:
    id: str
    kind: str
    group: str
    status: str
    reasons: list[Message] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)      # input ids to enter
    invalid: list[str] = field(default_factory=list)      # input ids to re-enter
    due: date | None = None                               # provisional: must arrive by
    overdue: bool = False
    branches: list[BranchResult] = field(default_factory=list)
    computed: bool = False                                # computed from numbers (vs attested)


@dataclass
class Assessment:
    protocol_key: str
    status: str
    criteria: list[CriterionResult]
    not_met: list[str]
    missing_inputs: list[str]
    provisional: list[CriterionResult]
    pending: list[str]
    now: datetime

    def result(self, cid: str) -> CriterionResult:
        return next(r for r in self.criteria if r.id == cid)

    @property
    def summary(self) -> Message:
        if self.status == NOT_ELIGIBLE:
            return msg(QT_TRANSLATE_NOOP("core", "Not eligible: {criteria} not met."), criteria=", ".join(self.not_met))
        if self.status == INCOMPLETE:
            return msg(QT_TRANSLATE_NOOP("core", "Incomplete: {count} item(s) to enter."), count=len(self.missing_inputs))
        if self.status == PROVISIONALLY_ELIGIBLE:
            due = min(r.due for r in self.provisional)
            return msg(QT_TRANSLATE_NOOP("core", "Provisionally eligible: positive PCR or serology needed by {due}."),
                       due=due.strftime("%d/%m/%Y"))
        return msg(QT_TRANSLATE_NOOP("core", "Eligible."))


class _Ctx:
    """What every rule reads: the protocol, the language of labels and the
    time zone in which dates and times are written in reasons."""

    def __init__(self, protocol: Protocol, lang: str, tz):
        self.protocol, self.lang, self.tz = protocol, lang, tz
        self.inputs, self.settings = protocol.inputs, protocol.settings

    def label(self, input_id: str) -> str:
        d = self.inputs.get(input_id)
        return d.label.get(self.lang, d.label["en"]) if d else input_id

    def d(self, day: date) -> str:
        return day.strftime("%d/%m/%Y")

    def t(self, when: datetime) -> str:
        return (when.astimezone(self.tz) if self.tz else when).strftime("%d/%m/%Y %H:%M")


def evaluate(protocol: Protocol, facts: dict, now: datetime, lang: str = "en", tz=None) -> Assessment:
    """Evaluate every criterion.  ``now`` decides provisional vs overdue;
    ``lang`` picks the labels named in reasons; ``tz`` is the zone times are
    written in (default: as stored)."""
    if not isinstance(facts, dict):
        facts = {}
    now = fact_readers._aware(now)
    ctx = _Ctx(protocol, lang, tz)
    results = []
    for crit in protocol.criteria:
        fn = _RULES[crit.rule["type"]]
        try:
            r = fn(ctx, crit, facts, now)
        except (TypeError, ValueError, OverflowError, KeyError):  # defensive: never crash a screen
            r = _res(crit, MISSING, msg(QT_TRANSLATE_NOOP("core", "Could not evaluate: re-check the entered values.")))
            r.invalid = list(crit.inputs)
        _label_inputs(protocol, r, lang)
        results.append(r)
    not_met = [r.id for r in results if r.status == NOT_MET]
    missing_inputs: list[str] = []
    for r in results:
        for i in r.missing + r.invalid:
            if i not in missing_inputs:
                missing_inputs.append(i)
    provisional = [r for r in results if r.status == PROVISIONAL]
    pending = [r.id for r in results if r.status == PENDING]
    if not_met:
        status = NOT_ELIGIBLE
    elif any(r.status == MISSING for r in results):
        status = INCOMPLETE
    elif provisional:
        status = PROVISIONALLY_ELIGIBLE
    else:
        status = ELIGIBLE
    return Assessment(protocol.key, status, results, not_met, missing_inputs, provisional, pending, now)


def _label_inputs(protocol, r: CriterionResult, lang: str) -> None:
    def label(i):
        d = protocol.inputs.get(i)
        return d.label.get(lang, d.label["en"]) if d else i
    r.reasons = [Message(m.template, dict(m.params, inputs=", ".join(label(i) for i in m.params["inputs"])))
                 if isinstance(m.params.get("inputs"), list) else m for m in r.reasons]


# --- helpers -----------------------------------------------------------------

def _res(crit: Criterion, status: str, *reasons: Message, computed=False) -> CriterionResult:
    return CriterionResult(crit.id, crit.kind, crit.group, status, list(reasons), computed=computed)


def _need(crit, r: CriterionResult, key: str, value) -> bool:
    """Record a missing/invalid input; True when the value is usable."""
    if value is None:
        r.missing.append(key)
        return False
    if value is fact_readers.INVALID:
        r.invalid.append(key)
        return False
    return True


def _gather(crit, pairs) -> CriterionResult | None:
    """Missing/invalid inputs -> a MISSING result naming them, else None."""
    r = _res(crit, MISSING, computed=True)
    ok = all([_need(crit, r, k, v) for k, v in pairs])
    if ok:
        return None
    if r.missing:
        r.reasons.append(msg(QT_TRANSLATE_NOOP("core", "To enter: {inputs}."), inputs=list(r.missing)))
    if r.invalid:
        r.reasons.append(msg(QT_TRANSLATE_NOOP("core", "Unreadable value, re-enter: {inputs}."), inputs=list(r.invalid)))
    return r


def _answer(crit, facts, key, choices):
    """The answer to ``key`` among ``choices`` and None, or (None, the MISSING
    result naming ``key``)."""
    v = fact_readers.read_choice(facts.get(key), choices)
    return v, _gather(crit, [(key, v)])


def _incl(p, facts):
    """Inclusion time, in the site's zone when known (day counts use local dates)."""
    t = fact_readers.read_datetime(facts.get("inclusion_time"))
    if isinstance(t, datetime) and p.tz is not None:
        t = t.astimezone(p.tz)
    return t


def _completed_years(born: date, on: date) -> int:
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def _days(td: timedelta) -> str:
    return fmt(round(td.total_seconds() / 86400, 2))


# --- rule types ------------------------------------------------------------------

def _age_range(p, crit, facts, now):
    dob, incl = fact_readers.read_date(facts.get("date_of_birth")), _incl(p, facts)
    miss = _gather(crit, [("date_of_birth", dob), ("inclusion_time", incl)])
    if miss:
        return miss
    lo, hi = crit.rule["min_years"], crit.rule["max_years"]
    on = incl.date()
    if dob > on:
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "Date of birth {dob} is after the inclusion date {date}."),
                                       dob=p.d(dob), date=p.d(on)), computed=True)
    age = _completed_years(dob, on)
    params = dict(age=age, dob=p.d(dob), date=p.d(on), min=lo, max=hi)
    if lo <= age <= hi:
        return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "Age {age} years on {date} (born {dob}): within {min}–{max}."),
                                   **params), computed=True)
    return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "Age {age} years on {date} (born {dob}): outside {min}–{max}."),
                                   **params), computed=True)


def _ct_window(p, crit, facts, now):
    key = crit.rule["finding_input"]
    ct, finding, incl = fact_readers.read_date(facts.get("ct_date")), fact_readers.read_choice(facts.get(key), ("yes", "no")), _incl(p, facts)
    miss = _gather(crit, [("ct_date", ct), (key, finding), ("inclusion_time", incl)])
    if miss:
        return miss
    limit = crit.rule["max_days_before"]
    days = (incl.date() - ct).days
    params = dict(ct=p.d(ct), date=p.d(incl.date()), days=days, max=limit)
    if finding != "yes":
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "The CT of {ct} does not show extensive interstitial pneumonia "
                                                 "consistent with viral pneumonia."), **params), computed=True)
    if days < 0:
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "CT dated {ct}, after the inclusion date {date}."), **params),
                    computed=True)
    if days > limit:
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "CT of {ct} is {days} days before inclusion on {date}: more than "
                                                 "{max} days."), **params), computed=True)
    return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "CT of {ct} is {days} days before inclusion on {date} (at most {max}); "
                                         "extensive interstitial pneumonia."), **params), computed=True)


def _covid_confirmation(p, crit, facts, now):
    tests, incl = fact_readers.read_tests(facts.get("covid_tests")), _incl(p, facts)
    miss = _gather(crit, [("inclusion_time", incl)] + ([("covid_tests", tests)] if tests is fact_readers.INVALID else []))
    if miss:
        return miss
    rule = crit.rule
    day0 = incl.date()
    before, after = rule["before_days"], rule["after_days"]
    for t in tests:
        d = (day0 - t.day).days
        if t.result == "positive" and t.method in rule["before_methods"] and 0 <= d <= before:
            return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "Positive {method} on {day}, {days} days before inclusion on "
                                                 "{date} (at most {max})."),
                                       method=t.method.upper(), day=p.d(t.day), days=d,
                                       date=p.d(day0), max=before), computed=True)
    for t in tests:
        d = (t.day - day0).days
        if t.result == "positive" and t.method in rule["after_methods"] and 1 <= d <= after:
            return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "Confirmed: positive {method} on {day}, {days} days after "
                                                 "inclusion on {date} (at most {max})."),
                                       method=t.method.upper(), day=p.d(t.day), days=d,
                                       date=p.d(day0), max=after), computed=True)
    due = day0 + timedelta(days=after)
    today = now.astimezone(incl.tzinfo).date()
    if today > due:
        r = _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "No positive PCR within {before} days before inclusion on {date}, "
                                              "and no positive PCR or serology by {due}: confirmation overdue."),
                                    before=before, date=p.d(day0), due=p.d(due)), computed=True)
        r.overdue, r.due = True, due
        return r
    r = _res(crit, PROVISIONAL, msg(QT_TRANSLATE_NOOP("core", "No positive PCR within {before} days before inclusion on {date}: "
                                              "provisional until a positive PCR or serology arrives, due by {due}."),
                                    before=before, date=p.d(day0), due=p.d(due)), computed=True)
    r.due = due
    return r


def _max_value(p, crit, facts, now):
    key = crit.rule["input"]
    d = p.inputs[key]
    v = fact_readers.read_number(facts.get(key), d.min, d.max)
    miss = _gather(crit, [(key, v)])
    if miss:
        return miss
    params = dict(value=fmt(v), max=fmt(crit.rule["max"]), unit=crit.rule["unit"])
    if v <= crit.rule["max"]:
        return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "{value} {unit} ≤ {max} {unit}."), **params), computed=True)
    return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "{value} {unit} is above {max} {unit}."), **params), computed=True)


def _attestation(p, crit, facts, now):
    v, miss = _answer(crit, facts, crit.rule["input"], ("yes", "no"))
    if miss:
        miss.computed = False
        return miss
    if v == crit.rule["excluding_answer"]:
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "Attested: present — excludes the patient.")))
    return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "Attested: absent.")))


def _pregnancy(p, crit, facts, now):
    r = crit.rule
    sex, miss = _answer(crit, facts, r["sex_input"], ("female", "male"))
    if miss:
        return miss
    if sex == "male":
        return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "Not applicable: male patient.")))
    wocbp, miss = _answer(crit, facts, r["wocbp_input"], ("yes", "no"))
    if miss:
        return miss
    if wocbp == "no":
        return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "Not applicable: not of childbearing potential.")))
    test, miss = _answer(crit, facts, r["test_input"], ("negative", "positive"))
    if miss:
        miss.reasons = [msg(QT_TRANSLATE_NOOP("core", "Woman of childbearing potential: enter the pregnancy test result."))]
        return miss
    if test == "positive":
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "Pregnancy test positive.")))
    return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "Pregnancy test negative.")))


def years_before(day: date, years: int) -> date:
    """The same calendar day *years* earlier (29 February -> 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _coded(p, crit, facts, key):
    """A coded choice and its label in the reasons' language, or (the
    MISSING result naming it, None)."""
    d = p.inputs[key]
    v = fact_readers.read_choice(facts.get(key), d.choices)
    miss = _gather(crit, [(key, v)])
    if miss:
        return miss, None
    return v, d.choice_label(v, p.lang)


def _settled_by_choice(p, crit, facts, key, none_text: str, excepted_text: str):
    """(result, answer, its label) for the coded input ``key``: the result
    when the answer alone settles the criterion — missing (MISSING), the
    rule's ``none_choice`` (MET, ``none_text``) or one of its
    ``excepted_choices`` (MET, ``excepted_text`` with ``{kind}``) — else None."""
    v, kind = _coded(p, crit, facts, key)
    if isinstance(v, CriterionResult):
        return v, None, None
    r = crit.rule
    if v == r["none_choice"]:
        return _res(crit, MET, msg(none_text), computed=True), v, kind
    if v in r["excepted_choices"]:
        return _res(crit, MET, msg(excepted_text, kind=kind), computed=True), v, kind
    return None, v, kind


def _malignancy_window(p, crit, facts, now):
    """History (none / excepted type / other type) and diagnosis date; a
    non-excepted malignancy diagnosed on or after the same day *window_years*
    before the inclusion date excludes."""
    r = crit.rule
    dkey = r["date_input"]
    settled, _history, kind = _settled_by_choice(
        p, crit, facts, r["history_input"], QT_TRANSLATE_NOOP("core", "No history of malignancy."),
        QT_TRANSLATE_NOOP("core", "{kind}: excepted by the protocol, whatever its date."))
    if settled is not None:
        return settled
    dx, incl = fact_readers.read_date(facts.get(dkey)), _incl(p, facts)
    miss = _gather(crit, [(dkey, dx), ("inclusion_time", incl)])
    if miss:
        return miss
    on, n = incl.date(), r["window_years"]
    start = years_before(on, n)
    params = dict(kind=kind, dx=p.d(dx), date=p.d(on), start=p.d(start), years=n, days=(on - dx).days)
    if dx > on:
        res = _res(crit, MISSING, msg(QT_TRANSLATE_NOOP(
            "core", "{kind} diagnosed {dx}, after the inclusion date {date}: re-enter the date."), **params),
            computed=True)
        res.invalid.append(dkey)
        return res
    if dx >= start:
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP(
            "core", "{kind} diagnosed {dx}, {days} days before inclusion on {date}: within {years} years "
            "(on or after {start})."), **params), computed=True)
    return _res(crit, MET, msg(QT_TRANSLATE_NOOP(
        "core", "{kind} diagnosed {dx}, {days} days before inclusion on {date}: more than {years} years "
        "(before {start})."), **params), computed=True)


def _other_study(p, crit, facts, now):
    """Participation in another study by kind; the protocol lists which kinds
    exclude and which are its exceptions."""
    settled, _v, kind = _settled_by_choice(
        p, crit, facts, crit.rule["input"], QT_TRANSLATE_NOOP("core", "No participation in another study."),
        QT_TRANSLATE_NOOP("core", "{kind}: not an exclusion under the protocol's exception."))
    if settled is not None:
        return settled
    return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "{kind}: excludes the patient."), kind=kind), computed=True)


CONSENT_MET = ("given", "confirmed", "valid")
CONSENT_REFUSED = ("refused", "withdrawn", "declined")


def _external_consent(p, crit, facts, now):
    v = facts.get(crit.rule["input"])
    if isinstance(v, str) and v in CONSENT_MET:
        return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "Consent recorded by the consent module.")))
    if isinstance(v, str) and v in CONSENT_REFUSED:
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "Consent {state}."), state=v))
    return _res(crit, PENDING, msg(QT_TRANSLATE_NOOP("core", "Pending: the consent module has not recorded consent yet.")))


# --- Group A / Group B ---------------------------------------------------------------

def _oxygen_group(p, crit, facts, now):
    rule = crit.rule
    group = fact_readers.read_choice(facts.get("oxygen_group"), ("A", "B"))
    miss = _gather(crit, [("oxygen_group", group)])
    if miss:
        return miss
    if group == "A":
        key = rule["group_a_input"]
        v = fact_readers.read_choice(facts.get(key), ("yes", "no"))
        miss = _gather(crit, [(key, v)])
        if miss:
            return miss
        if v == "yes":
            return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "Group A: requires supplemental oxygen.")))
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "Group A chosen but supplemental oxygen not required.")))

    key = rule["group_b_input"]
    tube = fact_readers.read_choice(facts.get(key), ("yes", "no"))
    intub, incl = fact_readers.read_datetime(facts.get("intubation_time")), _incl(p, facts)
    miss = _gather(crit, [(key, tube), ("intubation_time", intub), ("inclusion_time", incl)])
    if miss:
        return miss
    if tube != "yes":
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "Group B chosen but not under mechanical ventilation through a "
                                                 "tracheal tube in intensive care.")))
    span = incl - intub
    direct, longest = rule["ventilation_direct_max_days"], rule["ventilation_inflammation_max_days"]
    params = dict(days=_days(span), intubation=p.t(intub),
                  inclusion=p.t(incl), direct=fmt(direct), max=fmt(longest))
    if span < timedelta(0):
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "Intubation time {intubation} is after the inclusion time "
                                                 "{inclusion}."), **params), computed=True)
    if span <= timedelta(days=direct):
        return _res(crit, MET, msg(QT_TRANSLATE_NOOP("core", "Group B: ventilated {days} days (intubated {intubation}, inclusion "
                                             "{inclusion}): at most {direct} days."), **params), computed=True)
    if span > timedelta(days=longest):
        return _res(crit, NOT_MET, msg(QT_TRANSLATE_NOOP("core", "Group B: ventilated {days} days (intubated {intubation}, "
                                                 "inclusion {inclusion}): more than {max} days."), **params),
                    computed=True)
    # over 7 and up to 14 days: persisting high inflammation, not explained by superinfection
    head = msg(QT_TRANSLATE_NOOP("core", "Group B: ventilated {days} days (over {direct}, at most {max}): needs persisting high "
                         "inflammation not explained by superinfection."), **params)
    not_done = _not_done(p, rule, facts)
    branches = [_branch(p, b, facts, incl, not_done) for b in rule["inflammation_branches"]]
    sup_key = rule["superinfection_input"]
    sup = fact_readers.read_choice(facts.get(sup_key), ("yes", "no"))
    met = [b for b in branches if b.status == MET]
    r = _res(crit, MISSING, head, computed=True)
    r.branches = branches
    if met:
        r.reasons.append(msg(QT_TRANSLATE_NOOP("core", "Inflammation branch met: {branch}."), branch=", ".join(b.id for b in met)))
    if sup == "no":
        r.status = NOT_MET
        r.reasons.append(msg(QT_TRANSLATE_NOOP("core", "Attested: the inflammation is explained by a superinfection.")))
        return r
    if all(b.status == NOT_MET for b in branches):
        r.status = NOT_MET
        r.reasons.append(msg(QT_TRANSLATE_NOOP("core", "No inflammation branch is met.")))
        return r
    if all(b.status in (NOT_MET, CANNOT) for b in branches):
        # the protocol's rule: a branch needing a value not done cannot be met
        r.status = NOT_MET
        labs = []
        for b in branches:
            labs += [x for x in b.not_done if x not in labs]
        r.reasons.append(msg(QT_TRANSLATE_NOOP(
            "core", "No inflammation branch is met or can be met ({cannot} cannot: {inputs} not done). "
            "Measuring {inputs} could change that."),
            cannot=", ".join(b.id for b in branches if b.status == CANNOT), inputs=list(labs)))
        return r
    if not met:
        for k in _branch_missing(p, rule, facts, incl):
            if k not in r.missing:
                r.missing.append(k)
        r.reasons.append(msg(QT_TRANSLATE_NOOP("core", "No inflammation branch met yet: enter the missing lab values.")))
    if sup is None or sup is fact_readers.INVALID:
        _need(crit, r, sup_key, sup)
        r.reasons.append(msg(QT_TRANSLATE_NOOP("core", "Attest whether the inflammation is explained by a superinfection.")))
    if met and sup == "yes":
        r.status = MET
    return r


def _lab_label(lab: str) -> str:
    return lab.replace("_", "-")


def _current(series, incl: datetime):
    before = [pt for pt in series if pt.time <= incl]
    return before[-1] if before else None


def _earlier(series, current: fact_readers.LabPoint, settings) -> tuple[fact_readers.LabPoint | None, datetime, datetime]:
    ref = timedelta(hours=settings["rising_reference_hours"])
    tol = timedelta(hours=settings["rising_tolerance_hours"])
    lo, hi = current.time - ref - tol, current.time - ref + tol
    target = current.time - ref
    cands = [pt for pt in series if lo <= pt.time <= hi]
    if not cands:
        return None, lo, hi
    return min(cands, key=lambda pt: abs(pt.time - target)), lo, hi


def _not_done(p, rule, facts) -> dict[str, str]:
    """lab -> reason label, for the labs the checklist records as not done
    (only when the protocol's rule gives them a meaning)."""
    key = rule.get("not_done_input")
    if not key or rule.get("not_done_rule") != "cannot_be_met":
        return {}
    value = facts.get(key)
    d = p.inputs.get(key)
    if not isinstance(value, dict) or d is None:
        return {}
    return {lab: d.choice_label(reason, p.lang) for lab, reason in value.items()
            if isinstance(lab, str) and isinstance(reason, str) and reason in d.choices}


def _cannot(p, lab, why) -> tuple[str, Message, list[str]]:
    return CANNOT, msg(QT_TRANSLATE_NOOP("core", "{lab}: not done ({why}): this condition cannot be met."),
                       lab=p.label(lab), why=why), []


def _cond(p, cond, facts, incl, not_done=None) -> tuple[str, Message, list[str]]:
    lab = cond["lab"]
    series = fact_readers.read_series(facts.get(lab))
    unit = canonical_unit(lab)
    name = p.label(lab)
    not_done = not_done or {}
    if series is fact_readers.INVALID:
        return MISSING, msg(QT_TRANSLATE_NOOP("core", "{lab}: unreadable series, re-enter."), lab=name), [lab]
    cur = _current(series, incl)
    if cur is None and lab in not_done:
        return _cannot(p, lab, not_done[lab])
    if cur is None:
        return MISSING, msg(QT_TRANSLATE_NOOP("core", "{lab}: no value at or before inclusion."), lab=name), [lab]
    op, thr = cond["op"], cond["value"]
    ok = {">": cur.value > thr, ">=": cur.value >= thr, "<": cur.value < thr, "<=": cur.value <= thr}[op]
    params = dict(lab=name, value=fmt(cur.value), unit=unit, op=op, thr=fmt(thr),
                  time=p.t(cur.time))
    if not ok:
        return NOT_MET, msg(QT_TRANSLATE_NOOP("core", "{lab} {value} {unit} ({time}): not {op} {thr}."), **params), []
    if not cond.get("rising"):
        return MET, msg(QT_TRANSLATE_NOOP("core", "{lab} {value} {unit} ({time}) {op} {thr}."), **params), []
    prev, lo, hi = _earlier(series, cur, p.settings)
    if prev is None and lab in not_done:
        return _cannot(p, lab, not_done[lab])
    if prev is None:
        return MISSING, msg(QT_TRANSLATE_NOOP("core", "{lab} {value} {unit} ({time}) {op} {thr}; rising unknown: enter the {lab} "
                                      "value measured between {lo} and {hi} (about {ref} h earlier)."),
                            lo=p.t(lo), hi=p.t(hi),
                            ref=fmt(p.settings["rising_reference_hours"]), **params), [lab]
    params.update(prev=fmt(prev.value), prev_time=p.t(prev.time),
                  hours=fmt(round((cur.time - prev.time).total_seconds() / 3600, 1)))
    if cur.value > prev.value:
        return MET, msg(QT_TRANSLATE_NOOP("core", "{lab} {value} {unit} ({time}) {op} {thr} and rising from {prev} "
                                  "({prev_time}, {hours} h earlier)."), **params), []
    return NOT_MET, msg(QT_TRANSLATE_NOOP("core", "{lab} {value} {unit} ({time}) {op} {thr} but not rising from {prev} "
                                  "({prev_time}, {hours} h earlier)."), **params), []


def _combine_all(states):
    """Every condition: one not met decides; then one that cannot be met; then missing."""
    for s in (NOT_MET, CANNOT, MISSING):
        if s in states:
            return s
    return MET


def _combine_any(states):
    """At least one condition: one met decides; then missing; then cannot be met."""
    for s in (MET, MISSING, CANNOT):
        if s in states:
            return s
    return NOT_MET


def _branch(p, b, facts, incl, not_done=None) -> BranchResult:
    reasons, states_all, states_any, stopped = [], [], [], []
    for part in ("all", "any"):
        for cond in b[part]:
            s, m, _ = _cond(p, cond, facts, incl, not_done)
            (states_all if part == "all" else states_any).append(s)
            reasons.append(m)
            if s == CANNOT and cond["lab"] not in stopped:
                stopped.append(cond["lab"])
    status = _combine_all(states_all)
    if b["any"]:
        status = _combine_all([status, _combine_any(states_any)])
    return BranchResult(b["id"], dict(b["label"]), status, reasons, stopped if status == CANNOT else [])


def _branch_missing(p, rule, facts, incl) -> list[str]:
    out = []
    not_done = _not_done(p, rule, facts)
    for b in rule["inflammation_branches"]:
        for cond in b["all"] + b["any"]:
            s, _, keys = _cond(p, cond, facts, incl, not_done)
            if s == MISSING:
                out += [k for k in keys if k not in out]
    return out


_RULES = {
    "age_range": _age_range,
    "ct_window": _ct_window,
    "covid_confirmation": _covid_confirmation,
    "max_value": _max_value,
    "oxygen_group": _oxygen_group,
    "external_consent": _external_consent,
    "pregnancy": _pregnancy,
    "attestation": _attestation,
    "malignancy_window": _malignancy_window,
    "other_study": _other_study,
}
