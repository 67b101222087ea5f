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

from . import facts as F
from .messages import QT_TRANSLATE_NOOP as N, Message, msg
from .protocol import Criterion, Protocol
from .units import canonical_unit, fmt

MET, NOT_MET, MISSING, PROVISIONAL, PENDING = "met", "not_met", "missing", "provisional", "pending"
ELIGIBLE, PROVISIONALLY_ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE = (
    "eligible", "provisionally_eligible", "not_eligible", "incomplete")


@dataclass
class BranchResult:
    id: str
    label: dict
    status: str          # met / not_met / missing
    reasons: list[Message] = field(default_factory=list)


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
            return msg(N("core", "Not eligible: {criteria} not met."), criteria=", ".join(self.not_met))
        if self.status == INCOMPLETE:
            return msg(N("core", "Incomplete: {count} item(s) to enter."), count=len(self.missing_inputs))
        if self.status == PROVISIONALLY_ELIGIBLE:
            due = min(r.due for r in self.provisional)
            return msg(N("core", "Provisionally eligible: positive PCR or serology needed by {due}."),
                       due=due.strftime("%d/%m/%Y"))
        return msg(N("core", "Eligible."))


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
    now = F._aware(now)
    ctx = _Ctx(protocol, lang, tz)
    results = []
    for crit in protocol.criteria:
        fn = _RULES[crit.rule["type"]]
        try:
            r = fn(ctx, crit, facts, now)
        except (TypeError, ValueError, OverflowError, KeyError):  # defensive: never crash a screen
            r = _res(crit, MISSING, msg(N("core", "Could not evaluate: re-check the entered values.")))
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
    if value is F.INVALID:
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
        r.reasons.append(msg(N("core", "To enter: {inputs}."), inputs=list(r.missing)))
    if r.invalid:
        r.reasons.append(msg(N("core", "Unreadable value, re-enter: {inputs}."), inputs=list(r.invalid)))
    return r


def _incl(p, facts):
    """Inclusion time, in the site's zone when known (day counts use local dates)."""
    t = F.read_datetime(facts.get("inclusion_time"))
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
    dob, incl = F.read_date(facts.get("date_of_birth")), _incl(p, facts)
    miss = _gather(crit, [("date_of_birth", dob), ("inclusion_time", incl)])
    if miss:
        return miss
    lo, hi = crit.rule["min_years"], crit.rule["max_years"]
    on = incl.date()
    if dob > on:
        return _res(crit, NOT_MET, msg(N("core", "Date of birth {dob} is after the inclusion date {date}."),
                                       dob=p.d(dob), date=p.d(on)), computed=True)
    age = _completed_years(dob, on)
    params = dict(age=age, dob=p.d(dob), date=p.d(on), min=lo, max=hi)
    if lo <= age <= hi:
        return _res(crit, MET, msg(N("core", "Age {age} years on {date} (born {dob}): within {min}–{max}."),
                                   **params), computed=True)
    return _res(crit, NOT_MET, msg(N("core", "Age {age} years on {date} (born {dob}): outside {min}–{max}."),
                                   **params), computed=True)


def _ct_window(p, crit, facts, now):
    key = crit.rule["finding_input"]
    ct, finding, incl = F.read_date(facts.get("ct_date")), F.read_choice(facts.get(key), ("yes", "no")), _incl(p, facts)
    miss = _gather(crit, [("ct_date", ct), (key, finding), ("inclusion_time", incl)])
    if miss:
        return miss
    limit = crit.rule["max_days_before"]
    days = (incl.date() - ct).days
    params = dict(ct=p.d(ct), date=p.d(incl.date()), days=days, max=limit)
    if finding != "yes":
        return _res(crit, NOT_MET, msg(N("core", "The CT of {ct} does not show extensive interstitial pneumonia "
                                                 "consistent with viral pneumonia."), **params), computed=True)
    if days < 0:
        return _res(crit, NOT_MET, msg(N("core", "CT dated {ct}, after the inclusion date {date}."), **params),
                    computed=True)
    if days > limit:
        return _res(crit, NOT_MET, msg(N("core", "CT of {ct} is {days} days before inclusion on {date}: more than "
                                                 "{max} days."), **params), computed=True)
    return _res(crit, MET, msg(N("core", "CT of {ct} is {days} days before inclusion on {date} (at most {max}); "
                                         "extensive interstitial pneumonia."), **params), computed=True)


