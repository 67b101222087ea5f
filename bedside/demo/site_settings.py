"""Demo: the site's settings as the site set them — the administrator here
shortened the idle lock, and an administrator on another ward PC raised the
enrollment target later (received by sync): both changes hold, the latest
wins key by key.  Fictitious data."""

from __future__ import annotations

import uuid
from datetime import timedelta

from ..canonical import content_hash
from ..settings import SETTING_TYPE
from ..sync.local import VaultLocal

ORDER = 92
OTHER_PC = "usipc2demo01"


def seed(ctx: dict) -> None:
    clock = ctx["clock"]
    admin = ctx["login"]("admin")
    clock.advance(timedelta(minutes=3).total_seconds())
    admin.settings.update({"idle_lock_minutes": 10}, "Ward policy: shared PCs lock sooner")
    clock.advance(timedelta(minutes=40).total_seconds())
    when = clock.now()
    rid = uuid.uuid4().hex
    content = {"changes": {"enrollment_target": 24}}
    entry = {"id": uuid.uuid4().hex, "record_id": rid, "record_type": SETTING_TYPE,
             "patient_id": None, "version": 1, "replaces": None, "content": content,
             "content_hash": content_hash(content), "author_id": "demo-remote-admin",
             "author_name": "Ir Marc Dubois", "created_utc": when.isoformat(),
             "utc_offset_min": 60, "reason": "Amendment 3: target raised to 24",
             "workstation_id": OTHER_PC,
             "hlc": f"{int(when.timestamp() * 1000):015d}-000000-{OTHER_PC}"}
    VaultLocal(admin).apply([entry], [], cursor=0)
