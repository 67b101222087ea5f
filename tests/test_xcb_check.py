"""Linux: a PC without the xcb platform's system libraries gets their names
in words, not Qt's generic abort (issue 15, ui/xcb_check.py)."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui import xcb_check
from ui.xcb_check import EXIT_MISSING_LIBRARIES

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or xcb_check.xcb_plugin() is None
                                or xcb_check.shutil.which("ldd") is None,
                                reason="the xcb platform plugin and ldd exist on Linux only")


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
        return True
    except OSError:
        return False


def test_the_real_plugin_dependencies_are_read_and_checked():
    plugin = xcb_check.xcb_plugin()
    needed = xcb_check.ldd_resolution(plugin)
    assert "libxcb.so.1" in needed and "libQt6XcbQpa.so.6" in needed
    missing = xcb_check.missing_libraries(plugin)
    # checked independently: the dynamic loader itself agrees, library by library
    system = [n for n in needed if n.startswith(("libxcb", "libX11", "libxkbcommon"))]
    assert system
    for name in system:
        assert (name in missing) == (not _loads(name)), name


def test_a_forced_missing_library_is_named_with_its_package():
    gone = {"libxcb-icccm.so.4", "libxcb-cursor.so.0"}
    text = xcb_check.check({"QT_QPA_PLATFORM": "xcb"}, lookup=lambda name: name not in gone)
    assert text is not None
    assert "libxcb-icccm.so.4, libxcb-cursor.so.0" in text or "libxcb-cursor.so.0, libxcb-icccm.so.4" in text
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in text
    assert "Bedside ne peut pas ouvrir sa fenêtre" in text


def test_nothing_to_say_when_everything_is_found_or_the_platform_is_not_xcb():
    assert xcb_check.check({"QT_QPA_PLATFORM": "xcb"}, lookup=lambda _name: True) is None
    assert xcb_check.check({"QT_QPA_PLATFORM": "offscreen"}, lookup=lambda _name: False) is None
    assert xcb_check.check({"WAYLAND_DISPLAY": "wayland-0"}, lookup=lambda _name: False) is None
    assert xcb_check.platform_will_be_xcb({}, "linux")
    assert xcb_check.platform_will_be_xcb({"QT_QPA_PLATFORM": "xcb:nomouse"}, "linux")
    assert not xcb_check.platform_will_be_xcb({}, "win32")


def test_the_app_says_which_libraries_instead_of_aborting():
    """The real start (ui.app.run) on the xcb platform. Where this PC lacks
    libraries (the CI machine lacks libxcb-icccm4 and libxcb-keysyms1), the
    app names them and exits 69; where nothing is missing, there is nothing
    to see here."""
    missing = xcb_check.missing_libraries(xcb_check.xcb_plugin())
    if not missing:
        pytest.skip("every xcb library is installed on this machine")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT), DISPLAY=":0")
    proc = subprocess.run([sys.executable, "-c", "import sys; from ui.app import run; sys.exit(run())"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert proc.returncode == EXIT_MISSING_LIBRARIES, proc.stderr[-2000:]
    for name in missing:
        assert name in proc.stderr
        assert xcb_check.PACKAGES.get(name, name) in proc.stderr
    assert "Aborted" not in proc.stderr and "could not load the Qt platform plugin" not in proc.stderr


def test_the_loader_fast_path_agrees_with_ldd():
    """At every start the check first asks the dynamic loader (one dlopen);
    ldd runs only when that fails. Both must give the same verdict."""
    plugin = xcb_check.xcb_plugin()
    assert xcb_check.plugin_loads(plugin) == (not xcb_check.missing_libraries(plugin))
    assert (xcb_check.check({"QT_QPA_PLATFORM": "xcb"}) is None) == xcb_check.plugin_loads(plugin)
