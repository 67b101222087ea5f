"""The follow-up protocol data (resources/protocols/tjt2012-followup-v1.json).

The scheduled visits and their windows are read from the infusion protocol
file (``plan.follow_up``) and the AESI categories from its
``adverse_events.aesi``: each is written once, in one file."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from bedside.infusion.protocol import FollowUp, default as infusion_protocol
from bedside.paths import resources_dir

FILE = resources_dir() / "protocols" / "tjt2012-followup-v1.json"


@dataclass(frozen=True)
class Choice:
    id: str
    label: dict          # {"en": …, "fr": …}


@dataclass(frozen=True)
class FollowUpProtocol:
    visits: tuple[FollowUp, ...]           # scheduled: d28, d90 (windows in days)
    unscheduled: Choice
    endpoint_visit: str                    # "d28"
    final_visit: str                       # "d90"
    aesi: tuple[Choice, ...]
    respiratory_support: tuple[Choice, ...]
    concomitant_treatments: tuple[Choice, ...]
    end_reasons: tuple[Choice, ...]
    contact_methods: tuple[Choice, ...]
    lost_min_attempts: int

    def visit(self, visit_id: str) -> FollowUp | None:
        return next((v for v in self.visits if v.id == visit_id), None)

    def visit_ids(self) -> tuple[str, ...]:
        return tuple(v.id for v in self.visits) + (self.unscheduled.id,)

    def endpoint_day(self) -> int:
        return self.visit(self.endpoint_visit).day

    def final_day(self) -> int:
        return self.visit(self.final_visit).day


def _choices(items) -> tuple[Choice, ...]:
    out = []
    for it in items:
        if not (isinstance(it.get("id"), str) and isinstance(it.get("label"), dict)
                and it["label"].get("en") and it["label"].get("fr")):
            raise ValueError(f"{FILE.name}: every choice needs an id and an en/fr label")
        out.append(Choice(it["id"], dict(it["label"])))
    if len({c.id for c in out}) != len(out):
        raise ValueError(f"{FILE.name}: a choice id is repeated")
    return tuple(out)


@lru_cache(maxsize=1)
def load() -> FollowUpProtocol:
    data = json.loads(FILE.read_text(encoding="utf-8"))
    inf = infusion_protocol()
    p = FollowUpProtocol(
        visits=tuple(inf.follow_up),
        unscheduled=Choice(data["unscheduled"]["id"], dict(data["unscheduled"]["label"])),
        endpoint_visit=data["endpoint_visit"], final_visit=data["final_visit"],
        aesi=_choices(inf.aesi),
        respiratory_support=_choices(data["respiratory_support"]),
        concomitant_treatments=_choices(data["concomitant_treatments"]),
        end_reasons=_choices(data["end_reasons"]),
        contact_methods=_choices(data["contact_methods"]),
        lost_min_attempts=int(data["lost_to_follow_up_min_attempts"]))
    if p.visit(p.endpoint_visit) is None or p.visit(p.final_visit) is None:
        raise ValueError(f"{FILE.name}: endpoint_visit and final_visit must name visits of the infusion plan")
    return p


def codes(choices) -> tuple[str, ...]:
    return tuple(c.id for c in choices)
