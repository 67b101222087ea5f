"""Which build is running (bedside/build_info.py)."""

import json
import subprocess

from bedside import __version__, build_info


def test_source_checkout_reports_its_git_commit():
    info = build_info.current()
    head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                          cwd=build_info.app_root()).stdout.strip()
    assert info.version == __version__
    assert info.commit == head
    assert info.frozen is False
    assert info.short_commit.startswith(head[:12])


def test_bundle_file_is_read(tmp_path):
    path = tmp_path / "build_info.json"
    path.write_text(json.dumps({"version": "9.9.9", "commit": "a" * 40, "dirty": True,
                                "built_utc": "2026-11-25T10:00:00+00:00", "frozen": True}), encoding="utf-8")
    info = build_info.read_build_info_file(path)
    assert info.version == "9.9.9" and info.frozen and info.short_commit == "a" * 12 + "+dirty"


def test_unreadable_bundle_file_is_ignored(tmp_path):
    (tmp_path / "bad.json").write_text("[1, 2", encoding="utf-8")
    assert build_info.read_build_info_file(tmp_path / "bad.json") is None
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    assert build_info.read_build_info_file(tmp_path / "list.json") is None
    assert build_info.BuildInfo("1", "unknown", False, "", False).short_commit == "unknown"


def test_resources_are_found_next_to_the_packages():
    assert (build_info.resources_dir() / "icons" / "bedside.svg").is_file()
