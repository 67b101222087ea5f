"""Consent document definitions (resources/consent/forms/*.json), validated.

A form is identified by (form_id, version, language). A version is "approved"
from its Ethics Committee approval date on; the newest approved version of a
form is what new consents use, and anyone consented on an older version is
flagged for re-consent."""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.consent.errors import ConsentError
from bedside.paths import resources_dir

RESOURCES = resources_dir() / "consent"
FORMS_DIR = RESOURCES / "forms"

_LANG = re.compile(r"^[a-z]{2}$")
_VERSION = re.compile(r"^\d+(\.\d+){0,3}$")
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    text: str


@dataclass(frozen=True)
class OptionalItem:
    id: str
    text: str


@dataclass(frozen=True)
class ConsentForm:
    form_id: str
    version: str
    language: str
    title: str
    ec_approval_date: dt.date
    ec_reference: str
    sections: tuple[Section, ...]
    optional_items: tuple[OptionalItem, ...]

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)

    @property
    def key(self) -> str:
        return f"{self.form_id}/{self.version}/{self.language}"

    def approved_on(self, day: dt.date) -> bool:
        return self.ec_approval_date <= day

    def full_text(self) -> str:
        parts = [self.title]
        for s in self.sections:
            parts += [s.heading, s.text]
        return "\n\n".join(parts)


def version_key(version: str) -> tuple[int, ...]:
    if not isinstance(version, str) or not _VERSION.match(version):
        raise ConsentError("version", QT_TRANSLATE_NOOP("core", "Form version \"{version}\" is not of the form 1.0 or 2.1.3."),
                           version=str(version)[:40])
    return tuple(int(p) for p in version.split("."))


def _text(d: dict, key: str, where: str, limit: int = 20000) -> str:
    v = d.get(key)
    if not isinstance(v, str) or not v.strip() or len(v) > limit:
        raise ConsentError(key, QT_TRANSLATE_NOOP("core", "Consent form {where}: \"{key}\" must be a non-empty text."),
                           where=where, key=key)
    return v.strip()


def _unique_entries(raw: list, key: str, where: str, not_object: str, twice: str, build) -> tuple:
    """The objects of the list ``raw`` (each with an "id" no other has), each
    made by ``build(entry, id)``; ``not_object`` and ``twice`` are the messages."""
    out, seen = [], set()
    for i, entry in enumerate(raw):
        if not isinstance(entry, dict):
            raise ConsentError(key, not_object, where=where, n=i + 1)
        eid = _text(entry, "id", where, 64)
        if eid in seen:
            raise ConsentError(key, twice, where=where, id=eid)
        seen.add(eid)
        out.append(build(entry, eid))
    return tuple(out)


