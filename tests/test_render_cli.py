"""``python -m ui.render``'s command line: help and wrong input give the
usage, never a traceback (it once raised KeyError: '--help')."""
from __future__ import annotations

import pytest

from ui import render


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_prints_the_usage(flag, capsys):
    assert render.main([flag]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: python -m ui.render SCREEN")
    assert "--night" in out and "--lang" in out


@pytest.mark.parametrize("argv, problem", [
    (["no-such-screen", "x.png"], "no screen named 'no-such-screen'"),
    (["login", "x.png", "--bogus"], "unexpected --bogus"),
    (["login", "x.png", "--lang", "de"], "--lang takes fr or en"),
    (["login", "a.png", "b.png"], "unexpected b.png"),
])
def test_wrong_command_line_says_what_and_gives_the_usage(argv, problem, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert render.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(problem)
    assert "usage: python -m ui.render" in err
    assert list(tmp_path.iterdir()) == []          # nothing rendered


def test_list_names_every_screen(capsys):
    assert render.main(["list"]) == 0
    names = capsys.readouterr().out.split()
    assert names == sorted(render.SCREENS) and "infusion_running" in names
