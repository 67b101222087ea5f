"""The ``--demo`` vault: a throwaway vault with fictitious users and
patients. Each capability adds a module here with ``ORDER`` and
``seed(ctx)``; ``build`` runs them in order. Nothing here is real data."""

from __future__ import annotations

import importlib
import pkgutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..clock import Clock, FakeClock
from ..crypto.kdf import KdfParams
from ..vault import Vault

DEMO_PASSWORD = "bedside-demo"
ADMIN = ("admin", "Dr Hélène Admin")


def seeders() -> list:
    mods = []
    for info in pkgutil.iter_modules(__path__):
        mod = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(mod, "seed"):
            mods.append(mod)
    return sorted(mods, key=lambda m: (getattr(m, "ORDER", 100), m.__name__))


def build(folder: Path, now: datetime | None = None) -> Vault:
    """Create and populate a demo vault in *folder*; returns it locked.
    Seeders write through a clock that starts a week ago and that they move
    forward, so histories look as they would on a ward."""
    real_now = now or datetime.now(timezone.utc)
    clock = FakeClock(real_now - timedelta(days=7))
    # Demo vaults are throwaway: weak KDF parameters are chosen explicitly here.
    vault, _code = Vault.create(folder, site_name="CHU de Liège — démonstration",
                                workstation_name="USI-DEMO-1", admin_username=ADMIN[0],
                                admin_display_name=ADMIN[1], admin_password=DEMO_PASSWORD,
                                kdf=KdfParams.for_tests(), clock=clock)
    sessions: dict[str, object] = {}

    def login(username: str):
        if username not in sessions:
            sessions[username] = vault.login(username, DEMO_PASSWORD)
        return sessions[username]

    ctx = {"vault": vault, "clock": clock, "now": real_now, "login": login,
           "password": DEMO_PASSWORD}
    for mod in seeders():
        mod.seed(ctx)
    vault.lock()
    vault.clock = Clock()
    return vault
