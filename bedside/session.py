"""A signed-in user at this workstation, with the key in memory. All clinical
work goes through a Session: it knows who acts, enforces permissions and
gives the record store, electronic signatures and audit views."""

from __future__ import annotations

import json
from dataclasses import dataclass
from types import SimpleNamespace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from bedside.names import EntryId, Meaning, RecordId, RecordType
from . import audit
from .account import User
from .entry_rules import genuine_signature
from .canonical import canonical_json, sha256_hex
from .clock import Clock
from .errors import AccountInactive, PermissionDenied, ValidationError, VaultLocked, WrongPassword
from .i18n import QT_TRANSLATE_NOOP
from .identity.vault_directory import load_directory
from .integrity import check_user_row
from .records import RecordStore, RecordVersion, of_record
from .roles import ROLE_LABELS, SIGNATURE_MEANINGS, Permission, allows
from .settings import SiteSettings
from .storage import rawsql

_USER_COLS = ("id", "username", "display_name", "role", "active", "language")
_USER_SQL = f"SELECT {', '.join(_USER_COLS)} FROM users WHERE id = ?"

if TYPE_CHECKING:  # pragma: no cover
    from .identity.keys import PersonKeys
    from .storage.database import VaultDB
    from .principal import KeyHolder



@dataclass(frozen=True)
class Signature:
    """An electronic signature (21 CFR 11.50): printed name, UTC time and
    meaning, bound to the hash of exactly the content signed."""

    entry_id: EntryId
    signer_id: str
    signer_name: str
    meaning: str
    signed_utc: datetime
    target_entry_id: str
    target_content_hash: str

    def binds(self, version: RecordVersion) -> bool:
        return (version.id == self.target_entry_id
                and version.content_hash == self.target_content_hash)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts_utc: datetime
    utc_offset_min: int
    username: str | None
    workstation_id: str
    action: str
    record_type: str | None
    record_id: RecordId | None
    entry_id: EntryId | None
    version: int | None
    details: dict
    reason: str | None


