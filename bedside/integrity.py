"""What the audit trail says the mutable and side tables must hold.

The hash-chained audit trail is the authority. ``users``, ``record_merges``,
``blobs``, ``meta`` and the header's key slots can be edited by someone with
the data key without touching a record; each is replayed from the trail and
compared here; accounts and person key slots are compared with the signed
staff directory, their authority since personal keys. ``bedside verify``
runs every check; the session runs the user check at every action, so an
edited role is refused, not obeyed."""

from __future__ import annotations

import json
from typing import Iterable

from .canonical import sha256_hex
from .crypto.keyslots import RECOVERY_USER
from .errors import VaultTampered

USER_FIELDS = ("username", "role", "active")


def _details(raw) -> dict:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def creator_state(first_entry) -> tuple[str, dict] | None:
    """The vault's creator from audit entry 1 (``vault_create``, its actor):
    an administrator from the start. Vaults of the first release have no
    ``user_create`` entry for this account."""
    if first_entry is None or first_entry[0] != "vault_create" or not first_entry[1]:
        return None
    return first_entry[1], {"username": first_entry[2], "role": "administrator", "active": 1}


def replay_user(events: Iterable[tuple[str, object]], start: dict | None = None) -> dict | None:
    """One account's audited (username, role, active) from its audit rows
    ``(action, details)`` in trail order; None if it was never created.
    *start* is the creator's state when the account made the vault."""
    state: dict | None = dict(start) if start else None
    for action, raw in events:
        d = _details(raw)
        if action == "user_create":
            state = {"username": d.get("username"), "role": d.get("role"), "active": 1}
        elif state is not None and isinstance(d.get("changes"), dict):
            for field, change in d["changes"].items():
                if field in USER_FIELDS and isinstance(change, list) and len(change) == 2:
                    state[field] = change[1]
    return state


def user_problem(row_fields: dict, audited: dict | None) -> str | None:
    name = row_fields.get("username")
    if audited is None:
        return f"user account {name} has no audit entry (added outside Bedside)"
    for field in USER_FIELDS:
        have = int(bool(row_fields[field])) if field == "active" else row_fields[field]
        want = int(bool(audited[field])) if field == "active" else audited[field]
        if have != want:
            return (f"user account {name}: {field} is {have!r} but the audit trail "
                    f"says {want!r}")
    return None


def check_user_row(orm, row, directory=None) -> None:
    """Refuse to act on an account whose row differs from its authority
    (e.g. a role raised nurse → investigator with the key and raw SQL):
    the signed staff directory for an enrolled person, else the audit
    trail (an account from before personal keys)."""
    from sqlalchemy import select, text

    from . import audit
    from .storage.schema import AuditRow
    person = directory.current(row.id) if directory is not None else None
    if person is not None:
        if row.role != person.role.value or int(bool(row.active)) != int(person.active):
            raise VaultTampered(detail="a user account differs from the staff directory")
        return
    # an account's entries are all in the record index: its condition, stated,
    # lets SQLite read that partial index (migration 0012)
    in_index = text(audit.in_record_index(audit.indexed_through(orm)))
    events = orm.execute(select(AuditRow.action, AuditRow.details)
                         .where(AuditRow.record_id == row.id, AuditRow.record_type == "user",
                                in_index)
                         .order_by(AuditRow.seq)).all()
    first = orm.execute(select(AuditRow.action, AuditRow.user_id, AuditRow.username)
                        .where(AuditRow.seq == 1)).first()
    creator = creator_state(first)
    start = creator[1] if creator and creator[0] == row.id else None
    fields = {f: getattr(row, f) for f in USER_FIELDS}
    if user_problem(fields, replay_user(events, start)):
        raise VaultTampered(detail="a user account differs from the audit trail")


# -- whole-vault checks on a raw keyed connection (bedside verify) -------------
def audited_users(conn) -> dict[str, dict]:
    """Every account the trail created, with its audited state."""
    events: dict[str, list] = {}
    for record_id, action, details in conn.execute(
            "SELECT record_id, action, details FROM audit WHERE record_type = 'user' "
            "ORDER BY seq"):
        events.setdefault(record_id, []).append((action, details))
    creator = creator_state(conn.execute(
        "SELECT action, user_id, username FROM audit WHERE seq = 1").fetchone())
    if creator:
        events.setdefault(creator[0], [])
    out = {}
    for uid, evs in events.items():
        state = replay_user(evs, creator[1] if creator and creator[0] == uid else None)
        if state is not None:
            out[uid] = state
    return out


