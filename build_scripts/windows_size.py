"""Expected size of the Qt part of the Windows bundle, from the real Windows
wheels and the same trim rules the build uses (``bundle_config``): no
Windows machine needed (issue 12).

    pip download --platform win_amd64 --only-binary=:all: --no-deps \\
        PySide6-Essentials==6.11.3 shiboken6==6.11.3 -d /tmp/win
    python build_scripts/windows_size.py /tmp/win/*.whl

It lists what PyInstaller's Qt hooks would copy from the wheels for the Qt
modules the sources use (the modules' DLLs and ``.pyd``, the binding
libraries, the MSVC runtime they load, the plugin folders those modules
bring, Qt's own translations), drops what ``bundle_config`` drops (plugins,
libraries, languages, the OpenGL fallbacks) and prints the sum, with and
without the OpenGL fallbacks. The rest of the bundle (Python, cryptography,
SQLCipher, pikepdf, the app) is not Qt and is taken from the Linux bundle
(docs/PACKAGING.md says how)."""
from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from build_scripts import bundle_config as cfg  # noqa: E402

# Plugin folders PyInstaller's hooks collect for QtGui, QtWidgets and QtSvg
# (PyInstaller/utils/hooks/qt/_modules_info.py); the trim rules then apply.
PLUGIN_DIRS = ("accessiblebridge", "generic", "iconengines", "imageformats", "platforms",
               "platforminputcontexts", "platformthemes", "styles")
# The MSVC runtime the Qt DLLs and bindings import (not OpenMP, AMP or C++/CX).
MSVC_RUNTIME = re.compile(r"^(msvcp140(_1|_2|_codecvt_ids)?|vcruntime140(_1)?|concrt140)\.dll$", re.I)


def kept(name: str, used: set[str], languages: set[str]) -> bool:
    """Would the trimmed Windows bundle hold this wheel file?"""
    parts = name.split("/")
    if parts[0] not in ("PySide6", "shiboken6") or name.endswith("/"):
        return False
    base = parts[-1]
    if len(parts) == 2:
        if MSVC_RUNTIME.match(base) or base in ("pyside6.abi3.dll", "shiboken6.abi3.dll", "Shiboken.pyd"):
            return True
        m = re.match(r"^(Qt\w+)\.pyd$", base)
        if m:
            return m.group(1) in used
        m = re.match(r"^Qt6(\w+)\.dll$", base)
        if m:
            return f"Qt{m.group(1)}" in used and cfg.qt_lib_allowed(name, used)
        return bool(cfg.WINDOWS_GL_FALLBACKS.match(base)) and cfg.qt_lib_allowed(name, used)
    if parts[1] == "plugins" and len(parts) == 4 and parts[2] in PLUGIN_DIRS and base.endswith(".dll"):
        return cfg.plugin_allowed("/".join(parts[2:]))
    if parts[1] == "translations" and base.startswith("qt") and base.endswith(".qm"):
        return cfg.qt_translation_allowed(base, languages)    # (linguist_*, designer_*: tools')
    return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("wheels", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true", help="print every kept file")
    a = ap.parse_args()
    used = cfg.qt_modules_used()
    languages = cfg.app_languages()
    files = {}
    for wheel in a.wheels:
        with zipfile.ZipFile(wheel) as z:
            files.update({i.filename: i.file_size for i in z.infolist()})
    runtime = {}     # both wheels carry the MSVC runtime: one copy is loaded (count it once)
    for n in sorted(files):
        if MSVC_RUNTIME.match(Path(n).name):
            runtime.setdefault(Path(n).name, n)
    files = {n: s for n, s in files.items() if not MSVC_RUNTIME.match(Path(n).name)
             or runtime[Path(n).name] == n}
    with_gl = {n: s for n, s in files.items() if kept(n, used | {"QtOpenGL"}, languages)}
    trimmed = {n: s for n, s in files.items() if kept(n, used, languages)}
    if a.list:
        for n in sorted(trimmed, key=lambda n: -trimmed[n]):
            print(f"{trimmed[n] / 1e6:8.2f} MB  {n}")
    gl = sorted(set(with_gl) - set(trimmed) - {n for n in with_gl if n.endswith("OpenGL.pyd")
                                                  or n.endswith("Qt6OpenGL.dll")})
    print(f"Qt modules used: {', '.join(sorted(used))}")
    print(f"wheels hold {len(files)} files, {sum(files.values()) / 1e6:.1f} MB unpacked")
    print("OpenGL fallbacks in the wheels: " + (", ".join(f"{Path(n).name} {files[n] / 1e6:.2f} MB"
                                                        for n in gl) or "none"))
    print(f"Qt part of the Windows bundle: {len(trimmed)} files, {sum(trimmed.values()) / 1e6:.1f} MB "
          f"(with the OpenGL fallbacks: {(sum(trimmed.values()) + sum(files[n] for n in gl)) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
