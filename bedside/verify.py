"""``bedside verify VAULT``: check every page's authentication code, the
SQLite structure, the audit hash chain, that every record version is
covered by an audit entry carrying its content hash, and that every other
table that can change a decision (users and roles, key slots, merges,
stored files, the workstation's identity) agrees with the trail
(:mod:`bedside.integrity`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from . import entry_rules
from . import integrity as tables
from . import seal
from .admission import EntryRefused, admit
from .audit import ChainReport, verify_rows
from .identity.directory import STAFF_TYPE, Directory, state_from_entry
from .canonical import sha256_hex
from .crypto.keyslots import RECOVERY_USER
from .errors import BedsideError, VaultInUse, WrongPassword
from .header import DB_NAME, Header
from .roles import Role
from .settings import SETTING_TYPE
from .storage.engine import classify_database_error, keyed_connection
from .sync.wire import ENTRY_FIELDS
from .vault import Vault


EXIT_OK, EXIT_BROKEN, EXIT_IN_USE = 0, 1, 3


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    line: str
    in_use: bool = False    # another program held the database: nothing was judged

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.ok else EXIT_IN_USE if self.in_use else EXIT_BROKEN


def _failure(exc: BedsideError) -> VerifyResult:
    if isinstance(exc, VaultInUse):
        return VerifyResult(False, f"in use: {exc}", in_use=True)
    return VerifyResult(False, f"broken: {exc}")


def unlock_key(folder: Path, *, username: str | None = None, password: str | None = None,
               recovery_code: str | None = None) -> bytearray:
    vault = Vault.open(folder)
    if recovery_code:
        return vault.unlock_with_recovery(recovery_code)
    slot = vault.header.slot_for_lookup(vault.lookup(username or ""))
    if slot is None or slot.user_id == RECOVERY_USER:
        raise WrongPassword()
    return vault._guarded_unwrap(slot, password or "")


def verify_database(db_path: Path, key: bytes | bytearray,
                    header: Header | None = None) -> VerifyResult:
    try:
        conn = keyed_connection(db_path, key)
    except BedsideError as exc:
        return _failure(exc)
    try:
        bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad_pages:
            return VerifyResult(False, f"broken: page check: {bad_pages[0][0]}")
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            return VerifyResult(False, f"broken: database structure: {integrity}")
        report = _check_chain(conn)
        if not report.ok:
            return VerifyResult(False, report.line())
        checks = [_check_records, tables.check_merges, tables.check_blobs,
                  _check_authorship]
        if header is not None:
            checks += [lambda c: tables.check_meta(c, header)]
        for check in checks:
            problem = check(conn)
            if problem:
                return VerifyResult(False, f"broken: {problem}")
        if header is not None:
            problem = _check_seal(conn, db_path.parent, key, header) or _past_notice(conn)
            if problem:
                return VerifyResult(False, f"broken: {problem}")
        return VerifyResult(True, report.line())
    except sqlcipher3.DatabaseError as exc:
        return _failure(classify_database_error(db_path, exc))
    finally:
        conn.close()


def _check_chain(conn) -> ChainReport:
    cur = conn.execute("SELECT * FROM audit ORDER BY seq")
    cols = [c[0] for c in cur.description]
    rows = (dict(zip(cols, r)) for r in cur)
    seq_row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name='audit'").fetchone()
    return verify_rows(rows, expected_count=seq_row[0] if seq_row else None)


def _admission_problem(conn) -> str | None:
    """Every stored version must pass the admission door (bedside/entry_rules.py):
    a row written around the core (a file edited with the key) is named."""
    cur = conn.execute("SELECT * FROM records ORDER BY rowid")
    cols = [c[0] for c in cur.description]
    for values in cur:
        row = dict(zip(cols, values))
        try:
            entry = {k: row.get(k) for k in ENTRY_FIELDS}
            entry["content"] = json.loads(row["content"])
        except (ValueError, RecursionError):
            return f"record version {row['id']} content is not JSON"
        reason = entry_rules.reason_of(entry)
        if reason is not None:
            return f"record version {row['id']} breaks the record rules: {reason}"
    return None


def _check_records(conn) -> str | None:
    covered = {}
    for entry_id, details in conn.execute(
            "SELECT entry_id, details FROM audit WHERE entry_id IS NOT NULL"):
        covered[entry_id] = json.loads(details).get("content_hash")
    for entry_id, content, stored_hash in conn.execute(
            "SELECT id, content, content_hash FROM records ORDER BY rowid"):
        actual = sha256_hex(content)
        if actual != stored_hash:
            return f"record version {entry_id} content does not match its hash"
        if entry_id not in covered:
            return f"record version {entry_id} has no audit entry"
        if covered[entry_id] != actual:
            return f"record version {entry_id} differs from what was audited"
    for entry_id, role in conn.execute(
            "SELECT r.id, u.role FROM records r JOIN users u ON u.id = r.author_id "
            "WHERE r.record_type = ? AND u.role != ?", (SETTING_TYPE, Role.ADMINISTRATOR.value)):
        return f"settings change {entry_id} was written by a {role}, not an administrator"
    return _admission_problem(conn)


def _check_seal(conn, folder: Path, key, header: Header) -> str | None:
    """The database against its seal: not behind, not rewritten, the
    failure count not reset (a vault from before seals has none yet)."""
    sealed = conn.execute("SELECT value FROM meta WHERE key = 'sealed'").fetchone()
    if sealed is None and not (folder / seal.SEAL_NAME).exists():
        return None
    head = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()

    def hash_at(seq: int):
        row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
        return row[0] if row else None

    found = seal.problems(folder, seal.subkey(key, header.vault_id),
                          tuple(head) if head else None, hash_at, header.failures_total)
    return found[0].message if found else None


def _past_notice(conn) -> str | None:
    """A rollback or reset noticed at an earlier sign-in stays reported."""
    row = conn.execute("SELECT ts_utc, details FROM audit WHERE action = 'integrity_notice' "
                       "ORDER BY seq LIMIT 1").fetchone()
    if row is None:
        return None
    for notice in json.loads(row[1]).get("notices", []):
        kind = seal.NOTICES.get(notice.get("code"))
        if kind is not None:
            return f"{kind(**notice.get('params', {})).message} (noticed at sign-in {row[0]})"
    return f"an integrity problem was noticed at sign-in {row[0]}"


def _check_authorship(conn) -> str | None:
    """Every record version through the admission door again, in clock
    order, against the directory as it stood: signed by its author's key,
    author active and allowed. Versions made before signing keys (rowid up
    to ``meta.legacy_rowid_max``, migration 0005) are checked by content
    hash and audit chain only."""
    row = conn.execute("SELECT value FROM meta WHERE key='legacy_rowid_max'").fetchone()
    cols = [c[1] for c in conn.execute("PRAGMA table_info(records)")]
    if "entry_sig" not in cols:      # a vault not yet upgraded: all made before signing keys
        return None
    legacy_max = int(row[0]) if row else 0
    merges: dict[str, list[str]] = {}
    for eid, sup in conn.execute("SELECT entry_id, supersedes FROM record_merges"):
        merges.setdefault(eid, []).append(sup)
    cur = conn.execute("SELECT rowid, * FROM records ORDER BY hlc")
    cols = [c[0] for c in cur.description]
    directory = Directory()
    contents: dict[str, dict] = {}
    for values in cur:
        r = dict(zip(cols, values))
        entry = {k: r[k] for k in cols if k != "rowid"}
        entry["content"] = json.loads(entry["content"])
        entry["supersedes"] = sorted(merges.get(entry["id"], []))
        contents[entry["id"]] = entry["content"]
        if not entry.get("entry_sig") and r["rowid"] <= legacy_max:
            if entry["record_type"] == STAFF_TYPE:
                directory.add(state_from_entry(entry))
            continue
        try:
            admit(entry, directory, contents.get)
        except EntryRefused as exc:
            return f"record version refused: {exc.message} (author {entry['author_id']})"
        if entry["record_type"] == STAFF_TYPE:
            directory.add(state_from_entry(entry))
    return None


def verify_vault(folder: Path, **credentials) -> VerifyResult:
    try:
        header = Header.load(Path(folder))
        key = unlock_key(Path(folder), **credentials)
    except BedsideError as exc:
        return VerifyResult(False, f"error: {exc}")
    return verify_database(Path(folder) / DB_NAME, key, header)
