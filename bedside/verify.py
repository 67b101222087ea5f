"""``bedside verify VAULT``: check every page's authentication code, the
SQLite structure, the audit hash chain, that every record version is
covered by an audit entry carrying its content hash and passes the entry
rules (:mod:`bedside.entry_rules`, the list every door runs), that every
other table that can change a decision (users and roles, key slots, merges,
stored files, the workstation's identity) agrees with its authority
(:mod:`bedside.integrity`), the seal, and report what sync quarantined."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from bedside.names import RecordType
from . import entry_rules
from . import integrity as tables
from . import seal
from .audit import (INDEXED_THROUGH_SQL, VERSION_ACTIONS, ChainReport, in_record_index,
                    through_of, verify_rows)
from .identity import site_root
from .identity.directory import Directory, state_from_entry
from .canonical import sha256_hex
from .crypto.keyslots import RECOVERY_USER
from .errors import BedsideError, VaultInUse, WrongPassword
from .header import DB_NAME, Header
from .roles import Role
from .storage.engine import classify_database_error, keyed_connection
from .sync.wire import ENTRY_FIELDS
from .vault import Vault


EXIT_OK, EXIT_BROKEN, EXIT_IN_USE, EXIT_QUARANTINE = 0, 1, 3, 5


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    line: str
    in_use: bool = False    # another program held the database: nothing was judged
    # pulled entries kept aside (never applied): reason -> how many
    quarantined: dict[str, int] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """0 intact; 5 intact but pulled entries wait in quarantine for an
        administrator; 1 broken or refused; 3 in use."""
        if self.ok:
            return EXIT_QUARANTINE if self.quarantined else EXIT_OK
        return EXIT_IN_USE if self.in_use else EXIT_BROKEN

    @property
    def quarantine_line(self) -> str:
        """``quarantine: none`` or ``quarantine: N pulled entries kept aside
        (reason: n; …)``."""
        total = sum(self.quarantined.values())
        if not total:
            return "quarantine: none"
        reasons = "; ".join(f"{r}: {n}" for r, n in sorted(self.quarantined.items()))
        return (f"quarantine: {total} pulled {'entry' if total == 1 else 'entries'} "
                f"kept aside, never applied ({reasons})")


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
        directory = _pinned_directory(conn)   # anchored at the site root
        # merges, then the entry rules: a row written around the core is named by the rule
        # it breaks (before the audit coverage check, which would only say "not audited")
        checks = [tables.check_merges, lambda c: _check_entries(c, directory), _check_records,
                  tables.check_blobs,
                  lambda c: tables.check_users(c, directory)]
        if header is not None:
            checks += [lambda c: tables.check_meta(c, header),
                       lambda c: tables.check_slots(c, header, directory)]
        kept_aside = quarantined(conn)
        for check in checks:
            problem = check(conn)
            if problem:
                return VerifyResult(False, f"broken: {problem}", quarantined=kept_aside)
        if header is not None:
            problem = _check_seal(conn, db_path.parent, key, header) or _past_notice(conn)
            if problem:
                return VerifyResult(False, f"broken: {problem}", quarantined=kept_aside)
        return VerifyResult(True, report.line(), quarantined=kept_aside)
    except sqlcipher3.DatabaseError as exc:
        return _failure(classify_database_error(db_path, exc))
    finally:
        conn.close()


def _check_chain(conn) -> ChainReport:
    cur = conn.execute("SELECT * FROM audit ORDER BY seq")
    cols = [c[0] for c in cur.description]
    rows = (dict(zip(cols, r)) for r in cur)
    return verify_rows(rows, expected_count=_audit_mark(conn))


def _audit_mark(conn) -> int | None:
    """How many audit entries the trail is known to have had: the high-water
    mark of ``AUTOINCREMENT`` in a database from before migration 0010, or
    the mark that migration kept when entries had already been deleted from
    the end. (Since 0010 the seal says how far the trail reached: checked
    by ``_check_seal``.)"""
    marks = []
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        marks += [s for (s,) in conn.execute("SELECT seq FROM sqlite_sequence WHERE name='audit'")]
    marks += [int(v) for (v,) in conn.execute(
        "SELECT value FROM meta WHERE key = 'audit_mark'") if str(v).isdigit()]
    return max(marks) if marks else None


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
    problem = _check_audit_links(conn)
    if problem:
        return problem
    for entry_id, role in conn.execute(
            "SELECT r.id, u.role FROM records r JOIN users u ON u.id = r.author_id "
            "WHERE r.record_type = ? AND u.role != ?", (RecordType.SITE_SETTING, Role.ADMINISTRATOR.value)):
        return f"settings change {entry_id} was written by a {role}, not an administrator"
    return None


def _check_audit_links(conn) -> str | None:
    """A version written here names the audit entry that logs it, and every
    such entry after the upgrade to 0012 is named by its version: the
    record's trail (``audit.record_trail``) reads those entries through the
    versions, so an entry named by no version, or by the wrong one, would be
    missing from the history a person reads."""
    if "audit_seq" not in [c[1] for c in conn.execute("PRAGMA table_info(records)")]:
        return None                                     # a vault from before 0012
    actions = ", ".join("?" * len(VERSION_ACTIONS))
    for entry_id, seq in conn.execute(
            "SELECT r.id, r.audit_seq FROM records r LEFT JOIN audit a ON a.seq = r.audit_seq "
            "WHERE r.audit_seq IS NOT NULL AND (a.seq IS NULL OR a.entry_id IS NOT r.id "
            f"OR a.record_id IS NOT r.record_id OR a.action NOT IN ({actions}))",
            VERSION_ACTIONS):
        return f"record version {entry_id} names audit entry {seq}, which does not log it"
    through = through_of(conn.execute(INDEXED_THROUGH_SQL).fetchone())
    index = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_audit_record'").fetchone()
    if index is None or not str(index[0]).endswith(f"WHERE {in_record_index(through)}"):
        # the trail is read by that condition: another one reads the whole audit
        # table, and a raised point would spare entries the check below
        return "the audit trail's record index does not match its upgrade point"
    for (seq,) in conn.execute(
            f"SELECT a.seq FROM audit a WHERE a.action IN ({actions}) AND a.seq > ? "
            "AND NOT EXISTS (SELECT 1 FROM records r WHERE r.id = a.entry_id "
            "AND r.audit_seq = a.seq)", (*VERSION_ACTIONS, through)):
        return (f"audit entry {seq} is not named by the version it logs "
                "(the record's history would not show it)")
    return None


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


def quarantined(conn) -> dict[str, int]:
    """Pulled entries kept aside on this PC, counted by reason: the record
    rules' quarantine (``sync_quarantine``) and entries the identity checks
    refused (sync state ``quarantined``)."""
    tables_here = {n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    found: Counter[str] = Counter()
    if "sync_quarantine" in tables_here:
        for reason, n in conn.execute(
                "SELECT reason, count(*) FROM sync_quarantine GROUP BY reason"):
            found[str(reason)[:120]] += n
    if "sync_state" in tables_here:
        row = conn.execute("SELECT value FROM sync_state WHERE key = 'quarantined'").fetchone()
        try:
            refused = json.loads(row[0]) if row else {}
        except ValueError:
            refused = {"unreadable": "quarantine list unreadable"}
        if isinstance(refused, dict):
            found.update(str(r)[:120] for r in refused.values())
    return dict(found)


def _check_entries(conn, directory: Directory) -> str | None:
    """Every stored version through the entry rules again
    (bedside/entry_rules.py, the list every door runs), in clock order,
    against the staff directory as it stood: a row written around the core
    (a file edited with the key) is named with the rule it breaks.
    Versions made before signing keys (rowid up to
    ``meta.legacy_rowid_max``, migration 0005) pass the record rules only.
    *directory* is filled with every admitted staff version (the users and
    key-slot checks compare against it)."""
    row = conn.execute("SELECT value FROM meta WHERE key='legacy_rowid_max'").fetchone()
    cols = [c[1] for c in conn.execute("PRAGMA table_info(records)")]
    signed_schema = "entry_sig" in cols   # a vault not yet upgraded: all before signing keys
    legacy_max = int(row[0]) if row else 0
    merges: dict[str, list[str]] = {}
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                    "AND name = 'record_merges'").fetchone() is not None:   # schema 0003 on
        for eid, sup in conn.execute("SELECT entry_id, supersedes FROM record_merges"):
            merges.setdefault(eid, []).append(sup)
    cur = conn.execute("SELECT rowid, * FROM records ORDER BY hlc")
    cols = [c[0] for c in cur.description]
    contents: dict[str, dict] = {}
    ctx = entry_rules.Context(directory, contents.get)
    for values in cur:
        r = dict(zip(cols, values))
        entry = {k: r.get(k) for k in (*ENTRY_FIELDS, "author_key_id", "entry_sig")}
        try:
            entry["content"] = json.loads(r["content"])
        except (ValueError, RecursionError, TypeError):
            return f"record version {r['id']} content is not JSON"
        if merges.get(r["id"]):
            entry["supersedes"] = sorted(merges[r["id"]])
        ctx.legacy = not signed_schema or (not r.get("entry_sig") and r["rowid"] <= legacy_max)
        try:
            entry_rules.admit(entry, ctx)
        except entry_rules.EntryRefused as exc:
            account = conn.execute("SELECT role FROM users WHERE id = ?",
                                   (r["author_id"],)).fetchone()
            return (f"record version {r['id']} breaks the entry rules "
                    f"({exc.rule}/{exc.reason}): {exc.message} (author {r['author_id']}, "
                    f"{account[0] if account else 'no account here'})")
        contents[r["id"]] = entry["content"]
        if entry["record_type"] == RecordType.STAFF:
            directory.add(state_from_entry(entry))
    return None


def _pinned_directory(conn) -> Directory:
    """An empty directory anchored as this vault is: its pinned site root
    and vouched enrolments, or -- a vault not signed in since the root was
    introduced -- what it would adopt at its next sign-in. A vault of a
    schema from before signing keys has neither: an unanchored directory."""
    tables_here = {n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" not in tables_here or "author_key_id" not in {
            c[1] for c in conn.execute("PRAGMA table_info(records)")}:
        return Directory()
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)",
                             (site_root.ROOT_META, site_root.VOUCHED_META)))
    if site_root.ROOT_META in meta:
        return Directory(root=meta[site_root.ROOT_META],
                         vouched=frozenset(json.loads(meta.get(site_root.VOUCHED_META) or "[]")))
    cur = conn.execute("SELECT id, record_type, version, record_id, author_id, author_key_id, "
                       "content FROM records WHERE record_type = 'staff' AND version = 1 "
                       "ORDER BY rowid")
    held = ({"id": r[0], "record_type": r[1], "version": r[2], "record_id": r[3],
             "author_id": r[4], "author_key_id": r[5], "content": json.loads(r[6])}
            for r in cur)
    root, vouched = site_root.legacy_anchor(held)
    return Directory(root=root, vouched=vouched)


def verify_vault(folder: Path, **credentials) -> VerifyResult:
    try:
        header = Header.load(Path(folder))
        key = unlock_key(Path(folder), **credentials)
    except BedsideError as exc:
        return VerifyResult(False, f"error: {exc}")
    return verify_database(Path(folder) / DB_NAME, key, header)
