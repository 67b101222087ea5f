"""Load the export rules shipped as data in resources/export/."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "export"


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """Return the parsed JSON file resources/export/<name>.json (cached, read-only use)."""
    with open(RESOURCES / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)
