"""What goes into the frozen Bedside bundle, as plain data and small pure
functions, so the PyInstaller spec stays short and the rules are testable.

No Qt import here: the spec runs inside PyInstaller, and the tests import
this module without starting Qt.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "Bedside"
EXE_NAME = "bedside"

# The Linux one-folder bundle must stay within this (issue 12: 120 MB with
# every feature; docs/PACKAGING.md says what is in it and why).
SIZE_BUDGET_LINUX = 120_000_000

# Qt modules the app always needs, whatever the source scan finds.
BASE_QT_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets"})

# Qt plugins we never ship. Matched against the plugin's path relative to
# the Qt plugins folder, with forward slashes ("platforms/libqeglfs.so").
# Kept: platforms xcb/offscreen/minimal/windows, generic (touch/evdev),
# platforminputcontexts, iconengines/svg, imageformats svg/ico,
# styles, platformthemes/xdgdesktopportal. (PNG is built into QtGui.)
DROP_PLUGIN_PATTERNS = (
    r"^egldeviceintegrations/",
    r"^networkinformation/",
    r"^tls/",
    r"^wayland-",
    r"^xcbglintegrations/",
    r"^platforms/(lib)?q(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl|wayland[^/]*|direct2d)\b",
    r"^platformthemes/(lib)?qgtk3",  # pulls GTK, cairo, pango: ~20 MB
    r"^imageformats/(lib)?q(webp|tiff|gif|icns|tga|wbmp|pdf|jpeg)\b",  # icons are SVG/PNG; no JPEG anywhere
    r"^qmltooling/",
    r"^sqldrivers/",
    r"^printsupport/",
)

# Qt shared libraries that only dropped plugins or unused modules need:
# name fragment after "Qt6" -> the Python module that would need it (None:
# only dropped plugins need it). A library whose module the app imports stays.
DROPPABLE_QT_LIBS = {
    "Wayland": None,
    "WlShell": None,
    "EglFS": None,
    "EglFs": None,
    "Network": "QtNetwork",
    "OpenGL": "QtOpenGL",
    "Quick": "QtQuick",
    "Qml": "QtQml",
    "Pdf": "QtPdf",
    "Designer": "QtDesigner",
    "Test": "QtTest",
    "Sql": "QtSql",
    "Lottie": None,
    "Labs": None,
}

# Windows OpenGL fallbacks PyInstaller's Qt hook collects (issue 12): Mesa's
# software OpenGL (opengl32sw.dll, 20.6 MB in PySide6 6.11.3's wheel) and
# ANGLE with its shader compiler (libEGL/libGLESv2/d3dcompiler_47, not in
# that wheel). Qt loads them only for an OpenGL context (QOpenGLWidget,
# QOpenGLWindow, Qt Quick on OpenGL), when the driver offers no OpenGL 2.
# Bedside paints with QPainter into QtWidgets' raster backing store, which
# never asks for OpenGL, so an RDP session or a VM without GPU drivers paints
# it the same; they stay if a module that renders through OpenGL is used.
WINDOWS_GL_FALLBACKS = re.compile(r"^(opengl32sw|libEGL|libGLESv2|d3dcompiler_\d+)\.dll$", re.I)
GL_MODULES = frozenset({"QtOpenGL", "QtOpenGLWidgets", "QtQuick", "QtQuickWidgets", "Qt3DCore"})

# Standard-library / tooling packages nothing in the app needs at run time.
STDLIB_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "ensurepip",
    "venv",
    # Test-only dependencies that may be importable in a dev venv.
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "PyInstaller",
    "pygments",  # optional syntax highlighting in Mako error pages (via alembic)
    # Database drivers SQLAlchemy's hooks pull in when they happen to be
    # installed: the vault only speaks SQLCipher (sqlcipher3).
    "psycopg",
    "psycopg_binary",
    "psycopg_c",
    "psycopg2",
    "pymysql",
    "MySQLdb",
    "mysql",
    "mariadb",
    "pysqlite2",
    "asyncpg",
    "aiosqlite",
    "aiomysql",
    "asyncmy",
    "pg8000",
    "oracledb",
    "cx_Oracle",
    "pyodbc",
    "pymssql",
    # No interactive prompt in a windowed app (readline drags libreadline, libtinfo).
    "readline",
    # Never used by the app; pulled in by hooks or optional imports of its libraries.
    "multiprocessing",
    "xmlrpc",
    "smtplib",
    "ftplib",
    "tarfile",
    "_pydecimal",      # decimal's pure-Python fallback: the C _decimal is there
    # East Asian codecs (1 MB): every text the app decodes is ASCII, UTF-8 or
    # Latin-1 (HL7 MSH-18 is refused otherwise: bedside/hl7feed/message.py).
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_multibytecodec",
)

# Optional parts of bundled packages that nothing in the app calls.
# Pillow: pikepdf imports it only inside its image-extraction and canvas
# functions (12.5 MB with its own libjpeg/webp/avif/tiff); consent PDFs are
# drawn by Qt and finished with pikepdf's metadata API, which needs neither.
# lxml (5.4 MB): pikepdf uses it only in its XMP metadata API, which the
# app does not call (the consent PDF's XMP is written with the standard
# library: bedside/consent/xmp.py).
UNUSED_PACKAGES = (
    "PIL",
    "lxml",            # pikepdf needs it only for its metadata API; bedside/consent/xmp.py does that part
    "anyio",           # httpx's async side; the sync client is synchronous
    "pydantic.v1",     # pydantic 1 compatibility layer
    "packaging",
)

# Linux system libraries the bundle does not carry: every desktop with an
# X11 session has them, and they must match that system (its fontconfig
# configuration, its X server, its D-Bus and systemd), so the system's own
# copy is the right one; the same list AppImage leaves out. Build on the
# oldest distribution supported (docs/PACKAGING.md), so the system's
# libstdc++/glib are never older than what the bundle was linked against.
# Kept in the bundle: OpenSSL (libssl/libcrypto: ABI-sensitive), libffi,
# libz, libbz2, liblzma, libuuid, libsqlite3 (Python's own modules).
HOST_LIBRARIES = (
    r"libX11(-xcb)?\.so", r"libXau", r"libXdmcp", r"libxcb", r"libxkbcommon",
    r"libfontconfig\.so", r"libfreetype\.so", r"libexpat\.so", r"libpng16\.so",
    r"libglib-2\.0\.so", r"libgthread-2\.0\.so", r"libpcre2-8\.so",
    r"libdbus-1\.so", r"libsystemd\.so", r"libgcrypt\.so", r"libgpg-error\.so", r"libcap\.so",
    r"liblz4\.so", r"libzstd\.so", r"libbsd\.so", r"libmd\.so", r"libbrotli(common|dec)\.so",
    r"libgssapi_krb5\.so", r"libkrb5\.so", r"libkrb5support\.so", r"libk5crypto\.so",
    r"libcom_err\.so", r"libkeyutils\.so",
    r"libstdc\+\+\.so", r"libgcc_s\.so",
    r"libreadline\.so", r"libtinfo\.so",
)
_HOST_LIB_RE = re.compile(r"^(?:" + "|".join(HOST_LIBRARIES) + r")")

_VERSION_RE = re.compile(r"""^__version__\s*=\s*['"]([^'"]+)['"]""", re.M)
_QT_DOTTED_RE = re.compile(r"PySide6\.(Qt\w+)")
_QT_FROM_RE = re.compile(r"from[ \t]+PySide6[ \t]+import[ \t]+(?:\(([^)]*)\)|([^\n(#]+))")


def read_version(init_file: Path | str = ROOT / "bedside" / "__init__.py") -> str:
    """Version string from ``__version__ = "x.y.z"`` without importing the package."""
    text = Path(init_file).read_text(encoding="utf-8")
    match = _VERSION_RE.search(text)
    if not match:
        raise ValueError(f"no __version__ in {init_file}")
    return match.group(1)


def numeric_version(version: str) -> str:
    """Four-part dotted number for Windows file/installer metadata ("0.1.0rc1" -> "0.1.0.0")."""
    parts = [int(p) for p in re.findall(r"\d+", version.split("+")[0])[:3]]
    parts += [0] * (4 - len(parts))
    return ".".join(str(p) for p in parts[:4])


def qt_modules_in_source(text: str) -> set[str]:
    """Qt module names a piece of Python source imports from PySide6."""
    found: set[str] = set(_QT_DOTTED_RE.findall(text))
    for parenthesised, inline in _QT_FROM_RE.findall(text):
        names = re.split(r"[\s,\\]+", parenthesised or inline)
        found.update(n for n in names if re.fullmatch(r"Qt\w+", n))
    return found


def qt_modules_used(source_dirs: list[Path] | None = None) -> set[str]:
    """Every PySide6 module the app's sources import, plus the base three.

    All app Qt imports go through ``ui/qt.py``, but scanning every file keeps
    the bundle right even if one slips through."""
    dirs = source_dirs or [ROOT / "ui", ROOT / "bedside"]
    used = set(BASE_QT_MODULES)
    for d in dirs:
        for path in Path(d).rglob("*.py"):
            used |= qt_modules_in_source(path.read_text(encoding="utf-8", errors="replace"))
    return used


def qt_module_excludes(available: list[str], used: set[str]) -> list[str]:
    """``PySide6.QtX`` names to pass to Analysis(excludes=...)."""
    return sorted(f"PySide6.{m}" for m in available if m not in used)


def plugin_allowed(relpath: str) -> bool:
    rel = relpath.replace("\\", "/")
    return not any(re.search(p, rel) for p in DROP_PLUGIN_PATTERNS)


def qt_lib_allowed(filename: str, used: set[str] = BASE_QT_MODULES) -> bool:
    """False for a Qt library (libQt6Network.so.6, Qt6Network.dll) nothing kept
    needs, and for Windows' OpenGL fallbacks (:data:`WINDOWS_GL_FALLBACKS`)
    when no module kept renders through OpenGL."""
    if WINDOWS_GL_FALLBACKS.match(os.path.basename(filename.replace("\\", "/"))):
        return bool(GL_MODULES & set(used))
    m = re.match(r"^(?:lib)?Qt6([A-Za-z]+?)(?:\.so|\.dll|\.\d|$)", os.path.basename(filename))
    if not m:
        return True
    name = m.group(1)
    for fragment, module in DROPPABLE_QT_LIBS.items():
        if name.startswith(fragment):
            return module is not None and module in used
    return True


def host_library(filename: str) -> bool:
    """True for a system library left to the Linux PC (:data:`HOST_LIBRARIES`).
    Libraries a wheel vendors under a hashed name (``libxcb-9065bb12.so``,
    in ``pillow.libs/``) are the wheel's own business, not matched here."""
    name = os.path.basename(filename.replace("\\", "/"))
    return bool(_HOST_LIB_RE.match(name)) and not re.search(r"-[0-9a-f]{8}\.so", name)