def check_users(conn, directory=None) -> str | None:
    """Every account row against its authority: the signed staff directory
    (*directory*, as ``bedside verify`` rebuilt it from admitted staff
    versions) for a person enrolled there, else the audit trail (an account
    from before personal keys, not yet upgraded). A row neither knows was
    added outside Bedside."""
    audited = audited_users(conn)
    for uid, username, role, active in conn.execute(
            "SELECT id, username, role, active FROM users ORDER BY username"):
        person = directory.current(uid) if directory is not None else None
        if person is not None:
            for name, have, want in (("role", role, person.role.value),
                                     ("active", int(bool(active)), int(person.active))):
                if have != want:
                    return (f"user account {username}: {name} is {have!r} but the signed "
                            f"staff directory says {want!r}")
            audited.pop(uid, None)
            continue
        problem = user_problem({"username": username, "role": role, "active": active},
                               audited.pop(uid, None))
        if problem:
            return problem
    for uid, state in audited.items():
        if directory is None or directory.current(uid) is None:
            return f"user account {state['username']} is missing from the users table"
    return None


def audited_active_users(conn) -> set[str]:
    return {uid for uid, state in audited_users(conn).items() if state["active"]}


def check_slots(conn, header, directory=None) -> str | None:
    """Every key slot opens the vault, so each must belong to someone who
    may: a person slot to an active person of the signed staff directory,
    sealed to their current key; a slot from before personal keys to an
    active account of the audit trail not yet in the directory; at most one
    recovery slot. A slot added for someone else is named."""
    from .identity.slots import PersonSlot
    legacy_active = audited_active_users(conn)
    for slot in header.slots:
        if slot.user_id == RECOVERY_USER:
            continue
        person = directory.current(slot.user_id) if directory is not None else None
        if isinstance(slot, PersonSlot):
            if person is None or not person.active:
                return "a key slot belongs to no active person of the staff directory"
            if slot.credential.key_id != person.credential.key_id:
                return "a key slot is sealed to a key its person no longer holds"
        elif person is not None or slot.user_id not in legacy_active:
            return "a key slot belongs to no active account in the audit trail"
    if sum(1 for s in header.slots if s.user_id == RECOVERY_USER) > 1:
        return "more than one recovery key slot"
    return None


def check_merges(conn) -> str | None:
    """A merge row hides a head: each must be one the trail recorded, made
    by a later version of the same record."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                    "AND name = 'record_merges'").fetchone() is None:
        return None                    # schema before 0003: no merges can exist
    audited: set[tuple[str, str]] = set()
    for entry_id, details in conn.execute(
            "SELECT entry_id, details FROM audit WHERE entry_id IS NOT NULL"):
        d = _details(details)
        for key in ("other_heads", "supersedes"):
            if isinstance(d.get(key), list):
                audited.update((entry_id, x) for x in d[key] if isinstance(x, str))
    for entry_id, superseded, same_record, later in conn.execute(
            "SELECT m.entry_id, m.supersedes, a.record_id = b.record_id, "
            "a.version > b.version FROM record_merges m "
            "LEFT JOIN records a ON a.id = m.entry_id LEFT JOIN records b ON b.id = m.supersedes"):
        if (entry_id, superseded) not in audited:
            return f"record version {superseded} is hidden by a merge with no audit entry"
        if not (same_record and later):
            return f"record version {superseded} is hidden by a version of another record"
    return None


def check_blobs(conn) -> str | None:
    audited: set[str] = set()
    for action, details in conn.execute(
            "SELECT action, details FROM audit WHERE action IN ('blob', 'sync_received')"):
        d = _details(details)
        if isinstance(d.get("sha256"), str):
            audited.add(d["sha256"])
        if isinstance(d.get("blobs"), list):
            audited.update(x for x in d["blobs"] if isinstance(x, str))
    for sha, data in conn.execute("SELECT sha256, data FROM blobs ORDER BY sha256"):
        if sha256_hex(bytes(data)) != sha:
            return f"stored file {sha[:12]}… does not match its SHA-256 (bytes replaced)"
        if sha not in audited:
            return f"stored file {sha[:12]}… has no audit entry"
    return None


def check_meta(conn, header) -> str | None:
    """The workstation's identity and names are those it was created with."""
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    if meta.get("vault_id") != header.vault_id:
        return "the database belongs to another vault header"
    pinned = conn.execute("SELECT details FROM audit WHERE action = 'site_root_pinned' "
                          "ORDER BY seq DESC LIMIT 1").fetchone()
    if meta.get("site_root") != (_details(pinned[0]).get("site_root") if pinned else None):
        return "the site administrator key differs from the one the audit trail pinned"
    created = conn.execute(
        "SELECT workstation_id, details FROM audit WHERE action = 'vault_create' "
        "ORDER BY seq LIMIT 1").fetchone()
    if created is None:
        return None     # a PC that joined a site: its trail starts with the join
    if meta.get("workstation_id") != created[0]:
        return "the workstation id differs from the one the vault was created with"
    d = _details(created[1])
    for key in ("site_name", "workstation_name"):
        if key in d and meta.get(key) != d[key]:
            return f"the {key.replace('_', ' ')} differs from the audit trail"
    return None
