"""Rotating log in the platform's log folder. Logs carry event names, error
classes and code locations, never patient data: exception *messages* (which
may quote a value someone typed) are left out of every record."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import traceback
from datetime import datetime, timezone
from pathlib import Path

from .files import atomic_write, private_dir

LOGGER = "bedside"


class _NoMessagesFormatter(logging.Formatter):
    def formatException(self, ei) -> str:  # noqa: N802 - logging API
        return safe_traceback(ei[1])


def safe_traceback(exc: BaseException | None) -> str:
    """Exception type and stack (file, line, function), without its message
    or local values."""
    if exc is None:
        return ""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return f"{type(exc).__module__}.{type(exc).__qualname__}\n" + "\n".join(lines)


def configure(folder: Path, level: int = logging.INFO) -> Path:
    folder = private_dir(Path(folder))
    path = folder / "bedside.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(_NoMessagesFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger(LOGGER)
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
    try:
        path.chmod(0o600)
    except OSError:  # pragma: no cover
        pass
    return path


def get(name: str) -> logging.Logger:
    return logging.getLogger(f"{LOGGER}.{name}")


CRASH_PREFIX = "crash-"


def write_crash_record(folder: Path, exc: BaseException, version: str) -> Path:
    """A file for IT about an uncaught exception: when, which version, the
    exception class and its stack frames (file:line in function). Never the
    message, arguments or local values, which may hold what someone typed."""
    folder = private_dir(Path(folder))
    now = datetime.now(timezone.utc)
    path = folder / f"{CRASH_PREFIX}{now.strftime('%Y%m%dT%H%M%S%fZ')}.txt"
    text = (f"Bedside crash record\ntime_utc: {now.isoformat()}\nversion: {version}\n"
            f"exception: {safe_traceback(exc)}\n")
    atomic_write(path, text.encode("utf-8"))
    return path


def crash_records(folder: Path) -> list[Path]:
    folder = Path(folder)
    return sorted(folder.glob(f"{CRASH_PREFIX}*.txt")) if folder.exists() else []


FATAL_RECORD = "fatal-crash.txt"
_fatal_file = None  # kept open for the process's life: faulthandler writes to it on a crash


def record_fatal_errors(folder: Path) -> Path:
    """If the interpreter itself dies (a segfault or abort in a C extension,
    e.g. the Qt binding), append the Python stack to ``fatal-crash.txt``:
    file, line and function of each frame only — faulthandler never writes
    values. The next start finds it next to the crash records."""
    global _fatal_file
    folder = private_dir(Path(folder))
    path = folder / FATAL_RECORD
    if _fatal_file is None or _fatal_file.closed:
        _fatal_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - must outlive this call
        try:
            path.chmod(0o600)
        except OSError:  # pragma: no cover
            pass
    faulthandler.enable(file=_fatal_file, all_threads=True)
    return path