def _covid_confirmation(p, crit, facts, now):
    tests, incl = F.read_tests(facts.get("covid_tests")), _incl(p, facts)
    miss = _gather(crit, [("inclusion_time", incl)] + ([("covid_tests", tests)] if tests is F.INVALID else []))
    if miss:
        return miss
    rule = crit.rule
    day0 = incl.date()
    before, after = rule["before_days"], rule["after_days"]
    for t in tests:
        d = (day0 - t.day).days
        if t.result == "positive" and t.method in rule["before_methods"] and 0 <= d <= before:
            return _res(crit, MET, msg(N("core", "Positive {method} on {day}, {days} days before inclusion on "
                                                 "{date} (at most {max})."),
                                       method=t.method.upper(), day=p.d(t.day), days=d,
                                       date=p.d(day0), max=before), computed=True)
    for t in tests:
        d = (t.day - day0).days
        if t.result == "positive" and t.method in rule["after_methods"] and 1 <= d <= after:
            return _res(crit, MET, msg(N("core", "Confirmed: positive {method} on {day}, {days} days after "
                                                 "inclusion on {date} (at most {max})."),
                                       method=t.method.upper(), day=p.d(t.day), days=d,
                                       date=p.d(day0), max=after), computed=True)
    due = day0 + timedelta(days=after)
    today = now.astimezone(incl.tzinfo).date()
    if today > due:
        r = _res(crit, NOT_MET, msg(N("core", "No positive PCR within {before} days before inclusion on {date}, "
                                              "and no positive PCR or serology by {due}: confirmation overdue."),
                                    before=before, date=p.d(day0), due=p.d(due)), computed=True)
        r.overdue, r.due = True, due
        return r
    r = _res(crit, PROVISIONAL, msg(N("core", "No positive PCR within {before} days before inclusion on {date}: "
                                              "provisional until a positive PCR or serology arrives, due by {due}."),
                                    before=before, date=p.d(day0), due=p.d(due)), computed=True)
    r.due = due
    return r


def _max_value(p, crit, facts, now):
    key = crit.rule["input"]
    d = p.inputs[key]
    v = F.read_number(facts.get(key), d.min, d.max)
    miss = _gather(crit, [(key, v)])
    if miss:
        return miss
    params = dict(value=fmt(v), max=fmt(crit.rule["max"]), unit=crit.rule["unit"])
    if v <= crit.rule["max"]:
        return _res(crit, MET, msg(N("core", "{value} {unit} ≤ {max} {unit}."), **params), computed=True)
    return _res(crit, NOT_MET, msg(N("core", "{value} {unit} is above {max} {unit}."), **params), computed=True)


def _attestation(p, crit, facts, now):
    key = crit.rule["input"]
    v = F.read_choice(facts.get(key), ("yes", "no"))
    miss = _gather(crit, [(key, v)])
    if miss:
        miss.computed = False
        return miss
    if v == crit.rule["excluding_answer"]:
        return _res(crit, NOT_MET, msg(N("core", "Attested: present — excludes the patient.")))
    return _res(crit, MET, msg(N("core", "Attested: absent.")))


def _pregnancy(p, crit, facts, now):
    r = crit.rule
    sex = F.read_choice(facts.get(r["sex_input"]), ("female", "male"))
    miss = _gather(crit, [(r["sex_input"], sex)])
    if miss:
        return miss
    if sex == "male":
        return _res(crit, MET, msg(N("core", "Not applicable: male patient.")))
    wocbp = F.read_choice(facts.get(r["wocbp_input"]), ("yes", "no"))
    miss = _gather(crit, [(r["wocbp_input"], wocbp)])
    if miss:
        return miss
    if wocbp == "no":
        return _res(crit, MET, msg(N("core", "Not applicable: not of childbearing potential.")))
    test = F.read_choice(facts.get(r["test_input"]), ("negative", "positive"))
    miss = _gather(crit, [(r["test_input"], test)])
    if miss:
        miss.reasons = [msg(N("core", "Woman of childbearing potential: enter the pregnancy test result."))]
        return miss
    if test == "positive":
        return _res(crit, NOT_MET, msg(N("core", "Pregnancy test positive.")))
    return _res(crit, MET, msg(N("core", "Pregnancy test negative.")))


