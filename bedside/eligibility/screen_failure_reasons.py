"""The coded non-clinical screen-failure reasons
(``resources/eligibility/screen_failure_reasons.json``): a site adds one
without a code change.  Loaded once; no Qt, no storage."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from bedside.paths import resources_dir

FILE = resources_dir() / "eligibility" / "screen_failure_reasons.json"
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(frozen=True)
class Reason:
    id: str
    label: dict          # {"en": ..., "fr": ...}
    needs_note: bool

    def text(self, lang: str) -> str:
        return self.label.get(lang) or self.label["en"]


@lru_cache(maxsize=1)
def reasons() -> tuple[Reason, ...]:
    data = json.loads(FILE.read_text(encoding="utf-8"))
    out, seen = [], set()
    for r in data["reasons"]:
        if not (isinstance(r.get("id"), str) and _ID.match(r["id"]) and r["id"] not in seen
                and isinstance(r.get("label"), dict) and r["label"].get("en") and r["label"].get("fr")):
            raise ValueError(f"{FILE.name}: reason {r.get('id')!r} needs a unique id and an en/fr label")
        seen.add(r["id"])
        out.append(Reason(r["id"], dict(r["label"]), bool(r.get("needs_note"))))
    return tuple(out)


def reason(reason_id: str) -> Reason | None:
    return next((r for r in reasons() if r.id == reason_id), None)
