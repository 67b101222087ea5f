"""What every benchmark shares: the repository on the import path, the
command line (``--smoke``: tiny sizes, seconds, the suite runs it), timing a
call against its baseline, and the closing line (the figure, then
``ratio R``) that tests/test_bench_smoke.py checks.

A bench is run as a script (``python bench/NAME.py``), so its own folder is
on the import path: it starts with ``from _common import …``, which also
puts the repository there for ``bedside``, ``bedside_server`` and ``tests``."""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SMOKE_HELP = "tiny sizes, seconds: checks the bench still runs"


def parser(doc: str | None, smoke_help: str = SMOKE_HELP) -> argparse.ArgumentParser:
    """The bench's command line, described by its docstring, with ``--smoke``."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--smoke", action="store_true", help=smoke_help)
    return ap


def median_seconds(fn: Callable[[], object], n: int) -> float:
    """Median wall time of *n* calls of *fn*, after one warm-up call."""
    fn()
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def best_seconds(fn: Callable[[], object], repeat: int) -> float:
    """Fastest wall time of *repeat* calls of *fn*."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def closing_line(figure: str, ratio: float, digits: int = 1) -> int:
    """Print the bench's last line, ``<figure>, ratio R``; the exit status 0."""
    print(f"{figure}, ratio {ratio:.{digits}f}")
    return 0
