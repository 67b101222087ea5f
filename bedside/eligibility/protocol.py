"""Load and validate a versioned protocol file (resources/protocols/*.json).

The protocol is data: criteria, their full text (English and French), their
inputs, and the rule (type + thresholds) that evaluates them.  Loading checks
the schema and names the line of any error.  An amended protocol is a new file
(new version); assessments record the ``protocol_id``/``version`` they used.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from bedside.paths import resources_dir

from .jsonloc import JsonSyntaxError, loads_with_lines
from bedside.i18n import QT_TRANSLATE_NOOP

PROTOCOL_DIR = resources_dir() / "protocols"
SCHEMA = "bedside.protocol/1"
LANGS = ("en", "fr")
KINDS = ("inclusion", "exclusion")
INPUT_TYPES = ("date", "datetime", "number", "choice", "yes_no", "test_series",
               "lab_series", "external", "not_done")
NOT_DONE_RULES = ("cannot_be_met",)   # what a lab marked "not done" means for a condition needing it
INPUT_SOURCES = ("patient", "assessment", "labs", "consent")


class ProtocolError(ValueError):
    """The protocol file is invalid.  ``line`` is the 1-based JSON line."""

    template = QT_TRANSLATE_NOOP("core", "Protocol file {file}, line {line} ({where}): {problem}")

    def __init__(self, file: str, line: int | None, where: str, problem: str):
        self.params = {"file": file, "line": line if line is not None else "?",
                       "where": where or "top level", "problem": problem}
        self.line = line
        self.where = where
        self.problem = problem
        super().__init__(self.template.format(**self.params))


@dataclass(frozen=True)
class InputDef:
    id: str
    type: str
    source: str
    label: dict
    choices: tuple = ()
    unit: str | None = None
    min: float | None = None
    max: float | None = None
    lab: str | None = None
    methods: tuple = ()
    choice_labels: MappingProxyType | None = None     # choice -> {"en", "fr"} (shown and named in reasons)

    def choice_label(self, choice: str, lang: str) -> str:
        texts = (self.choice_labels or {}).get(choice)
        return texts.get(lang, texts["en"]) if texts else choice


@dataclass(frozen=True)
class Criterion:
    id: str
    kind: str
    group: str
    text: dict
    inputs: tuple
    rule: MappingProxyType


@dataclass(frozen=True)
class Group:
    id: str
    title: dict


@dataclass(frozen=True)
class Protocol:
    protocol_id: str
    version: str
    title: dict
    source: str
    settings: MappingProxyType
    groups: tuple
    inputs: MappingProxyType
    criteria: tuple
    file_name: str

    @property
    def key(self) -> str:
        return f"{self.protocol_id}-v{self.version}"

    def criterion(self, cid: str) -> Criterion:
        for c in self.criteria:
            if c.id == cid:
                return c
        raise KeyError(cid)

    def criteria_in(self, group_id: str) -> list[Criterion]:
        return [c for c in self.criteria if c.group == group_id]


# --- rule parameter schema -------------------------------------------------
# each entry: param -> kind; kinds: int, num, str, input, inputs?, list_str
_RULES = {
    "age_range": {"min_years": "int", "max_years": "int"},
    "ct_window": {"finding_input": "input", "max_days_before": "int"},
    "covid_confirmation": {"before_methods": "list_str", "before_days": "int",
                           "after_methods": "list_str", "after_days": "int"},
    "max_value": {"input": "input", "max": "num", "unit": "str"},
    "oxygen_group": {"group_a_input": "input", "group_b_input": "input",
                     "ventilation_direct_max_days": "num",
                     "ventilation_inflammation_max_days": "num",
                     "superinfection_input": "input",
                     "inflammation_branches": "branches"},
    "external_consent": {"input": "input"},
    "pregnancy": {"sex_input": "input", "wocbp_input": "input", "test_input": "input"},
    "attestation": {"input": "input", "excluding_answer": "yes_no"},
    # (optional keys: _OPTIONAL)
    # structured exclusion facts: a history (choice) with its diagnosis date,
    # excluded within window_years before the inclusion date unless excepted
    "malignancy_window": {"history_input": "input", "date_input": "input", "window_years": "int",
                          "none_choice": "str", "excepted_choices": "list_str"},
    # another study by kind: the kinds that exclude and the protocol's exceptions
    "other_study": {"input": "input", "none_choice": "str", "excluding_choices": "list_str",
                    "excepted_choices": "list_str"},
}
_OPTIONAL = {
    # labs "not done": which input holds them (lab -> reason) and what the
    # protocol makes of a condition that needs one (a branch "cannot be met")
    "oxygen_group": {"not_done_input": "input", "not_done_rule": "str"},
}
_RULE_OPTIONAL = {"type", "reading"}
_OPS = (">", ">=", "<", "<=")
KNOWN_LABS = ("ferritin", "crp", "lymphocytes", "ldh", "d_dimer")


def _where(path: tuple) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


class _Checker:
    def __init__(self, file: str, lines: dict):
        self.file = file
        self.lines = lines

    def err(self, path: tuple, problem: str):
        line = None
        p = tuple(path)
        while line is None and p is not None:
            line = self.lines.get(p)
            p = p[:-1] if p else None
        raise ProtocolError(self.file, line, _where(path), problem)

    def obj(self, v, path, required, optional=()):
        if not isinstance(v, dict):
            self.err(path, "must be an object")
        for k in required:
            if k not in v:
                self.err(path, f"missing required key '{k}'")
        allowed = set(required) | set(optional)
        for k in v:
            if k not in allowed:
                self.err(path + (k,), f"unknown key '{k}' (allowed: {', '.join(sorted(allowed))})")
        return v

    def string(self, v, path, nonempty=True):
        if not isinstance(v, str) or (nonempty and not v.strip()):
            self.err(path, "must be a non-empty text")
        return v

    def integer(self, v, path, minimum=0):
        if isinstance(v, bool) or not isinstance(v, int):
            self.err(path, "must be a whole number")
        if v < minimum:
            self.err(path, f"must be at least {minimum}")
        return v

    def number(self, v, path):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            self.err(path, "must be a number")
        return v

    def texts(self, v, path):
        self.obj(v, path, LANGS)
        for lang in LANGS:
            self.string(v[lang], path + (lang,))
        return dict(v)

    def array(self, v, path, nonempty=True):
        if not isinstance(v, list):
            self.err(path, "must be a list")
        if nonempty and not v:
            self.err(path, "must not be empty")
        return v


def load_protocol(path: str | Path) -> Protocol:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ProtocolError(path.name, None, "", f"cannot read the file ({e.strerror})") from None
    except UnicodeDecodeError:
        raise ProtocolError(path.name, None, "", "the file is not UTF-8 text") from None
    return parse_protocol(text, path.name)


def load_named(file_name: str) -> Protocol:
    """A shipped protocol by file name.  Protocol files are versioned and never
    edited in place (an amendment is a new file), so each is parsed once."""
    path = PROTOCOL_DIR / file_name
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = None
    return _load_named(file_name, stamp)


@lru_cache(maxsize=8)
def _load_named(file_name: str, _stamp) -> Protocol:
    if "/" in file_name or "\\" in file_name or file_name.startswith("."):
        raise ProtocolError(file_name, None, "", "not a protocol file name")
    return load_protocol(PROTOCOL_DIR / file_name)


def available_protocols() -> list[str]:
    return sorted(p.name for p in PROTOCOL_DIR.glob("*.json"))


def parse_protocol(text: str, file_name: str = "<protocol>") -> Protocol:
    try:
        data, lines = loads_with_lines(text)
    except JsonSyntaxError as e:
        raise ProtocolError(file_name, e.line, "", e.detail) from None
    c = _Checker(file_name, lines)
    top = ("schema", "protocol_id", "version", "title", "source", "settings",
           "groups", "inputs", "criteria")
    c.obj(data, (), top, ("registry_id",))
    if data["schema"] != SCHEMA:
        c.err(("schema",), f"must be '{SCHEMA}'")
    c.string(data["protocol_id"], ("protocol_id",))
    c.string(data["version"], ("version",))
    title = c.texts(data["title"], ("title",))
    c.string(data["source"], ("source",))

    settings = c.obj(data["settings"], ("settings",),
                     ("rising_reference_hours", "rising_tolerance_hours"))
    ref = c.number(settings["rising_reference_hours"], ("settings", "rising_reference_hours"))
    tol = c.number(settings["rising_tolerance_hours"], ("settings", "rising_tolerance_hours"))
    if ref <= 0:
        c.err(("settings", "rising_reference_hours"), "must be more than 0")
    if tol < 0 or tol >= ref:
        c.err(("settings", "rising_tolerance_hours"), "must be at least 0 and less than rising_reference_hours")

    groups = []
    for i, g in enumerate(c.array(data["groups"], ("groups",))):
        p = ("groups", i)
        c.obj(g, p, ("id", "title"))
        gid = c.string(g["id"], p + ("id",))
        if any(x.id == gid for x in groups):
            c.err(p + ("id",), f"duplicate group id '{gid}'")
        groups.append(Group(gid, c.texts(g["title"], p + ("title",))))
    group_ids = {g.id for g in groups}

    inputs: dict[str, InputDef] = {}
    for i, d in enumerate(c.array(data["inputs"], ("inputs",))):
        p = ("inputs", i)
        c.obj(d, p, ("id", "type", "source", "label"),
              ("choices", "unit", "min", "max", "lab", "methods", "choice_labels"))
        iid = c.string(d["id"], p + ("id",))
        if iid in inputs:
            c.err(p + ("id",), f"duplicate input id '{iid}'")
        if d["type"] not in INPUT_TYPES:
            c.err(p + ("type",), f"unknown input type '{d['type']}' (one of {', '.join(INPUT_TYPES)})")
        if d["source"] not in INPUT_SOURCES:
            c.err(p + ("source",), f"unknown source '{d['source']}' (one of {', '.join(INPUT_SOURCES)})")
        choices = ()
        if d["type"] in ("choice", "not_done"):       # not_done: the choices are the reasons
            if "choices" not in d:
                c.err(p, f"a {d['type']} input needs 'choices'")
            choices = tuple(c.string(x, p + ("choices", j))
                            for j, x in enumerate(c.array(d["choices"], p + ("choices",))))
        lab = None
        if d["type"] == "lab_series":
            if "lab" not in d:
                c.err(p, "a lab_series input needs 'lab'")
            lab = c.string(d["lab"], p + ("lab",))
            if lab not in KNOWN_LABS:
                c.err(p + ("lab",), f"unknown lab '{lab}' (one of {', '.join(KNOWN_LABS)})")
        methods = ()
        if d["type"] == "test_series":
            methods = tuple(c.string(x, p + ("methods", j))
                            for j, x in enumerate(c.array(d.get("methods"), p + ("methods",))))
        lo = c.number(d["min"], p + ("min",)) if "min" in d else None
        hi = c.number(d["max"], p + ("max",)) if "max" in d else None
        if lo is not None and hi is not None and lo > hi:
            c.err(p + ("min",), "min is larger than max")
        choice_labels = None
        if "choice_labels" in d:
            cl = c.obj(d["choice_labels"], p + ("choice_labels",), choices)
            choice_labels = MappingProxyType({k: c.texts(v, p + ("choice_labels", k)) for k, v in cl.items()})
        inputs[iid] = InputDef(iid, d["type"], d["source"], c.texts(d["label"], p + ("label",)),
                               choices, d.get("unit"), lo, hi, lab, methods, choice_labels)

    criteria = []
    for i, d in enumerate(c.array(data["criteria"], ("criteria",))):
        p = ("criteria", i)
        c.obj(d, p, ("id", "kind", "group", "text", "inputs", "rule"))
        cid = c.string(d["id"], p + ("id",))
        if any(x.id == cid for x in criteria):
            c.err(p + ("id",), f"duplicate criterion id '{cid}'")
        if d["kind"] not in KINDS:
            c.err(p + ("kind",), "must be 'inclusion' or 'exclusion'")
        if d["group"] not in group_ids:
            c.err(p + ("group",), f"unknown group '{d['group']}'")
        text = c.texts(d["text"], p + ("text",))
        crit_inputs = []
        for j, x in enumerate(c.array(d["inputs"], p + ("inputs",))):
            c.string(x, p + ("inputs", j))
            if x not in inputs:
                c.err(p + ("inputs", j), f"unknown input '{x}'")
            crit_inputs.append(x)
        rule = _check_rule(c, d["rule"], p + ("rule",), inputs, set(crit_inputs))
        criteria.append(Criterion(cid, d["kind"], d["group"], text, tuple(crit_inputs),
                                  MappingProxyType(rule)))

    return Protocol(data["protocol_id"], data["version"], title, data["source"],
                    MappingProxyType(dict(settings)), tuple(groups),
                    MappingProxyType(inputs), tuple(criteria), file_name)


def _check_rule(c: _Checker, rule, path, inputs, crit_inputs) -> dict:
    if not isinstance(rule, dict):
        c.err(path, "must be an object")
    rtype = rule.get("type")
    if rtype not in _RULES:
        c.err(path + ("type",), f"unknown rule type {rtype!r} (one of {', '.join(sorted(_RULES))})")
    optional = _OPTIONAL.get(rtype, {})
    spec = dict(_RULES[rtype], **{k: v for k, v in optional.items() if k in rule})
    c.obj(rule, path, tuple(_RULES[rtype]) + ("type",), ("reading",) + tuple(optional))
    if "reading" in rule:
        c.string(rule["reading"], path + ("reading",))
    for key, kind in spec.items():
        v, p = rule[key], path + (key,)
        if kind == "int":
            c.integer(v, p)
        elif kind == "num":
            c.number(v, p)
        elif kind == "str":
            c.string(v, p)
        elif kind == "yes_no":
            if v not in ("yes", "no"):
                c.err(p, "must be 'yes' or 'no'")
        elif kind == "list_str":
            for j, x in enumerate(c.array(v, p)):
                c.string(x, p + (j,))
        elif kind == "input":
            c.string(v, p)
            if v not in inputs:
                c.err(p, f"unknown input '{v}'")
            if v not in crit_inputs:
                c.err(p, f"input '{v}' is not listed in the criterion's inputs")
        elif kind == "branches":
            _check_branches(c, v, p)
    if "not_done_input" in rule:
        if inputs[rule["not_done_input"]].type != "not_done":
            c.err(path + ("not_done_input",), "must be an input of type 'not_done'")
        if rule.get("not_done_rule") not in NOT_DONE_RULES:
            c.err(path + ("not_done_rule",), f"must be one of {', '.join(NOT_DONE_RULES)}")
    if rtype in ("malignancy_window", "other_study"):
        key = rule["history_input"] if rtype == "malignancy_window" else rule["input"]
        d = inputs.get(key)
        listed = [rule["none_choice"]] + list(rule["excepted_choices"]) + list(rule.get("excluding_choices", []))
        if d is None or d.type != "choice":
            c.err(path, f"input '{key}' must be a choice input")
        elif rtype == "other_study" and sorted(listed) != sorted(d.choices):
            c.err(path, f"none_choice, excluding_choices and excepted_choices must list each choice of '{key}' once")
        elif any(x not in d.choices for x in listed):
            c.err(path, f"a choice named here is not a choice of '{key}'")
        if rtype == "malignancy_window" and rule["window_years"] < 1:
            c.err(path + ("window_years",), "must be at least 1")
    if rtype == "age_range" and rule["min_years"] > rule["max_years"]:
        c.err(path + ("min_years",), "min_years is larger than max_years")
    if rtype == "oxygen_group" and rule["ventilation_direct_max_days"] > rule["ventilation_inflammation_max_days"]:
        c.err(path + ("ventilation_direct_max_days",), "must not exceed ventilation_inflammation_max_days")
    return dict(rule)


def _check_branches(c: _Checker, v, path):
    seen = set()
    for i, b in enumerate(c.array(v, path)):
        p = path + (i,)
        c.obj(b, p, ("id", "label", "all", "any"))
        bid = c.string(b["id"], p + ("id",))
        if bid in seen:
            c.err(p + ("id",), f"duplicate branch id '{bid}'")
        seen.add(bid)
        c.texts(b["label"], p + ("label",))
        c.array(b["all"], p + ("all",))
        c.array(b["any"], p + ("any",), nonempty=False)
        for part in ("all", "any"):
            for j, cond in enumerate(b[part]):
                q = p + (part, j)
                c.obj(cond, q, ("lab", "op", "value"), ("rising",))
                if cond["lab"] not in KNOWN_LABS:
                    c.err(q + ("lab",), f"unknown lab '{cond['lab']}' (one of {', '.join(KNOWN_LABS)})")
                if cond["op"] not in _OPS:
                    c.err(q + ("op",), f"unknown comparison '{cond['op']}' (one of {' '.join(_OPS)})")
                c.number(cond["value"], q + ("value",))
                if "rising" in cond and not isinstance(cond["rising"], bool):
                    c.err(q + ("rising",), "must be true or false")
