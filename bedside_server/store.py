"""Server-side logic, independent of HTTP: devices and enrollment, request
authentication, idempotent push, pull since a cursor, audit chain checks,
status and verification."""

from __future__ import annotations

import copy
import hashlib
import json
import secrets
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from cryptography.exceptions import InvalidTag
from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bedside.names import RecordType
from bedside import audit as core_audit, entry_rules
from bedside.errors import ValidationError
from bedside.identity.directory import Directory
from bedside.identity.site_root import ROOT_META, check_root, fingerprint, legacy_anchor
from bedside.sync import signing, wire

from . import logorder
from .atrest import AtRestKey
from .db import (AuditItem, Device, EnrollmentCode, Incident, LogItem, Nonce, SiteValue,
                 Station)

VOUCHED_KEY = "vouched_enrolments"      # self-enrolments held before the root was pinned
TIME_WINDOW_MS = 5 * 60 * 1000          # accepted request clock difference
MAX_BATCH = 2000
LOG_SEQ_MAX = 2 ** 31 - 1               # log.seq is a 32-bit INTEGER on PostgreSQL
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O, 1/I


class _BatchRefused(Exception):
    """A pushed batch holds an entry the record rules refuse: roll it back."""


class AuthError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 extra: dict | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.extra = extra or {}


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, timezone.utc).isoformat(timespec="seconds")


_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _is_token(text: str, shortest: int, longest: int) -> bool:
    """ASCII letters, digits, '-' and '_' only: ids and nonces in headers."""
    return shortest <= len(text) <= longest and all(c in _TOKEN_CHARS for c in text)


def normalise_code(code: str) -> str:
    return "".join(c for c in code.upper() if c.isalnum())


def _code_hash(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode("ascii")).hexdigest()


@dataclass
class PushResult:
    entries: dict[str, str]
    errors: dict[str, str]
    blobs: dict[str, str]
    audit: dict

    def as_dict(self) -> dict:
        return {"entries": self.entries, "errors": self.errors, "blobs": self.blobs,
                "audit": self.audit}


