"""The order the suite runs in, so both xdist workers stay busy to the end.

With ``--dist worksteal`` a worker that runs out of tests takes the not yet
started ones from the end of the other worker's queue; what it cannot take
is a test already running. A minute-long test collected last ran alone on
one core at the end while the other core idled (measured, issue 12: the
suite's tail). So the modules holding the suite's longest single tests run
first, each module kept whole (its module-scoped fixtures are built once),
longest first; every other module follows in collection order.

The list is measured, not guessed (``--durations`` / ``--junitxml`` of a full
run, docs/BENCHMARKS.md "Where the suite's time goes"). A module missing
from it, or listed and gone, only changes the order, never what runs."""

from __future__ import annotations

# Longest single test first (idle 2-core machine, after the issue-12 cuts).
HEAVY_FIRST = (
    "tests/sync/test_sync_faults.py",
    "tests/server/test_server_cli.py",
    "tests/test_shift_soak.py",
    "tests/test_bench_smoke.py",
    "tests/i18n_exports/test_export_vault.py",
    "tests/i18n_exports/test_export_formats.py",
    "tests/sync/test_replacing_a_pc.py",
    "tests/server/test_replicas.py",
    "tests/test_vault_in_use.py",
    "tests/consent/test_forms.py",
    "tests/test_journey.py",
    "tests/sync/test_sync_statemachine.py",
    "tests/test_crash_durability.py",
    "tests/i18n_exports/test_export_cli.py",
    "tests/infusion/test_store.py",
    "tests/test_rogue_device.py",
    "tests/server/test_server_garbage.py",
    "tests/followup/test_demo.py",
    "tests/sync/test_numbering.py",
)


def heavy_first(items: list, rootdir) -> list:
    """*items* reordered: the HEAVY_FIRST modules' tests first (in that
    order, each module's own order kept), then the rest as collected."""
    rank = {path: i for i, path in enumerate(HEAVY_FIRST)}
    last = len(HEAVY_FIRST)

    def key(pair):
        index, item = pair
        path = item.path.relative_to(rootdir).as_posix() if item.path.is_relative_to(rootdir) else ""
        return rank.get(path, last), index
    return [item for _i, item in sorted(enumerate(items), key=key)]
