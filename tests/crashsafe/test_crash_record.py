"""The app's excepthook leaves a crash record for IT — time, version,
exception class, frames — and neither it nor the log holds what the
exception message quoted (a patient's name)."""

import sys

from bedside import __version__, logs

MARKER = "ZQXCRASHPATIENT"


def _explode(patient_name):
    raise KeyError(f"no bed for {patient_name}")


def test_uncaught_exception_leaves_a_crash_record_without_patient_data(qtbot, tmp_path):
    from ui.errors import install_excepthook
    log = logs.configure(tmp_path / "logs")
    old = sys.excepthook
    install_excepthook(tmp_path / "logs")
    try:
        try:
            _explode(MARKER)
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old
    [record] = logs.crash_records(tmp_path / "logs")
    text = record.read_text()
    assert f"version: {__version__}" in text and "builtins.KeyError" in text
    assert "test_crash_record.py:" in text and "in _explode" in text
    for path in (record, log):
        assert MARKER not in path.read_text()


FATAL = f"""
import os, sys
from bedside import logs
logs.record_fatal_errors(sys.argv[1])

def nurse_typing(patient_name):
    os.abort()          # what the Qt binding's refcount bug ends in

nurse_typing("{MARKER}")
"""


def test_a_native_abort_leaves_frames_but_no_values(tmp_path):
    import os
    import subprocess
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", FATAL, str(tmp_path / "logs")],
                          env={**os.environ, "PYTHONPATH": str(root)}, cwd=root,
                          capture_output=True, text=True)
    assert proc.returncode != 0
    text = (tmp_path / "logs" / logs.FATAL_RECORD).read_text()
    assert "Fatal Python error" in text and "in nurse_typing" in text and "line 7" in text
    assert MARKER not in text