def app_languages(translations_dir: Path = ROOT / "resources" / "translations") -> set[str]:
    """Languages the app ships (from bedside_<lang>.ts/.qm), always with en and fr."""
    langs = {"en", "fr"}
    d = Path(translations_dir)
    if d.is_dir():
        for p in d.iterdir():
            m = re.match(r"^[A-Za-z]+_([a-z]{2,3})(?:_[A-Z]{2})?\.(ts|qm)$", p.name)
            if m:
                langs.add(m.group(1))
    return langs


def qt_translation_allowed(filename: str, languages: set[str]) -> bool:
    """Keep Qt's own catalogue (qt_fr.qm, qtbase_fr.qm) only for shipped languages."""
    m = re.match(r"^(qt\w*?)_([a-z]{2,3})(?:_[A-Za-z]{2,4})?\.qm$", os.path.basename(filename))
    if not m:
        return True
    base, lang = m.groups()
    return lang in languages and base in ("qt", "qtbase")


def filter_toc(entries, languages: set[str], used: set[str] = BASE_QT_MODULES, linux: bool = False):
    """Drop dropped-plugin, dropped-lib and foreign-translation entries from a
    TOC, and on Linux the host's system libraries (:func:`host_library`).

    Entries are (dest_name, src_path, typecode) as in PyInstaller 6."""
    kept = []
    for entry in entries:
        dest = entry[0].replace("\\", "/")
        if "/Qt/plugins/" in dest or dest.startswith("PySide6/plugins/"):
            rel = dest.split("/plugins/", 1)[1]
            if not plugin_allowed(rel):
                continue
        if (dest.startswith("PySide6/") or "/" not in dest) and not qt_lib_allowed(dest, used):
            continue
        if "/translations/" in dest and "PySide6" in dest and not qt_translation_allowed(dest, languages):
            continue
        if linux and "/" not in dest and host_library(dest):
            continue
        kept.append(entry)
    return kept


