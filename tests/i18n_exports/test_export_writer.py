from __future__ import annotations

import pytest

from bedside.export.writer import write_export_folder


def test_folder_written_complete_and_never_overwritten(tmp_path):
    files = {"a.csv": b"x,y\r\n", "csv/b.csv": b"1\r\n"}
    first = write_export_folder(tmp_path, "EXP", files)
    second = write_export_folder(tmp_path, "EXP", files)
    assert first.name == "EXP" and second.name == "EXP_2"
    assert (first / "csv" / "b.csv").read_bytes() == b"1\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["EXP", "EXP_2"]  # no temp left


def test_failure_leaves_nothing(tmp_path):
    with pytest.raises(ValueError):
        write_export_folder(tmp_path, "EXP", {"ok.csv": b"1", "../evil.csv": b"2"})
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_export_folder(tmp_path / "nope", "EXP", {"a": b""})
