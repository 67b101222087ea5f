"""The Windows installer's Inno Setup script, read by section."""
from __future__ import annotations

import re
from pathlib import Path

ISS = Path(__file__).resolve().parents[2] / "build_scripts" / "windows" / "bedside.iss"


def iss_sections(text: str) -> dict[str, list[str]]:
    """{section: its lines} of an Inno Setup script, comments left out."""
    sections, current = {}, None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";") or stripped.startswith("#"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", stripped)
        if m:
            current = m.group(1)
            sections.setdefault(current, [])
        elif current:
            sections[current].append(stripped)
    return sections