def git_build_info(root: Path = ROOT) -> dict:
    """Commit and cleanliness of the tree being built (``unknown`` outside git)."""

    def git(*args: str) -> str | None:
        try:
            out = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=20)
        except (OSError, subprocess.SubprocessError):
            return None
        return out.stdout.strip() if out.returncode == 0 else None

    commit = os.environ.get("BEDSIDE_BUILD_COMMIT") or git("rev-parse", "HEAD") or "unknown"
    status = git("status", "--porcelain", "--untracked-files=no")
    return {
        "version": read_version(root / "bedside" / "__init__.py"),
        "commit": commit,
        "dirty": bool(status) if status is not None else False,
        "built_utc": _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
        "frozen": True,
    }


def write_build_info(dest: Path, info: dict) -> Path:
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(info, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return dest


def tree_size(path: Path) -> int:
    """Apparent size in bytes of a folder, as ``du -sb`` counts it (files, links, dirs)."""
    total = 0
    for dirpath, dirnames, filenames in os.walk(path):
        total += os.lstat(dirpath).st_size
        for name in filenames:
            total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


def windows_version_info(version: str, numeric: str) -> str:
    """PyInstaller version-resource file so Explorer and IT tools see the version."""
    t = tuple(int(p) for p in numeric.split("."))
    return f"""# UTF-8 -- generated by build_scripts/bundle_config.py
VSVersionInfo(
  ffi=FixedFileInfo(filevers={t}, prodvers={t}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'CHU de Liège'),
      StringStruct('FileDescription', 'Bedside - TJT2012 ICU workstation'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', '{EXE_NAME}'),
      StringStruct('LegalCopyright', 'CHU de Liège'),
      StringStruct('OriginalFilename', '{EXE_NAME}.exe'),
      StringStruct('ProductName', '{APP_NAME}'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
