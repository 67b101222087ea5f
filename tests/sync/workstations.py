"""Workstations for the sync tests: a real vault each (real SQLCipher file),
enrolled with a real server process, syncing over real HTTPS."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import select

from bedside.clock import FakeClock
from bedside.storage.schema import RecordRow
from bedside.sync.client import SyncClient
from bedside.sync.enrollment import enroll
from bedside.sync.service import SyncService
from bedside.sync import wire
from bedside.records import RecordVersion
from tests.conftest import PASSWORD, make_vault


def lab(value: float) -> dict:
    """A lab value record's content (a registered record type)."""
    return {"lab": "crp", "time": "2026-11-20T08:00:00+00:00", "value": float(value),
            "unit": "mg/L", "entered": f"{value:g}"}


class Workstation:
    def __init__(self, folder: Path, server, name: str, batch_size: int = 100,
                 clock: FakeClock | None = None, wall_offset_ms: int = 0) -> None:
        self.name = name
        self.server = server
        self.clock = clock or FakeClock()
        self.vault, _ = make_vault(folder, self.clock)
        self.admin = self.vault.login("admin", PASSWORD)
        self.nurse = self.vault.login("nurse", PASSWORD)
        self.investigator = self.vault.login("investigator", PASSWORD)
        self.url_override: str | None = None
        self.wall_offset_ms = wall_offset_ms
        enroll(self.admin, server.url, server.ca_pem, server.enrollment_code(name), name,
               client_factory=self._client)
        self.service = SyncService(self.nurse, client_factory=self._client,
                                   batch_size=batch_size)

    def _client(self, url, ca_pem, device_id=None, key=None):
        return SyncClient(self.url_override or url, ca_pem, device_id, key, timeout=10,
                          wall_ms=lambda: int(time.time() * 1000) + self.wall_offset_ms)

    @property
    def ws_id(self) -> str:
        return self.vault.workstation_id

    def sync(self):
        return self.service.run_once()

    def entries(self) -> dict[str, str]:
        """Every record version here: entry id -> whole-entry hash."""
        with self.vault.db.read() as orm:
            rows = orm.scalars(select(RecordRow)).all()
            return {r.id: wire.entry_hash(RecordVersion.from_row(r).to_wire()) for r in rows}

    def note(self, text: str, patient_id: str = "P-1"):
        return self.nurse.records.create("note", {"text": text}, patient_id=patient_id)

    def close(self) -> None:
        self.vault.lock()
