"""One sync attempt for an open vault; its outcome is a
:class:`~bedside.sync.status.SyncStatus` the UI can show.  No Qt, no threads: the UI runs
:meth:`SyncService.run_once` on a worker thread."""

from __future__ import annotations

import json
from datetime import datetime

from ..changes import changes_of
from ..number_incidents import record_new_incidents
from ..roles import Permission
from .client import SyncClient, SyncOffline, SyncRefused, SyncServerError
from .engine import SyncEngine, SyncVerifyError
from . import quarantine
from .local import SyncState, VaultLocal
from .status import (ERROR, NOT_ENROLLED, OFFLINE, REFUSED, SYNCED, SYNCING,  # noqa: F401
                     Backoff, SyncStatus)


def learn_station(state: SyncState, answer: dict) -> None:
    """Keep the PC number the server gave this device (numbering.py)."""
    station = answer.get("station") if isinstance(answer, dict) else None
    if isinstance(station, int) and not isinstance(station, bool) and station > 0:
        state.set(station=str(station))


class SyncService:
    def __init__(self, session, client_factory=SyncClient, batch_size: int = 500) -> None:
        self.session = session
        self.local = VaultLocal(session)
        self.state = SyncState(session)
        self.client_factory = client_factory
        self.batch_size = batch_size

    def status(self, state: str | None = None, detail: str = "", pushed: int = 0,
               pulled: int = 0, changed: tuple = ()) -> SyncStatus:
        counts = self.local.counts()
        last = self.state.get("last_sync_utc")
        if state is None:
            state = SYNCED if last else OFFLINE
            if self.state.enrollment() is None:
                state = NOT_ENROLLED
        return SyncStatus(state=state,
                          last_sync_utc=datetime.fromisoformat(last) if last else None,
                          conflicts=self.local.conflict_count(), unsent=counts["unsent"],
                          rejected=counts["rejected"], detail=detail,
                          audit_status=self.state.get("audit_status", "ok") or "ok",
                          pushed=pushed, pulled=pulled, changed=changed,
                          quarantined=quarantine.count(self.session.db),
                          duplicate_numbers=len(json.loads(
                              self.state.get("number_incidents", "[]") or "[]")))

    def run_once(self) -> SyncStatus:
        enr = self.state.enrollment()
        if enr is None:
            return self.status(NOT_ENROLLED)
        try:
            with self.client_factory(enr.server_url, enr.ca_pem, enr.device_id, enr.key) as c:
                if not self.state.get("station"):   # enrolled before PC numbers existed
                    learn_station(self.state, c.status())
                report = SyncEngine(self.local, c, self.batch_size).sync_once()
        except SyncOffline:
            return self.status(OFFLINE, "offline")
        except SyncRefused as exc:
            self.state.set(last_error=exc.code)
            return self.status(REFUSED, exc.code)
        except (SyncServerError, SyncVerifyError) as exc:
            self.state.set(last_error=type(exc).__name__)
            return self.status(ERROR, type(exc).__name__)
        self.state.set(last_sync_utc=self.session.clock.now().isoformat(), last_error=None)
        if report.pulled and self.session.can(Permission.VIEW_PATIENTS):
            record_new_incidents(self.session)      # a pulled number may be one we hold
        return self.status(SYNCED, pushed=report.pushed, pulled=report.pulled,
                           changed=tuple(changes_of(self.local.applied)))
