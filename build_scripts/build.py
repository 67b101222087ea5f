"""Build the Bedside one-folder bundle (and on Linux the tarball).

    python build_scripts/build.py                 # dist/bedside/
    python build_scripts/build.py --tarball       # + dist/bedside-<ver>-linux-<arch>.tar.gz
    python build_scripts/build.py --self-test     # + run the frozen `bedside --self-test`

Steps: refuse a Python/PySide6 pair that aborts the app (PySide6 6.12 on
CPython 3.11, issue 15: ui/runtime_guard.py), compile translations (.ts -> .qm, with PySide6's lrelease), run
PyInstaller on build_scripts/bedside.spec (which writes the build commit into
resources/build_info.json inside the bundle), check the bundle, print its size.
Needs the `build` extra: pip install -e ".[build]"  (or: pip install pyinstaller).
Works the same on Windows (no tarball there: see build_scripts/windows/bedside.iss).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from build_scripts import bundle_config as cfg  # noqa: E402

SPEC = ROOT / "build_scripts" / "bedside.spec"
LINUX_DIR = ROOT / "build_scripts" / "linux"
IS_WINDOWS = sys.platform == "win32"


def log(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def lrelease_command() -> list[str] | None:
    """PySide6's lrelease (console script or the binary inside the wheel)."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).is_file():
            return [str(scripts / name)]
    try:
        import PySide6  # noqa: F401 - only to find the wheel folder, no Qt started
    except ImportError:
        return None
    pyside = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (pyside / name).is_file():
            return [str(pyside / name)]
    return None


def compile_translations(translations_dir: Path = ROOT / "resources" / "translations") -> list[Path]:
    """.ts -> .qm for every catalogue whose .qm is missing or older (the .qm files are not in git)."""
    sources = sorted(translations_dir.glob("*.ts")) if translations_dir.is_dir() else []
    stale = [ts for ts in sources
             if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if not stale:
        return []
    command = lrelease_command()
    if command is None:
        raise SystemExit("lrelease not found: install PySide6 (it ships pyside6-lrelease)")
    for ts in stale:
        subprocess.run([*command, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                       stdout=subprocess.DEVNULL)
    log(f"compiled {len(stale)} translation(s)")
    return [ts.with_suffix(".qm") for ts in stale]


def run_pyinstaller(dist: Path, work: Path, trim: bool = True) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('PyInstaller missing: pip install -e ".[build]"  (or: pip install pyinstaller)')
    env = dict(os.environ)
    if not trim:
        env["BEDSIDE_BUNDLE_NO_TRIM"] = "1"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    log(" ".join(command))
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return dist / cfg.EXE_NAME


def executable(bundle: Path) -> Path:
    return bundle / (cfg.EXE_NAME + (".exe" if IS_WINDOWS else ""))


def console_executable(bundle: Path) -> Path:
    """The one that prints: bedside-console.exe on Windows, bedside elsewhere."""
    return bundle / (cfg.EXE_NAME + "-console.exe") if IS_WINDOWS else executable(bundle)


def internal_dir(bundle: Path) -> Path:
    return bundle / "_internal"


def check_bundle(bundle: Path) -> dict:
    """Fail loudly if the bundle misses what the app needs at run time."""
    internal = internal_dir(bundle)
    required = [executable(bundle), internal / "resources" / "build_info.json",
                internal / "resources" / "licenses" / "bundled.json",
                internal / "resources" / "licenses" / "components.json"]
    missing = [str(p.relative_to(bundle)) for p in required if not p.exists()]
    for sub in ("protocols", "consent", "icons"):
        src = ROOT / "resources" / sub
        if src.is_dir() and any(src.iterdir()) and not (internal / "resources" / sub).is_dir():
            missing.append(f"_internal/resources/{sub}")
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        if not (internal / "resources" / "translations" / qm.name).exists():
            missing.append(f"_internal/resources/translations/{qm.name}")
    if missing:
        raise SystemExit("bundle incomplete, missing: " + ", ".join(missing))
    info = json.loads((internal / "resources" / "build_info.json").read_text(encoding="utf-8"))
    return info


def make_tarball(bundle: Path, version: str, dist: Path) -> Path:
    """bedside-<ver>-linux-<arch>.tar.gz: the bundle, the .desktop file, the icon, install.sh."""
    arch = platform.machine() or "x86_64"
    top = f"bedside-{version}"
    out = dist / f"bedside-{version}-linux-{arch}.tar.gz"
    extras = {
        "bedside.desktop": LINUX_DIR / "bedside.desktop",
        "install.sh": LINUX_DIR / "install.sh",
        "bedside.png": ROOT / "resources" / "icons" / "bedside-256.png",
    }

    def _mode(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{top}/bedside", filter=_mode)
        for name, src in extras.items():
            tar.add(src, arcname=f"{top}/{name}", filter=_mode)
    return out


def run_self_test(bundle: Path, timeout: float = 120.0) -> tuple[int, str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.run([str(console_executable(bundle)), "--self-test"], capture_output=True,
                          text=True, timeout=timeout, env=env)
    elapsed = time.perf_counter() - start
    out = (proc.stdout.strip().splitlines() or [""])[-1]
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
    return proc.returncode, out, elapsed


def check_runtime() -> None:
    """Never freeze the broken pair: the bundle would abort within minutes of
    a flowsheet being on screen (its --self-test would catch it, later)."""
    import PySide6  # noqa: F401 - the package only, for its version; no Qt started

    from ui.runtime_guard import EXIT_BROKEN_RUNTIME, broken_pair, message

    if broken_pair(sys.version_info, PySide6.__version_info__):
        sys.stderr.write(message(platform.python_version(), PySide6.__version__))
        raise SystemExit(EXIT_BROKEN_RUNTIME)
    log(f"runtime: Python {platform.python_version()}, PySide6 {PySide6.__version__} (supported pair)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--tarball", action="store_true", help="also make the Linux tarball")
    parser.add_argument("--self-test", action="store_true", help="run the frozen --self-test after building")
    parser.add_argument("--no-trim", action="store_true", help="keep every Qt module/plugin (to measure)")
    args = parser.parse_args(argv)

    version = cfg.read_version()
    log(f"Bedside {version} on {sys.platform}, Python {platform.python_version()}")
    check_runtime()
    t0 = time.perf_counter()
    compile_translations()
    bundle = run_pyinstaller(args.dist, args.work, trim=not args.no_trim)
    info = check_bundle(bundle)
    size = cfg.tree_size(bundle)
    log(f"bundle {bundle} built in {time.perf_counter() - t0:.0f} s; commit {info['commit'][:12]}"
        f"{' (dirty)' if info.get('dirty') else ''}; size {size} bytes ({size / 1e6:.1f} MB)")
    if args.tarball:
        if IS_WINDOWS:
            log("no tarball on Windows: compile build_scripts/windows/bedside.iss with Inno Setup")
        else:
            tarball = make_tarball(bundle, version, args.dist)
            log(f"tarball {tarball} ({tarball.stat().st_size / 1e6:.1f} MB)")
    if args.self_test:
        code, line, elapsed = run_self_test(bundle)
        log(f"self-test exit {code} in {elapsed:.1f} s: {line}")
        if code != 0:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
