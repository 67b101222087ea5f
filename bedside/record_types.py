"""The registry of record types: one declaration per type, used everywhere.

Each capability declares its record contents in ``bedside/<capability>/
schema.py`` (pydantic models built from :mod:`bedside.record_fields`) and
registers them here with a label and the permission needed to write them.
The same declaration is used by

* the core on write (``RecordStore.create/correct``: :func:`check_content`),
* the entry rules (``bedside/entry_rules.py``, rules 3-4), which every
  door runs: the server on push, every PC on pull, ``bedside verify``,
* readers of stored content that must survive a bad version
  (:func:`is_valid`),
* the export data dictionary (:func:`dictionary`).
"""

from __future__ import annotations

import functools
import importlib
import re
import uuid
import types
import typing
from dataclasses import dataclass
from typing import Any

import pydantic

from .errors import PermissionDenied, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .record_fields import FieldProblem, RecordContent
from .roles import RECORD_WRITE_PERMISSION, Permission
from bedside.names import PatientId, RecordType

# Modules that declare record types (imported on first use: capabilities may
# import this module without a cycle).
DECLARING_MODULES = ("bedside.core_records", "bedside.eligibility.schema",
                     "bedside.consent.schema", "bedside.infusion.schema",
                     "bedside.followup.schema", "bedside.hl7feed.schema")


@dataclass(frozen=True)
class FieldInfo:
    name: str
    label_en: str
    label_fr: str
    kind: str                     # text | integer | float | decimal | boolean | date | datetime | code | object | list
    required: bool
    unit: str | None = None
    allowed: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    permission: str | None = None


@dataclass(frozen=True)
class RecordDeclaration:
    name: str
    model: type[RecordContent]
    label_en: str
    label_fr: str
    write_permission: Permission = Permission.EDIT_CLINICAL
    exported: bool = True
    # a patient has at most one record of this type: its record id is
    # derived from the patient id (:func:`patient_record_id`), so a second
    # one made offline on another PC is a second head of the same record (a
    # sync conflict), and any other record id is refused at every door
    # (entry rule ``one_per_patient``)
    one_per_patient: bool = False

    def fields(self) -> list[FieldInfo]:
        return [_field_info(n, f) for n, f in self.model.model_fields.items()]

    def field_label(self, name: str) -> str:
        f = self.model.model_fields.get(name)
        return (f.title if f is not None and f.title else name)


_REGISTRY: dict[str, RecordDeclaration] = {}
_loaded = False


def register(rt: RecordDeclaration) -> RecordDeclaration:
    if rt.name in _REGISTRY and _REGISTRY[rt.name] is not rt:
        raise RuntimeError(f"record type {rt.name} declared twice")
    _REGISTRY[rt.name] = rt
    return rt


def _load() -> None:
    global _loaded
    if not _loaded:
        for mod in DECLARING_MODULES:
            importlib.import_module(mod)
        _loaded = True


def all_types() -> dict[str, RecordDeclaration]:
    _load()
    return dict(_REGISTRY)


def get(name: Any) -> RecordDeclaration | None:
    _load()
    return _REGISTRY.get(name) if isinstance(name, str) else None


def require(name: Any) -> RecordDeclaration:
    rt = get(name)
    if rt is None:
        raise ValidationError("record_type", QT_TRANSLATE_NOOP(
            "core", "This kind of record is unknown to this version of Bedside."))
    return rt


_ONE_PER_PATIENT = uuid.UUID("6f2d0c3e-5b1a-4e8e-9a57-1c4d2b7e0f31")


def record_write_permission(record_type: RecordType) -> Permission:
    """The permission needed to write *record_type*: its registered
    declaration's, so the entry rules (server
    push, pull, verify) ask what the local write asks; unknown types fall
    back to ``roles.RECORD_WRITE_PERMISSION``."""
    rt = get(record_type)
    if rt is not None:
        return rt.write_permission
    return RECORD_WRITE_PERMISSION.get(record_type, Permission.EDIT_CLINICAL)


