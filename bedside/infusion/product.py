"""Product checks before an infusion: identifiers, same donor for every dose
of a patient (investigator override with a reason), expiry / thaw time."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.messages import Message
from .numbers import parse_decimal
from .protocol import InfusionProtocol

# Barcode wedges send printable ASCII; we keep ids conservative.
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/\-]{0,39}$")


@dataclass(frozen=True)
class ProductCheck:
    content: dict            # normalised, JSON-safe content to store
    problems: list[Message]  # empty means acceptable
    donor_override_needed: bool


def normalise_id(raw) -> str:
    """Barcode scanners add CR/LF or spaces; ids compare case-insensitively."""
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) < 10 ** 40:
        raw = str(raw)
    return raw.strip().upper() if isinstance(raw, str) else ""


def _number_within(entry: dict, key: str, limits, template: str, code: str, problems: list[Message]):
    """The number typed for ``key`` (None if unreadable); a problem if it is
    unreadable or outside ``limits`` (``template`` says so, with value/min/max)."""
    value, problem = parse_decimal(entry.get(key), key)
    if problem:
        problems.append(problem)
    elif not (limits[0] <= value <= limits[1]):
        problems.append(Message(template, {"value": str(value), "min": str(limits[0]), "max": str(limits[1])},
                                field=key, code=code))
    return value


def check(protocol: InfusionProtocol, entry: dict, previous_donors: list[str],
          previous_bags: list[str], now_utc: datetime,
          donor_override_reason: str | None = None, override_by_investigator: bool = False) -> ProductCheck:
    problems: list[Message] = []
    bag = normalise_id(entry.get("bag_id"))
    donor = normalise_id(entry.get("donor_id"))
    missing = {"bag_id": QT_TRANSLATE_NOOP("core", "Scan or type the bag id."),
               "donor_id": QT_TRANSLATE_NOOP("core", "Scan or type the donor id.")}
    for fld, val in (("bag_id", bag), ("donor_id", donor)):
        if not val:
            problems.append(Message(missing[fld], {}, field=fld, code="id_missing"))
        elif not ID_RE.match(val):
            problems.append(Message(QT_TRANSLATE_NOOP(
                "core", "This identifier has characters a label never has: scan it again."), {}, field=fld, code="id_invalid"))
    if bag and bag in {normalise_id(b) for b in previous_bags}:
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "This bag was already used for an earlier infusion."), {}, field="bag_id", code="bag_reused"))
    cells = _number_within(entry, "viable_cells_millions", protocol.cells_limits, QT_TRANSLATE_NOOP(
        "core", "Viable cells {value} ×10⁶ is outside {min}–{max} ×10⁶: check the label."), "cells_range", problems)
    volume = _number_within(entry, "volume_ml", protocol.volume_limits, QT_TRANSLATE_NOOP(
        "core", "Volume {value} mL is outside {min}–{max} mL."), "volume_range", problems)
    expiry = entry.get("expiry_utc")
    thaw = entry.get("thaw_utc")
    if not isinstance(expiry, datetime) and not isinstance(thaw, datetime):
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "Enter the expiry or the thaw time from the label."), {}, field="expiry_utc", code="expiry_missing"))
    if isinstance(expiry, datetime) and expiry <= now_utc:
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "This product expired at {when}: it must not be infused."), {"when": expiry.isoformat(timespec="minutes")}, field="expiry_utc", code="expired"))
    if isinstance(thaw, datetime):
        if thaw > now_utc + timedelta(minutes=5):
            problems.append(Message(QT_TRANSLATE_NOOP(
                "core", "The thaw time is in the future: check it."), {}, field="thaw_utc", code="thaw_future"))
        elif now_utc - thaw > timedelta(hours=protocol.thaw_use_within_hours):
            problems.append(Message(QT_TRANSLATE_NOOP(
                "core", "Thawed more than {hours} h ago: this product must not be infused."), {"hours": protocol.thaw_use_within_hours}, field="thaw_utc", code="thaw_expired"))
    donors = {normalise_id(d) for d in previous_donors if d}
    override_needed = bool(protocol.same_donor and donor and donors and donor not in donors)
    if override_needed and (not override_by_investigator or not (donor_override_reason or "").strip()):
        problems.append(Message(QT_TRANSLATE_NOOP(
            "core", "Donor {donor} differs from the donor of the earlier infusions ({previous}): "
                    "an investigator must override with a reason."), {"donor": donor, "previous": ", ".join(sorted(donors))}, field="donor_id", code="donor_mismatch"))
    content = {
        "bag_id": bag, "donor_id": donor,
        "viable_cells_millions": str(cells) if cells is not None else None,
        "volume_ml": str(volume) if volume is not None else None,
        "expiry_utc": expiry.isoformat() if isinstance(expiry, datetime) else None,
        "thaw_utc": thaw.isoformat() if isinstance(thaw, datetime) else None,
        "donor_override_reason": ((donor_override_reason or "").strip() or None) if override_needed else None,
    }
    return ProductCheck(content, problems, override_needed)
