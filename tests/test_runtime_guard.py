"""The Python / Qt binding pair cannot abort a shift (issue 15).

``test_void_qt_calls_keep_none_alive`` is the guard: 20,000 rounds of seven
void-returning Qt calls (140,000 calls: painter on a QImage, QLabel.setText,
QWidget.update) in a fresh process, which must live and end with
``sys.getrefcount(None)`` where it started.

How we know it fails on the broken pair: with PySide6 6.12 on CPython 3.11
each void call drops exactly one reference to ``None`` (measured −1.0 per
call), so the expected drop is 7 × rounds. ``None`` holds about 5,400
references once Qt is imported (measured: ``python -c "import sys, ui.qt;
print(sys.getrefcount(None))"``), so the process dies with
``Fatal Python error: none_dealloc`` after about 800 rounds, long before
20,000: the return code is SIGABRT and the test fails. (Run by hand on a
throw-away venv with PySide6-Essentials 6.12.0 and CPython 3.11.7; the
result is in docs/PACKAGING.md.) A short probe (``--rounds 300``, 2,100
calls, no abort) shows the exact drop instead: that is what the frozen
bundle's ``--self-test`` runs.

If someone loosens the constraint in pyproject.toml, CI installs the broken
pair and this test, ``bedside --self-test`` and ``ui/qt.py`` all refuse it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from ui.runtime_guard import EXIT_BROKEN_RUNTIME, broken_pair

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 20_000


def _run(code_or_module: list[str], **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *code_or_module], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
                                                **env))


def test_void_qt_calls_keep_none_alive():
    proc = _run(["-m", "ui.refcount_probe", "--rounds", str(ROUNDS)])
    assert proc.returncode == 0, (
        f"the process died or leaked (exit {proc.returncode}): this Python/PySide6 pair loses "
        f"references to None (issue 15)\n{proc.stdout[-1000:]}{proc.stderr[-2000:]}")
    m = re.search(r"None refcount (\d+) -> (\d+) after (\d+) void Qt calls", proc.stdout)
    assert m, proc.stdout
    before, after, calls = map(int, m.groups())
    assert calls == 7 * ROUNDS
    assert after >= before - 50, f"None lost {before - after} references in {calls} void calls"


def test_probe_would_see_the_drop_of_the_broken_binding():
    """The probe's verdict against the drop formula of the broken pair (one
    reference per void call): 300 rounds lose 2,100 references, far beyond
    the tolerance; a sound run stays inside it."""
    from ui.refcount_probe import TOLERANCE, VOID_CALLS_PER_ROUND, ProbeResult

    broken = ProbeResult(rounds=300, before=5400, after=5400 - 300 * VOID_CALLS_PER_ROUND)
    assert not broken.ok and "LEAKS" in broken.line()
    assert ProbeResult(rounds=300, before=5400, after=5400 - TOLERANCE).ok


def test_the_broken_pair_is_named_and_only_it():
    assert broken_pair((3, 11, 7), (6, 12, 0))
    assert broken_pair((3, 11, 0), (6, 13, 1))
    assert not broken_pair((3, 11, 7), (6, 11, 3))
    assert not broken_pair((3, 12, 0), (6, 12, 0))
    assert not broken_pair((3, 13, 1), (6, 12, 0))


def test_qt_import_refuses_the_broken_pair_with_a_message_and_exit_code():
    """``import ui.qt`` with PySide6 reporting 6.12.0 on a 3.11 interpreter: a
    clear message and exit code 78, not an abort. (On 3.12+ the pair is fine,
    so there the same import must succeed.)"""
    code = ("import PySide6; PySide6.__version__ = '6.12.0'; "
            "PySide6.__version_info__ = (6, 12, 0, '', ''); import ui.qt; print('imported')")
    proc = _run(["-c", code])
    if sys.version_info < (3, 12):
        assert proc.returncode == EXIT_BROKEN_RUNTIME, proc.stderr
        assert "PySide6 6.12.0 on Python 3.11" in proc.stderr
        assert "PySide6-Essentials>=6.6,<6.12" in proc.stderr
        assert "Bedside ne peut pas démarrer" in proc.stderr
        assert "Fatal Python error" not in proc.stderr and "imported" not in proc.stdout
    else:
        assert proc.returncode == 0 and "imported" in proc.stdout, proc.stderr


def test_the_installed_pair_is_supported():
    import PySide6

    assert not broken_pair(sys.version_info, PySide6.__version_info__), (sys.version, PySide6.__version__)
