"""One Bedside per vault: a second start of the real app hands over to the
first (which comes forward) and exits; the CLI respects the running app; a
killed app frees the vault and the next start says it ended abnormally."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bedside import run_marker
from bedside.cli import main as cli_main
from bedside.errors import VaultAlreadyOpen
from bedside.instance import FORWARD_REQUEST_NAME, VaultInstance, in_use

ROOT = Path(__file__).resolve().parents[2]


def _app(folder: Path, home: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BEDSIDE_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "ui.launcher", "--vault", str(folder)],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait(predicate, timeout_s=60.0):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_the_instance_lock_is_exclusive_and_freed_on_release(tmp_path):
    first = VaultInstance(tmp_path / "v").claim()
    with pytest.raises(VaultAlreadyOpen):
        VaultInstance(tmp_path / "v").claim()
    assert in_use(tmp_path / "v")
    first.release()
    assert not in_use(tmp_path / "v")
    VaultInstance(tmp_path / "v").claim().release()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_second_start_hands_over_and_a_killed_app_frees_the_vault(tmp_vault, tmp_path, qtbot,
                                                                  capsys):
    tmp_vault.lock()
    folder, home = tmp_vault.folder, tmp_path / "home"
    first = _app(folder, home)
    try:
        assert _wait(lambda: (folder / run_marker.MARKER_NAME).exists() and in_use(folder)), \
            first.stderr.read1().decode() if first.poll() is not None else "not started"
        assert _wait(lambda: (home / "logs" / "bedside.log").exists()
                     and "started" in (home / "logs" / "bedside.log").read_text())
        second = _app(folder, home)
        assert second.wait(timeout=60) == 0                      # handed over, exited
        log = (home / "logs" / "bedside.log").read_text()
        assert "brought forward by a second start" in log
        assert "second start on an open vault: handed over" in log
        assert not (folder / FORWARD_REQUEST_NAME).exists()
        assert first.poll() is None                              # the first one runs on

        assert cli_main(["verify", str(folder), "--user", "admin"]) == 3   # CLI steps aside
        assert "Bedside is open on this vault" in capsys.readouterr().err

        os.kill(first.pid, signal.SIGKILL)                       # power cut
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert not in_use(folder)                                    # the OS dropped the lock
    assert (folder / run_marker.MARKER_NAME).exists()           # left behind: abnormal end

    from ui.app import main_window
    from ui.context import AppContext
    from ui.i18n import install_language
    from ui.qt import QApplication
    ctx = AppContext(type(tmp_vault).open(folder))
    window = main_window(ctx)
    qtbot.addWidget(window)
    try:
        note = window.login.abnormal_end
        assert not note.isHidden()
        assert "did not close normally" in note.text()
        install_language(QApplication.instance(), "fr")
        qtbot.waitUntil(lambda: "ne s'est pas fermé normalement" in note.text())
    finally:
        install_language(QApplication.instance(), "en")
        ctx.close()
    assert run_marker.begin(folder, "x", tmp_vault.clock.now()) is not None  # new run marked
    run_marker.end(folder)
    assert run_marker.begin(folder, "x", tmp_vault.clock.now()) is None      # clean end: quiet