def patient_record_id(record_type: RecordType, patient_id: PatientId) -> str:
    """The record id of the one record of *record_type* a patient has (a
    type declared ``one_per_patient``): the same on every PC, so two PCs
    that write it offline make two heads of one record, not two records."""
    return uuid.uuid5(_ONE_PER_PATIENT, f"{record_type}\x00{patient_id}").hex


# -- checking content -----------------------------------------------------
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def is_id(value: Any) -> bool:
    """Entry, record, patient, user and workstation ids: 1-64 safe characters."""
    return isinstance(value, str) and bool(_ID.match(value))


_WORDS = {
    "missing": QT_TRANSLATE_NOOP("core", "“{label}” is required."),
    "extra_forbidden": QT_TRANSLATE_NOOP("core", "“{label}” is not a field of this record."),
    "range": QT_TRANSLATE_NOOP("core", "“{label}” is outside its allowed range."),
    "length": QT_TRANSLATE_NOOP("core", "“{label}” is too long or too short."),
    "choice": QT_TRANSLATE_NOOP("core", "“{label}” is not one of the allowed values."),
    "pattern": QT_TRANSLATE_NOOP("core", "“{label}” is not written in the expected form."),
    "kind": QT_TRANSLATE_NOOP("core", "“{label}” has the wrong kind of value."),
    "problem": QT_TRANSLATE_NOOP("core", "“{label}” {problem}."),
}
_RANGE = {"greater_than", "greater_than_equal", "less_than", "less_than_equal",
          "int_from_float", "finite_number"}
_LENGTH = {"string_too_long", "string_too_short", "too_long", "too_short"}


class ContentError(ValidationError):
    """Record content that does not match its declaration. ``field`` is
    the dotted path; params: ``label`` (English, translated by the UI) and
    for ``problem`` the translatable reason."""


def _error_for(rt: RecordDeclaration, err: dict) -> ContentError:
    loc = [str(p) for p in err.get("loc", ())]
    top = loc[0] if loc else "content"
    path = ".".join(loc) or "content"
    # a rule over several fields (a model validator) has no location: name the record
    label = rt.field_label(top) if top in rt.model.model_fields else (top[:40] if loc else rt.label_en)
    typ = err.get("type", "")
    ctx = err.get("ctx") or {}
    exc = ctx.get("error")
    if isinstance(exc, FieldProblem):
        return ContentError(path, _WORDS["problem"], label=label, problem=exc.template)
    if typ == "missing":
        key = "missing"
    elif typ == "extra_forbidden":
        key = "extra_forbidden"
    elif typ in _RANGE:
        key = "range"
    elif typ in _LENGTH:
        key = "length"
    elif typ in ("literal_error", "enum"):
        key = "choice"
    elif typ == "string_pattern_mismatch":
        key = "pattern"
    else:
        key = "kind"
    return ContentError(path, _WORDS[key], label=label)


def check_content(record_type: Any, content: Any) -> RecordDeclaration:
    """Refuse *content* unless it matches its record type's declaration;
    the error names the first wrong field in words."""
    rt = require(record_type)
    if not isinstance(content, dict):
        raise ValidationError("content", QT_TRANSLATE_NOOP(
            "core", "A record must be a set of named fields."))
    try:
        rt.model.model_validate(content)
    except pydantic.ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        raise _error_for(rt, errors[0]) from None
    except (ValueError, TypeError, OverflowError, RecursionError):
        # a validator met a value it cannot even look at
        raise ValidationError("content", QT_TRANSLATE_NOOP(
            "core", "A record holds a value that cannot be stored (only text, numbers, "
            "yes/no, lists and named fields can).")) from None
    return rt


def is_valid(record_type: Any, content: Any) -> bool:
    """True when stored *content* matches its declaration (for readers that
    must skip a damaged version rather than stop)."""
    try:
        check_content(record_type, content)
    except ValidationError:
        return False
    return True


