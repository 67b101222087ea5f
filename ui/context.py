"""What every screen shares: the vault, who is signed in, the database
worker and the clock. Passed explicitly (no global singleton)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from bedside.changes import Changed
from bedside.clock import Clock
from bedside.vault import Vault

from .ops import DbWorker
from .qt import QObject, Signal

if TYPE_CHECKING:
    from bedside.session import Session


class AppContext(QObject):
    session_changed = Signal()       # signed in, switched user or locked
    data_changed = Signal(object)    # bedside.changes.Changed: whose data, which record types
    alive: "weakref.WeakSet[AppContext]" = weakref.WeakSet()   # tools that render many screens stop them all

    def __init__(self, vault: Vault, clock: Clock | None = None, demo: bool = False) -> None:
        super().__init__()
        self.vault = vault
        self.clock = clock or vault.clock
        self.demo = demo
        self.session: Session | None = None
        # (kind, key) -> bedside.drafts.Draft chosen at sign-in, taken by its form (ui/drafts.py)
        self.drafts_to_restore: dict = {}
        self.worker = DbWorker(self)
        AppContext.alive.add(self)

    @classmethod
    def running(cls) -> list["AppContext"]:
        """The contexts whose DB worker still runs (tools that render many
        screens, and tests, wait on or stop them all)."""
        return [c for c in list(cls.alive) if c.worker.running()]

    def signed_in(self, session: Session) -> None:
        self.session = session
        self.session_changed.emit()

    def notify(self, changed: Changed) -> None:
        """Tell every view what changed (an ``Op`` does it after its job;
        see ``Op.changes``). Views refresh only what shows those types."""
        self.data_changed.emit(changed)

    def close(self) -> None:
        self.worker.stop()
        self.vault.lock()
