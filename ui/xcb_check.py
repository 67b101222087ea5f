"""Linux: name the system libraries Qt's xcb platform needs and this PC lacks
(issue 15), instead of Qt's generic "could not load the Qt platform plugin
xcb … Aborted".

A fresh desktop often lacks ``libxcb-icccm4``, ``libxcb-keysyms1``,
``libxcb-cursor0`` … which the xcb plugin (``libqxcb.so`` and its
``libQt6XcbQpa.so.6``) links against. Before the QApplication exists,
:func:`check` lists the plugin's dependencies (``ldd``) and, if any is
missing, says which Debian/Ubuntu packages to install.

Pure Python, no Qt module is loaded (only the PySide6 package's folder is
looked up): it runs before Qt exists, so its message is in English and
French, on stderr.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

# sysexits.h EX_UNAVAILABLE: a service the program needs is not available.
EXIT_MISSING_LIBRARIES = 69

# soname -> Debian/Ubuntu package (what README's Linux section lists).
PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
}

_LDD_LINE = re.compile(r"^\s*(\S+)\s*=>\s*(not found|\S+)")


def xcb_plugin(pyside_dir: Path | None = None) -> Path | None:
    """The xcb platform plugin of the installed (or bundled) PySide6, if any."""
    if pyside_dir is None:
        try:
            import PySide6  # the package only: no Qt library is loaded
        except ImportError:
            return None
        pyside_dir = Path(PySide6.__file__).parent
    plugin = Path(pyside_dir) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def platform_will_be_xcb(environ: dict | None = None, platform: str | None = None) -> bool:
    """Qt on Linux uses xcb when asked to, or by default outside a Wayland session."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return False
    asked = (env.get("QT_QPA_PLATFORM") or "").split(";")[0].split(":")[0].strip()
    if asked:
        return asked == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def ldd_resolution(plugin: Path) -> dict[str, str | None]:
    """Every shared library the plugin needs (transitively, as ``ldd`` shows
    them) -> the file it resolves to, or None when it is not found."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return {}
    out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
    found: dict[str, str | None] = {}
    for line in out.splitlines():
        m = _LDD_LINE.match(line)
        if m:
            name, where = m.groups()
            found[name] = None if where == "not found" else where
    return found


def plugin_loads(plugin: Path) -> bool:
    """Does the dynamic loader open the plugin with every library it needs?
    The everyday answer (yes) costs one ``dlopen`` of what Qt loads anyway a
    moment later; ``ldd`` (a process, ~30 ms) only runs to name what is missing."""
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError:
        return False
    return True


def missing_libraries(plugin: Path, lookup: Callable[[str], bool] | None = None) -> list[str]:
    """Sonames the plugin needs that cannot be found. ``lookup(soname) ->
    found?`` decides (default: what ``ldd`` resolved); tests inject one."""
    needed = ldd_resolution(plugin)
    if lookup is None:
        return sorted(name for name, where in needed.items() if where is None)
    return sorted(name for name in needed if not lookup(name))


def message(missing: list[str]) -> str:
    packages = sorted({PACKAGES.get(name, name) for name in missing})
    listed = ", ".join(packages)
    return (
        f"Bedside cannot open its window: this Linux PC lacks system libraries that Qt's X11 (xcb) "
        f"display needs: {', '.join(missing)}.\n"
        f"Ask IT to install these packages, then start Bedside again:\n"
        f"    sudo apt install {' '.join(packages)}\n\n"
        f"Bedside ne peut pas ouvrir sa fenêtre : il manque sur ce PC Linux des bibliothèques système "
        f"dont l'affichage X11 (xcb) de Qt a besoin. Demandez au service informatique d'installer : "
        f"{listed}.\n"
    )


def check(environ: dict | None = None, plugin: Path | None = None,
          lookup: Callable[[str], bool] | None = None) -> str | None:
    """The message to show if the app would start on xcb without its
    libraries, else None (also when there is nothing to check)."""
    if not platform_will_be_xcb(environ):
        return None
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    if lookup is None and plugin_loads(plugin):   # start-up path: no ldd process
        return None
    missing = missing_libraries(plugin, lookup)
    return message(missing) if missing else None


def refuse_missing_libraries() -> None:
    """Exit with :data:`EXIT_MISSING_LIBRARIES` and the message, before Qt aborts."""
    text = check()
    if text is None:
        return
    print(text, file=sys.stderr, flush=True)
    raise SystemExit(EXIT_MISSING_LIBRARIES)
