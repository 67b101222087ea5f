"""``bedside --version``: the version on one line, exit 0, no window and no Qt
loaded (IT staff run it on ward PCs and in deployment scripts). The frozen
bundle's ``--version`` is checked in test_packaging_frozen_bundle.py."""

import os
import subprocess
import sys
from pathlib import Path

from bedside import __version__

ROOT = Path(__file__).resolve().parents[2]
PROBE = ("import sys; from ui.launcher import main; code = main(sys.argv[1:]); "
         "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt'); sys.exit(code)")


def _bedside(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)  # a real desktop would open a window; --version must not
    env["DISPLAY"] = ""  # and no display is needed at all
    return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)


def test_version_prints_one_line_and_exits_0_without_qt():
    for flag in ("--version", "-V"):
        proc = _bedside(flag)
        assert proc.returncode == 0, proc.stderr
        line, loaded = proc.stdout.strip().splitlines()
        assert line.startswith(f"bedside {__version__} (build ") and line.endswith(", source)")
        assert loaded == "no qt"
        assert proc.stderr == ""


def test_version_wins_over_other_switches():
    proc = _bedside("--demo", "--version")
    assert proc.returncode == 0 and proc.stdout.startswith(f"bedside {__version__} ")
