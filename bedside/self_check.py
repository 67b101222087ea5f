"""The storage half of ``bedside --self-test`` (the UI half is ui/self_test.py).

Runs on a throw-away vault in a temporary folder with the real key
derivation, real SQLCipher and the real audit chain, so that hospital IT can
tell, right after installing, that this PC can run Bedside. Optionally checks
that a *copy* of an existing vault opens after migration (upgrade check).

Never touches a real vault, never writes patient data, no Qt.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from bedside.names import RecordType
from .crypto.kdf import KdfParams
from .header import DB_NAME
from .storage.engine import keyed_connection
from .storage.migrate import head_revision
from .vault import Vault
from .verify import verify_vault

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


class CheckFailed(Exception):
    """A self-test step failed; ``step`` names it, the message says why.

    Messages never contain clinical content: the only data involved is the
    synthetic self-test record."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(reason)
        self.step = step
        self.reason = reason


@dataclass
class CheckReport:
    steps: list[str] = field(default_factory=list)
    audit_entries: int = 0
    upgraded_from: str | None = None
    upgraded_to: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)


def _step(report: CheckReport, name: str, fn: Callable[[], object]):
    start = time.perf_counter()
    try:
        result = fn()
    except CheckFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - turned into a one-line reason, never a traceback
        raise CheckFailed(name, f"{type(exc).__name__}: {exc}") from exc
    report.seconds[name] = time.perf_counter() - start
    report.steps.append(name)
    return result


def check_fresh_vault(workdir: Path, report: CheckReport, kdf: KdfParams | None = None) -> None:
    """Create a vault, write an entry, close, reopen, read it back, verify."""
    folder = Path(workdir) / "selftest-vault"
    password = "Self-test " + secrets.token_urlsafe(18)
    content = {"check": "bedside self-test", "nonce": secrets.token_hex(16), "n": 42, "ratio": 1.5}

    def create():
        vault, _code = Vault.create(folder, site_name="Self-test", workstation_name="Self-test",
                                    admin_username="selftest", admin_display_name="Self-test",
                                    admin_password=password, kdf=kdf or KdfParams.default())
        return vault

    vault = _step(report, "create", create)
    try:
        session = _step(report, "login", lambda: vault.login("selftest", password))
        written = _step(report, "write", lambda: session.records.create(RecordType.SELF_TEST, content))
    finally:
        vault.lock()

    def read_back():
        again = Vault.open(folder)
        try:
            got = again.login("selftest", password).records.latest(written.record_id)
        finally:
            again.lock()
        if got.content != content:
            raise CheckFailed("read", "entry read back differs from the entry written")
        if got.content_hash != written.content_hash or got.id != written.id:
            raise CheckFailed("read", "entry read back has a different hash or id")

    _step(report, "read", read_back)

    def encrypted():
        with open(folder / DB_NAME, "rb") as fh:
            head = fh.read(len(SQLITE_PLAIN_HEADER))
        if head == SQLITE_PLAIN_HEADER:
            raise CheckFailed("encrypted", "the vault file is plain SQLite, not encrypted")
        if content["nonce"].encode() in (folder / DB_NAME).read_bytes():
            raise CheckFailed("encrypted", "the entry can be read in clear in the vault file")

    _step(report, "encrypted", encrypted)
    result = _step(report, "verify", lambda: verify_vault(folder, username="selftest", password=password))
    if not result.ok:
        raise CheckFailed("verify", result.line)
    report.audit_entries = _entries(result.line)


def _revision(folder: Path, key: bytes) -> str | None:
    """The schema revision of the vault database in ``folder``."""
    conn = keyed_connection(folder / DB_NAME, key)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def check_upgrade(source: Path, workdir: Path, username: str, password: str, report: CheckReport) -> None:
    """Open a *copy* of an existing vault with this build: migrate, verify the chain.

    The source folder is only read (checked by hashing it before and after)."""
    source = Path(source)
    if not (source / DB_NAME).is_file():
        raise CheckFailed("upgrade", f"no vault in {source}")
    before = _folder_digest(source)
    copy = Path(workdir) / "upgrade-copy"
    _step(report, "copy", lambda: shutil.copytree(source, copy))

    def revision_of(folder: Path) -> str | None:
        vault = Vault.open(folder)
        try:
            vault.login(username, password)
            key = bytes(vault._key)
        finally:
            vault.lock()
        return _revision(folder, key)

    def peek_revision() -> str | None:
        # Read the schema revision without migrating: a second copy, raw key.
        from .verify import unlock_key

        return _revision(copy, unlock_key(copy, username=username, password=password))

    report.upgraded_from = _step(report, "old-revision", peek_revision)
    report.upgraded_to = _step(report, "migrate", lambda: revision_of(copy))
    if report.upgraded_to != head_revision():
        raise CheckFailed("migrate", f"schema is {report.upgraded_to}, this build expects {head_revision()}")
    result = _step(report, "upgrade-verify", lambda: verify_vault(copy, username=username, password=password))
    if not result.ok:
        raise CheckFailed("upgrade-verify", result.line)
    if _folder_digest(source) != before:
        raise CheckFailed("upgrade", "the original vault changed during the check")


def run_checks(*, upgrade_source: Path | None = None, username: str | None = None,
               password: str | None = None, kdf: KdfParams | None = None) -> CheckReport:
    """All storage checks in a temporary folder that is removed afterwards."""
    report = CheckReport()
    check_time_zone()
    with tempfile.TemporaryDirectory(prefix="bedside-selftest-") as tmp:
        check_fresh_vault(Path(tmp), report, kdf)
        if upgrade_source is not None:
            check_upgrade(Path(upgrade_source), Path(tmp), username or "", password or "", report)
    return report


def check_time_zone() -> None:
    """The zone database is present (a bundle without tzdata cannot read the
    site's zone on Windows) and knows Liège's 2026 spring night."""
    from datetime import date, time as wall
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from . import localtime
    try:
        zone = ZoneInfo(localtime.DEFAULT_ZONE)
    except ZoneInfoNotFoundError as exc:
        raise CheckFailed("time zone", f"zone database missing: {exc}") from None
    if not localtime.resolve(date(2026, 3, 29), wall(2, 30), zone).missing:
        raise CheckFailed("time zone", "zone database does not know the 2026 daylight-saving change")


def _entries(line: str) -> int:
    digits = "".join(ch if ch.isdigit() else " " for ch in line).split()
    return int(digits[0]) if digits else 0


def _folder_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            digest.update(os.fsencode(path.relative_to(folder)))
            digest.update(path.read_bytes())
    return digest.hexdigest()


__all__ = ["CheckFailed", "CheckReport", "run_checks", "check_fresh_vault", "check_upgrade", "check_time_zone",
           "head_revision"]