@functools.cache
def _permission_fields(rt: RecordDeclaration) -> tuple[tuple[str, str], ...]:
    """The fields of *rt* declared with a permission of their own, and that
    permission (read once per declaration: every save asks)."""
    out = []
    for name, f in rt.model.model_fields.items():
        perm = (f.json_schema_extra or {}).get("permission") if isinstance(
            f.json_schema_extra, dict) else None
        if perm:
            out.append((name, perm))
    return tuple(out)


def check_field_permissions(rt: RecordDeclaration, content: dict, base: dict | None,
                            allowed: Any, role: str = "") -> None:
    """Fields declared with their own permission may only be set or changed
    by someone holding it (*allowed*: ``permission -> bool``)."""
    for name, perm in _permission_fields(rt):
        old = (base or {}).get(name)
        new = content.get(name)
        if new == old or (base is None and new in (None, "", [], {})):
            continue
        if not allowed(Permission(perm)):
            raise PermissionDenied(role=role, action=f"change {rt.field_label(name)}")


# -- documentation --------------------------------------------------------
def _kind(annotation: Any, metadata: list) -> str:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and len(args) == 1:
        return _kind(args[0], metadata)         # an optional field: the kind of its value
    origin = typing.get_origin(annotation)
    if origin is dict:
        return "object"
    if origin is list:
        return "list"
    text = repr(annotation) + repr(metadata)
    if annotation is bool:
        return "boolean"
    if annotation is int or "int" == getattr(annotation, "__name__", ""):
        return "integer"
    if annotation is float:
        return "float"
    for marker, kind in (("_check_datetime", "datetime"), ("_check_date", "date"),
                         ("\\\\d{1,15}", "decimal"), ("Literal", "code")):
        if marker in text:
            return kind
    if "dict" in text:
        return "object"
    if "list" in text:
        return "list"
    if "int" in text and "str" not in text:
        return "integer"
    if "float" in text and "str" not in text:
        return "float"
    if "bool" in text and "str" not in text:
        return "boolean"
    return "text"


def _field_info(name: str, f: Any) -> FieldInfo:
    extra = f.json_schema_extra if isinstance(f.json_schema_extra, dict) else {}
    allowed: tuple[str, ...] = ()
    ann = f.annotation
    args = getattr(ann, "__args__", ())
    if getattr(ann, "__origin__", None) is not None and repr(ann).startswith("typing.Literal"):
        allowed = tuple(str(a) for a in args)
    else:
        for a in args:
            if repr(a).startswith("typing.Literal"):
                allowed = tuple(str(x) for x in a.__args__)
    low = high = None
    for m in f.metadata:
        low = getattr(m, "ge", None) if getattr(m, "ge", None) is not None else low
        high = getattr(m, "le", None) if getattr(m, "le", None) is not None else high
    kind = "code" if allowed else _kind(ann, f.metadata)
    return FieldInfo(name=name, label_en=f.title or name, label_fr=str(extra.get("fr", f.title or name)),
                     kind=kind, required=f.is_required(), unit=extra.get("unit"),
                     allowed=allowed, low=low, high=high, permission=extra.get("permission"))


def dictionary() -> dict[str, dict]:
    """The data dictionary of every exported record type, as the export
    writes it (form -> label, variables with label, type, unit, allowed)."""
    out: dict[str, dict] = {}
    for name, rt in sorted(all_types().items()):
        if not rt.exported:
            continue
        variables = {}
        for fi in rt.fields():
            v: dict[str, Any] = {"label": {"en": fi.label_en, "fr": fi.label_fr},
                                 "type": fi.kind}
            if fi.unit:
                v["unit"] = fi.unit
            if fi.allowed:
                v["allowed"] = list(fi.allowed)
            variables[fi.name] = v
        out[name] = {"label": {"en": rt.label_en, "fr": rt.label_fr}, "variables": variables}
    return out