def parse_form(data: object, where: str = "?") -> ConsentForm:
    """Validate one form definition (a dict from JSON). Raises ConsentError."""
    if not isinstance(data, dict):
        raise ConsentError("form", QT_TRANSLATE_NOOP("core", "Consent form {where} is not a JSON object."), where=where)
    form_id = _text(data, "form_id", where, 64)
    if not _ID.match(form_id):
        raise ConsentError("form_id", QT_TRANSLATE_NOOP("core", "Consent form {where}: form_id has characters that are not allowed."), where=where)
    version = _text(data, "version", where, 40)
    version_key(version)
    language = _text(data, "language", where, 2)
    if not _LANG.match(language):
        raise ConsentError("language", QT_TRANSLATE_NOOP("core", "Consent form {where}: language must be a two-letter code such as fr, en or nl."), where=where)
    title = _text(data, "title", where, 500)
    try:
        approval = dt.date.fromisoformat(_text(data, "ec_approval_date", where, 10))
    except ValueError:
        raise ConsentError("ec_approval_date", QT_TRANSLATE_NOOP("core", "Consent form {where}: the Ethics Committee approval date must be a date such as 2020-06-15."), where=where) from None
    ec_reference = data.get("ec_reference", "")
    if not isinstance(ec_reference, str):
        raise ConsentError("ec_reference", QT_TRANSLATE_NOOP("core", "Consent form {where}: ec_reference must be text."), where=where)
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise ConsentError("sections", QT_TRANSLATE_NOOP("core", "Consent form {where} has no sections."), where=where)
    sections = _unique_entries(
        raw_sections, "sections", where,
        QT_TRANSLATE_NOOP("core", "Consent form {where}: section {n} is not an object."),
        QT_TRANSLATE_NOOP("core", "Consent form {where}: section id \"{id}\" appears twice."),
        lambda s, sid: Section(sid, _text(s, "heading", where, 300), _text(s, "text", where)))
    raw_items = data.get("optional_items", [])
    if not isinstance(raw_items, list):
        raise ConsentError("optional_items", QT_TRANSLATE_NOOP("core", "Consent form {where}: optional_items must be a list."), where=where)
    items = _unique_entries(
        raw_items, "optional_items", where,
        QT_TRANSLATE_NOOP("core", "Consent form {where}: optional item {n} is not an object."),
        QT_TRANSLATE_NOOP("core", "Consent form {where}: optional item id \"{id}\" appears twice."),
        lambda it, iid: OptionalItem(iid, _text(it, "text", where, 2000)))
    return ConsentForm(form_id, version, language, title, approval, ec_reference.strip(), sections, items)


class FormCatalogue:
    """All known consent form definitions; answers which one is current."""

    def __init__(self, forms: list[ConsentForm]):
        by_key: dict[str, ConsentForm] = {}
        for f in forms:
            if f.key in by_key:
                raise ConsentError("form", QT_TRANSLATE_NOOP("core", "Consent form {key} is defined twice."), key=f.key)
            by_key[f.key] = f
        self._by_key = by_key

    @classmethod
    def load(cls, directory: Path | str | None = None) -> "FormCatalogue":
        directory = Path(directory) if directory is not None else FORMS_DIR
        forms = []
        for path in sorted(directory.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError):
                raise ConsentError("form", QT_TRANSLATE_NOOP("core", "Consent form file {where} cannot be read as JSON."), where=path.name) from None
            forms.append(parse_form(data, path.name))
        return cls(forms)

    def all(self) -> list[ConsentForm]:
        return sorted(self._by_key.values(), key=lambda f: (f.form_id, f.version_key, f.language))

    def get(self, form_id: str, version: str, language: str) -> ConsentForm:
        f = self._by_key.get(f"{form_id}/{version}/{language}")
        if f is None:
            raise ConsentError("form", QT_TRANSLATE_NOOP("core", "There is no consent form {form_id} version {version} in language {language}."),
                               form_id=form_id, version=version, language=language)
        return f

    def form_ids(self) -> list[str]:
        return sorted({f.form_id for f in self._by_key.values()})

    def current_version(self, form_id: str, today: dt.date) -> str | None:
        """Newest version of form_id approved on or before `today`."""
        approved = [f for f in self._by_key.values() if f.form_id == form_id and f.approved_on(today)]
        if not approved:
            return None
        return max(approved, key=lambda f: f.version_key).version

    def languages(self, form_id: str, version: str) -> list[str]:
        return sorted(f.language for f in self._by_key.values() if f.form_id == form_id and f.version == version)

    def current(self, form_id: str, language: str, today: dt.date) -> ConsentForm:
        version = self.current_version(form_id, today)
        if version is None:
            raise ConsentError("form", QT_TRANSLATE_NOOP("core", "No version of consent form {form_id} is approved by the Ethics Committee yet."), form_id=form_id)
        return self.get(form_id, version, language)

    def is_outdated(self, form_id: str, version: str, today: dt.date) -> bool:
        current = self.current_version(form_id, today)
        return current is not None and version_key(current) > version_key(version)


