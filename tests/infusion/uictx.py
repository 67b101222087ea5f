"""The context the infusion widgets need (session + run on a worker) for
tests, until the foundation's ui.context.AppContext is merged."""
from __future__ import annotations

try:
    from ui.context import AppContext  # noqa: F401
except ImportError:  # pragma: no cover
    AppContext = None


def make_ctx(vault, session, clock):
    if AppContext is not None:
        ctx = AppContext(vault, clock)
        ctx.signed_in(session)
        return ctx
    from ui.qt import QtCore

    class _Ctx(QtCore.QObject):
        def __init__(self):
            super().__init__()
            self.vault, self.session, self.clock = vault, session, clock
            self.notified = []

        def run(self, fn, ok, fail=None):
            def go():
                try:
                    res = fn()
                except Exception as e:  # noqa: BLE001
                    if fail:
                        fail(e)
                    return
                ok(res)
            QtCore.QTimer.singleShot(0, go)   # delivered later, like the worker

        def notify(self, pid=""):
            self.notified.append(pid)

        def close(self):
            pass
    return _Ctx()
