"""The workstation side of sync over an open vault: what to push, what the
server acknowledged, applying pulled entries, the sync state.

Clinical tables are never changed here except by *inserting* remote entries
exactly as they were made elsewhere (same ids, same hashes); bookkeeping
lives in ``sync_acks`` and ``sync_state``.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import and_, func, insert, literal_column, select
from sqlalchemy.orm import Session as OrmSession

from bedside.names import RecordType
from .. import audit, entry_rules
from ..identity.reconcile import reconcile
from ..identity.directory_cache import directory_changed
from ..identity.vault_directory import load_directory
from ..canonical import canonical_json
from ..records import RecordVersion, previous_content
from ..storage.schema import AuditRow, BlobRow, MergeRow, RecordRow
from . import quarantine, wire
from .schema import QuarantineRow, SyncAck, SyncStateRow
from .signing import DeviceKey

SYNC_ACTOR_NAME = "sync"


@dataclass(frozen=True)
class Enrollment:
    server_url: str
    ca_pem: str
    device_id: str
    key: DeviceKey
    device_name: str


class SyncState:
    """Key/value sync state inside the (encrypted) vault."""

    def __init__(self, source) -> None:
        """*source*: a Session (the database is looked up on every use, so a
        locked vault is never reopened behind the user's back) or a VaultDB."""
        self._src = source

    @property
    def db(self):
        return self._src.db if hasattr(self._src, "vault") else self._src

    def get(self, key: str, default: str | None = None) -> str | None:
        with self.db.read() as orm:
            row = orm.get(SyncStateRow, key)
            return row.value if row else default

    def set_in(self, orm: OrmSession, key: str, value: str | None) -> None:
        row = orm.get(SyncStateRow, key)
        if value is None:
            if row is not None:
                orm.delete(row)
        elif row is None:
            orm.add(SyncStateRow(key=key, value=value))
        else:
            row.value = value

    def set(self, **values: str | None) -> None:
        with self.db.write() as orm:
            for k, v in values.items():
                self.set_in(orm, k, v)

    def enrollment(self) -> Enrollment | None:
        vals = {k: self.get(k) for k in ("server_url", "ca_pem", "device_id", "device_key",
                                         "device_name")}
        if not all(vals[k] for k in ("server_url", "ca_pem", "device_id", "device_key")):
            return None
        return Enrollment(vals["server_url"], vals["ca_pem"], vals["device_id"],
                          DeviceKey(base64.b64decode(vals["device_key"])),
                          vals["device_name"] or "")


def _now_iso(clock_now: Callable[[], datetime]) -> str:
    return clock_now().astimezone(timezone.utc).isoformat()


def _wire_of(row: RecordRow) -> dict:
    """A stored version in wire form; one damaged on disk keeps its
    envelope and no content, so the entry rules refuse it (not sent)
    instead of stopping the push."""
    try:
        return RecordVersion.from_row(row).to_wire()
    except (ValueError, TypeError, RecursionError):
        return {"id": row.id, "record_id": row.record_id, "record_type": row.record_type,
                "patient_id": row.patient_id, "version": row.version, "replaces": row.replaces,
                "content": None, "content_hash": row.content_hash, "author_id": row.author_id,
                "author_name": row.author_name, "created_utc": row.created_utc,
                "utc_offset_min": row.utc_offset_min, "reason": row.reason,
                "workstation_id": row.workstation_id, "hlc": row.hlc}


def _audit_dict(row: AuditRow) -> dict:
    return {k: getattr(row, k) for k in audit.HASHED_FIELDS + ("hash",)}


class VaultLocal:
    """:class:`bedside.sync.engine.LocalStore` over a vault session."""

    def __init__(self, session) -> None:
        self.session = session
        self.state = SyncState(session)
        self.workstation_id = session.db.workstation_id
        self.applied: list[tuple[str | None, str]] = []   # (patient id, record type) of each pulled version stored
        self._now = session.clock.now
        self._off = session.clock.utc_offset_minutes

    @property
    def db(self):
        return self.session.db          # raises VaultLocked once the vault is locked

    # -- push ------------------------------------------------------------
    def pending(self, limit: int, max_blob_bytes: int) -> tuple[list[dict], list[dict]]:
        with self.db.read() as orm:
            rows = orm.scalars(
                select(RecordRow)
                .outerjoin(SyncAck, and_(SyncAck.kind == "entry", SyncAck.key == RecordRow.id))
                .where(SyncAck.key.is_(None), RecordRow.workstation_id == self.workstation_id)
                .order_by(literal_column("records.rowid")).limit(limit)).all()
            ids = [r.id for r in rows]
            merges: dict[str, list[str]] = {}
            for i in range(0, len(ids), 500):
                for eid, sup in orm.execute(select(MergeRow.entry_id, MergeRow.supersedes)
                                            .where(MergeRow.entry_id.in_(ids[i:i + 500]))):
                    merges.setdefault(eid, []).append(sup)
            entries = []
            for r in rows:
                e = _wire_of(r)
                if r.id in merges:
                    e["supersedes"] = sorted(merges[r.id])
                entries.append(e)
            blobs, size = [], 0
            cand = orm.execute(
                select(BlobRow.sha256, func.length(BlobRow.data))
                .outerjoin(SyncAck, and_(SyncAck.kind == "blob", SyncAck.key == BlobRow.sha256))
                .where(SyncAck.key.is_(None)).order_by(literal_column("blobs.rowid"))
                .limit(limit)).all()
            for sha, length in cand:
                if blobs and size + length > max_blob_bytes:
                    break
                data = orm.get(BlobRow, sha).data
                blobs.append(wire.encode_blob(data))
                size += length
        return entries, blobs

    def audit_acked_seq(self) -> int:
        return int(self.state.get("audit_acked_seq", "0"))

    def pending_audit(self, limit: int) -> tuple[list[dict], dict | None]:
        acked = self.audit_acked_seq()
        with self.db.read() as orm:
            rows = orm.scalars(select(AuditRow).where(AuditRow.seq > acked)
                               .order_by(AuditRow.seq).limit(limit)).all()
            last = orm.scalars(select(AuditRow).order_by(AuditRow.seq.desc()).limit(1)).first()
        head = {"seq": last.seq, "hash": last.hash} if last else None
        return [_audit_dict(r) for r in rows], head

    @staticmethod
    def _existing(orm: OrmSession, column, keys: list[str], *where) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            found.update(orm.scalars(select(column).where(column.in_(keys[i:i + 500]),
                                                          *where)).all())
        return found

    def mark_pushed(self, entry_status: dict[str, str], blob_status: dict[str, str],
                    audit_acked_seq: int | None, audit_status: str) -> None:
        now = _now_iso(self._now)
        with self.db.write() as orm:
            rows = []
            for kind, statuses in (("entry", entry_status), ("blob", blob_status)):
                have = self._existing(orm, SyncAck.key, list(statuses), SyncAck.kind == kind)
                for key, st in statuses.items():
                    if key in have:
                        continue
                    if st in ("stored", "duplicate"):
                        rows.append(dict(kind=kind, key=key, status="acked", at_utc=now,
                                         detail=None))
                    elif st in ("conflict", "invalid"):
                        rows.append(dict(kind=kind, key=key, status="rejected", at_utc=now,
                                         detail=st))
            if rows:
                orm.execute(insert(SyncAck), rows)
            if audit_acked_seq is not None:
                self.state.set_in(orm, "audit_acked_seq", str(audit_acked_seq))
            self.state.set_in(orm, "audit_status", audit_status)

    def reset_audit_ack(self, seq: int | None) -> None:
        self.state.set(audit_acked_seq=str(seq or 0))

    # -- pull ------------------------------------------------------------
    def cursor(self) -> int:
        return int(self.state.get("cursor", "0"))

    def door(self, orm: OrmSession, private: bool = True) -> entry_rules.Context:
        """The entry rules' context here: this vault's staff directory, its
        stored versions, the entries it quarantined."""
        refused = set(orm.scalars(select(QuarantineRow.entry_id)
                                  .where(QuarantineRow.entry_id.is_not(None))).all())
        old = orm.get(SyncStateRow, "quarantined")      # refusals from before one list
        if old is not None:
            refused.update(json.loads(old.value or "{}"))
        return entry_rules.Context(load_directory(self.db, orm, private=private),
                                   previous_content(orm), refused)

    def unfit(self, entries: list[dict]) -> dict[str, str]:
        """This PC's pending entries the entry rules refuse (a version
        written around the core): entry id -> "invalid"; never sent."""
        with self.db.read() as orm:
            ctx = self.door(orm, private=False)
            return {e["id"]: "invalid" for e in entries
                    if entry_rules.refusal(e, ctx) is not None}

    def apply(self, entries: list[dict], blobs: list[tuple[str, bytes]], cursor: int,
              quarantined: list[quarantine.Refused] | None = None,
              seqs: list[int | None] | None = None) -> int:
        """Insert pulled entries and blobs as they are, acknowledge them and
        move the cursor, all in one transaction. Every new entry passes the
        entry rules (bedside/entry_rules.py) against this vault's directory;
        one that fails is not stored but quarantined (kept aside in
        ``sync_quarantine``, audited ``sync_quarantined`` with its rule and
        reason), as are the items the engine set aside (*quarantined*).
        *seqs*: each entry's server sequence number, for the incident."""
        now = _now_iso(self._now)
        inserted: list[str] = []
        mismatched: list[str] = []
        actor = audit.Actor(None, SYNC_ACTOR_NAME, self.workstation_id)
        when, off = self._now(), self._off()
        kept_aside = list(quarantined or [])
        with self.db.write() as orm:
            ids = [e["id"] for e in entries
                   if isinstance(e, dict) and isinstance(e.get("id"), str)]
            shas = [sha for sha, _ in blobs]
            have_entries = self._existing(orm, RecordRow.id, ids)
            have_blobs = self._existing(orm, BlobRow.sha256, shas)
            acked_e = self._existing(orm, SyncAck.key, ids, SyncAck.kind == "entry")
            acked_b = self._existing(orm, SyncAck.key, shas, SyncAck.kind == "blob")
            new_blobs = [dict(sha256=sha, data=data, created_utc=now) for sha, data in blobs
                         if sha not in have_blobs]
            acks = [dict(kind="blob", key=sha, status="acked", at_utc=now, detail=None)
                    for sha in dict.fromkeys(shas) if sha not in acked_b]
            if new_blobs:
                orm.execute(insert(BlobRow), new_blobs)
            rows, merges, fresh = [], [], []
            batch_new: set[str] = set()
            ctx = self.door(orm)
            for i, raw in enumerate(entries):
                eid = raw.get("id") if isinstance(raw, dict) else None
                if isinstance(eid, str) and eid in batch_new:
                    continue
                if isinstance(eid, str) and eid in have_entries:
                    if raw.get("workstation_id") == self.workstation_id and eid in acked_e:
                        continue        # our own, already acknowledged for this very hash
                    if not self._same_as_stored(orm, raw):
                        mismatched.append(eid)
                    continue
                try:
                    e = entry_rules.admit(raw, ctx)
                except entry_rules.EntryRefused as exc:
                    seq = seqs[i] if seqs is not None and i < len(seqs) else None
                    kept_aside.append(quarantine.Refused.of(
                        {"seq": seq, "kind": "entry", "entry": raw},
                        f"{exc.reason}: {exc.message}", rule=exc.rule))
                    if isinstance(eid, str):
                        ctx.refused.add(eid)
                    continue
                ctx.admitted(e)
                batch_new.add(e["id"])
                rows.append(dict(id=e["id"], record_id=e["record_id"],
                                 record_type=e["record_type"], patient_id=e["patient_id"],
                                 version=e["version"], replaces=e["replaces"],
                                 content=canonical_json(e["content"]),
                                 content_hash=e["content_hash"], author_id=e["author_id"],
                                 author_name=e["author_name"] or "",
                                 created_utc=e["created_utc"],
                                 utc_offset_min=e["utc_offset_min"], reason=e["reason"],
                                 workstation_id=e["workstation_id"], hlc=e["hlc"],
                                 author_key_id=e.get("author_key_id"),
                                 entry_sig=e.get("entry_sig")))
                merges += [dict(entry_id=e["id"], supersedes=x) for x in e.get("supersedes", [])]
                if e["id"] not in acked_e:
                    acks.append(dict(kind="entry", key=e["id"], status="acked", at_utc=now,
                                     detail=None))
                fresh.append(e)
            if rows:
                orm.execute(insert(RecordRow), rows)       # in server order: bases first
                if any(r["record_type"] == RecordType.STAFF for r in rows):
                    directory_changed(self.db, orm)
            if merges:
                orm.execute(insert(MergeRow), merges)
            if acks:
                orm.execute(insert(SyncAck), acks)
            for e in fresh:
                # every version here has its audit entry: "received from <workstation>"
                audit.append(orm, actor, "sync_received", when=when, utc_offset_min=off,
                             record_type=e["record_type"], record_id=e["record_id"],
                             entry_id=e["id"], version=e["version"],
                             details={"content_hash": e["content_hash"],
                                      "from_workstation": e["workstation_id"],
                                      "supersedes": e.get("supersedes", [])})
                inserted.append(e["id"])
            if blobs or mismatched:
                audit.append(orm, actor, "sync_received", when=when, utc_offset_min=off,
                             details={"blobs": [s for s, _ in blobs],
                                      "mismatched": mismatched})
            if kept_aside:
                quarantine.store(orm, kept_aside, now)
                for r in kept_aside:
                    audit.append(orm, actor, "sync_quarantined", when=when, utc_offset_min=off,
                                 entry_id=r.entry_id,
                                 details={"claimed_entry_id": r.entry_id,
                                          "from_workstation": r.workstation_id,
                                          "server_seq": r.server_seq, "kind": r.kind,
                                          "rule": r.rule, "reason": r.reason})
            self.state.set_in(orm, "cursor", str(cursor))
            if mismatched:
                have = orm.get(SyncStateRow, "mismatched")
                old = json.loads(have.value) if have is not None else []
                self.state.set_in(orm, "mismatched", json.dumps(sorted(set(old) | set(mismatched))))
        for e in fresh:
            self.db.hlc.observe(e["hlc"])
        self.applied += [(e["patient_id"], e["record_type"]) for e in fresh]
        if any(e["record_type"] == RecordType.STAFF for e in fresh):
            reconcile(self.session.vault, actor)     # people created, reset, revoked elsewhere
        return len(inserted)

    @staticmethod
    def _same_as_stored(orm: OrmSession, raw: dict) -> bool:
        """Whether a pulled entry whose id is already stored here is that
        very entry (same whole-entry hash, merges included)."""
        have = orm.get(RecordRow, raw["id"])
        mine = RecordVersion.from_row(have).to_wire()
        sup = sorted(orm.scalars(select(MergeRow.supersedes)
                                 .where(MergeRow.entry_id == have.id)).all())
        if sup:
            mine["supersedes"] = sup
        try:
            return wire.entry_hash(mine) == wire.entry_hash(raw)
        except (TypeError, ValueError, RecursionError):
            return False

    def quarantined(self) -> dict[str, str]:
        """Pulled entries kept aside here: entry id -> reason code
        (``entry_rules.REASONS``)."""
        with self.db.read() as orm:
            found = {eid: reason.split(":", 1)[0] for eid, reason in orm.execute(
                select(QuarantineRow.entry_id, QuarantineRow.reason)
                .where(QuarantineRow.entry_id.is_not(None)))}
            old = orm.get(SyncStateRow, "quarantined")
        return {**json.loads(old.value or "{}"), **found} if old is not None else found

    def quarantine_count(self) -> int:
        return quarantine.count(self.db)

    def conflict_count(self) -> int:
        return len(self.session.records.conflicted())

    # -- status ----------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.db.read() as orm:
            own = orm.scalar(select(func.count()).select_from(RecordRow)
                             .where(RecordRow.workstation_id == self.workstation_id))
            acked = orm.scalar(select(func.count()).select_from(SyncAck)
                               .join(RecordRow, RecordRow.id == SyncAck.key)
                               .where(SyncAck.kind == "entry", SyncAck.status == "acked",
                                      RecordRow.workstation_id == self.workstation_id))
            rejected = orm.scalar(select(func.count()).select_from(SyncAck)
                                  .where(SyncAck.status == "rejected"))
        return {"own": own or 0, "unsent": (own or 0) - (acked or 0) - (rejected or 0),
                "rejected": rejected or 0}
