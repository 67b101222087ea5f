"""The start-up probe bench/startup.py relies on (ui/startup_probe.py)."""

import subprocess
import sys
from pathlib import Path

from tests.packaging.startup_probe_env import probe_env
from ui import startup_probe

ROOT = Path(__file__).resolve().parents[2]


def test_probe_is_inert_without_the_variable(qapp, monkeypatch):
    monkeypatch.delenv(startup_probe.ENV, raising=False)
    assert startup_probe.arm(qapp) is False


def test_real_app_reports_its_login_window_and_quits(tmp_path):
    env = probe_env(tmp_path)
    proc = subprocess.run([sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main([]))"],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    marker = [line for line in proc.stdout.splitlines() if line.startswith(startup_probe.MARKER)]
    assert len(marker) == 1
    _, seconds, shown = marker[0].split()
    assert float(seconds) > 0
    assert "mainWindow" in shown.split(",")
