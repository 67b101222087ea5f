"""A ward PC's view of the feed: the messages the server kept, fetched over
the device-signed HTTPS of sync and checked again here by the same rules
(a message a rogue server or device slipped in is dropped, not shown).
Held in memory only, never written to disk: the server keeps them; after a
restart the PC fetches again."""

from __future__ import annotations

import base64
import binascii
import threading
import time
from dataclasses import dataclass, field

from ..sync.client import SyncClient, SyncError
from ..sync.local import SyncState
from .message import FeedMessage, Rejected, parse

FETCH_EVERY_S = 20.0
FETCH_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class FeedItem:
    seq: int
    hold: str
    message: FeedMessage


@dataclass
class FeedCache:
    cursor: int = 0
    items: list[FeedItem] = field(default_factory=list)
    dropped: int = 0                 # fetched but failing the rules here
    fetched_at: float = 0.0
    reachable: bool | None = None    # None: never tried
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, answer: dict) -> None:
        for it in answer.get("items", []):
            try:
                raw = base64.b64decode(it["message"], validate=True)
                msg = parse(raw)
                seq = int(it["seq"])
            except (KeyError, TypeError, ValueError, binascii.Error, Rejected):
                self.dropped += 1
                continue
            self.items.append(FeedItem(seq, str(it.get("hold") or ""), msg))
        cursor = answer.get("cursor")
        if isinstance(cursor, int) and cursor > self.cursor:
            self.cursor = cursor

    def for_mrn(self, mrn: str) -> list[FeedItem]:
        return [i for i in self.items if i.message.mrn == mrn]


_CACHES: dict[str, FeedCache] = {}
_CACHES_LOCK = threading.Lock()


def cache_for(session) -> FeedCache:
    key = session.vault.workstation_id if hasattr(session, "vault") else "default"
    with _CACHES_LOCK:
        return _CACHES.setdefault(key, FeedCache())


def enrollment_of(session):
    """This PC's enrollment with the server (a vault read), or None."""
    return SyncState(session).enrollment()


def fetch(cache: FeedCache, enr, client_factory=SyncClient) -> FeedCache:
    """Fetch what is new from the server (network only, no vault access:
    safe off the vault's worker thread); offline leaves the cache as it is."""
    with cache.lock:
        cache.fetched_at = time.monotonic()
        try:
            with client_factory(enr.server_url, enr.ca_pem, enr.device_id, enr.key,
                                timeout=FETCH_TIMEOUT_S) as c:
                while True:
                    answer = c.hl7(cache.cursor)
                    cache.add(answer)
                    if not answer.get("more"):
                        break
            cache.reachable = True
        except SyncError:
            cache.reachable = False
    return cache


def refresh(session, client_factory=SyncClient, force: bool = False) -> FeedCache:
    """Enrollment and fetch in one call (at most every FETCH_EVERY_S unless
    ``force``); not enrolled leaves the cache as it is."""
    cache = cache_for(session)
    if not force and time.monotonic() - cache.fetched_at < FETCH_EVERY_S:
        return cache
    enr = enrollment_of(session)
    return cache if enr is None else fetch(cache, enr, client_factory)
