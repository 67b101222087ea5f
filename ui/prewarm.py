"""After the login window's first paint, load on the database worker what
the first sign-in needs (SQLAlchemy, migrations, records, sessions, sync),
while the nurse types her name and password.

The login window itself needs none of it (issue 12: start-up). Doing the
imports after the paint, on the worker thread that runs ``Vault.login``,
keeps them out of both the start-up and the sign-in: a sign-in typed before
they finish simply waits its turn on the same thread, so the two never
import the same module at once; closing the window waits for them
(``ui.app.run`` drains the worker), so the thread never outlives the
application. Only Qt-free core modules are loaded there
(``tests/test_core_has_no_qt.py``): no widget is made off the UI thread.
"""

from __future__ import annotations

import importlib

from bedside import logs

from .ops import Op
from .qt import QObject, QtCore, QTimer

# What Vault.login and the first screens of the workspace import, heaviest first.
CORE_MODULES = (
    "bedside.storage.database",
    "bedside.session",
    "bedside.identity.reconcile",
    "bedside.identity.recovery",
    "bedside.identity.upgrade",
    "bedside.users",
    "bedside.patients",
    "bedside.drafts",
    "bedside.sync.service",
)


def load_core() -> int:
    """Import :data:`CORE_MODULES`; returns how many loaded. Never raises:
    a module that fails here fails again, in words, where it is used."""
    loaded = 0
    for name in CORE_MODULES:
        try:
            importlib.import_module(name)
            loaded += 1
        except Exception:  # noqa: BLE001 - reported where it is really needed
            logs.get("app").warning("prewarm: %s did not load", name)
    return loaded


class _AfterFirstPaint(QObject):
    def __init__(self, widget, fn) -> None:
        super().__init__(widget)
        self._widget, self._fn = widget, fn
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self._widget and event.type() == QtCore.QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._fn)   # once the event loop is idle again
        return False


def after_first_paint(widget, fn) -> None:
    """Call ``fn()`` on the UI thread once ``widget`` has painted and the event loop is idle."""
    _AfterFirstPaint(widget, fn)


def start(window, ctx) -> None:
    """Load :data:`CORE_MODULES` on ``ctx``'s database worker after ``window``'s first paint."""
    after_first_paint(window, lambda: Op(ctx, load_core).on_failure(lambda _err: None).run())
