"""Export file names mean the same file, inside the export folder, on
Windows and on POSIX (checked with ntpath and posixpath)."""

from __future__ import annotations

import ntpath
import posixpath

import pytest
from hypothesis import given, settings, strategies as st

from bedside.export.filenames import check_relative, safe_part
from bedside.export.writer import write_export_folder

NASTY = ["..\\..\\..\\evil", "../../evil", "..", ".", "a\x00b", "CON", "nul", "Com1.csv",
         "LPT9", "aux.txt", "trailing.", "trailing ", "C:evil", "C:\\evil", "/etc/passwd",
         "\\\\server\\share", "a/b", "a\\b", "\ud800", "\u202eexe.csv", "", " ", "x" * 500]


def _stays_inside(part: str) -> None:
    for mod in (ntpath, posixpath):
        base = mod.join("exports", "run")
        full = mod.normpath(mod.join(base, part + ".csv"))
        assert full.startswith(base + mod.sep), (mod.__name__, part, full)
        assert mod.basename(full) == part + ".csv"
        assert not mod.isabs(part)
    assert ntpath.splitdrive(part)[0] == ""
    stem = part.split(".")[0].upper()
    assert stem not in {"CON", "PRN", "AUX", "NUL"} and not stem.startswith(("COM", "LPT")) \
        or len(stem) > 4
    assert not part.endswith((".", " "))


@pytest.mark.parametrize("name", NASTY)
def test_nasty_record_types_become_safe_names(name):
    part = safe_part(name)
    _stays_inside(part)
    check_relative(f"csv/{part}.csv")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(max_size=40))
def test_any_text_becomes_a_safe_name(text):
    _stays_inside(safe_part(text))


@pytest.mark.parametrize("name", ["csv/..\\..\\evil.csv", "../x.csv", "/abs.csv", "csv/CON.csv",
                                  "csv/a\x00.csv", "csv/x.", "C:\\x.csv", "csv/nul.txt", ""])
def test_writer_refuses_unsafe_relative_names(tmp_path, name):
    with pytest.raises(ValueError):
        write_export_folder(tmp_path, "export", {name: b"x"})
    assert list(tmp_path.iterdir()) == []
