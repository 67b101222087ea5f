"""A vault folder: the plaintext header with key slots and the SQLCipher
database. Creating one makes a random data key, the first administrator's
slot and a recovery slot; logging in unwraps the key and opens the database."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from bedside.names import RecordType
from . import lockout, seal
from .clock import Clock
from .crypto.kdf import KdfParams
from .crypto.keyslots import (RECOVERY_USER, lookup_tag, new_data_key, new_recovery_code,
                              normalise_recovery_code)
from .identity.keys import PersonKeys
from .identity.slots import Credential, PersonSlot
from .errors import LockedOut, NotFound, VaultExists, VaultTampered, WrongPassword
from .files import create_private_file, private_dir
from .vault_folder import prepare as prepare_vault_folder
from .header import DB_NAME, HEADER_NAME, Header
from .roles import Role

# Opening a vault for the login window reads only its header. The database
# layer (SQLAlchemy, migrations), the audit trail, sessions and the staff
# directory are imported where a sign-in or a creation needs them, so the
# login window paints without them (start-up time, issue 12).
if TYPE_CHECKING:
    from . import audit
    from .session import Session
    from .storage.database import VaultDB
    from .account import User


# Failed sign-ins with a user name that has no slot share one throttle entry
# (the header does not grow with every name someone types).
UNKNOWN_USER_TAG = "unknown-user"
MAX_PENDING_AUDIT = 500


class Vault:
    def __init__(self, folder: Path, header: Header, clock: Clock | None = None,
                 kdf: KdfParams | None = None) -> None:
        self.folder = Path(folder)
        self.header = header
        self.clock = clock or Clock()
        self.kdf = kdf or KdfParams.default()
        self.db: VaultDB | None = None
        self._key: bytearray | None = None
        self._seal_key: bytes | None = None
        self._seal_key_of: bytearray | None = None   # the data key _seal_key was derived from
        self._sealer: seal.SealWriter | None = None  # writes the seal under _seal_key
        self._lockout_snapshot: tuple[int | None, int] | None = None
        self._unlock_notices: list = []     # what the seal found at unlock, for the next session

    # -- creation and opening ------------------------------------------------
    @staticmethod
    def exists(folder: Path) -> bool:
        return (Path(folder) / HEADER_NAME).exists()

    @classmethod
    def create(cls, folder: Path, *, site_name: str, workstation_name: str,
               admin_username: str, admin_display_name: str, admin_password: str,
               kdf: KdfParams | None = None, clock: Clock | None = None,
               migrate_to: str = "head") -> tuple["Vault", str]:
        """Set up a new vault. Returns it (unlocked) and the recovery code,
        which is shown once and never stored in clear."""
        from . import audit
        from .identity import site_root
        from .identity.directory import staff_content
        from .session import Session
        from .storage.schema import UserRow
        from .account import User, check_display_name, check_password, check_username

        folder = Path(folder)
        if cls.exists(folder):
            raise VaultExists(path=str(folder))
        username = check_username(admin_username)
        display = check_display_name(admin_display_name)
        check_password(admin_password)
        site_name = check_display_name(site_name)
        workstation_name = check_display_name(workstation_name)
        vault = cls.fresh(folder, clock, kdf, migrate_to, workstation_name=workstation_name,
                          site_name=site_name)
        key, workstation_id = vault._key, vault.db.workstation_id
        vault._attach_seal(key)
        with vault.db.write() as orm:
            vault.db.set_meta(orm, "sealed", "1")
        admin_id = uuid.uuid4().hex
        now = vault.clock.now()
        with vault.db.write() as orm:
            row = UserRow(id=admin_id, username=username, display_name=display,
                          role=Role.ADMINISTRATOR.value, active=1,
                          created_utc=now.isoformat())
            orm.add(row)
        actor = audit.Actor(admin_id, username, workstation_id)
        with vault.db.write() as orm:
            audit.append(orm, actor, "vault_create", when=now,
                         utc_offset_min=vault.clock.utc_offset_minutes(),
                         details={"site_name": site_name, "workstation_name": workstation_name})
            audit.append(orm, actor, "user_create", when=now,
                         utc_offset_min=vault.clock.utc_offset_minutes(), record_type="user",
                         record_id=admin_id, details={"username": username,
                                                      "role": Role.ADMINISTRATOR.value})
        admin_keys = PersonKeys.generate()
        credential = Credential.make(admin_id, admin_password, admin_keys, vault.kdf)
        vault.header.slots.append(PersonSlot.for_credential(
            vault.header.vault_id, admin_id, vault.lookup(username), credential, key))
        code = new_recovery_code()
        recovery = Credential.make(RECOVERY_USER, normalise_recovery_code(code),
                                   PersonKeys.generate(), vault.kdf)
        vault.header.slots.append(PersonSlot.for_credential(
            vault.header.vault_id, RECOVERY_USER, vault.lookup(RECOVERY_USER), recovery, key))
        vault.header.save(folder)
        with vault.db.write() as orm:
            audit.append(orm, actor, "key_slot_add", when=now,
                         utc_offset_min=vault.clock.utc_offset_minutes(),
                         details={"slots": ["admin", "recovery"]})
        # the site's first administrator's key is the site root: pinned here, and
        # their directory entry is the one entry it signs (identity/site_root.py)
        with vault.db.write() as orm:
            site_root.pin(vault.db, orm, actor, admin_keys.public.sign_pub, now,
                          vault.clock.utc_offset_minutes())
        first = Session(vault, User.from_row(row), vault.clock, admin_keys)
        first.records._create(RecordType.STAFF, staff_content(username, display, Role.ADMINISTRATOR,
                                                        True, credential), record_id=admin_id)
        return vault, code

    @classmethod
    def fresh(cls, folder: Path, clock: Clock | None, kdf: KdfParams | None,
              migrate_to: str = "head", **meta: str) -> "Vault":
        """An empty, unlocked vault with a new data key and workstation id
        (no header written yet): the start of ``create`` and of joining a site."""
        from .storage.database import VaultDB
        prepare_vault_folder(folder)        # 0700, or the Windows access list (vault_folder.py)
        vault = cls(folder, Header(vault_id=uuid.uuid4().hex), clock, kdf)
        key = new_data_key()
        create_private_file(folder / DB_NAME)
        vault._key = key
        vault.db = VaultDB(folder / DB_NAME, key, vault.clock.now, migrate_to)
        workstation_id = uuid.uuid4().hex[:12]
        with vault.db.write() as orm:
            for k, v in {"workstation_id": workstation_id, "vault_id": vault.header.vault_id,
                         **meta}.items():
                vault.db.set_meta(orm, k, v)
        vault.db.workstation_id = workstation_id
        vault.db.hlc = type(vault.db.hlc)(workstation_id, vault.clock.now)
        return vault

    @classmethod
    def open(cls, folder: Path, clock: Clock | None = None) -> "Vault":
        return cls(Path(folder), Header.load(Path(folder)), clock)

    # -- identity --------------------------------------------------------------
    def lookup(self, username: str) -> str:
        return lookup_tag(self.header.vault_id, username)

    @property
    def workstation_id(self) -> str:
        return self.db.workstation_id if self.db else ""

    @property
    def is_unlocked(self) -> bool:
        return self.db is not None

    def meta(self, key: str) -> str | None:
        return self.db.get_meta(key) if self.db else None

    # -- login -------------------------------------------------------------------
    def login(self, username: str, password: str) -> Session:
        """Unlock (if needed) and sign *username* in. Failed attempts are
        throttled and audited; the password is never stored or logged."""
        from .identity.reconcile import reconcile
        from .identity.recovery import pending_code as pending_recovery_code
        from .session import Session
        user, _, keys = self._authenticate(username, password)
        session = Session(self, user, self.clock, keys)
        session.notices, self._unlock_notices = self._unlock_notices, []
        self._flush_pending_audit(session)
        session.audit_event("login")
        # directory changes received since the last sign-in: accounts, slots, rotation
        reconcile(self, session.actor)
        session.refresh_user()      # the account as the directory says (an edited row is put back)
        # a recovery code renewed by a key rotation waits for an administrator
        session.new_recovery_code = pending_recovery_code(session)
        return session

    def authenticate(self, username: str, password: str) -> User:
        """Check a second person's credentials while the vault is open."""
        user, _, _ = self._authenticate(username, password)
        return user

    def check_password(self, user_id: str, password: str) -> None:
        self.header.refresh(self.folder)
        slot = self.header.slot_for_user(user_id)
        if slot is None:
            raise WrongPassword()
        self._guarded_unwrap(slot, password)

    def unlock_with_recovery(self, code: str) -> bytearray:
        self.header.refresh(self.folder)
        slot = self.header.slot_for_user(RECOVERY_USER)
        if slot is None:
            raise WrongPassword()
        return self._guarded_unwrap(slot, normalise_recovery_code(code))

    def lock(self) -> None:
        """Drop the key and close the database (idle lock, user switch, exit)."""
        records = sys.modules.get(f"{__package__}.records")   # not imported before a sign-in
        if records is not None:
            records.forget_decoded()          # decoded contents leave memory with the key
        if self.db is not None:
            self.db.close()
            self.db = None
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None
        self._seal_key = self._seal_key_of = None
        if self._sealer is not None:
            self._sealer.close()
            self._sealer = None

    def _authenticate(self, username: str, password: str
                      ) -> tuple[User, bytearray, PersonKeys]:
        from . import audit
        from .identity import site_root
        from .identity.upgrade import upgrade_account
        from .storage.schema import UserRow
        from .account import User
        tag = self.lookup(username or "")
        self.header.refresh(self.folder)  # users added or locked out in another window
        slot = self.header.slot_for_lookup(tag)
        if slot is None or slot.user_id == RECOVERY_USER:
            # never counted against the recovery slot: typing "recovery" at the
            # login screen must not be able to lock the recovery code out
            self._failed(UNKNOWN_USER_TAG, None)
            raise WrongPassword()
        keys, key = self._guarded_unlock(slot, password)
        if self._key is not None and bytes(key) != bytes(self._key):
            raise WrongPassword()
        opened_here = self.db is None
        if opened_here:  # first sign-in: this key unlocks the database
            before = bytes(key)
            key = self._open_db(slot, keys, key)
            self._attach_seal(key)
            # an interrupted key rotation finished here: the seal is still under the old key
            self._unlock_notices = self._check_seal(before if bytes(key) != before else None)
        try:
            if opened_here:   # a vault from before the site root was pinned adopts it
                site_root.adopt_held(self.db, audit.Actor(None, "update", self.db.workstation_id),
                                     self.clock)
            with self.db.read() as orm:
                row = orm.get(UserRow, slot.user_id)
            if row is None or not row.active:
                raise WrongPassword()
            user = User.from_row(row)
            if keys is None:      # an account from before per-person keys
                keys = upgrade_account(self, user, password)
        except BaseException:
            if opened_here:       # a refused sign-in never leaves the vault unlocked
                self.lock()
            raise
        return user, key, keys

    def _open_db(self, slot, keys: PersonKeys | None, key: bytearray) -> bytearray:
        from .storage.database import VaultDB
        try:
            self.db = VaultDB(self.folder / DB_NAME, key, self.clock.now)
        except VaultTampered:
            nxt = slot.next_key(self.header.vault_id, keys) if keys is not None \
                and isinstance(slot, PersonSlot) else None
            if nxt is None:
                raise
            # a rotation was interrupted after the rekey: finish it
            self.db = VaultDB(self.folder / DB_NAME, nxt, self.clock.now)
            def reseal(h: Header) -> None:
                h.slots = [s.resealed(h.vault_id, nxt) if isinstance(s, PersonSlot) else s
                           for s in h.slots]

            self.header.update(self.folder, reseal)
            key = nxt
        self._key = key
        return key

    def _guarded_unlock(self, slot, secret: str) -> tuple[PersonKeys | None, bytearray]:
        """Open a slot under the sign-in throttle: the person's private keys
        (None for a slot from before per-person keys) and the data key."""
        now = self.clock.now()
        state = self.header.throttle.get(slot.lookup)
        wait = lockout.seconds_locked(state, now)
        if wait:
            raise LockedOut(seconds=wait)
        try:
            if isinstance(slot, PersonSlot):
                keys, key = slot.unlock(self.header.vault_id, secret or "")
            else:
                keys, key = None, slot.unwrap(self.header.vault_id, secret or "")
        except WrongPassword:
            locked = self._failed(slot.lookup, slot.user_id)
            if locked:
                raise LockedOut(seconds=lockout.seconds_locked(
                    self.header.throttle[slot.lookup], now)) from None
            raise
        # what the lockout state held before this success clears its own entry
        self._lockout_snapshot = (self.header.failures_total, self.header.failures_held())
        if state:
            self.header.update(self.folder, lambda h: h.throttle.pop(slot.lookup, None))
        return keys, key

    def _guarded_unwrap(self, slot, secret: str) -> bytearray:
        return self._guarded_unlock(slot, secret)[1]

    def _failed(self, tag: str, user_id: str | None) -> bool:
        now = self.clock.now()
        queue = self.db is None

        def count(h: Header) -> tuple[bool, list[dict]]:
            # on the header as it is on disk now: failures counted in another
            # window add up instead of one overwriting the other
            state, locked = lockout.record_failure(h.throttle.get(tag), now)
            h.throttle[tag] = state
            h.failures_total = (h.failures_total or 0) + 1
            events = [{"action": "login_failed", "ts_utc": now.isoformat(), "user_id": user_id,
                       "lookup": tag[:16], "failures": state["failures"]}]
            if locked:
                events.append({"action": "lockout", "ts_utc": now.isoformat(),
                               "user_id": user_id, "lookup": tag[:16],
                               "until": state["locked_until"]})
            if queue:  # bounded: the oldest queued events make way, their count stays in "failures"
                h.pending_audit = (h.pending_audit + events)[-MAX_PENDING_AUDIT:]
            return locked, events

        locked, events = self.header.update(self.folder, count)
        if not queue:
            self._write_events(events)
        return locked

    def _write_events(self, events: list[dict]) -> None:
        from datetime import datetime

        from . import audit
        with self.db.write() as orm:
            for ev in events:
                actor = audit.Actor(ev.get("user_id"), None, self.workstation_id)
                details = {k: v for k, v in ev.items() if k not in ("action", "ts_utc", "user_id")}
                audit.append(orm, actor, ev["action"], when=datetime.fromisoformat(ev["ts_utc"]),
                             utc_offset_min=self.clock.utc_offset_minutes(), details=details)

    def _flush_pending_audit(self, session: Session) -> None:
        def take(h: Header) -> list[dict]:
            events, h.pending_audit = h.pending_audit, []
            return events

        if self.header.pending_audit:
            # taken from the file under its lock, so another window can neither
            # lose nor double-write the queued events
            events = self.header.update(self.folder, take)
            if events:
                self._write_events(events)

    # -- the seal: latest audit entry and failure count under the data key ---------
    def _attach_seal(self, key: bytearray) -> None:
        self._seal_under(key)
        self.db.on_audit_commit = self._seal_once_committed

    def _seal_under(self, key: bytearray) -> None:
        self._seal_key = seal.subkey(key, self.header.vault_id)
        self._seal_key_of = key
        if self._sealer is not None:
            self._sealer.close()
        self._sealer = seal.SealWriter(self.folder, self._seal_key)

    def _write_seal(self, seq: int, hash_: str) -> None:
        """Seal at audit entry *seq* now (sign-in: the database's head)."""
        sealer = self._current_sealer()
        if sealer is not None:
            sealer.write(seal.Seal(seq, hash_, self.header.failures_total or 0))

    def _seal_once_committed(self, seq: int, hash_: str) -> Callable[[], None] | None:
        """What seals at audit entry *seq* once the database holds it: handed
        to the seal's own thread (``seal.SealWriter.soon``), so the save
        returns without waiting for the HMAC and the write."""
        sealer = self._current_sealer()
        if sealer is None:
            return None
        sealed = seal.Seal(seq, hash_, self.header.failures_total or 0)
        return lambda: sealer.soon(sealed)

    def settle_seal(self) -> None:
        """Wait until the seal holds the last committed audit entry (what a
        save handed over is written by the seal's thread a moment later)."""
        if self._sealer is not None:
            self._sealer.flush()

    def _current_sealer(self) -> seal.SealWriter | None:
        if self._key is None:
            return None
        if self._seal_key_of is not self._key:   # a key rotation replaces the key object
            self._seal_under(self._key)
        return self._sealer

    def _check_seal(self, previous_key: bytes | None = None) -> list:
        """At unlock: is the database behind its seal, or the failure count
        reset? Each finding is audited once and returned for the user."""
        total, held = self._lockout_snapshot or (self.header.failures_total,
                                                 self.header.failures_held())
        head = self.db.audit_head()
        if self.db.get_meta("sealed") is None and not (self.folder / seal.SEAL_NAME).exists():
            with self.db.write() as orm:      # a vault from before seals: start one now
                self.db.set_meta(orm, "sealed", "1")
            if self.header.failures_total is None:   # and from before the failure count
                self.header.failures_total = self.header.failures_held()
                self.header.save(self.folder)
            if head:
                self._write_seal(*head)
            return []
        notices = seal.problems(self.folder, self._seal_key, head, self.db.audit_hash_at,
                                total, held)
        if previous_key is not None and any(isinstance(n, seal.SealEdited) for n in notices):
            notices = seal.problems(self.folder, seal.subkey(previous_key, self.header.vault_id),
                                    head, self.db.audit_hash_at, total, held)
        if self.header.failures_total is None:
            self.header.failures_total = total or 0
            self.header.save(self.folder)
        if notices:
            from . import audit
            actor = audit.Actor(None, None, self.workstation_id)
            with self.db.write() as orm:      # committing re-seals at the database's head
                audit.append(orm, actor, "integrity_notice", when=self.clock.now(),
                             utc_offset_min=self.clock.utc_offset_minutes(),
                             details={"notices": [{"code": n.code, "params": n.params}
                                                  for n in notices]})
        elif head:
            self._write_seal(*head)
        return notices

    # -- key slots (called by bedside.users, which checks permissions) -------------
    def add_slot(self, user_id: str, username: str, credential: Credential, *,
                 orm_for_audit=None, actor: audit.Actor) -> None:
        """Seal the data key to a person's public key: no password needed."""
        self._seal_slot(user_id, username, credential)
        self._audit_key_op("key_slot_add", user_id, actor, orm_for_audit)

    def remove_slot(self, user_id: str, *, actor: audit.Actor) -> None:
        def remove(h: Header) -> None:
            kept = [s for s in h.slots if s.user_id != user_id]
            if len(kept) == len(h.slots):
                raise NotFound(what="key slot")
            h.slots = kept

        self.header.update(self.folder, remove)
        self._audit_key_op("key_slot_remove", user_id, actor)

    def replace_slot(self, user_id: str, username: str, credential: Credential, *,
                     actor: audit.Actor) -> None:
        """A person's new keys (password reset): their slot is sealed anew."""
        self._seal_slot(user_id, username, credential)
        self._audit_key_op("key_slot_rewrap", user_id, actor)

    def _seal_slot(self, user_id: str, username: str, credential: Credential) -> None:
        """The person's slot (the data key sealed to their public key) in
        place of any they had; their failed sign-ins are forgotten."""
        slot = PersonSlot.for_credential(self.header.vault_id, user_id, self.lookup(username),
                                         credential, self._require_key())

        def put(h: Header) -> None:
            h.slots = [s for s in h.slots if s.user_id != user_id] + [slot]
            h.throttle.pop(slot.lookup, None)

        self.header.update(self.folder, put)

    def _audit_key_op(self, action: str, user_id: str, actor: audit.Actor, orm=None) -> None:
        from . import audit

        def write(o):
            audit.append(o, actor, action, when=self.clock.now(),
                         utc_offset_min=self.clock.utc_offset_minutes(), record_type="user",
                         record_id=user_id)
        if orm is not None:
            write(orm)
        else:
            with self.db.write() as o:
                write(o)

    def _require_key(self) -> bytearray:
        if self._key is None:
            from .errors import VaultLocked
            raise VaultLocked()
        return self._key
