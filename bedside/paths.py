"""Where things live: the vault (one per PC, in the machine-wide folder of
``vault_folder.py`` unless ``--vault``/``BEDSIDE_HOME``), logs (per user,
never patient data), and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "Bedside"
AUTHOR = "CHU-Liege"


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_vault_dir() -> Path:
    home = os.environ.get("BEDSIDE_HOME")
    if home:
        return Path(home) / "vault"
    from .vault_folder import machine_vault_dir
    return machine_vault_dir()


def log_dir() -> Path:
    home = os.environ.get("BEDSIDE_HOME")
    if home:
        return Path(home) / "logs"
    return Path(platformdirs.user_log_dir(APP, AUTHOR))
