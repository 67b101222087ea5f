"""Load and validate the infusion protocol file (resources/protocols/*.json).

Every trial number (dose range, intervals, vital-sign limits, alert
thresholds, AE vocabularies) comes from this file, never from code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from bedside.paths import resources_dir

RESOURCES = resources_dir() / "protocols"
DEFAULT_FILE = RESOURCES / "tjt2012-infusion-v1.json"

OPS = (">", ">=", "<", "<=")
ALERT_KINDS = ("absolute", "drop_pct_from_baseline", "drop_from_baseline")


class ProtocolError(ValueError):
    """The protocol file is malformed; message names the offending key only."""


@dataclass(frozen=True)
class Sign:
    id: str
    unit: str
    min: Decimal
    max: Decimal
    decimals: int
    required: bool
    label: dict
    short: dict


@dataclass(frozen=True)
class AlertRule:
    id: str
    sign: str
    kind: str
    op: str
    value: Decimal


@dataclass(frozen=True)
class FollowUp:
    id: str
    day: int
    window_days: tuple[int, int]
    primary_endpoint: bool
    label: dict


@dataclass(frozen=True)
class InfusionProtocol:
    id: str
    version: int
    infusion_count: int
    first_target_day: int
    first_window_days: tuple[int, int]
    interval_target: int
    interval_min: int
    interval_max: int
    follow_up: tuple[FollowUp, ...]
    dose_min: Decimal
    dose_max: Decimal
    dose_target: Decimal
    weight_limits: tuple[Decimal, Decimal]
    weight_max_age_hours: int
    same_donor: bool
    thaw_use_within_hours: int
    cells_limits: tuple[Decimal, Decimal]
    volume_limits: tuple[Decimal, Decimal]
    signs: tuple[Sign, ...]
    oxygen_one_of: tuple[str, ...]
    baseline_within_min: int
    during_every_min: int
    after_end_min: tuple[int, ...]
    on_time_tolerance_min: int
    alerts: tuple[AlertRule, ...]
    sae_report_hours: int
    aesi: tuple[dict, ...]
    ctcae_grades: tuple[dict, ...]
    seriousness_criteria: tuple[dict, ...]
    relation: tuple[dict, ...]
    action_taken: tuple[dict, ...]
    outcome: tuple[dict, ...]

    def sign(self, sign_id: str) -> Sign:
        for s in self.signs:
            if s.id == sign_id:
                return s
        raise KeyError(sign_id)

    def ids(self, vocabulary: str) -> list:
        items = getattr(self, vocabulary)
        return [i.get("id", i.get("grade")) for i in items]


def _get(d: dict, key: str, path: str):
    if not isinstance(d, dict) or key not in d:
        raise ProtocolError(f"missing key {path}{key}")
    return d[key]


def _int(v, path: str, lo: int | None = None, hi: int | None = None) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise ProtocolError(f"{path} must be an integer")
    if (lo is not None and v < lo) or (hi is not None and v > hi):
        raise ProtocolError(f"{path} out of range")
    return v


def _dec(v, path: str) -> Decimal:
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        raise ProtocolError(f"{path} must be a decimal string or integer")
    try:
        d = Decimal(str(v))
    except InvalidOperation:
        raise ProtocolError(f"{path} is not a number") from None
    if not d.is_finite():
        raise ProtocolError(f"{path} is not finite")
    return d


def _pair(v, path: str, conv) -> tuple:
    if not isinstance(v, list) or len(v) != 2:
        raise ProtocolError(f"{path} must be a [low, high] pair")
    lo, hi = conv(v[0], path + "[0]"), conv(v[1], path + "[1]")
    if lo > hi:
        raise ProtocolError(f"{path} low > high")
    return lo, hi


def _label(v, path: str) -> dict:
    if not isinstance(v, dict) or not isinstance(v.get("en"), str) or not v["en"]:
        raise ProtocolError(f"{path} needs an English label")
    return v


def _vocab(items, path: str, key: str = "id") -> tuple[dict, ...]:
    if not isinstance(items, list) or not items:
        raise ProtocolError(f"{path} must be a non-empty list")
    seen = set()
    for i, it in enumerate(items):
        k = _get(it, key, f"{path}[{i}].")
        if k in seen:
            raise ProtocolError(f"{path} duplicate {k}")
        seen.add(k)
        _label(_get(it, "label", f"{path}[{i}]."), f"{path}[{i}].label")
    return tuple(items)


def parse(data: dict) -> InfusionProtocol:
    plan = _get(data, "plan", "")
    first = _get(plan, "first", "plan.")
    interval = _get(plan, "interval_days", "plan.")
    imin = _int(_get(interval, "min", "plan.interval_days."), "plan.interval_days.min", 1, 60)
    imax = _int(_get(interval, "max", "plan.interval_days."), "plan.interval_days.max", imin, 60)
    itarget = _int(_get(interval, "target", "plan.interval_days."), "plan.interval_days.target", imin, imax)
    fus = []
    for i, f in enumerate(_get(plan, "follow_up", "plan.")):
        p = f"plan.follow_up[{i}]."
        fus.append(FollowUp(
            id=str(_get(f, "id", p)), day=_int(_get(f, "day", p), p + "day", 1, 3650),
            window_days=_pair(_get(f, "window_days", p), p + "window_days", _int),
            primary_endpoint=bool(f.get("primary_endpoint", False)),
            label=_label(_get(f, "label", p), p + "label")))

    dose = _get(data, "dose", "")
    dmin = _dec(_get(dose, "min_per_kg_millions", "dose."), "dose.min_per_kg_millions")
    dmax = _dec(_get(dose, "max_per_kg_millions", "dose."), "dose.max_per_kg_millions")
    dtarget = _dec(_get(dose, "target_per_kg_millions", "dose."), "dose.target_per_kg_millions")
    if not (Decimal(0) < dmin <= dtarget <= dmax):
        raise ProtocolError("dose: need 0 < min <= target <= max")

    product = _get(data, "product", "")
    vitals = _get(data, "vitals", "")
    signs = []
    for i, s in enumerate(_get(vitals, "signs", "vitals.")):
        p = f"vitals.signs[{i}]."
        lo, hi = _dec(_get(s, "min", p), p + "min"), _dec(_get(s, "max", p), p + "max")
        if lo >= hi:
            raise ProtocolError(p + "min must be below max")
        signs.append(Sign(
            id=str(_get(s, "id", p)), unit=str(_get(s, "unit", p)), min=lo, max=hi,
            decimals=_int(_get(s, "decimals", p), p + "decimals", 0, 3),
            required=bool(_get(s, "required", p)),
            label=_label(_get(s, "label", p), p + "label"),
            short=_label(_get(s, "short", p), p + "short")))
    sign_ids = [s.id for s in signs]
    if len(set(sign_ids)) != len(sign_ids):
        raise ProtocolError("vitals.signs duplicate id")
    oxy = tuple(vitals.get("oxygen_one_of", []))
    for o in oxy:
        if o not in sign_ids:
            raise ProtocolError(f"vitals.oxygen_one_of unknown sign {o}")
    sched = _get(vitals, "schedule", "vitals.")
    after = _get(sched, "after_end_min", "vitals.schedule.")
    if not isinstance(after, list) or any(isinstance(a, bool) or not isinstance(a, int) or a <= 0 for a in after):
        raise ProtocolError("vitals.schedule.after_end_min must be positive integers")
    if sorted(set(after)) != after:
        raise ProtocolError("vitals.schedule.after_end_min must be increasing")
    alerts = []
    for i, a in enumerate(_get(vitals, "alerts", "vitals.")):
        p = f"vitals.alerts[{i}]."
        sign = _get(a, "sign", p)
        if sign not in sign_ids:
            raise ProtocolError(p + "sign unknown")
        kind = _get(a, "kind", p)
        if kind not in ALERT_KINDS:
            raise ProtocolError(p + "kind unknown")
        op = _get(a, "op", p)
        if op not in OPS:
            raise ProtocolError(p + "op unknown")
        alerts.append(AlertRule(id=str(_get(a, "id", p)), sign=sign, kind=kind, op=op,
                                value=_dec(_get(a, "value", p), p + "value")))

    ae = _get(data, "adverse_events", "")
    grades = _vocab(_get(ae, "ctcae_grades", "adverse_events."), "adverse_events.ctcae_grades", "grade")
    return InfusionProtocol(
        id=str(_get(data, "id", "")), version=_int(_get(data, "version", ""), "version", 1),
        infusion_count=_int(_get(plan, "infusion_count", "plan."), "plan.infusion_count", 1, 10),
        first_target_day=_int(_get(first, "target_day_after_inclusion", "plan.first."), "plan.first.target_day_after_inclusion", 0, 60),
        first_window_days=_pair(_get(first, "window_days", "plan.first."), "plan.first.window_days", _int),
        interval_target=itarget, interval_min=imin, interval_max=imax,
        follow_up=tuple(fus),
        dose_min=dmin, dose_max=dmax, dose_target=dtarget,
        weight_limits=_pair(_get(dose, "weight_kg_limits", "dose."), "dose.weight_kg_limits", _dec),
        weight_max_age_hours=_int(_get(dose, "weight_max_age_hours", "dose."), "dose.weight_max_age_hours", 1),
        same_donor=bool(_get(product, "same_donor_for_all_infusions", "product.")),
        thaw_use_within_hours=_int(_get(product, "use_within_hours_after_thaw", "product."), "product.use_within_hours_after_thaw", 1, 72),
        cells_limits=_pair(_get(product, "viable_cells_millions_limits", "product."), "product.viable_cells_millions_limits", _dec),
        volume_limits=_pair(_get(product, "volume_ml_limits", "product."), "product.volume_ml_limits", _dec),
        signs=tuple(signs), oxygen_one_of=oxy,
        baseline_within_min=_int(_get(sched, "baseline_within_min_before_start", "vitals.schedule."), "vitals.schedule.baseline_within_min_before_start", 1, 240),
        during_every_min=_int(_get(sched, "during_every_min", "vitals.schedule."), "vitals.schedule.during_every_min", 1, 240),
        after_end_min=tuple(after),
        on_time_tolerance_min=_int(sched.get("on_time_tolerance_min", 5), "vitals.schedule.on_time_tolerance_min", 0, 60),
        alerts=tuple(alerts),
        sae_report_hours=_int(_get(ae, "sae_report_hours", "adverse_events."), "adverse_events.sae_report_hours", 1, 720),
        aesi=_vocab(_get(ae, "aesi", "adverse_events."), "adverse_events.aesi"),
        ctcae_grades=grades,
        seriousness_criteria=_vocab(_get(ae, "seriousness_criteria", "adverse_events."), "adverse_events.seriousness_criteria"),
        relation=_vocab(_get(ae, "relation", "adverse_events."), "adverse_events.relation"),
        action_taken=_vocab(_get(ae, "action_taken", "adverse_events."), "adverse_events.action_taken"),
        outcome=_vocab(_get(ae, "outcome", "adverse_events."), "adverse_events.outcome"),
    )


def load(path: str | Path | None = None) -> InfusionProtocol:
    p = Path(path) if path else DEFAULT_FILE
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ProtocolError(f"not valid JSON at line {e.lineno}") from None
    return parse(data)


_cache: dict[str, InfusionProtocol] = {}


def default() -> InfusionProtocol:
    """The shipped protocol, parsed once per process (immutable value)."""
    key = str(DEFAULT_FILE)
    if key not in _cache:
        _cache[key] = load(DEFAULT_FILE)
    return _cache[key]
