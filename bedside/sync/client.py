"""HTTPS client for the Bedside sync server.

Trusts only the site CA given at enrollment (no system CAs), signs every
request with the device key and learns the server's clock from each answer
so a workstation whose clock is wrong by an hour still gets in (its own
entries keep the local time and HLC; only the request timestamp is adjusted).
"""

from __future__ import annotations

import json
import ssl
import time
from typing import Any, Callable
from urllib.parse import urlencode

import httpx

from . import wire
from .signing import H_SERVER_TIME, DeviceKey

PROTOCOL = "v1"


class SyncError(Exception):
    """Base of sync client errors (messages carry no clinical data)."""


class SyncOffline(SyncError):
    """Server unreachable, connection cut or timed out: retry later."""


class SyncRefused(SyncError):
    """The server refused the request (bad signature, revoked, bad code…)."""

    def __init__(self, status: int, code: str, message: str = "") -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message


class SyncServerError(SyncError):
    """The server answered 5xx or something that is not the protocol."""


def pinned_ssl_context(ca_pem: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cadata=ca_pem)   # only the site CA
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class SyncClient:
    def __init__(self, base_url: str, ca_pem: str, device_id: str | None = None,
                 key: DeviceKey | None = None, timeout: float = 30.0,
                 wall_ms: Callable[[], int] | None = None) -> None:
        if not base_url.startswith("https://"):
            raise ValueError("the sync server address must start with https://")
        self.base_url = base_url.rstrip("/")
        self.device_id = device_id
        self.key = key
        self.station: int | None = None
        self._wall_ms = wall_ms or (lambda: int(time.time() * 1000))
        self.offset_ms = 0        # server clock minus ours, learned from answers
        self._http = httpx.Client(verify=pinned_ssl_context(ca_pem), timeout=timeout,
                                  headers={"User-Agent": "bedside-sync/1"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "SyncClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- transport -------------------------------------------------------
    def _send(self, method: str, path: str, body: bytes, signed: bool) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if signed:
            if not (self.device_id and self.key):
                raise SyncRefused(0, "not_enrolled", "this workstation is not enrolled")
            headers.update(self.key.sign_headers(self.device_id, method, path, body,
                                                 self._wall_ms() + self.offset_ms))
        try:
            resp = self._http.request(method, self.base_url + path, content=body,
                                      headers=headers)
        except httpx.TransportError as exc:   # connect, read, TLS, cut mid-response
            raise SyncOffline(type(exc).__name__) from exc
        server_time = resp.headers.get(H_SERVER_TIME)
        if server_time and server_time.isdigit():
            self.offset_ms = int(server_time) - self._wall_ms()
        return resp

    def _call(self, method: str, path: str, payload: Any = None, signed: bool = True) -> Any:
        body = b"" if payload is None else json.dumps(payload, separators=(",", ":"),
                                                      ensure_ascii=False).encode("utf-8")
        resp = self._send(method, path, body, signed)
        if resp.status_code == 401 and self._detail(resp, "code", "refused") == "clock_skew":
            resp = self._send(method, path, body, signed)   # offset now learned
        if resp.status_code >= 500:
            raise SyncServerError(f"server error {resp.status_code}")
        if resp.status_code >= 400:
            raise SyncRefused(resp.status_code, self._detail(resp, "code", "refused"),
                              self._detail(resp, "message", ""))
        try:
            return wire.loads(resp.content)
        except (ValueError, RecursionError) as exc:
            raise SyncServerError("answer is not JSON") from exc

    @staticmethod
    def _detail(resp: httpx.Response, key: str, default: str) -> str:
        """``detail.<key>`` of a refusal's JSON body, or ``default``."""
        try:
            return str(resp.json().get("detail", {}).get(key, default))
        except (ValueError, AttributeError):
            return default

    # -- protocol --------------------------------------------------------
    def health(self) -> dict:
        return self._call("GET", f"/{PROTOCOL}/health", signed=False)

    def enroll(self, code: str, device_name: str, workstation_id: str,
               key: DeviceKey, site_root: str | None = None) -> str:
        """*site_root*: this PC's pinned site administrator key (None for a
        PC joining a site, which learns it from the answer: ``site_root``)."""
        answer = self._call("POST", f"/{PROTOCOL}/enroll",
                            {"code": code, "name": device_name,
                             "workstation_id": workstation_id,
                             "public_key": key.public_b64, "site_root": site_root},
                            signed=False)
        self.device_id, self.key = answer["device_id"], key
        self.station = answer.get("station")      # the site-wide PC number (numbering.py)
        self.site_root = answer.get("site_root")
        return self.device_id

    def status(self) -> dict:
        return self._call("GET", f"/{PROTOCOL}/status")

    def push(self, entries: list[dict], blobs: list[dict] | None = None,
             audit: list[dict] | None = None, audit_head: dict | None = None) -> dict:
        return self._call("POST", f"/{PROTOCOL}/push",
                          {"entries": entries, "blobs": blobs or [], "audit": audit or [],
                           "audit_head": audit_head})

    def hl7(self, since: int, limit: int = 500) -> dict:
        """Monitor/lab messages the server kept after ``since`` (docs/hl7.md)."""
        return self._call("GET", f"/{PROTOCOL}/hl7?" + urlencode({"since": since,
                                                                "limit": limit}))

    def pull(self, since: int, limit: int = 500) -> dict:
        return self._call("GET", f"/{PROTOCOL}/pull?" + urlencode({"since": since,
                                                                 "limit": limit}))
