"""Start-up measurement hook for bench/startup.py.

When ``BEDSIDE_STARTUP_PROBE=1`` is set, :func:`arm` watches the application
for the first top-level window to be exposed on screen; once the event loop
is idle after that (the window is drawn and would take a click), it prints
``BEDSIDE_READY <seconds since process start> <visible top-level widgets>``
and quits. Without the
variable it does nothing, so the launcher can always call it.
"""

from __future__ import annotations

import os
import sys
import time

from .qt import QtCore, QObject, QTimer

ENV = "BEDSIDE_STARTUP_PROBE"
MARKER = "BEDSIDE_READY"


def _process_age() -> float:
    """Seconds since this process started (Linux: from /proc; else since import)."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", "rb") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


class _FirstWindowProbe(QObject):
    def __init__(self, app) -> None:
        super().__init__(app)
        self._app = app
        self._fired = False

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if (not self._fired and event.type() == QtCore.QEvent.Type.Expose
                and isinstance(obj, QtCore.QObject) and obj.isWidgetType() is False
                and hasattr(obj, "isExposed") and obj.isExposed()):
            self._fired = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        shown = [w.objectName() or type(w).__name__ for w in self._app.topLevelWidgets() if w.isVisible()]
        print(f"{MARKER} {_process_age():.4f} {','.join(shown) or '-'}", flush=True)
        self._app.quit()


def arm(app) -> bool:
    """Install the probe if ``BEDSIDE_STARTUP_PROBE`` is set. Returns whether it did."""
    if os.environ.get(ENV, "") in ("", "0"):
        return False
    probe = _FirstWindowProbe(app)
    app.installEventFilter(probe)
    app.setProperty("bedside_startup_probe", True)
    sys.stdout.flush()
    return True
