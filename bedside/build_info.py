"""Which build of Bedside is running: version, build commit, frozen or not.

The frozen bundle carries ``resources/build_info.json`` written by the build
(``build_scripts/bedside.spec``). A source checkout asks git, once, and says
so. Pure Python, no Qt.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bedside import __version__
from bedside.paths import resources_dir

BUILD_INFO_NAME = "build_info.json"


def app_root() -> Path:
    """Folder that holds ``bedside/``, ``ui/`` and ``resources/``: the checkout,
    or in the one-folder bundle ``_internal`` (``sys._MEIPASS``), same layout."""
    return resources_dir().parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str
    dirty: bool
    built_utc: str
    frozen: bool

    @property
    def short_commit(self) -> str:
        if not self.commit or self.commit == "unknown":
            return "unknown"
        return self.commit[:12] + ("+dirty" if self.dirty else "")


def read_build_info_file(path: Path) -> BuildInfo | None:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return BuildInfo(
        version=str(data.get("version") or __version__),
        commit=str(data.get("commit") or "unknown"),
        dirty=bool(data.get("dirty", False)),
        built_utc=str(data.get("built_utc") or ""),
        frozen=bool(data.get("frozen", True)),
    )


def _git_commit(root: Path) -> tuple[str, bool]:
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"],
                              capture_output=True, text=True, timeout=5)
        if head.returncode != 0:
            return "unknown", False
        status = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                                capture_output=True, text=True, timeout=5)
        return head.stdout.strip(), bool(status.stdout.strip())
    except (OSError, subprocess.SubprocessError):
        return "unknown", False


@lru_cache(maxsize=1)
def current() -> BuildInfo:
    """Build info of the running program (cached: it cannot change while running)."""
    info = read_build_info_file(resources_dir() / BUILD_INFO_NAME)
    if info is not None:
        return info
    commit, dirty = _git_commit(app_root())
    return BuildInfo(version=__version__, commit=commit, dirty=dirty, built_utc="", frozen=is_frozen())