class Store:
    def __init__(self, engine: Engine, key: AtRestKey,
                 now_ms: Callable[[], int] | None = None) -> None:
        self.engine = engine
        self.key = key
        self.now_ms = now_ms or (lambda: int(time.time() * 1000))
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_lock = threading.Lock()
        self._pg = engine.dialect.name == "postgresql"
        self._nonce_inserts = 0
        # the site staff directory, from stored entries that chain to the pinned root;
        # rebuilt when the shared staff_version counter moved (a staff entry stored
        # or the root pinned by any replica)
        self._directory: Directory | None = None
        self._directory_version = -1
        self._directory_lock = threading.Lock()

    # -- enrollment ------------------------------------------------------
    def create_enrollment_code(self, name: str, valid_hours: float = 24.0) -> str:
        raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
        code = "-".join(raw[i:i + 4] for i in range(0, 16, 4))
        now = self.now_ms()
        with self._sessions.begin() as s:
            s.add(EnrollmentCode(code_hash=_code_hash(code), name=name[:200],
                                 created_at=_iso(now),
                                 expires_ms=now + int(valid_hours * 3600_000)))
        return code

    def enroll(self, code: str, name: str, workstation_id: str, public_key: str,
               site_root: str | None = None) -> str:
        """Enroll a device; its site-wide PC number is given in the same
        transaction (:meth:`station`). *site_root* is the PC's pinned site
        administrator key: the first one presented is pinned here, a PC that
        presents another one belongs to another site and is refused."""
        if site_root is not None:
            try:
                check_root(site_root)
            except ValidationError as exc:
                raise AuthError(400, "bad_site_root", "site_root is not an Ed25519 key") \
                    from exc
        try:
            signing.public_key_from_b64(public_key)
        except (ValueError, TypeError) as exc:
            raise AuthError(400, "bad_key", "not an Ed25519 public key") from exc
        if not (isinstance(workstation_id, str) and 0 < len(workstation_id) <= 64
                and "\x00" not in workstation_id):
            raise AuthError(400, "bad_workstation", "workstation id missing")
        now = self.now_ms()
        with self._write_lock, self._sessions.begin() as s:
            row = s.get(EnrollmentCode, _code_hash(code or ""), with_for_update=self._pg)
            if row is None or row.used_at is not None or row.expires_ms < now:
                raise AuthError(403, "bad_code", "enrollment code unknown, used or expired")
            taken = s.execute(select(Device.id).where(Device.workstation_id == workstation_id,
                                                      Device.revoked_at.is_(None))).first()
            if taken is not None:  # one live device per workstation: entries name their PC
                raise AuthError(409, "workstation_enrolled",
                                "this workstation is already enrolled; revoke its old device first")
            pinned = s.get(SiteValue, ROOT_META, with_for_update=self._pg)
            if site_root is not None and pinned is not None and pinned.value != site_root:
                raise AuthError(409, "other_site", "this PC belongs to another site: its "
                                "site administrator key differs from the one pinned here")
            if site_root is not None and pinned is None:
                s.add(SiteValue(key=ROOT_META, value=site_root))
                logorder.bump(s, "staff_version")     # every replica's directory: anchored
            device_id = uuid.uuid4().hex
            row.used_at, row.device_id = _iso(now), device_id
            s.add(Device(id=device_id, name=(name or row.name)[:200],
                         workstation_id=workstation_id, public_key=public_key,
                         enrolled_at=_iso(now)))
            s.flush()
            self._assign_station(s, device_id, now)
        return device_id

    def site_root(self) -> str | None:
        with self._sessions() as s:
            row = s.get(SiteValue, ROOT_META)
            return row.value if row is not None else None

    def replace_site_root(self, new_root: str) -> str | None:
        """The documented procedure's server step (docs/SECURITY.md): pin
        another root. Returns the one it replaces."""
        check_root(new_root)
        with self._write_lock, self._sessions.begin() as s:
            row = s.get(SiteValue, ROOT_META)
            old = row.value if row is not None else None
            if row is None:
                s.add(SiteValue(key=ROOT_META, value=new_root))
            else:
                row.value = new_root
            self._incident(s, "server", "site_root_replaced",
                           f"{old and fingerprint(old)} -> {fingerprint(new_root)}",
                           _iso(self.now_ms()))
            logorder.bump(s, "staff_version")         # every replica rebuilds its directory
        return old

    @staticmethod
    def _assign_station(s: Session, device_id: str, now: int) -> int:
        row = s.execute(select(Station).where(Station.device_id == device_id)).scalar_one_or_none()
        if row is None:
            row = Station(device_id=device_id, assigned_at=_iso(now))
            s.add(row)
            s.flush()
        return row.number

    def station(self, device_id: str) -> int:
        """The device's PC number (1, 2, 3 … in enrollment order, never
        reused); devices enrolled before PC numbers existed get theirs on
        first ask."""
        with self._write_lock, self._sessions.begin() as s:
            if self._pg:
                s.execute(text("LOCK TABLE stations IN EXCLUSIVE MODE"))
            return self._assign_station(s, device_id, self.now_ms())

    def revoke(self, device_id: str) -> bool:
        with self._sessions.begin() as s:
            dev = s.get(Device, device_id)
            if dev is None:
                return False
            if dev.revoked_at is None:
                dev.revoked_at = _iso(self.now_ms())
            return True

    # -- authentication --------------------------------------------------
    @staticmethod
    def signed_headers(headers: dict[str, str]) -> tuple[str, int, str, str]:
        """The four signature headers, well formed, or AuthError(401)."""
        device_id = headers.get(signing.H_DEVICE.lower())
        ts = headers.get(signing.H_TIMESTAMP.lower())
        nonce = headers.get(signing.H_NONCE.lower())
        sig = headers.get(signing.H_SIGNATURE.lower())
        if not (device_id and ts and nonce and sig):
            raise AuthError(401, "unsigned", "request is not signed")
        if not (_is_token(device_id, 1, 64) and ts.isascii() and ts.isdigit()
                and len(ts) <= 15 and _is_token(nonce, 8, 64) and len(sig) <= 200):
            raise AuthError(401, "bad_signature", "malformed signature headers")
        return device_id, int(ts), nonce, sig

    def precheck(self, headers: dict[str, str]) -> Device:
        """What can be checked before the body is read: the headers are well
        formed and name an enrolled, unrevoked device (exact id match)."""
        device_id = self.signed_headers(headers)[0]
        with self._sessions() as s:
            dev = s.get(Device, device_id)
        if dev is None or dev.id != device_id:
            raise AuthError(401, "unknown_device", "device not enrolled")
        if dev.revoked_at is not None:
            raise AuthError(403, "revoked", "device revoked")
        return dev

    def authenticate(self, method: str, path: str, body: bytes,
                     headers: dict[str, str]) -> Device:
        device_id, ts, nonce, sig = self.signed_headers(headers)
        dev = self.precheck(headers)
        msg = signing.signing_message(method, path, ts, nonce, body, device_id)
        if not signing.verify(dev.public_key, sig, msg):
            raise AuthError(401, "bad_signature", "signature does not verify")
        now = self.now_ms()
        if abs(now - ts) > TIME_WINDOW_MS:
            raise AuthError(401, "clock_skew", "request time outside the accepted window")
        try:
            with self._sessions.begin() as s:
                s.add(Nonce(device_id=device_id, nonce=nonce, ts_ms=ts))
                d = s.get(Device, device_id)
                d.last_seen = _iso(now)
        except IntegrityError as exc:
            raise AuthError(401, "replay", "request already seen") from exc
        self._nonce_inserts += 1
        if self._nonce_inserts % 500 == 0:
            self._purge_nonces(now)
        return dev

    def _purge_nonces(self, now: int) -> None:
        with self._sessions.begin() as s:
            s.query(Nonce).filter(Nonce.ts_ms < now - 2 * TIME_WINDOW_MS).delete()

    # -- push ------------------------------------------------------------
    def push(self, device: Device, entries: list, blobs: list, audit: list,
             audit_head: dict | None) -> PushResult:
        if not isinstance(entries, list) or not isinstance(blobs, list) \
                or not isinstance(audit, list) or len(entries) > MAX_BATCH \
                or len(blobs) > MAX_BATCH or len(audit) > 10 * MAX_BATCH:
            raise AuthError(400, "bad_batch", "batch malformed or too large")
        now = _iso(self.now_ms())
        inadmissible: dict[str, str] = {}

        def attempt() -> PushResult:
            res = PushResult({}, {}, {}, {})
            inadmissible.clear()
            self._push(device, entries, blobs, audit, audit_head, now, res, inadmissible)
            return res
        try:
            if self._pg:     # pushes run concurrently (bedside_server/logorder.py)
                return logorder.retried(attempt)
            with self._write_lock:
                return attempt()
        except _BatchRefused:       # nothing of this batch was stored
            self._refuse_inadmissible(device, inadmissible, now)
            raise AssertionError("unreachable")   # _refuse_inadmissible raises 422

    def _push(self, device: Device, entries: list, blobs: list, audit: list,
              audit_head: dict | None, now: str, res: PushResult,
              inadmissible: dict[str, str]) -> None:
        with self._sessions.begin() as s:
            rows: list[dict] = []
            for blob in blobs:
                try:
                    sha, data = wire.decode_blob(blob)
                except wire.WireError:
                    continue
                rows.append(self._row("blob", sha, sha, data, device.id, now))
            checked: list[tuple[str, dict]] = []
            ctx: entry_rules.Context | None = None
            staff_ids: set[str] = set()
            for n, raw in enumerate(entries):
                eid = raw.get("id") if isinstance(raw, dict) else None
                eid = eid if isinstance(eid, str) and "\x00" not in eid else "?"
                if ctx is None:
                    ctx = entry_rules.Context(copy.deepcopy(self._load_directory(s)),
                                              lambda i: self._content_of(s, i))
                try:     # the entry rules every door runs (bedside/entry_rules.py)
                    if eid == "?":     # ids are stored in plaintext columns
                        raise wire.WireError("entry id missing or not storable")
                    entry = entry_rules.admit(raw, ctx)
                except entry_rules.EntryRefused as exc:
                    if exc.rule in entry_rules.RECORD_RULES and exc.rule != "wire":
                        key = eid if eid != "?" and len(eid) <= 64 else f"#{n}"
                        inadmissible[key] = f"{exc.reason}: {exc.message}"
                        continue
                    res.entries[eid] = "invalid"
                    res.errors[eid] = f"{exc.reason}: {exc.message}"
                    ctx.refused.add(eid)        # a correction of it later in the batch: rule 7
                    if exc.rule not in entry_rules.RECORD_RULES:
                        self._incident(s, device.id, "entry_refused",
                                       f"entry {eid}: {exc.reason}", now)
                    continue
                except wire.WireError as exc:
                    res.entries[eid], res.errors[eid] = "invalid", str(exc)
                    continue
                if entry["workstation_id"] != device.workstation_id:
                    res.entries[eid] = "invalid"
                    res.errors[eid] = "entry made on another workstation"
                    continue
                ctx.admitted(entry)
                if entry["record_type"] == RecordType.STAFF:
                    staff_ids.add(eid)
                checked.append((eid, entry))
            if inadmissible:
                raise _BatchRefused()       # nothing of this batch is stored
            checked = self._with_known_bases(s, checked, res)
            for eid, entry in checked:
                rows.append(self._row("entry", eid, wire.entry_hash(entry),
                                      wire.canonical_json(entry).encode("utf-8"), device.id, now))
            res.audit = self._audit(s, device, audit, audit_head, now)
            # the log rows last: on PostgreSQL a pull's barrier waits for this
            # transaction from this insert to its commit (logorder)
            for row, status in zip(rows, self._insert_new(s, rows)):
                if row["kind"] == "blob":
                    res.blobs[row["key"]] = status
                    continue
                res.entries[row["key"]] = status
                if status == "conflict":
                    res.errors[row["key"]] = "another entry with this id already exists"
                    self._incident(s, device.id, "id_conflict", f"entry {row['key']}", now)
            if any(res.entries.get(i) == "stored" for i in staff_ids):
                logorder.bump(s, "staff_version")    # every replica rebuilds its directory

    def _refuse_inadmissible(self, device: Device, refused: dict[str, str], now: str) -> None:
        """A batch holding an entry that breaks the record rules (envelope,
        record type, content: bedside/entry_rules.py) is refused whole (422,
        with the reason per entry) and the device named in an incident.
        Wire-level faults (hash, workstation) and refusals of signature or
        authority keep their per-entry "invalid" answer."""
        with self._sessions.begin() as s:
            for key, reason in list(refused.items())[:20]:
                self._incident(s, device.id, "inadmissible", f"entry {key[:64]}: {reason}", now)
        raise AuthError(422, "inadmissible",
                        f"{len(refused)} entries refused: " + "; ".join(
                            f"{k[:64]}: {v}" for k, v in list(refused.items())[:5]),
                        {"entries": dict(list(refused.items())[:MAX_BATCH])})

    def _load_directory(self, s: Session) -> Directory:
        """The site directory: every stored staff entry that chains to the
        pinned site root, in clock order (cached until any replica stores one
        or pins the root: the staff_version counter, read first, moves in the
        same transaction). An entry that does not chain -- put into the store
        around the push door -- is left out and named by :meth:`verify`."""
        version = logorder.counter(s, "staff_version")
        with self._directory_lock:
            if self._directory is not None and self._directory_version == version:
                return self._directory
        d, _ = self._chain(s)
        with self._directory_lock:
            self._directory, self._directory_version = d, version
        return d

    def _chain(self, s: Session) -> tuple[Directory, dict[str, str]]:
        staff = []
        for row in s.execute(select(LogItem).where(LogItem.kind == "entry")
                             .order_by(LogItem.seq)).scalars():
            try:
                e = wire.loads(self.key.open(row.nonce, row.ciphertext, f"entry:{row.key}"))
            except (InvalidTag, ValueError, RecursionError):
                continue        # altered at rest or unreadable: verify names it on its own
            if isinstance(e, dict) and e.get("record_type") == RecordType.STAFF:
                staff.append(e)
        root = s.get(SiteValue, ROOT_META)
        vouched = s.get(SiteValue, VOUCHED_KEY)
        if root is None and staff:      # a server from before the root was pinned
            legacy_root, legacy_vouched = legacy_anchor(staff)
            if legacy_root is not None:
                root = SiteValue(key=ROOT_META, value=legacy_root)
                vouched = SiteValue(key=VOUCHED_KEY, value=json.dumps(sorted(legacy_vouched)))
                s.merge(root)       # kept when the caller's transaction commits
                s.merge(vouched)
        d = Directory(root=root.value if root is not None else None,
                      vouched=frozenset(json.loads(vouched.value)) if vouched is not None
                      else frozenset())
        refused: dict[str, str] = {}
        ctx = entry_rules.Context(d)
        for e in sorted(staff, key=lambda e: str(e.get("hlc"))):
            try:        # the entry rules every door runs, the site-root chain among them
                ctx.admitted(entry_rules.admit(e, ctx))
            except entry_rules.EntryRefused as exc:
                refused[str(e.get("id"))] = exc.reason
        return d, refused

    def _content_of(self, s: Session, entry_id: str) -> dict | None:
        row = s.execute(select(LogItem).where(LogItem.kind == "entry",
                                              LogItem.key == entry_id)).scalars().first()
        if row is None:
            return None
        try:
            stored = wire.loads(self.key.open(row.nonce, row.ciphertext, f"entry:{row.key}"))
        except (InvalidTag, ValueError, RecursionError):
            return None             # altered at rest or unreadable: verify names it
        return stored.get("content") if isinstance(stored, dict) else None

    def _with_known_bases(self, s: Session, checked: list[tuple[str, dict]],
                          res: PushResult) -> list[tuple[str, dict]]:
        """A correction must name versions the server has (or that come
        earlier in this batch): otherwise no other PC could apply it."""
        refs = sorted({r for _, e in checked
                       for r in [e["replaces"], *e.get("supersedes", [])] if r})
        known: set[str] = set()
        for i in range(0, len(refs), 500):
            known.update(s.execute(select(LogItem.key).where(
                LogItem.kind == "entry", LogItem.key.in_(refs[i:i + 500]))).scalars())
        out = []
        for eid, e in checked:
            missing = [r for r in [e["replaces"], *e.get("supersedes", [])]
                       if r and r not in known]
            if missing:
                res.entries[eid] = "invalid"
                res.errors[eid] = "corrects a version the server does not have"
                continue
            known.add(eid)
            out.append((eid, e))
        return out

    def _row(self, kind: str, key: str, hsh: str, data: bytes, device_id: str,
             now: str) -> dict:
        nonce, ct = self.key.seal(data, f"{kind}:{key}")
        return {"kind": kind, "key": key, "device_id": device_id, "hash": hsh,
                "received_at": now, "nonce": nonce, "ciphertext": ct}

    def _insert_new(self, s: Session, rows: list[dict]) -> list[str]:
        """Insert the rows not already stored, in order; per row: stored,
        duplicate (same kind+key+hash) or conflict (same key, other hash)."""
        known: dict[tuple[str, str], str] = {}
        for kind in ("entry", "blob"):
            keys = [r["key"] for r in rows if r["kind"] == kind]
            for i in range(0, len(keys), 500):
                known.update(((kind, k), h) for k, h in s.execute(
                    select(LogItem.key, LogItem.hash).where(LogItem.kind == kind,
                                                            LogItem.key.in_(keys[i:i + 500]))))
        new: list[dict] = []
        for r in rows:
            if (r["kind"], r["key"]) not in known:
                known[(r["kind"], r["key"])] = r["hash"]
                new.append(r)
        inserted = logorder.append(s, new)
        first = {id(r) for r in new}
        for r in new:
            if (r["kind"], r["key"]) not in inserted:   # another replica stored it meanwhile
                known[(r["kind"], r["key"])] = s.execute(
                    select(LogItem.hash).where(LogItem.kind == r["kind"],
                                               LogItem.key == r["key"])).scalar_one()
        statuses = []
        for r in rows:
            if id(r) in first and (r["kind"], r["key"]) in inserted:
                statuses.append("stored")
            else:
                have = known[(r["kind"], r["key"])]
                statuses.append("duplicate" if have == r["hash"] else "conflict")
        return statuses

    def _incident(self, s: Session, device_id: str, kind: str, detail: str, now: str) -> None:
        exists = s.execute(select(Incident.id).where(Incident.device_id == device_id,
                                                     Incident.kind == kind,
                                                     Incident.detail == detail)).first()
        if not exists:
            s.add(Incident(device_id=device_id, kind=kind, detail=detail, at=now))

    def _audit(self, s: Session, device: Device, audit: list, head: dict | None,
               now: str) -> dict:
        last = s.execute(select(AuditItem.seq, AuditItem.hash)
                         .where(AuditItem.device_id == device.id)
                         .order_by(AuditItem.seq.desc()).limit(1)).first()
        max_seq, max_hash = (last[0], last[1]) if last else (None, None)
        status = "ok"
        items = []
        for raw in audit:
            try:
                a = wire.check_audit(raw)
            except wire.WireError:
                return {"status": "invalid", "acked_seq": max_seq}
            if core_audit.entry_hash(a) != a["hash"]:
                self._incident(s, device.id, "audit_tampered",
                               f"audit entry {a['seq']} does not match its own hash", now)
                return {"status": "invalid", "acked_seq": max_seq}
            if a["seq"] == 1 and a.get("prev_hash") != core_audit.GENESIS:
                return {"status": "invalid", "acked_seq": max_seq}
            items.append(a)
        for a in sorted(items, key=lambda a: a["seq"]):
            seq = a["seq"]
            if max_seq is not None and seq <= max_seq:
                stored = s.get(AuditItem, (device.id, seq))
                if stored is None or stored.hash != a["hash"]:
                    self._incident(s, device.id, "history_rewritten",
                                   f"audit entry {seq} differs from the copy received earlier",
                                   now)
                    status = "rewritten"
                    break
                continue
            if max_seq is None and seq != 1:
                # a device's chain must reach the server from its first entry:
                # a first push starting later hides what came before
                self._incident(s, device.id, "history_missing",
                               f"first audit entry received is {seq}, not 1", now)
                status = "gap"
                break
            if max_seq is not None and (seq != max_seq + 1 or a.get("prev_hash") != max_hash):
                if seq == max_seq + 1:
                    self._incident(s, device.id, "history_rewritten",
                                   f"audit entry {seq} does not chain to entry {max_seq}", now)
                    status = "rewritten"
                else:
                    status = "gap"
                break
            nonce, ct = self.key.seal(wire.canonical_json(a).encode("utf-8"),
                                      f"audit:{device.id}:{seq}")
            s.add(AuditItem(device_id=device.id, seq=seq, prev_hash=a.get("prev_hash"),
                            hash=a["hash"], received_at=now, nonce=nonce, ciphertext=ct))
            max_seq, max_hash = seq, a["hash"]
        s.flush()
        if isinstance(head, dict) and isinstance(head.get("seq"), int) and max_seq is not None:
            if head["seq"] < max_seq:
                self._incident(s, device.id, "rolled_back",
                               f"workstation audit head {head['seq']} is behind {max_seq} "
                               "already received: restored from an old copy?", now)
                status = "rolled_back"
            else:
                stored = s.get(AuditItem, (device.id, head["seq"]))
                if stored is not None and stored.hash != head.get("hash"):
                    self._incident(s, device.id, "history_rewritten",
                                   f"audit head {head['seq']} differs from the copy received",
                                   now)
                    status = "rewritten"
        return {"status": status, "acked_seq": max_seq}

    # -- pull ------------------------------------------------------------
    def pull(self, since: int, limit: int) -> bytes:
        """Items after the cursor as a ready JSON document (the stored
        canonical entry text is spliced in as it is, never re-encoded)."""
        limit = max(1, min(int(limit), MAX_BATCH))
        if since >= LOG_SEQ_MAX:   # past any cursor the log column can hold: nothing newer
            return b'{"items":[],"cursor":%d,"more":false}' % since
        barrier = logorder.settled_seq(self.engine)   # never past a later-committing push
        query = select(LogItem).where(LogItem.seq > since)
        if barrier is not None:
            query = query.where(LogItem.seq <= barrier)
        with self._sessions() as s:
            rows = s.execute(query.order_by(LogItem.seq).limit(limit)).scalars().all()
        parts = []
        for row in rows:
            data = self.key.open(row.nonce, row.ciphertext, f"{row.kind}:{row.key}")
            if row.kind == "entry":
                parts.append(b'{"seq":%d,"kind":"entry","hash":"%s","entry":%s}'
                             % (row.seq, row.hash.encode("ascii"), data))
            else:
                parts.append(b'{"seq":%d,"kind":"blob","blob":%s}'
                             % (row.seq, json.dumps(wire.encode_blob(data)).encode("ascii")))
        cursor = rows[-1].seq if rows else since
        return b'{"items":[%s],"cursor":%d,"more":%s}' % (
            b",".join(parts), cursor, b"true" if len(rows) == limit else b"false")

    # -- admin -----------------------------------------------------------
    def status(self) -> dict:
        with self._sessions() as s:
            counts = dict(s.execute(select(LogItem.device_id, func.count())
                                    .where(LogItem.kind == "entry")
                                    .group_by(LogItem.device_id)).all())
            audit_heads = dict(s.execute(select(AuditItem.device_id, func.max(AuditItem.seq))
                                         .group_by(AuditItem.device_id)).all())
            stations = dict(s.execute(select(Station.device_id, Station.number)).all())
            devices = [{"id": d.id, "name": d.name, "workstation_id": d.workstation_id,
                        "enrolled_at": d.enrolled_at, "revoked_at": d.revoked_at,
                        "last_seen": d.last_seen, "entries": counts.get(d.id, 0),
                        "audit_head": audit_heads.get(d.id), "station": stations.get(d.id)}
                       for d in s.execute(select(Device).order_by(Device.enrolled_at))
                       .scalars()]
            incidents = [{"device_id": i.device_id, "kind": i.kind, "detail": i.detail,
                          "at": i.at}
                         for i in s.execute(select(Incident).order_by(Incident.id)).scalars()]
            total = s.execute(select(func.count()).select_from(LogItem)
                              .where(LogItem.kind == "entry")).scalar()
            blobs = s.execute(select(func.count()).select_from(LogItem)
                              .where(LogItem.kind == "blob")).scalar()
        return {"devices": devices, "incidents": incidents, "entries": total, "blobs": blobs}

    def verify(self) -> list[str]:
        """Decrypt and re-check everything; return the problems found."""
        problems: list[str] = []
        with self._sessions() as s:
            # the entry rules, against the staff directory of the stored staff entries
            ctx = entry_rules.Context(copy.deepcopy(self._load_directory(s)),
                                      lambda i: self._content_of(s, i))
            _, unchained = self._chain(s)       # staff entries named once, below
            for row in s.execute(select(LogItem).order_by(LogItem.seq)).scalars():
                try:
                    data = self.key.open(row.nonce, row.ciphertext, f"{row.kind}:{row.key}")
                except InvalidTag:
                    problems.append(f"log {row.seq}: does not decrypt (altered at rest)")
                    continue
                if row.kind == "blob":
                    if wire.sha256_hex(data) != row.key:
                        problems.append(f"blob {row.key}: hash mismatch")
                    continue
                if row.key in unchained:
                    continue
                try:
                    entry = entry_rules.admit(wire.loads(data), ctx)
                except (ValueError, RecursionError, wire.WireError) as exc:
                    problems.append(f"entry {row.key}: {exc}")
                    continue
                if entry["id"] != row.key or wire.entry_hash(entry) != row.hash:
                    problems.append(f"entry {row.key}: hash mismatch")
            prev: dict[str, tuple[int, str]] = {}
            for a in s.execute(select(AuditItem).order_by(AuditItem.device_id, AuditItem.seq)
                               ).scalars():
                try:
                    json.loads(self.key.open(a.nonce, a.ciphertext,
                                             f"audit:{a.device_id}:{a.seq}"))
                except InvalidTag:
                    problems.append(f"audit {a.device_id}/{a.seq}: does not decrypt")
                p = prev.get(a.device_id)
                if p is not None and (a.seq != p[0] + 1 or a.prev_hash != p[1]):
                    problems.append(f"audit {a.device_id}/{a.seq}: chain broken")
                prev[a.device_id] = (a.seq, a.hash)
            for eid, reason in unchained.items():
                problems.append(f"entry {eid}: staff directory entry refused ({reason})")
            for i in s.execute(select(Incident).order_by(Incident.id)).scalars():
                problems.append(f"incident {i.kind} on device {i.device_id}: {i.detail}")
        return problems