CONSENT_MET = ("given", "confirmed", "valid")
CONSENT_REFUSED = ("refused", "withdrawn", "declined")


def _external_consent(p, crit, facts, now):
    v = facts.get(crit.rule["input"])
    if isinstance(v, str) and v in CONSENT_MET:
        return _res(crit, MET, msg(N("core", "Consent recorded by the consent module.")))
    if isinstance(v, str) and v in CONSENT_REFUSED:
        return _res(crit, NOT_MET, msg(N("core", "Consent {state}."), state=v))
    return _res(crit, PENDING, msg(N("core", "Pending: the consent module has not recorded consent yet.")))


# --- Group A / Group B ---------------------------------------------------------------

def _oxygen_group(p, crit, facts, now):
    rule = crit.rule
    group = F.read_choice(facts.get("oxygen_group"), ("A", "B"))
    miss = _gather(crit, [("oxygen_group", group)])
    if miss:
        return miss
    if group == "A":
        key = rule["group_a_input"]
        v = F.read_choice(facts.get(key), ("yes", "no"))
        miss = _gather(crit, [(key, v)])
        if miss:
            return miss
        if v == "yes":
            return _res(crit, MET, msg(N("core", "Group A: requires supplemental oxygen.")))
        return _res(crit, NOT_MET, msg(N("core", "Group A chosen but supplemental oxygen not required.")))

    key = rule["group_b_input"]
    tube = F.read_choice(facts.get(key), ("yes", "no"))
    intub, incl = F.read_datetime(facts.get("intubation_time")), _incl(p, facts)
    miss = _gather(crit, [(key, tube), ("intubation_time", intub), ("inclusion_time", incl)])
    if miss:
        return miss
    if tube != "yes":
        return _res(crit, NOT_MET, msg(N("core", "Group B chosen but not under mechanical ventilation through a "
                                                 "tracheal tube in intensive care.")))
    span = incl - intub
    direct, longest = rule["ventilation_direct_max_days"], rule["ventilation_inflammation_max_days"]
    params = dict(days=_days(span), intubation=p.t(intub),
                  inclusion=p.t(incl), direct=fmt(direct), max=fmt(longest))
    if span < timedelta(0):
        return _res(crit, NOT_MET, msg(N("core", "Intubation time {intubation} is after the inclusion time "
                                                 "{inclusion}."), **params), computed=True)
    if span <= timedelta(days=direct):
        return _res(crit, MET, msg(N("core", "Group B: ventilated {days} days (intubated {intubation}, inclusion "
                                             "{inclusion}): at most {direct} days."), **params), computed=True)
    if span > timedelta(days=longest):
        return _res(crit, NOT_MET, msg(N("core", "Group B: ventilated {days} days (intubated {intubation}, "
                                                 "inclusion {inclusion}): more than {max} days."), **params),
                    computed=True)
    # over 7 and up to 14 days: persisting high inflammation, not explained by superinfection
    head = msg(N("core", "Group B: ventilated {days} days (over {direct}, at most {max}): needs persisting high "
                         "inflammation not explained by superinfection."), **params)
    branches = [_branch(p, b, facts, incl) for b in rule["inflammation_branches"]]
    sup_key = rule["superinfection_input"]
    sup = F.read_choice(facts.get(sup_key), ("yes", "no"))
    met = [b for b in branches if b.status == MET]
    r = _res(crit, MISSING, head, computed=True)
    r.branches = branches
    if met:
        r.reasons.append(msg(N("core", "Inflammation branch met: {branch}."), branch=", ".join(b.id for b in met)))
    if sup == "no":
        r.status = NOT_MET
        r.reasons.append(msg(N("core", "Attested: the inflammation is explained by a superinfection.")))
        return r
    if all(b.status == NOT_MET for b in branches):
        r.status = NOT_MET
        r.reasons.append(msg(N("core", "No inflammation branch is met.")))
        return r
    if not met:
        for k in _branch_missing(p, rule, facts, incl):
            if k not in r.missing:
                r.missing.append(k)
        r.reasons.append(msg(N("core", "No inflammation branch met yet: enter the missing lab values.")))
    if sup is None or sup is F.INVALID:
        _need(crit, r, sup_key, sup)
        r.reasons.append(msg(N("core", "Attest whether the inflammation is explained by a superinfection.")))
    if met and sup == "yes":
        r.status = MET
    return r


