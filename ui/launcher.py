"""The ``bedside`` command. Non-GUI commands (``verify``, ``export``, ``--version``)
run without loading Qt; everything else starts the GUI."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("verify", "export"):  # bedside/cli.py: no Qt
        from bedside.cli import main as cli_main
        return cli_main(argv)
    if "--version" in argv or "-V" in argv:  # for IT staff and scripts: no window, no Qt
        print(version_line())
        return 0
    os.umask(0o077)  # every file this process creates is private
    if "--self-test" in argv:  # has its own options (--upgrade-check, --user): ui/self_test.py
        from ui.self_test import main as self_test
        return self_test(argv)
    p = argparse.ArgumentParser(prog="bedside", description="Bedside — TJT2012 ICU workstation.")
    p.add_argument("--demo", action="store_true",
                   help="open a throwaway vault with fictitious patients and users")
    p.add_argument("--vault", type=Path, help="vault folder (default: this PC's vault, "
                   "%%ProgramData%%\\Bedside\\vault or /var/lib/bedside/vault; or set BEDSIDE_HOME)")
    p.add_argument("--self-test", action="store_true",
                   help="headless installation check: exit 0 if this build works")
    p.add_argument("-V", "--version", action="store_true", help="print the version and exit")
    args = p.parse_args(argv)
    from ui.app import run
    return run(args.vault, demo=args.demo)


def version_line() -> str:
    """``bedside 0.1.0 (build 8f6b907, source)``: the version first, as every CLI tool."""
    from bedside import build_info

    info = build_info.current()
    return f"bedside {info.version} (build {info.short_commit}, {'frozen' if info.frozen else 'source'})"


if __name__ == "__main__":
    sys.exit(main())
