"""``bedside --self-test`` in-process (the frozen run is in test_packaging_frozen_bundle.py)."""

from pathlib import Path

import pytest

pytest.importorskip("ui.main_window")

from bedside.crypto.kdf import KdfParams  # noqa: E402
from ui import self_test  # noqa: E402

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault_v0001"
FAST = KdfParams.for_tests()


def test_ok_line_names_every_check(qapp):
    code, line = self_test.run(["--self-test"], kdf=FAST)
    assert code == self_test.EXIT_OK, line
    assert line.startswith("Bedside self-test OK: ")
    assert "vault create/write/read/verify ok" in line and "audit chain" in line
    assert "main window rendered 1366x768" in line
    assert f"Qt binding keeps None alive ({self_test.REFCOUNT_ROUNDS * 7} void calls)" in line
    assert "\n" not in line


def test_a_binding_that_leaks_none_is_exit_6(qapp, monkeypatch):
    """What a bundle frozen with PySide6 6.12 on CPython 3.11 reports: the probe
    sees one reference to None lost per void call (the drop is fed in here;
    the real probe runs in tests/test_runtime_guard.py)."""
    from ui import refcount_probe

    def leaking(rounds):
        return refcount_probe.ProbeResult(rounds, 5400, 5400 - rounds * refcount_probe.VOID_CALLS_PER_ROUND)

    monkeypatch.setattr(refcount_probe, "probe", leaking)
    code, line = self_test.run(["--self-test"], kdf=FAST)
    assert code == self_test.EXIT_RUNTIME
    assert line.startswith("Bedside self-test FAILED [refcount]: None refcount 5400 -> 3300 after 2100 void")
    assert "Python 3.12+" in line


def test_upgrade_check_on_the_previous_release_vault(qapp, monkeypatch):
    monkeypatch.setenv("BEDSIDE_PASSWORD", "correct horse 1")
    code, line = self_test.run(["--self-test", "--upgrade-check", str(FIXTURE), "--user", "admin"], kdf=FAST)
    assert code == self_test.EXIT_OK, line
    assert "upgrade 0001->" in line and "chain intact" in line


def test_upgrade_check_failure_is_exit_4_with_the_step(qapp, monkeypatch):
    monkeypatch.setenv("BEDSIDE_PASSWORD", "not the password 1")
    code, line = self_test.run(["--self-test", "--upgrade-check", str(FIXTURE), "--user", "admin"], kdf=FAST)
    assert code == self_test.EXIT_UPGRADE
    assert line.startswith("Bedside self-test FAILED [old-revision]: ")


def test_usage_errors_are_exit_2(qapp):
    code, line = self_test.run(["--self-test", "--upgrade-check", str(FIXTURE)])
    assert code == self_test.EXIT_USAGE and "--user" in line
    code, _ = self_test.run(["--self-test", "--bogus"])
    assert code == self_test.EXIT_USAGE


def test_a_broken_main_window_is_exit_5(qapp, monkeypatch):
    def explode(vault, session):
        raise RuntimeError("no display plugin")

    monkeypatch.setattr(self_test, "render_main_window", explode)
    code, line = self_test.run(["--self-test"], kdf=FAST)
    assert code == self_test.EXIT_UI
    assert line.startswith("Bedside self-test FAILED [render]: RuntimeError: no display plugin")


def test_main_prints_exactly_one_line(qapp, capsys, monkeypatch):
    monkeypatch.setattr(self_test, "run", lambda argv: (0, "Bedside self-test OK: stub"))
    assert self_test.main(["--self-test"]) == 0
    assert capsys.readouterr().out == "Bedside self-test OK: stub\n"


def test_the_launcher_hands_the_flag_over(qapp, monkeypatch):
    seen = {}

    def fake_main(argv=None):
        seen["argv"] = argv
        return 0

    monkeypatch.setattr(self_test, "main", fake_main)
    from ui.launcher import main

    assert main(["--self-test", "--upgrade-check", "x", "--user", "admin"]) == 0
    assert seen["argv"] == ["--self-test", "--upgrade-check", "x", "--user", "admin"]