def _lab_label(lab: str) -> str:
    return lab.replace("_", "-")


def _current(series, incl: datetime):
    before = [pt for pt in series if pt.time <= incl]
    return before[-1] if before else None


def _earlier(series, current: F.LabPoint, settings) -> tuple[F.LabPoint | None, datetime, datetime]:
    ref = timedelta(hours=settings["rising_reference_hours"])
    tol = timedelta(hours=settings["rising_tolerance_hours"])
    lo, hi = current.time - ref - tol, current.time - ref + tol
    target = current.time - ref
    cands = [pt for pt in series if lo <= pt.time <= hi]
    if not cands:
        return None, lo, hi
    return min(cands, key=lambda pt: abs(pt.time - target)), lo, hi


def _cond(p, cond, facts, incl) -> tuple[str, Message, list[str]]:
    lab = cond["lab"]
    series = F.read_series(facts.get(lab))
    unit = canonical_unit(lab)
    name = p.label(lab)
    if series is F.INVALID:
        return MISSING, msg(N("core", "{lab}: unreadable series, re-enter."), lab=name), [lab]
    cur = _current(series, incl)
    if cur is None:
        return MISSING, msg(N("core", "{lab}: no value at or before inclusion."), lab=name), [lab]
    op, thr = cond["op"], cond["value"]
    ok = {">": cur.value > thr, ">=": cur.value >= thr, "<": cur.value < thr, "<=": cur.value <= thr}[op]
    params = dict(lab=name, value=fmt(cur.value), unit=unit, op=op, thr=fmt(thr),
                  time=p.t(cur.time))
    if not ok:
        return NOT_MET, msg(N("core", "{lab} {value} {unit} ({time}): not {op} {thr}."), **params), []
    if not cond.get("rising"):
        return MET, msg(N("core", "{lab} {value} {unit} ({time}) {op} {thr}."), **params), []
    prev, lo, hi = _earlier(series, cur, p.settings)
    if prev is None:
        return MISSING, msg(N("core", "{lab} {value} {unit} ({time}) {op} {thr}; rising unknown: enter the {lab} "
                                      "value measured between {lo} and {hi} (about {ref} h earlier)."),
                            lo=p.t(lo), hi=p.t(hi),
                            ref=fmt(p.settings["rising_reference_hours"]), **params), [lab]
    params.update(prev=fmt(prev.value), prev_time=p.t(prev.time),
                  hours=fmt(round((cur.time - prev.time).total_seconds() / 3600, 1)))
    if cur.value > prev.value:
        return MET, msg(N("core", "{lab} {value} {unit} ({time}) {op} {thr} and rising from {prev} "
                                  "({prev_time}, {hours} h earlier)."), **params), []
    return NOT_MET, msg(N("core", "{lab} {value} {unit} ({time}) {op} {thr} but not rising from {prev} "
                                  "({prev_time}, {hours} h earlier)."), **params), []


def _combine_all(states):
    if NOT_MET in states:
        return NOT_MET
    return MISSING if MISSING in states else MET


def _combine_any(states):
    if MET in states:
        return MET
    return MISSING if MISSING in states else NOT_MET


def _branch(p, b, facts, incl) -> BranchResult:
    reasons, states_all, states_any = [], [], []
    for cond in b["all"]:
        s, m, _ = _cond(p, cond, facts, incl)
        states_all.append(s)
        reasons.append(m)
    status = _combine_all(states_all)
    if b["any"]:
        for cond in b["any"]:
            s, m, _ = _cond(p, cond, facts, incl)
            states_any.append(s)
            reasons.append(m)
        status = _combine_all([status, _combine_any(states_any)])
    return BranchResult(b["id"], dict(b["label"]), status, reasons)


def _branch_missing(p, rule, facts, incl) -> list[str]:
    out = []
    for b in rule["inflammation_branches"]:
        for cond in b["all"] + b["any"]:
            s, _, keys = _cond(p, cond, facts, incl)
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
}
