"""Vital-sign entry: validation against physiological limits (refused with a
message) and alert thresholds (saved, raise an alert). Exact decimal
arithmetic so that every boundary behaves exactly as the protocol says."""
from __future__ import annotations

import operator
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message
from .numbers import parse_decimal
from .protocol import AlertRule, InfusionProtocol

_OPS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le}
_SHOWN_OPS = {">": ">", ">=": "≥", "<": "<", "<=": "≤"}
MAX_FUTURE = timedelta(minutes=2)
MAX_PAST = timedelta(hours=24)


@dataclass(frozen=True)
class Validated:
    values: dict[str, str]        # sign id -> canonical decimal string (only signs entered)
    problems: list[Message]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Alert:
    rule_id: str
    sign: str
    kind: str
    value: str
    threshold: str
    baseline: str | None
    message: Message

    def text(self) -> str:
        return self.message.text()


def validate(protocol: InfusionProtocol, raw: dict, taken_utc: datetime | None, now_utc: datetime) -> Validated:
    """raw: sign id -> typed text (or number). Empty text means not measured."""
    problems: list[Message] = []
    values: dict[str, str] = {}
    parsed: dict[str, Decimal] = {}
    for s in protocol.signs:
        r = raw.get(s.id)
        empty = r is None or (isinstance(r, str) and not r.strip())
        if empty:
            if s.required:
                problems.append(Message(QT_TRANSLATE_NOOP("core", "{sign} is missing."), {"sign": s.label.get("en", s.id)}, field=s.id, code="sign_missing"))
            continue
        d, p = parse_decimal(r, s.id)
        if p:
            problems.append(p)
            continue
        if not (s.min <= d <= s.max):
            problems.append(Message(QT_TRANSLATE_NOOP(
                "core", "{sign} {value} {unit} is not possible (allowed {min}–{max}): check and type it again."), {"sign": s.label.get("en", s.id), "value": str(d), "unit": s.unit,
                 "min": str(s.min), "max": str(s.max)}, field=s.id, code="sign_implausible"))
            continue
        q = Decimal(1).scaleb(-s.decimals)
        if d != d.quantize(q):
            problems.append(Message(QT_TRANSLATE_NOOP(
                "core", "{sign} takes at most {decimals} decimal(s)."), {"sign": s.label.get("en", s.id), "decimals": s.decimals}, field=s.id, code="sign_precision"))
            continue
        d = d.quantize(q) + 0  # normalise "-0"
        parsed[s.id] = d
        values[s.id] = str(d)
    if "sbp" in parsed and "dbp" in parsed and parsed["dbp"] >= parsed["sbp"]:
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "Diastolic pressure must be lower than systolic."), {}, field="dbp", code="bp_order"))
    oxy = protocol.oxygen_one_of
    if oxy and not any(o in parsed for o in oxy) and not any(p.field in oxy for p in problems):
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "Enter FiO2 or O2 flow (room air: FiO2 21)."), {}, field=oxy[0], code="oxygen_missing"))
    if not isinstance(taken_utc, datetime) or taken_utc.tzinfo is None:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "Enter the time of the reading."), {}, field="time", code="time_missing"))
    elif taken_utc > now_utc + MAX_FUTURE:
        problems.append(Message(QT_TRANSLATE_NOOP("core", "The reading time is in the future."), {}, field="time", code="time_future"))
    elif taken_utc < now_utc - MAX_PAST:
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "The reading time is more than 24 h ago: check it."), {}, field="time", code="time_old"))
    return Validated(values if not problems else {}, problems)


_TEMPLATES = {
    "absolute": QT_TRANSLATE_NOOP("core", "{sign} {value} {unit} (alert {op} {threshold})"),
    "drop_pct_from_baseline": QT_TRANSLATE_NOOP(
        "core", "{sign} {value} {unit}: drop of {drop} % from baseline {baseline} (alert {op} {threshold} %)"),
    "drop_from_baseline": QT_TRANSLATE_NOOP(
        "core", "{sign} {value} {unit}: drop of {drop} from baseline {baseline} (alert {op} {threshold})"),
}


def _fires(rule: AlertRule, value: Decimal, baseline: Decimal | None) -> tuple[bool, Decimal | None]:
    cmp = _OPS[rule.op]
    if rule.kind == "absolute":
        return cmp(value, rule.value), None
    if baseline is None:
        return False, None
    if rule.kind == "drop_from_baseline":
        drop = baseline - value
        return cmp(drop, rule.value), drop
    # drop_pct_from_baseline: compare (baseline - value) * 100 with threshold * baseline (no division)
    if baseline <= 0:
        return False, None
    drop_x100 = (baseline - value) * 100
    fires = cmp(drop_x100, rule.value * baseline)
    return fires, drop_x100 / baseline


def alerts(protocol: InfusionProtocol, values: dict[str, str], baseline: dict[str, str] | None) -> list[Alert]:
    """Alerts raised by one validated reading. `baseline` is the baseline
    reading's values (None for the baseline reading itself)."""
    out: list[Alert] = []
    for rule in protocol.alerts:
        if rule.sign not in values:
            continue
        v = Decimal(values[rule.sign])
        b = Decimal(baseline[rule.sign]) if baseline and rule.sign in baseline else None
        fires, drop = _fires(rule, v, b)
        if not fires:
            continue
        s = protocol.sign(rule.sign)
        params = {"sign": s.short.get("en", s.id), "value": str(v), "unit": s.unit, "op": _SHOWN_OPS[rule.op],
                  "threshold": str(rule.value)}
        if drop is not None:
            params["drop"] = str(drop.quantize(Decimal("0.1")).normalize()) if rule.kind.endswith("pct_from_baseline") else str(drop)
            params["baseline"] = str(b)
        out.append(Alert(rule.id, rule.sign, rule.kind, str(v), str(rule.value),
                         str(b) if b is not None else None, Message(_TEMPLATES[rule.kind], params)))
    return out


def threshold_lines(protocol: InfusionProtocol, sign: str, baseline: dict[str, str] | None) -> list[tuple[str, Decimal]]:
    """Where each alert rule of `sign` sits on that sign's axis (for charts):
    absolute rules at their value, baseline-relative ones from the baseline."""
    out = []
    for rule in protocol.alerts:
        if rule.sign != sign:
            continue
        if rule.kind == "absolute":
            out.append((rule.id, rule.value))
        elif baseline and sign in baseline:
            b = Decimal(baseline[sign])
            if rule.kind == "drop_from_baseline":
                out.append((rule.id, b - rule.value))
            else:
                out.append((rule.id, b * (100 - rule.value) / 100))
    return out
