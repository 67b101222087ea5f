"""Observation codes → flowsheet signs and eligibility lab items, from
``resources/hl7/observations.json``.  A code, coding system or unit not in
the file gives no value: the observation is listed as not understood,
never guessed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from bedside.paths import resources_dir

from .message import USABLE_STATUS, Observation

PATH = ("hl7", "observations.json")


@dataclass(frozen=True)
class Mapped:
    kind: str                  # "vital" | "lab"
    item: str                  # sign id (hr, spo2…) or lab item (crp, ferritin…)
    value: Decimal             # in the target's unit
    observation: Observation
    fallback: bool             # a second-choice code (pulse rate for heart rate…)


@dataclass(frozen=True)
class Unmapped:
    observation: Observation
    why: str                   # "unknown code" | "unknown unit" | "not a number" | "not final"


@dataclass(frozen=True)
class _Rule:
    kind: str
    item: str
    units: dict[str, Decimal]
    fallback: bool


@lru_cache(maxsize=1)
def _rules() -> tuple[dict[str, str], dict[tuple[str, str], _Rule]]:
    data = json.loads((resources_dir().joinpath(*PATH)).read_text(encoding="utf-8"))
    systems = {alias.upper(): name for name, aliases in data["coding_systems"].items()
               for alias in aliases}
    rules = {}
    for o in data["observations"]:
        kind, item = o["target"].split(":", 1)
        rules[(o["system"], o["code"])] = _Rule(
            kind, item, {u: Decimal(str(f)) for u, f in o["units"].items()},
            bool(o.get("fallback")))
    return systems, rules


def map_observation(obs: Observation) -> Mapped | Unmapped:
    systems, rules = _rules()
    rule = rules.get((systems.get(obs.system.upper(), obs.system), obs.code))
    if rule is None:
        return Unmapped(obs, "unknown code")
    if obs.status not in USABLE_STATUS:
        return Unmapped(obs, "not final")
    if obs.value_type != "NM" or not obs.value:
        return Unmapped(obs, "not a number")
    factor = rule.units.get(obs.unit) or rule.units.get(obs.unit_name)
    if factor is None:
        return Unmapped(obs, "unknown unit")
    return Mapped(rule.kind, rule.item, Decimal(obs.value) * factor, obs, rule.fallback)


def map_all(observations) -> tuple[list[Mapped], list[Unmapped]]:
    mapped, unmapped = [], []
    for obs in observations:
        m = map_observation(obs)
        (mapped if isinstance(m, Mapped) else unmapped).append(m)
    return mapped, unmapped
