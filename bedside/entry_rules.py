"""The one door every record version passes to enter a store made
elsewhere: the server on push, every PC on pull, ``bedside verify`` and
imports all call :func:`admit`.

An entry is admitted when every check in :data:`CHECKS` passes, in order:
the wire shape and content hash, the envelope (ids, version, times,
offsets, sizes), the record type from the registry and the content against
its declaration.  Later checks (device signature, author permission) are
added to the same list with :func:`add_check`.  A refusal is an
:class:`Inadmissible` whose message names the rule broken and never the
clinical content.
"""

from __future__ import annotations

from typing import Callable

from . import record_types
from .errors import ValidationError
from .record_fields import FieldProblem, parse_aware, text_problem
from .sync import wire

MAX_VERSION = 1_000_000                 # corrections of one record
MAX_OFFSET_MIN = 18 * 60                # ISO 8601 / Python allow ±18 h
MAX_CONTENT_BYTES = 512 * 1024          # one record version's canonical content
MAX_REASON = 4000


class Inadmissible(wire.WireError):
    """An entry refused at the door; ``check`` names the rule."""

    def __init__(self, check: str, reason: str) -> None:
        super().__init__(reason)
        self.check, self.reason = check, reason


Check = Callable[[dict], None]


def _wire_shape(entry: dict) -> None:
    try:
        wire.check_entry(entry)
    except Inadmissible:
        raise
    except wire.WireError as exc:
        raise Inadmissible("wire", str(exc)) from None
    except (ValueError, TypeError, OverflowError, RecursionError, UnicodeError):
        raise Inadmissible("wire", "entry cannot be encoded") from None


def _envelope(entry: dict) -> None:
    for name in ("id", "record_id", "workstation_id"):
        if not record_types.is_id(entry[name]):
            raise Inadmissible("envelope", f"{name} is not an identifier")
    for name in ("patient_id", "replaces", "author_id"):
        if entry[name] is not None and not record_types.is_id(entry[name]):
            raise Inadmissible("envelope", f"{name} is not an identifier")
    if not 1 <= entry["version"] <= MAX_VERSION:
        raise Inadmissible("envelope", "version out of range")
    if entry["version"] == 1 and entry["replaces"] is not None:
        raise Inadmissible("envelope", "a first version cannot replace another")
    if not -MAX_OFFSET_MIN <= entry["utc_offset_min"] <= MAX_OFFSET_MIN:
        raise Inadmissible("envelope", "utc_offset_min out of range")
    try:
        parse_aware(entry["created_utc"])
    except FieldProblem:
        raise Inadmissible("envelope", "created_utc is not an aware date and time") from None
    for name, limit in (("author_name", 200), ("reason", MAX_REASON)):
        value = entry[name]
        if value is not None and (len(value) > limit or text_problem(
                value, multiline=name == "reason")):
            raise Inadmissible("envelope", f"{name} is too long or holds forbidden characters")
    if len(wire.canonical_json(entry["content"]).encode("utf-8")) > MAX_CONTENT_BYTES:
        raise Inadmissible("envelope", "content too large")


def _record_type(entry: dict) -> None:
    if record_types.get(entry["record_type"]) is None:
        raise Inadmissible("record_type", "record_type is not a registered type")


def _content(entry: dict) -> None:
    try:
        record_types.check_content(entry["record_type"], entry["content"])
    except ValidationError as exc:
        raise Inadmissible("content", f"content field {getattr(exc, 'field', 'content')[:80]} "
                           "does not match its declaration") from None


CHECKS: list[Check] = [_wire_shape, _envelope, _record_type, _content]


def add_check(check: Check) -> None:
    """Add a rule to the door (e.g. the device signature check); it raises
    Inadmissible to refuse."""
    if check not in CHECKS:
        CHECKS.append(check)


def admit(entry: object) -> dict:
    """Return the entry restricted to its wire fields, or raise Inadmissible."""
    if not isinstance(entry, dict):
        raise Inadmissible("wire", "entry is not an object")
    for check in list(CHECKS):
        try:
            check(entry)
        except Inadmissible:
            raise
        except (KeyError, TypeError, ValueError, OverflowError, RecursionError,
                UnicodeError) as exc:   # a check that met a value it cannot read
            raise Inadmissible(getattr(check, "__name__", "check").strip("_"),
                               f"entry unreadable ({type(exc).__name__})") from None
    return wire.check_entry(entry)


def reason_of(entry: object) -> str | None:
    """Why *entry* is refused, or None when it is admissible."""
    try:
        admit(entry)
    except wire.WireError as exc:
        return str(exc)
    return None
