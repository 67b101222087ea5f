"""Which protocol files this build carries, and their versions (for About
and support). Reads resources/protocols/*.json; a file that cannot be read
is listed as unreadable, never a crash. Pure Python, no Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .paths import resources_dir


@dataclass(frozen=True)
class ProtocolVersion:
    file: str
    name: str
    version: str
    registry_id: str = ""

    def label(self) -> str:
        text = f"{self.name} v{self.version}"
        return f"{text} ({self.registry_id})" if self.registry_id else text


def protocol_versions(protocols_dir: Path | None = None) -> list[ProtocolVersion]:
    folder = Path(protocols_dir) if protocols_dir is not None else resources_dir() / "protocols"
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            found.append(ProtocolVersion(path.name, path.stem, "?"))
            continue
        if not isinstance(data, dict):
            found.append(ProtocolVersion(path.name, path.stem, "?"))
            continue
        name = str(data.get("protocol_id") or data.get("id") or path.stem)
        version = data.get("version")
        found.append(ProtocolVersion(path.name, name, "?" if version is None else str(version),
                                     str(data.get("registry_id") or "")))
    return found
