"""Did the last run end abnormally? A marker file written when the app
starts on a vault and removed when it closes cleanly. Finding it at the next
start (while holding the vault's instance lock, so no live app owns it)
means the last run was cut short: power cut, kill, a crash. The marker holds
the start time and version only — nothing about patients or users."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .files import atomic_write

MARKER_NAME = "running.json"


@dataclass(frozen=True)
class PreviousRun:
    """The run that did not end cleanly."""

    started_utc: str
    version: str

    @property
    def started(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.started_utc)
        except ValueError:
            return None


def begin(folder: Path, version: str, now: datetime) -> PreviousRun | None:
    """Mark this run as started; return the previous run if it never ended."""
    path = Path(folder) / MARKER_NAME
    previous = None
    if path.exists():
        try:
            raw = json.loads(path.read_text("utf-8"))
            previous = PreviousRun(str(raw.get("started_utc", "")), str(raw.get("version", "")))
        except (OSError, ValueError, AttributeError):
            previous = PreviousRun("", "")  # a torn marker is still an abnormal end
    atomic_write(path, json.dumps({"started_utc": now.isoformat(),
                                   "version": version}).encode("utf-8"))
    return previous


def end(folder: Path) -> None:
    """The app is closing normally."""
    (Path(folder) / MARKER_NAME).unlink(missing_ok=True)
