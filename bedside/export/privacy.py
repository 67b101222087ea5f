"""Pseudonymisation: subject id only; no name, MRN, date of birth (age instead)
or wristband id. Rules are data (resources/export/privacy.json):

- a deny-list of identifying field names (exact and substrings), always applied;
- an allow-list per record type that holds identity (e.g. patient);
- a scrub of every exported text value for the identifying values actually
  stored in the vault, the way a careful reviewer reads (each part of a name,
  accents and case ignored; hospital numbers with or without separators;
  dates of birth written any common way): `identifiers.py`. What no rule
  decides is listed in `review` for the data manager.

`identified=True` keeps everything (administrator-only, decided by the service).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any, Iterable, Iterator, Mapping

from bedside.export import resources
from bedside.export.identifiers import IdentifierFinder, Questionable
from bedside.export.source import ExportData, ExportVersion
from bedside.export.values import flatten
from bedside.names import PatientId, RecordType


def _norm(key: str) -> str:
    return key.strip().lower().replace("-", "_").replace(" ", "_")


def is_identifying(key: str, rules: Mapping[str, Any] | None = None) -> bool:
    """True when any part of a (dotted) field name is on the deny-list."""
    if rules is None:
        return _is_identifying_default(key)
    return _is_identifying(key, rules)


@lru_cache(maxsize=4096)
def _is_identifying_default(key: str) -> bool:
    return _is_identifying(key, resources.load("privacy"))


def _is_identifying(key: str, rules: Mapping[str, Any]) -> bool:
    exact = set(rules["deny_exact"])
    subs = rules["deny_substrings"]
    for part in _norm(key).split("."):
        if part in exact or any(s in part for s in subs):
            return True
    return False


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    s = value.strip()
    for pattern, order in ((r"^(\d{4})-(\d{2})-(\d{2})", "ymd"), (r"^(\d{2})[/.](\d{2})[/.](\d{4})$", "dmy")):
        m = re.match(pattern, s)
        if m:
            a, b, c = (int(x) for x in m.groups())
            try:
                return date(a, b, c) if order == "ymd" else date(c, b, a)
            except ValueError:
                return None
    return None


def _leaves(value: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    """Every scalar in a record's content with its dotted key, lists and
    nested fields included (a representative's name inside a list of attempts)."""
    if isinstance(value, Mapping):
        for k, v in value.items():
            yield from _leaves(v, f"{key}.{k}" if key else str(k))
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _leaves(v, key)
    else:
        yield key, value


def age_on(dob: date, when: date) -> int:
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


class Pseudonymiser:
    """Maps patients to subject ids and filters/scrubs record content."""

    def __init__(self, data: ExportData, *, identified: bool = False, rules: Mapping[str, Any] | None = None,
                 also_redact: Iterable[str] = ()):
        self.data = data
        self.identified = identified
        self.rules = rules or resources.load("privacy")
        self._rules_arg = rules  # None: the shipped rules, with a cached field-name check
        self._subjects: dict[str, str] = {}
        self._ages: dict[str, int] = {}
        self._secrets: list[str] = []
        self._content_cache: dict[str, dict[str, Any]] = {}
        self.referenced_staff: set[str] = set()  # staff ids met in record content
        self._also_redact = [w for w in also_redact if isinstance(w, str) and w.strip()]
        self._build()

    # -- setup ---------------------------------------------------------
    def _build(self) -> None:
        sid_fields = self.rules["subject_id_fields"]
        dob_fields = self.rules["dob_fields"]
        by_patient: dict[str, list[ExportVersion]] = {}
        for v in self.data.versions:
            if v.patient_id:
                by_patient.setdefault(v.patient_id, []).append(v)
        used: set[str] = set()
        n = 0
        for pid in self.data.patient_ids():
            versions = sorted(by_patient.get(pid, []), key=lambda v: (v.created_utc, v.version))
            sid = None
            for v in reversed(versions):  # newest assignment wins
                for f in sid_fields:
                    if v.content.get(f):
                        sid = str(v.content[f])
                        break
                if sid:
                    break
            if not sid or sid in used:
                n += 1
                sid = f"SCR-{n:03d}"
                while sid in used:
                    n += 1
                    sid = f"SCR-{n:03d}"
            used.add(sid)
            self._subjects[pid] = sid
            first_day = _parse_date(versions[0].created_utc[:10]) if versions else None
            for v in reversed(versions):
                dob = next((_parse_date(v.content.get(f)) for f in dob_fields if v.content.get(f)), None)
                if dob and first_day:
                    self._ages[pid] = age_on(dob, first_day)
                    break
        self._collect_secrets()

    def _collect_secrets(self) -> None:
        """Every identifying value stored in the vault, sorted into names,
        numbers and dates of birth for the free-text finder."""
        name_fields = set(self.rules["name_fields"])
        number_fields = set(self.rules["number_fields"])
        dob_fields = set(self.rules["dob_fields"])
        names: set[str] = set()
        numbers: set[str] = set()
        dobs: set[date] = set()
        for v in self.data.versions:
            for key, value in _leaves(v.content):
                if not isinstance(value, (str, int)) or isinstance(value, bool):
                    continue
                leaf = _norm(key).split(".")[-1]
                text = str(value).strip()
                if not text:
                    continue
                if leaf in dob_fields:
                    d = _parse_date(text)
                    if d:
                        dobs.add(d)
                elif leaf in number_fields:
                    numbers.add(text)
                elif leaf in name_fields or is_identifying(key, self._rules_arg):
                    names.add(text)
        self._secrets = sorted(names | numbers | {d.isoformat() for d in dobs}, key=len, reverse=True)
        extra_numbers = {w for w in self._also_redact if any(c.isdigit() for c in w)}
        self._finder = IdentifierFinder(names=names | (set(self._also_redact) - extra_numbers),
                                        numbers=numbers | extra_numbers, dates=dobs)
        self._review: dict[tuple[str, str], Questionable] = {}

    # -- API -----------------------------------------------------------
    def subject(self, patient_id: PatientId | None) -> str:
        if not patient_id:
            return ""
        return self._subjects.get(patient_id, "")

    def subjects(self) -> dict[str, str]:
        return dict(self._subjects)

    def age(self, patient_id: PatientId | None) -> int | None:
        return self._ages.get(patient_id or "")

    @property
    def secrets(self) -> list[str]:
        """Identifying values found in the vault (for tests that scan exports)."""
        return list(self._secrets)

    def scrub(self, text: str) -> str:
        if self.identified or not text:
            return text
        clean = self._finder.redact(text, self.rules["redaction"])
        for q in self._finder.questionable(clean, self.rules["redaction"]):
            self._review.setdefault((q.token, q.why), q)
        return clean

    @property
    def review(self) -> list[Questionable]:
        """Words and numbers left in the exported free text that may identify
        someone and that no rule decides: for the data manager to look at
        before the export is released (filled as content is scrubbed)."""
        return sorted(self._review.values(), key=lambda q: (q.why, q.token.casefold()))

    def keeps(self, record_type: RecordType, key: str) -> bool:
        """Whether a (dotted) field of *record_type* may leave the vault in
        this export (the same rule :meth:`content` applies to values)."""
        if self.identified:
            return True
        if is_identifying(key, self._rules_arg):
            return False
        allow = self.rules["allow"].get(record_type)
        return allow is None or key in allow or key.split(".")[0] in allow

    def content(self, v: ExportVersion) -> dict[str, Any]:
        """Flat content of one version as it may leave the vault (computed once per version)."""
        cached = self._content_cache.get(v.entry_id)
        if cached is None:
            cached = self._content_cache[v.entry_id] = self._content(v)
        return dict(cached)

    def _content(self, v: ExportVersion) -> dict[str, Any]:
        flat = flatten(v.content)
        if v.record_type == RecordType.PATIENT:
            flat.setdefault("subject_id", self.subject(v.patient_id or v.record_id))
            age = self.age(v.patient_id or v.record_id)
            if age is not None:
                flat.setdefault("age_years", age)
        flat = {k: self._staff_reference(x) for k, x in flat.items()}
        if self.identified:
            return flat
        return {key: self._scrub_value(value) for key, value in flat.items()
                if self.keeps(v.record_type, key)}

    def _scrub_value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, (list, tuple)):
            return [self._scrub_value(x) for x in value]
        if isinstance(value, dict):
            return {k: self._scrub_value(x) for k, x in value.items() if not is_identifying(str(k), self._rules_arg)}
        return value

    def _staff_reference(self, value: Any) -> Any:
        """A staff member's internal id inside record content (the second
        nurse of a bedside check) leaves as their login name, like authors."""
        if isinstance(value, str) and value in self.data.usernames:
            self.referenced_staff.add(value)
            return self.data.usernames[value]
        return value

    def staff(self, user_id: str, display_name: str) -> str:
        """Who recorded or signed: the login name in a pseudonymised export
        (staff names stay on the ward), the full name in an identified one."""
        if self.identified:
            return display_name or user_id
        return self.data.usernames.get(user_id) or user_id or "unknown"

    def text(self, value: str) -> str:
        """Scrub a free text that is not record content (reasons for change, AE terms)."""
        return self.scrub(value or "")