class Session:
    def __init__(self, vault: "KeyHolder", user: User, clock: Clock,
                 keys: "PersonKeys | None" = None) -> None:
        self.vault = vault
        self.user = user
        self.clock = clock
        self._keys = keys
        self._account_checked: tuple | None = None   # (users row, directory, User) found good
        self.records = RecordStore(self)
        self.settings = SiteSettings(self, self.records)
        # integrity findings at unlock (rollback, lockout reset), shown once
        self.notices: list = []
        self.new_recovery_code: str | None = None   # shown once to an administrator

    # -- identity and permissions ------------------------------------------
    @property
    def db(self) -> "VaultDB":
        db = self.vault.db
        if db is None:
            raise VaultLocked()
        return db

    @property
    def actor(self) -> audit.Actor:
        return audit.Actor(self.user.id, self.user.username, self.vault.workstation_id)

    @property
    def is_open(self) -> bool:
        return self.vault.db is not None

    def can(self, permission: Permission) -> bool:
        return allows(self.user.role, permission)

    def refresh_user(self, orm=None) -> User:
        """Re-read this user's account: a role change or revocation applies
        to a session that is already signed in, at its next action. Given
        *orm*, read in that transaction (a write checks the account it
        writes under, without a second transaction)."""
        if orm is None:
            with self.db.read() as orm:
                return self.refresh_user(orm)
        found = rawsql.fetch_one(orm, _USER_SQL, (self.user.id,))
        directory = load_directory(self.db, orm, private=False) if found is not None else None
        checked = self._account_checked
        if checked is not None and found == checked[0] and directory is checked[1]:
            self.user = checked[2]  # the same row, checked against the same signed directory
            return self.user
        row = SimpleNamespace(**dict(zip(_USER_COLS, found))) if found is not None else None
        if row is not None:     # a role edited around the core is refused, not obeyed
            check_user_row(orm, row, directory)
        if row is None or not row.active:
            raise AccountInactive()
        self.user = User.from_row(row)
        # the directory is replaced, never changed, when a write changes it
        # (identity/directory_cache.py); an account checked against the
        # audit trail instead (from before personal keys) is checked every time
        self._account_checked = (found, directory, self.user) if directory.current(row.id) \
            else None
        return self.user

    def signing_keys(self) -> "PersonKeys":
        """This person's private keys, unwrapped at sign-in: every record
        version they write is signed with them."""
        if self._keys is None:
            raise VaultLocked()
        return self._keys

    def require(self, permission: Permission, orm=None) -> None:
        self.refresh_user(orm)
        if not self.can(permission):
            raise PermissionDenied(role=ROLE_LABELS[self.user.role], action=permission.value)

    def verify_password(self, password: str) -> None:
        """Re-authenticate the signed-in user (signatures, sensitive actions)."""
        self.vault.check_password(self.user.id, password)

    def authenticate_other(self, username: str, password: str) -> User:
        """A second, different person confirms at the bedside (two-person check)."""
        other = self.vault.authenticate(username, password)
        if other.id == self.user.id:
            raise ValidationError("username", QT_TRANSLATE_NOOP(
                "core", "The second check must be done by a different person."))
        self.audit_event("second_person_check", details={"second_user": other.username})
        return other

    # -- signatures ----------------------------------------------------------
    def sign(self, password: str, version: RecordVersion, meaning: Meaning) -> Signature:
        needed = SIGNATURE_MEANINGS.get(meaning)
        if needed is None:
            raise ValidationError("meaning")
        self.require(needed)
        try:
            self.verify_password(password)
        except WrongPassword:
            self.audit_event("signature_refused", record_type=version.record_type,
                             record_id=version.record_id, entry_id=version.id)
            raise
        current = self.records.get_version(version.id)
        if current.content_hash != version.content_hash:
            raise ValidationError("content", QT_TRANSLATE_NOOP(
                "core", "The content changed before it was signed; review it again."))
        now = self.clock.now()
        content = {"meaning": meaning, "signer_id": self.user.id,
                   "signer_username": self.user.username,
                   "signer_name": self.user.display_name, "signed_utc": now.isoformat(),
                   "target_entry_id": version.id, "target_record_id": version.record_id,
                   "target_record_type": version.record_type,
                   "target_content_hash": version.content_hash}
        content["binding"] = sha256_hex(canonical_json(content))
        sig = self.records._create(RecordType.SIGNATURE, content, patient_id=version.patient_id)
        return _signature_from(sig)

    def signatures_for(self, record_id: RecordId) -> list[Signature]:
        """Every signature given on any version of *record_id*, oldest first."""
        sigs = [s for s in self._all_signatures(record_id)]
        return sorted(sigs, key=lambda s: s.signed_utc)

    def valid_signatures(self, version: RecordVersion, meaning: Meaning | None = None) -> list[Signature]:
        return [s for s in self.signatures_for(version.record_id)
                if s.binds(version) and (meaning is None or s.meaning == meaning)]

    def _all_signatures(self, record_id: RecordId):
        from .storage.schema import RecordRow
        with self.db.read() as orm:
            needle = canonical_json({"target_record_id": record_id})[1:-1]
            rows = orm.scalars(select(RecordRow).where(
                RecordRow.record_type == RecordType.SIGNATURE,
                RecordRow.content.contains(needle))).all()
            for r in rows:
                v = RecordVersion.from_row(r)
                if v.content.get("target_record_id") == record_id and is_genuine_signature(v):
                    yield _signature_from(v)

    # -- audit -----------------------------------------------------------------
    def audit_event(self, action: str, *, record_type: RecordType | None = None,
                    record_id: RecordId | None = None, entry_id: EntryId | None = None,
                    details: dict | None = None, reason: str | None = None) -> None:
        if action in audit.VERSION_ACTIONS:   # logged with the version it writes (records.py)
            raise ValueError(f"{action} is logged by writing a version")
        with self.db.write() as orm:
            audit.append(orm, self.actor, action, when=self.clock.now(),
                         utc_offset_min=self.clock.utc_offset_minutes(),
                         record_type=record_type, record_id=record_id, entry_id=entry_id,
                         details=details, reason=reason)

    def audit_trail(self, record_id: RecordId | None = None, limit: int | None = None) -> list[AuditEntry]:
        """Audit entries (of one record, or all), newest first."""
        if record_id is None:
            self.require(Permission.VIEW_AUDIT)
        with self.db.read() as orm:
            if record_id is None:
                sql, params = f"SELECT {', '.join(audit.TRAIL_COLUMNS)} FROM audit ORDER BY seq DESC", ()
            else:       # the record index, and the entries its versions name (migration 0012)
                where, of = of_record(record_id)
                sql, params = audit.record_trail(where, of, record_id, audit.indexed_through(orm))
            if limit:
                sql += f" LIMIT {int(limit)}"
            rows = rawsql.fetch_all(orm, sql, params)
        entries = []
        for r in rows:
            e = dict(zip(audit.TRAIL_COLUMNS, r))
            entries.append(AuditEntry(**{**e, "ts_utc": datetime.fromisoformat(e["ts_utc"]),
                                         "details": json.loads(e["details"])}))
        return entries


def is_genuine_signature(v: RecordVersion) -> bool:
    """A signature record as only ``Session.sign`` writes it: a first
    version, written by the signer, whose binding hash covers its content."""
    return v.record_type == RecordType.SIGNATURE and genuine_signature(v.content, v.author_id,
                                                                   v.version, v.replaces)


def _signature_from(v: RecordVersion) -> Signature:
    c: dict[str, Any] = v.content
    return Signature(entry_id=v.id, signer_id=c["signer_id"], signer_name=c["signer_name"],
                     meaning=c["meaning"], signed_utc=datetime.fromisoformat(c["signed_utc"]),
                     target_entry_id=c["target_entry_id"],
                     target_content_hash=c["target_content_hash"])
