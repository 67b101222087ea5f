"""Start-up time: process start -> login window shown and usable.

Measures, interleaved in the same run (median of --runs rounds after one
warm-up round):

* import:   ``python -c "import PySide6.QtWidgets"`` (the floor any Qt app pays),
* bare:     ``python bench/_bare_login.py``: a bare PySide6 window (two fields,
            a button) that opens the same vault's SQLCipher file and header,
            ready by the same probe as the app. This is the baseline (issue 12:
            the app's login must be usable within 2× of it),
* source:   ``python -c "from ui.launcher import main; main()"`` from this checkout,
* frozen:   the one-folder bundle ``dist/bedside/bedside`` (built first with
            --build, or pointed at with --bundle),
* bare frozen: bench/_bare_login.py frozen by PyInstaller (``--bare-bundle``:
            built into build/bare-login/ if missing), the frozen floor,

plus the bundle's size on disk (``du -sb``). The app processes run offscreen
with ``BEDSIDE_STARTUP_PROBE=1`` (ui/startup_probe.py): they print
``BEDSIDE_READY`` once the first window is exposed and the event loop is idle,
then quit. Each starts on an existing throw-away vault, so it shows the login
window (not the first-run wizard).

    python bench/startup.py [--runs 5] [--bundle dist/bedside | --build] [--smoke]

Last line: ``startup frozen X s ... ratio R`` where R = frozen / bare frozen
(or frozen / bare source without ``--bare-bundle``). ``--smoke`` (the suite
runs it): one round, and without a built bundle it measures the source
install only (``startup source X s ... ratio R``, R = source / bare source).

Source runs may write .pyc files (``PYTHONDONTWRITEBYTECODE`` is dropped for
them): an installed package has its bytecode compiled, and the warm-up round
writes it here, so no round pays for compiling the sources.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, closing_line, parser

from build_scripts import bundle_config as cfg

TIMEOUT = 90.0
MARKER = b"BEDSIDE_READY"
BARE_SCRIPT = ROOT / "bench" / "_bare_login.py"
BARE_BUNDLE = ROOT / "build" / "bare-login" / "dist" / "bare_login"


def prepare_home(home: Path) -> None:
    """A vault with an admin where the launcher looks for it ($BEDSIDE_HOME/vault)."""
    from bedside.crypto.kdf import KdfParams
    from bedside.vault import Vault

    vault, _code = Vault.create(home / "vault", site_name="Bench", workstation_name="BENCH-PC",
                                admin_username="admin", admin_display_name="Bench Admin",
                                admin_password="correct horse 1", kdf=KdfParams.for_tests())
    vault.lock()


def build_bare_bundle(bundle: Path = BARE_BUNDLE) -> Path:
    """Freeze bench/_bare_login.py (one folder, like the app) unless it is built."""
    exe = bundle / ("bare_login" + (".exe" if sys.platform == "win32" else ""))
    if exe.is_file():
        return exe
    work = bundle.parent.parent / "work"
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "WARN",
                    "--name", "bare_login", "--paths", str(ROOT), "--distpath", str(bundle.parent),
                    "--workpath", str(work), "--specpath", str(work), "--hidden-import", "sqlcipher3",
                    *[arg for m in cfg.STDLIB_EXCLUDES for arg in ("--exclude-module", m)],
                    str(BARE_SCRIPT)], check=True, cwd=ROOT)
    return exe


def time_exit(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, timeout=TIMEOUT)
    return time.perf_counter() - start


def time_ready(command: list[str], env: dict) -> float:
    """Seconds from spawning ``command`` to its BEDSIDE_READY line."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdout is not None
        while True:
            line = proc.stdout.readline()
            if not line:
                err = proc.stderr.read().decode(errors="replace")[-2000:] if proc.stderr else ""
                raise RuntimeError(f"{command[0]} exited without {MARKER.decode()} "
                                   f"(does ui.launcher call ui.startup_probe.arm(app)?)\n{err}")
            if line.startswith(MARKER):
                elapsed = time.perf_counter() - start
                shown = line.split()[-1].decode()
                if "mainWindow" not in shown.split(","):
                    raise RuntimeError(f"{command[0]} showed {shown}, not the login (main) window")
                break
            if time.perf_counter() - start > TIMEOUT:
                raise RuntimeError(f"{command[0]}: no {MARKER.decode()} within {TIMEOUT} s")
        proc.wait(timeout=TIMEOUT)
        return elapsed
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    ap = parser(__doc__, smoke_help="one round; source install only when no bundle is built (seconds)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bundle", type=Path, default=ROOT / "dist" / "bedside")
    ap.add_argument("--build", action="store_true", help="build the bundle first (build_scripts/build.py)")
    ap.add_argument("--bare-bundle", action="store_true",
                    help="also time bench/_bare_login.py frozen (built into build/bare-login/ if missing)")
    args = ap.parse_args(argv)
    if args.smoke:
        args.runs = 1

    if args.build:
        subprocess.run([sys.executable, str(ROOT / "build_scripts" / "build.py"), "--dist",
                        str(args.bundle.parent)], check=True)
    exe = args.bundle / (cfg.EXE_NAME + (".exe" if sys.platform == "win32" else ""))
    frozen = exe.is_file()
    if not frozen and not args.smoke:
        print(f"no bundle at {args.bundle}: run with --build or build_scripts/build.py", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="bedside-bench-") as tmp:
        home = Path(tmp)
        prepare_home(home)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BEDSIDE_HOME=str(home), BEDSIDE_STARTUP_PROBE="1")
        env.pop("PYTHONPATH", None)
        source_env = dict(env, PYTHONPATH=str(ROOT))
        source_env.pop("PYTHONDONTWRITEBYTECODE", None)   # an install has its .pyc (see above)
        commands = {
            "import": lambda: time_exit([sys.executable, "-c", "import PySide6.QtWidgets"], env),
            "bare": lambda: time_ready([sys.executable, str(BARE_SCRIPT)], source_env),
            "source": lambda: time_ready([sys.executable, "-c",
                                          "import sys; sys.argv = ['bedside']; from ui.launcher import main; sys.exit(main())"],
                                         source_env),
        }
        if frozen and args.bare_bundle:
            bare_exe = build_bare_bundle()
            commands["bare_frozen"] = lambda: time_ready([str(bare_exe)], env)
        if frozen:
            commands["frozen"] = lambda: time_ready([str(exe)], env)
        samples: dict[str, list[float]] = {k: [] for k in commands}
        for round_no in range(args.runs + 1):  # round 0 warms the file cache, not counted
            for name, run in commands.items():
                value = run()
                if round_no:
                    samples[name].append(value)

    med = {k: statistics.median(v) for k, v in samples.items()}
    size = cfg.tree_size(args.bundle) if frozen else 0
    print(f"{'what':<50} {'median s':>9} {'min s':>7} {'max s':>7}")
    labels = {"import": 'python -c "import PySide6.QtWidgets"',
              "bare": "bare window + SQLCipher open (source)",
              "source": "source install: start -> login window usable",
              "bare_frozen": "bare window + SQLCipher open (frozen)",
              "frozen": "frozen bundle: start -> login window usable"}
    for name, values in samples.items():
        print(f"{labels[name]:<50} {med[name]:>9.3f} {min(values):>7.3f} {max(values):>7.3f}")
    print(f"runs: {args.runs} (+1 warm-up), {sys.platform}, Python {sys.version.split()[0]}")
    print(f"source / bare source: {med['source'] / med['bare']:.2f}")
    if not frozen:
        return closing_line(f"startup source {med['source']:.3f} s, bare window + SQLCipher baseline "
                            f"{med['bare']:.3f} s, import PySide6 {med['import']:.3f} s (no bundle at {args.bundle})",
                            med['source'] / med['bare'], digits=2)
    floor = med.get("bare_frozen", med["bare"])
    floor_name = "bare frozen" if "bare_frozen" in med else "bare source"
    print(f"bundle size on disk: {size} bytes ({size / 1e6:.1f} MB) at {args.bundle}")
    return closing_line(f"startup frozen {med['frozen']:.3f} s, source {med['source']:.3f} s, "
                        f"{floor_name} baseline {floor:.3f} s, import PySide6 {med['import']:.3f} s, "
                        f"bundle {size / 1e6:.1f} MB", med['frozen'] / floor, digits=2)


if __name__ == "__main__":
    sys.exit(main())
