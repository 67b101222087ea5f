"""Dose: viable cells per kg (×10⁶/kg) from the current weight, the
protocol's acceptable range and the investigator override rule."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message
from .numbers import parse_decimal
from .protocol import InfusionProtocol


@dataclass(frozen=True)
class DoseResult:
    per_kg_millions: Decimal        # exact value
    shown: str                      # rounded to 2 decimals for display
    in_range: bool
    problems: list[Message]         # blocking problems (after override is considered)
    needs_override: bool


def per_kg(viable_cells_millions: Decimal, weight_kg: Decimal) -> Decimal:
    return viable_cells_millions / weight_kg


def compute(protocol: InfusionProtocol, viable_cells_millions, weight_kg,
            weight_measured_utc: datetime | None, now_utc: datetime,
            override_reason: str | None = None, override_by_investigator: bool = False) -> DoseResult:
    problems: list[Message] = []
    cells, p1 = parse_decimal(viable_cells_millions, "viable_cells_millions")
    weight, p2 = parse_decimal(weight_kg, "weight_kg")
    problems += [p for p in (p1, p2) if p]
    if problems:
        return DoseResult(Decimal(0), "", False, problems, False)
    lo, hi = protocol.weight_limits
    if not (lo <= weight <= hi):
        return DoseResult(Decimal(0), "", False, [Message(QT_TRANSLATE_NOOP(
            "core", "Weight {value} kg is outside {min}–{max} kg: check the weight."), {"value": str(weight), "min": str(lo), "max": str(hi)}, field="weight_kg", code="weight_range")], False)
    clo, chi = protocol.cells_limits
    if not (clo <= cells <= chi):
        return DoseResult(Decimal(0), "", False, [Message(QT_TRANSLATE_NOOP(
            "core", "Viable cells {value} ×10⁶ is outside {min}–{max} ×10⁶: check the label."), {"value": str(cells), "min": str(clo), "max": str(chi)}, field="viable_cells_millions", code="cells_range")], False)
    if weight_measured_utc is None or now_utc - weight_measured_utc > timedelta(hours=protocol.weight_max_age_hours):
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "The weight is older than {hours} h: weigh the patient again."), {"hours": protocol.weight_max_age_hours}, field="weight_kg", code="weight_stale"))
    value = per_kg(cells, weight)
    shown = str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    in_range = protocol.dose_min <= value <= protocol.dose_max
    needs_override = not in_range
    if not in_range:
        if not override_by_investigator or not (override_reason or "").strip():
            problems.append(Message(QT_TRANSLATE_NOOP(
                "core", "Dose {value} ×10⁶/kg is outside {min}–{max} ×10⁶/kg: an investigator must override with a reason."), {"value": shown, "min": str(protocol.dose_min), "max": str(protocol.dose_max)}, field="override", code="dose_range"))
    return DoseResult(value, shown, in_range, problems, needs_override)
