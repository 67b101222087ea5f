"""Demo: the site's settings as the site set them — the administrator here
shortened the idle lock, and an administrator on another ward PC raised the
enrollment target later (received by sync): both changes hold, the latest
wins key by key.  Fictitious data."""

from __future__ import annotations

import uuid
from datetime import timedelta

from bedside.names import RecordType
from ..sync.local import VaultLocal
from .received import received_entry

ORDER = 92
OTHER_PC = "usipc2demo01"


def seed(ctx: dict) -> None:
    clock = ctx["clock"]
    admin = ctx["login"]("admin")
    clock.advance(timedelta(minutes=3).total_seconds())
    admin.settings.update({"idle_lock_minutes": 10}, "Ward policy: shared PCs lock sooner")
    clock.advance(timedelta(minutes=40).total_seconds())
    entry = received_entry(clock.now(), OTHER_PC, record_type=RecordType.SITE_SETTING,
                           record_id=uuid.uuid4().hex,
                           content={"changes": {"enrollment_target": 24}},
                           author=ctx["login"]("gaspard.vandamme"),
                           reason="Amendment 3: target raised to 24")
    VaultLocal(admin).apply([entry], [], cursor=0)
