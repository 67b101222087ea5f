"""A vault and an environment for running the real app with its start-up probe armed."""
from __future__ import annotations

import os
from pathlib import Path

from bedside.crypto.kdf import KdfParams
from bedside.vault import Vault
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def probe_env(home) -> dict:
    """A locked vault where the launcher looks ($BEDSIDE_HOME/vault) and the
    environment of an offscreen app run with the start-up probe armed."""
    vault, _ = Vault.create(home / "vault", site_name="Probe", workstation_name="PROBE-PC",
                            admin_username="admin", admin_display_name="Probe Admin",
                            admin_password=PASSWORD, kdf=KdfParams.for_tests())
    vault.lock()
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", BEDSIDE_HOME=str(home),
                BEDSIDE_STARTUP_PROBE="1", PYTHONPATH=str(ROOT))
