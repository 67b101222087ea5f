"""``bedside export``: the data manager's export from the command line, with
the same roles, review and audit as the dialog (scriptable, and testable from
outside the app).

    bedside export [VAULT] --user NAME --out FOLDER [--format csv,odm,fhir,consort]
                   [--identified] [--strike WORD ...] [--reviewed]

The password is asked for (or read from BEDSIDE_PASSWORD). Exit codes:
0 written; 1 refused (wrong password, role, folder…); 2 usage;
3 free text needs review — the words are listed and nothing is written:
run again with ``--strike`` for the words to strike, and/or ``--reviewed``
once you have checked the rest.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from bedside.errors import BedsideError
from bedside.export.builder import FORMATS

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_REVIEW = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bedside export", description="Export the trial data of a vault.")
    p.add_argument("vault", nargs="?", type=Path, default=None, help="vault folder (default: this PC's vault)")
    p.add_argument("--user", required=True, help="your user name (the password is asked for)")
    p.add_argument("--out", required=True, type=Path, help="existing folder that receives the export")
    p.add_argument("--format", default=",".join(FORMATS),
                   help=f"comma-separated formats among {', '.join(FORMATS)} (default: all)")
    p.add_argument("--identified", action="store_true", help="names, hospital numbers, dates of birth "
                   "(administrator only; the folder name says IDENTIFIED)")
    p.add_argument("--strike", action="append", default=[], metavar="WORD",
                   help="also strike this word from free text (repeatable)")
    p.add_argument("--reviewed", action="store_true",
                   help="you have checked the words the review lists: release them as they are")
    return p


def main(argv: list[str]) -> int:
    try:
        a = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse already printed why
        return EXIT_USAGE if exc.code else EXIT_OK
    formats = [f.strip() for f in a.format.split(",") if f.strip()]
    from bedside.export.service import ExportNeedsReview, prepare_export, release_export
    from bedside.paths import default_vault_dir
    from bedside.vault import Vault

    password = os.environ.get("BEDSIDE_PASSWORD") or getpass.getpass("Password: ")
    try:
        session = Vault.open(a.vault or default_vault_dir()).login(a.user, password)
        prepared = prepare_export(session, formats, identified=a.identified, also_redact=a.strike)
        if prepared.review and not a.reviewed:
            print(f"{len(prepared.review)} words in free text may identify someone; nothing was written.",
                  file=sys.stderr)
            for q in prepared.review:
                print(f"  {q.token}\t({q.why})", file=sys.stderr)
            print("Strike them with --strike WORD, or add --reviewed once checked.", file=sys.stderr)
            return EXIT_REVIEW
        result = release_export(session, prepared, a.out, reviewed=True)
    except ExportNeedsReview as exc:  # pragma: no cover - handled above
        print(exc.message, file=sys.stderr)
        return EXIT_REVIEW
    except BedsideError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_REFUSED
    print(f"ok: {len(result.files)} files, {result.records} records, {result.subjects} subjects in {result.folder}")
    return EXIT_OK