@dataclass
class DeviceTrail:
    """One device's audit chain as the server holds it, verified."""
    device_id: str
    name: str
    workstation_id: str
    station: int | None
    enrolled_at: str
    revoked_at: str | None
    entries: list[dict]
    report: "core_audit.ChainReport"


def redact_details(details: str | None) -> str:
    """Audit details without the values of changed fields (a correction's
    ``changes`` carry old and new values, which may be patient data): the
    field names stay, each value becomes ``[changed]``."""
    try:
        d = json.loads(details or "{}")
    except ValueError:
        return "{}"
    if isinstance(d, dict) and isinstance(d.get("changes"), dict):
        d["changes"] = {k: "[changed]" for k in d["changes"]}
    return wire.canonical_json(d)


def device_trails(store: Store, device_id: str | None = None) -> list[DeviceTrail]:
    """Every device's audit trail (or one), decrypted and checked against its
    hash chain with the core's own verifier (each entry's hash, the link to
    the previous one, sequence from 1 without gaps)."""
    out = []
    with store._sessions() as s:
        stations = dict(s.execute(select(Station.device_id, Station.number)).all())
        q = select(Device).order_by(Device.enrolled_at)
        if device_id is not None:
            q = q.where(Device.id == device_id)
        for dev in s.execute(q).scalars().all():
            entries, bad = [], None
            for a in s.execute(select(AuditItem).where(AuditItem.device_id == dev.id)
                               .order_by(AuditItem.seq)).scalars():
                try:
                    entries.append(json.loads(store.key.open(a.nonce, a.ciphertext,
                                                             f"audit:{a.device_id}:{a.seq}")))
                except InvalidTag:
                    bad = core_audit.ChainReport(False, len(entries), a.seq,
                                                 "does not decrypt (altered at rest)")
                    break
            report = bad or core_audit.verify_rows(entries)
            out.append(DeviceTrail(dev.id, dev.name, dev.workstation_id, stations.get(dev.id),
                                   dev.enrolled_at, dev.revoked_at, entries, report))
    return out
