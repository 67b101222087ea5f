"""Benches never rot: every ``bench/*.py`` runs in ``--smoke`` mode (tiny
sizes, seconds) as its own process, exits 0 and ends with its figure line
(``... ratio R``).

The list is ``bench/*.py`` itself, so a bench added later is picked up
without touching this file; helpers that are not benches start with ``_``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHES = sorted(p for p in (ROOT / "bench").glob("*.py") if not p.name.startswith("_"))
RATIO = re.compile(r"\bratio\s+-?\d+(\.\d+)?\b")


def test_there_are_benches_to_run():
    assert len(BENCHES) >= 8, [p.name for p in BENCHES]


@pytest.mark.parametrize("bench", BENCHES, ids=[p.stem for p in BENCHES])
def test_bench_runs_in_smoke_mode(bench: Path, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", BEDSIDE_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, str(bench), "--smoke"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    tail = (proc.stdout + proc.stderr)[-3000:]
    assert proc.returncode == 0, f"{bench.name} --smoke exited {proc.returncode}:\n{tail}"
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert lines, f"{bench.name} printed nothing:\n{tail}"
    assert RATIO.search(lines[-1]), f"{bench.name}: last line has no 'ratio R': {lines[-1]!r}"
