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
