"""Command-line tools that need no Qt: ``bedside verify VAULT`` (first line
the verdict, second line the quarantine; exit codes in its --help),
``bedside export`` (bedside/export/cli.py)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from .instance import in_use
from .paths import default_vault_dir
from .verify import verify_vault


def verify_main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="bedside verify",
                                description="Check a vault's pages and audit chain.",
                                epilog="exit status: 0 ok, 1 broken or refused, 3 vault in use "
                                "by another program (try again), 5 intact but pulled entries "
                                "are kept aside in quarantine (second line: how many, why)")
    p.add_argument("vault", nargs="?", type=Path, default=None,
                   help="vault folder (default: this PC's vault)")
    p.add_argument("--user", help="user name (asks for the password)")
    p.add_argument("--recovery", action="store_true", help="use the recovery code instead")
    a = p.parse_args(argv)
    folder = a.vault or default_vault_dir()
    if in_use(folder):
        print("Bedside is open on this vault on this computer; close it, then run verify again.",
              file=sys.stderr)
        return 3
    if a.recovery:
        secret = os.environ.get("BEDSIDE_RECOVERY_CODE") or getpass.getpass("Recovery code: ")
        result = verify_vault(folder, recovery_code=secret)
    else:
        user = a.user or input("User name: ")
        secret = os.environ.get("BEDSIDE_PASSWORD") or getpass.getpass("Password: ")
        result = verify_vault(folder, username=user, password=secret)
    print(result.line)
    if not result.in_use:
        print(result.quarantine_line)
    return result.exit_code


def export_main(argv: list[str]) -> int:
    from .export.cli import main as export_cli
    return export_cli(argv)


COMMANDS = {"verify": verify_main, "export": export_main}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS:
        print("usage: bedside verify [VAULT] [--user NAME | --recovery]\n"
              "       bedside export [VAULT] --user NAME --out FOLDER [--format csv,odm,fhir,consort] "
              "[--identified] [--strike WORD] [--reviewed]")
        return 2
    return COMMANDS[argv[0]](argv[1:])