def load_representative_order(path: Path | str | None = None) -> list[dict]:
    """The site's order of legal representatives: [{"id", "label": {"en", "fr"}, "law"}, ...]
    ("law": the article the step stands on, when the file gives it)."""
    path = Path(path) if path is not None else RESOURCES / "representative_order.json"
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return validate_representative_order(data.get("order") if isinstance(data, dict) else None)


def validate_representative_order(order: object) -> list[dict]:
    if not isinstance(order, list) or not order:
        raise ConsentError("representative_order", QT_TRANSLATE_NOOP("core", "The representative order must be a non-empty list."))
    out, seen = [], set()
    for entry in order:
        label = bilingual_label(entry.get("label")) if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not _ID.match(entry["id"]) \
                or label is None:
            raise ConsentError("representative_order", QT_TRANSLATE_NOOP("core", "Each representative entry needs an id and a label."))
        if entry["id"] in seen:
            raise ConsentError("representative_order", QT_TRANSLATE_NOOP("core", "Representative \"{id}\" appears twice in the order."), id=entry["id"])
        seen.add(entry["id"])
        step = {"id": entry["id"], "label": label}
        if isinstance(entry.get("law"), str) and entry["law"].strip():
            step["law"] = entry["law"].strip()       # the legal basis, shown beside the step
        out.append(step)
    return out


def bilingual_label(label: object) -> dict[str, str] | None:
    """A data label as {language: text}. Resource files give {"en", "fr"}; a
    site may still set a single string (then shown in every language).
    None when there is no usable text."""
    if isinstance(label, str):
        return {"en": label.strip()} if label.strip() else None
    if isinstance(label, dict) and label and all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in label.items()):
        texts = {k: v.strip() for k, v in label.items()}
        return texts if "en" in texts else None
    return None


def _load_coded_list(path: Path, key: str, error: str) -> list[dict]:
    """A resource file holding {key: [{"id", "label": {"en", "fr"}, ...}]}: its
    entries, labels checked; anything else raises *error*."""
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries or not all(
            isinstance(r, dict) and isinstance(r.get("id"), str) and bilingual_label(r.get("label"))
            for r in entries):
        raise ConsentError(key, error)
    return [{**r, "label": bilingual_label(r["label"])} for r in entries]


def load_witness_roles(path: Path | str | None = None) -> list[dict]:
    roles = _load_coded_list(Path(path) if path is not None else RESOURCES / "witness_roles.json", "roles",
                             QT_TRANSLATE_NOOP("core", "The witness roles file is malformed."))
    return [{"id": r["id"], "label": r["label"],
             "department_required": bool(r.get("department_required"))} for r in roles]


@lru_cache(maxsize=4)
def _coded(file_name: str, key: str, error: str) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """A shipped coded list, read once: ((id, ((lang, label), …)), …)."""
    entries = _load_coded_list(RESOURCES / file_name, key, error)
    return tuple((m["id"], tuple(m["label"].items())) for m in entries)


def _contact_methods():
    return _coded("contact_methods.json", "methods",
                  QT_TRANSLATE_NOOP("core", "The contact methods file is malformed."))


def load_contact_methods() -> list[dict]:
    """How an attempt to reach a representative was made
    (resources/consent/contact_methods.json): [{"id", "label": {lang: text}}]."""
    return [{"id": i, "label": dict(label)} for i, label in _contact_methods()]


def contact_method_ids() -> list[str]:
    return [i for i, _ in _contact_methods()]


def _pass_over_reasons():
    return _coded("representative_order.json", "pass_over_reasons",
                  QT_TRANSLATE_NOOP("core", "The representative order file is malformed."))


def load_pass_over_reasons() -> list[dict]:
    """Why an earlier step of the representative order was passed over
    (resources/consent/representative_order.json): [{"id", "label"}]."""
    return [{"id": i, "label": dict(label)} for i, label in _pass_over_reasons()]


def pass_over_reason_ids() -> list[str]:
    return [i for i, _ in _pass_over_reasons()]
