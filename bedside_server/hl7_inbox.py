"""The server's HL7 inbox: each message that passes the checks is committed
(encrypted at rest, SQLite synchronous=FULL / PostgreSQL commit) *before*
its ACK is written, so an AA means "kept"; the same message sent again
(same sender and control id, same bytes) is answered AA and not kept twice;
a control id reused for other content is refused.  Patients are known from
the ``patient`` entries the ward PCs pushed: an unknown hospital number is
answered AE (nothing kept: the gateway sends it again later, e.g. once the
PC that registered the patient has synced); a name or birth date that
disagrees is kept but held for review."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography.exceptions import InvalidTag
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from bedside.hl7feed import ack as hl7_ack
from bedside.hl7feed.matching import KnownPatient, hold_reason, patient_from_content
from bedside.hl7feed.message import FeedMessage, Rejected, parse
from bedside.names import RecordType

from . import logorder
from .db import Hl7Item, LogItem
from .store import Store

MAX_PULL = 500
log = logging.getLogger("bedside_server.hl7")


@dataclass(frozen=True)
class Outcome:
    code: str            # AA / AE / AR
    control_id: str
    reason: str          # "" when kept; "duplicate" when already kept; else why not
    ack: bytes


class PatientIndex:
    """Hospital number → the latest version of that patient, read
    incrementally from the log (only entries newer than the last look)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._seq = 0
        self._latest: dict[str, tuple[int, dict]] = {}     # record id → (version, content)
        self._by_mrn: dict[str, KnownPatient] = {}

    def find(self, mrn: str) -> KnownPatient | None:
        with self._store._sessions() as s:
            rows = s.execute(select(LogItem).where(LogItem.kind == "entry",
                                                   LogItem.seq > self._seq)
                             .order_by(LogItem.seq)).scalars().all()
        changed = False
        for row in rows:
            self._seq = row.seq
            e = json.loads(self._store.key.open(row.nonce, row.ciphertext, f"entry:{row.key}"))
            if e.get("record_type") != RecordType.PATIENT:
                continue
            have = self._latest.get(e["record_id"])
            if have is None or e["version"] > have[0]:
                self._latest[e["record_id"]] = (e["version"], e["content"])
                changed = True
        if changed:
            self._by_mrn = {}
            for _version, content in self._latest.values():
                p = patient_from_content(content)
                if p is not None:
                    self._by_mrn[p.mrn] = p
        return self._by_mrn.get(mrn)


class Hl7Inbox:
    def __init__(self, store: Store, zone: str = "Europe/Brussels") -> None:
        self.store = store
        self.zone = zone
        self.patients = PatientIndex(store)
        self._lock = threading.Lock()

    def receive(self, raw: bytes) -> Outcome:
        """Check, keep and answer one message (the MLLP frame's content)."""
        with self._lock:
            try:
                msg = parse(raw, self.zone)
            except Rejected as exc:
                return self._answer(exc.ack_code, exc.control_id, exc.reason, raw)
            patient = self.patients.find(msg.mrn)
            if patient is None:
                return self._answer("AE", msg.control_id, "unknown patient", raw, msg)
            return self._keep(msg, raw, hold_reason(msg, patient))

    def _keep(self, msg: FeedMessage, raw: bytes, hold: str) -> Outcome:
        digest = hashlib.sha256(raw).hexdigest()
        with self.store._sessions() as s:
            if s.execute(select(Hl7Item.seq).where(
                    Hl7Item.sender == msg.sender,
                    Hl7Item.control_id == msg.control_id)).first() is not None:
                return self._answer_stored(s, msg, raw, digest)
            nonce, ct = self.store.key.seal(raw, f"hl7:{msg.sender}:{msg.control_id}")
            try:
                logorder.announce(s, "hl7_inbox")    # a pull stops below this row until it commits
                s.execute(insert(Hl7Item), [{
                    "sender": msg.sender, "control_id": msg.control_id, "digest": digest,
                    "received_at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                    "hold": hold, "nonce": nonce, "ciphertext": ct}])
                s.commit()
            except IntegrityError:
                # another server process (replica) kept this sender's control id
                # meanwhile: the database's unique constraint, not this process,
                # decides; answer from what the winner stored
                s.rollback()
                return self._answer_stored(s, msg, raw, digest)
        return self._answer("AA", msg.control_id, "", raw, msg)

    def _answer_stored(self, s, msg: FeedMessage, raw: bytes, digest: str) -> Outcome:
        have = s.execute(select(Hl7Item.digest).where(
            Hl7Item.sender == msg.sender, Hl7Item.control_id == msg.control_id)).scalar()
        if have == digest:
            return self._answer("AA", msg.control_id, "duplicate", raw, msg)
        return self._answer("AR", msg.control_id, "control id reused for other content",
                            raw, msg)

    @staticmethod
    def _answer(code: str, control_id: str, reason: str, raw: bytes,
                msg: FeedMessage | None = None) -> Outcome:
        app, facility = (msg.sender.split("^") + [""])[:2] if msg else ("", "")
        return Outcome(code, control_id, reason,
                       hl7_ack.build_ack(code, control_id, reason, app, facility))

    # -- what the ward PCs read ------------------------------------------
    def since(self, seq: int, limit: int = MAX_PULL) -> dict:
        """Kept messages after ``seq``, decrypted, for an enrolled device."""
        limit = max(1, min(int(limit), MAX_PULL))
        # never past a message another replica has numbered but not committed
        barrier = logorder.settled_seq(self.store.engine, "hl7_inbox")
        query = select(Hl7Item).where(Hl7Item.seq > seq)
        if barrier is not None:
            query = query.where(Hl7Item.seq <= barrier)
        with self.store._sessions() as s:
            rows = s.execute(query.order_by(Hl7Item.seq).limit(limit)).scalars().all()
        items = []
        for r in rows:
            try:
                raw = self.store.key.open(r.nonce, r.ciphertext, f"hl7:{r.sender}:{r.control_id}")
            except InvalidTag:       # changed on disk: never handed out, never blocks the rest
                log.warning("hl7 inbox row %d does not decrypt: skipped", r.seq)
                continue
            items.append({"seq": r.seq, "received_at": r.received_at, "hold": r.hold,
                          "message": base64.b64encode(raw).decode("ascii")})
        return {"items": items, "cursor": rows[-1].seq if rows else seq,
                "more": len(rows) == limit}

    def count(self) -> int:
        with self.store._sessions() as s:
            return len(s.execute(select(Hl7Item.seq)).all())
