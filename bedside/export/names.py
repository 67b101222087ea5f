"""One short, unique, machine-safe name per exported variable.

REDCap (and most eCRF systems that import ODM) want variable names in
lowercase `[a-z][a-z0-9_]*`, unique across the project, at most 26
characters. The human-facing CSV keeps the record's own field names; the
ODM ItemDef names and the REDCap files use these. A name is the form's
prefix (resources/export/redcap.json, e.g. `ae_` for adverse events) and the
field's name folded to that alphabet; one that is still too long is cut and
given a short stable suffix, so the same field gets the same name in every
export.
"""

from __future__ import annotations

import hashlib
import re
from typing import Iterable

from bedside.export import resources

MAX_LENGTH = 26
_SAFE = re.compile(r"[^a-z0-9]+")


def form_prefix(record_type: str) -> str:
    prefixes = resources.load("redcap")["form_prefixes"]
    if record_type in prefixes:
        return prefixes[record_type]
    words = [w for w in _SAFE.split(record_type.lower()) if w]
    return "".join(w[0] for w in words)[:4] or "f"


def fold_name(name: str) -> str:
    return _SAFE.sub("_", name.lower()).strip("_") or "value"


def variable_name(record_type: str, field: str) -> str:
    prefix = form_prefix(record_type)
    name = f"{prefix}_{fold_name(field)}"
    if not name[0].isalpha():
        name = "v_" + name
    if len(name) > MAX_LENGTH:
        digest = hashlib.sha256(f"{record_type}/{field}".encode()).hexdigest()[:4]
        name = name[:MAX_LENGTH - 5].rstrip("_") + "_" + digest
    return name


def variable_names(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(record type, field) -> unique name; a clash (two fields folding to one
    name) gets the stable suffix too."""
    out: dict[tuple[str, str], str] = {}
    taken: dict[str, tuple[str, str]] = {}
    for rtype, field in pairs:
        name = variable_name(rtype, field)
        if name in taken and taken[name] != (rtype, field):
            digest = hashlib.sha256(f"{rtype}/{field}".encode()).hexdigest()[:4]
            name = name[:MAX_LENGTH - 5].rstrip("_") + "_" + digest
        taken[name] = (rtype, field)
        out[(rtype, field)] = name
    return out
