"""The push/pull loop between one workstation and the server.

The engine knows nothing of the vault's tables: it talks to a *local
store* (``bedside.sync.local.VaultLocal`` over a vault session) and to a
:class:`~bedside.sync.client.SyncClient`.  Everything it does is safe to
interrupt at any byte:

* push: a batch is committed by the server in one transaction or not at all;
  the workstation records acknowledgements only after reading the answer.
  A batch cut anywhere is simply sent again and answered "duplicate".
* pull: a page is verified (shape, content hash, entry hash, blob hash)
  before anything is written, then applied with the new cursor in one local
  transaction.  A page cut anywhere is fetched again from the old cursor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from . import quarantine, wire
from .client import SyncClient


class SyncVerifyError(Exception):
    """A pulled item failed verification: nothing of its page was applied."""


def _altered_in_transit(item: dict) -> bool:
    """True when an entry does not match the hashes it travels with (the
    server's whole-entry hash, its own content hash): damaged or altered on
    the way, so the page is fetched again rather than anything kept aside.
    An entry that matches its hashes but breaks the rules is what the server
    stored: that one is quarantined."""
    raw = item.get("entry")
    if not isinstance(raw, dict):
        return False
    try:
        return (wire.entry_hash(raw) != item.get("hash")
                or wire.content_hash(raw.get("content")) != raw.get("content_hash"))
    except (TypeError, ValueError, RecursionError):
        return False


class LocalStore(Protocol):
    def pending(self, limit: int, max_blob_bytes: int) -> tuple[list[dict], list[dict]]: ...
    def pending_audit(self, limit: int) -> tuple[list[dict], dict | None]: ...
    def mark_pushed(self, entry_status: dict[str, str], blob_status: dict[str, str],
                    audit_acked_seq: int | None, audit_status: str) -> None: ...
    def reset_audit_ack(self, seq: int | None) -> None: ...
    def cursor(self) -> int: ...
    def apply(self, entries: list[dict], blobs: list[tuple[str, bytes]], cursor: int,
              quarantined: list["quarantine.Refused"] | None = None,
              seqs: list[int | None] | None = None) -> int: ...
    def unfit(self, entries: list[dict]) -> dict[str, str]: ...
    def conflict_count(self) -> int: ...
    def quarantine_count(self) -> int: ...


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    rejected: dict[str, str] = field(default_factory=dict)
    audit_status: str = "ok"
    conflicts: int = 0
    quarantined: int = 0


class SyncEngine:
    def __init__(self, local: LocalStore, client: SyncClient, batch_size: int = 500,
                 max_blob_bytes: int = 8 * 1024 * 1024) -> None:
        self.local = local
        self.client = client
        self.batch_size = batch_size
        self.max_blob_bytes = max_blob_bytes

    def sync_once(self) -> SyncReport:
        """Push everything pending, then pull everything new.  Raises
        SyncOffline / SyncRefused / SyncServerError / SyncVerifyError; what
        was done before the error stays done and is not redone."""
        report = SyncReport()
        self.push(report)
        self.pull(report)
        report.conflicts = self.local.conflict_count()
        return report

    def push(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport()
        gap_retried = False
        while True:
            entries, blobs = self.local.pending(self.batch_size, self.max_blob_bytes)
            # what the entry rules would refuse is never sent (marked rejected here)
            unfit = self.local.unfit(entries)
            if unfit:
                self.local.mark_pushed(unfit, {}, None, report.audit_status)
                report.rejected.update(unfit)
                entries = [e for e in entries if e["id"] not in unfit]
            audit, head = self.local.pending_audit(self.batch_size * 4)
            if not entries and not blobs and not audit:
                return report
            answer = self.client.push(entries, blobs, audit, head)
            entry_status = {k: v for k, v in answer.get("entries", {}).items()
                            if isinstance(k, str) and isinstance(v, str)}
            blob_status = {k: v for k, v in answer.get("blobs", {}).items()
                           if isinstance(k, str) and isinstance(v, str)}
            a = answer.get("audit") or {}
            a_status = str(a.get("status", "ok"))
            acked = a.get("acked_seq") if isinstance(a.get("acked_seq"), int) else None
            if a_status == "gap" and not gap_retried:
                # the server lacks earlier links (e.g. restored server): resend from its point
                self.local.reset_audit_ack(acked)
                gap_retried = True
                continue
            self.local.mark_pushed(entry_status, blob_status,
                                   acked if a_status == "ok" else None, a_status)
            report.audit_status = a_status
            report.pushed += sum(1 for v in entry_status.values() if v == "stored")
            report.rejected.update({k: v for k, v in entry_status.items()
                                    if v in ("conflict", "invalid")})
            answered = {e["id"] for e in entries} & set(entry_status)
            audit_moved = bool(audit) and a_status == "ok" and acked is not None \
                and acked >= max(a["seq"] for a in audit)
            if not (answered or blob_status or audit_moved):
                return report          # nothing acknowledged: do not loop
            if not entries and not blobs and not audit_moved:
                return report          # only a refused audit left: reported, stop

    def pull(self, report: SyncReport | None = None) -> SyncReport:
        report = report or SyncReport()
        while True:
            since = self.local.cursor()
            page = self.client.pull(since, self.batch_size)
            items = page.get("items")
            cursor = page.get("cursor")
            if not isinstance(items, list) or not isinstance(cursor, int) or cursor < since:
                raise SyncVerifyError("the server's answer is not a pull page")
            entries: list[dict] = []
            seqs: list[int | None] = []
            blobs: list[tuple[str, bytes]] = []
            refused: list[quarantine.Refused] = []
            for item in items:
                # one bad item is set aside (quarantined), never fatal: the rest applies
                try:
                    if not isinstance(item, dict):
                        raise wire.WireError("item is not an object")
                    if item.get("kind") == "entry":
                        if _altered_in_transit(item):
                            # not what the server stored: apply nothing, fetch again later
                            raise SyncVerifyError(f"pulled item {item.get('seq')} refused: "
                                                  "entry hash does not match")
                        # the entry rules run where the directory is: VaultLocal.apply
                        entries.append(item.get("entry"))
                        seqs.append(item.get("seq") if isinstance(item.get("seq"), int) else None)
                    elif item.get("kind") == "blob":
                        blobs.append(wire.decode_blob(item.get("blob")))
                    else:
                        raise wire.WireError("unknown item kind")
                except wire.WireError as exc:
                    refused.append(quarantine.Refused.of(item, str(exc)))
            if cursor > since:
                before = self.local.quarantine_count()
                report.pulled += self.local.apply(entries, blobs, cursor, refused, seqs)
                report.quarantined += self.local.quarantine_count() - before
            if not page.get("more") or cursor == since:
                return report
