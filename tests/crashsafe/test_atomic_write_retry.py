"""``atomic_write`` retries the final replace while Windows reports the file
in use (antivirus, indexer) instead of losing the write. There is no Windows
here, so the OS call is the one thing faked: it fails a few times the way
Windows does, then behaves."""

import pytest

from bedside import files
from bedside.errors import WrongPassword
from bedside.header import HEADER_NAME, Header


def _flaky(monkeypatch, fail_times: int, make_error):
    real = files._replace
    calls = {"n": 0}

    def replace(src, dst):
        calls["n"] += 1
        if calls["n"] <= fail_times:
            raise make_error()
        real(src, dst)

    monkeypatch.setattr(files, "_replace", replace)
    monkeypatch.setattr(files, "REPLACE_FIRST_PAUSE_S", 0.0)
    return calls


def _win_error(code: int):
    def make():
        err = OSError(13, "The process cannot access the file")
        err.winerror = code
        return err
    return make


@pytest.mark.parametrize("make_error", [lambda: PermissionError(13, "Access is denied"),
                                        _win_error(32), _win_error(5)])
def test_a_file_briefly_in_use_is_still_replaced(tmp_path, monkeypatch, make_error):
    calls = _flaky(monkeypatch, 3, make_error)
    target = tmp_path / "f.json"
    target.write_bytes(b"old")
    files.atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert calls["n"] == 4
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]  # no temp file left behind


def test_a_file_held_for_good_fails_cleanly_after_bounded_retries(tmp_path, monkeypatch):
    calls = _flaky(monkeypatch, 10_000, _win_error(32))
    target = tmp_path / "f.json"
    target.write_bytes(b"old")
    with pytest.raises(OSError):
        files.atomic_write(target, b"new")
    assert calls["n"] == files.REPLACE_ATTEMPTS
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_other_errors_are_not_retried(tmp_path, monkeypatch):
    calls = _flaky(monkeypatch, 10_000, lambda: FileNotFoundError(2, "gone"))
    with pytest.raises(FileNotFoundError):
        files.atomic_write(tmp_path / "f.json", b"new")
    assert calls["n"] == 1


def test_a_failed_sign_in_is_counted_although_the_indexer_held_vault_json(tmp_vault,
                                                                          monkeypatch):
    _flaky(monkeypatch, 2, _win_error(32))
    with pytest.raises(WrongPassword):
        tmp_vault.login("nurse", "not the password")
    state = Header.load(tmp_vault.folder).throttle[tmp_vault.lookup("nurse")]
    assert state["failures"] == 1
    assert (tmp_vault.folder / HEADER_NAME).exists()
