"""Start-up time: process start -> login window shown and usable.

Measures, interleaved in the same run (median of --runs rounds after one
warm-up round):

* baseline: ``python -c "import PySide6.QtWidgets"`` (the floor any Qt app pays),
* source:   ``python -c "from ui.launcher import main; main()"`` from this checkout,
* frozen:   the one-folder bundle ``dist/bedside/bedside`` (built first with
            --build, or pointed at with --bundle),

plus the bundle's size on disk (``du -sb``). The app processes run offscreen
with ``BEDSIDE_STARTUP_PROBE=1`` (ui/startup_probe.py): they print
``BEDSIDE_READY`` once the first window is exposed and the event loop is idle,
then quit. Each starts on an existing throw-away vault, so it shows the login
window (not the first-run wizard).

    python bench/startup.py [--runs 5] [--bundle dist/bedside | --build] [--smoke]

Last line: ``startup frozen X s ... ratio R`` where R = frozen / baseline.
``--smoke`` (the suite runs it): one round, and without a built bundle it
measures the source install only (``startup source X s ... ratio R``, R =
source / baseline).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from build_scripts import bundle_config as cfg  # noqa: E402

TIMEOUT = 90.0
MARKER = b"BEDSIDE_READY"


def prepare_home(home: Path) -> None:
    """A vault with an admin where the launcher looks for it ($BEDSIDE_HOME/vault)."""
    from bedside.crypto.kdf import KdfParams
    from bedside.vault import Vault

    vault, _code = Vault.create(home / "vault", site_name="Bench", workstation_name="BENCH-PC",
                                admin_username="admin", admin_display_name="Bench Admin",
                                admin_password="correct horse 1", kdf=KdfParams.for_tests())
    vault.lock()


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
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "bedside")
    parser.add_argument("--build", action="store_true", help="build the bundle first (build_scripts/build.py)")
    parser.add_argument("--smoke", action="store_true",
                        help="one round; source install only when no bundle is built (seconds)")
    args = parser.parse_args(argv)
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
        commands = {
            "baseline": lambda: time_exit([sys.executable, "-c", "import PySide6.QtWidgets"], env),
            "source": lambda: time_ready([sys.executable, "-c",
                                          "import sys; sys.argv = ['bedside']; from ui.launcher import main; sys.exit(main())"],
                                         source_env),
        }
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
    labels = {"baseline": 'python -c "import PySide6.QtWidgets"',
              "source": "source install: start -> login window usable",
              "frozen": "frozen bundle: start -> login window usable"}
    for name, values in samples.items():
        print(f"{labels[name]:<50} {med[name]:>9.3f} {min(values):>7.3f} {max(values):>7.3f}")
    print(f"runs: {args.runs} (+1 warm-up), {sys.platform}, Python {sys.version.split()[0]}")
    if not frozen:
        print(f"startup source {med['source']:.3f} s, import-PySide6 baseline {med['baseline']:.3f} s "
              f"(no bundle at {args.bundle}); ratio {med['source'] / med['baseline']:.2f}")
        return 0
    print(f"bundle size on disk: {size} bytes ({size / 1e6:.1f} MB) at {args.bundle}")
    print(f"startup frozen {med['frozen']:.3f} s, source {med['source']:.3f} s, "
          f"import-PySide6 baseline {med['baseline']:.3f} s, bundle {size / 1e6:.1f} MB; "
          f"ratio {med['frozen'] / med['baseline']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
