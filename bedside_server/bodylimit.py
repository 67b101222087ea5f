"""Refuse an oversized or unauthorised request body before reading it.

A pure ASGI middleware in front of every route:

* a declared ``Content-Length`` above the route's limit is answered 413 at
  once, without reading a byte of the body;
* a chunked body is read chunk by chunk and answered 413 as soon as it
  passes the limit (a streaming cap), so memory never exceeds the limit;
* routes that need a device signature are pre-checked (headers well formed,
  device enrolled and not revoked) before the body is read, so an anonymous
  sender can make the server hold at most ``SMALL_BODY`` bytes;
* large bodies are read one at a time (pushes are written one at a time
  anyway) and a sender that stalls is cut off.

The body read here is handed on to the route unchanged.
"""

from __future__ import annotations

import asyncio
import json
from typing import Awaitable, Callable

SMALL_BODY = 64 * 1024                # enroll, status, pull: a few hundred bytes in practice
PUSH_BODY = 64 * 1024 * 1024          # a push batch with its blobs (base64)
RECEIVE_TIMEOUT_S = 30.0              # no bytes for this long: the sender is cut off
UNSIGNED_PATHS = frozenset({"/v1/health", "/v1/enroll"})


class Refused(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def limit_for(path: str) -> int:
    return PUSH_BODY if path == "/v1/push" else SMALL_BODY


async def send_refusal(send, status: int, code: str, message: str,
                       extra_headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps({"detail": {"code": code, "message": message}}).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode("ascii")),
                            (b"connection", b"close"), *extra_headers]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    def __init__(self, app, precheck: Callable[[dict[str, str]], Awaitable[None]],
                 server_time: Callable[[], int]) -> None:
        self.app = app
        self.precheck = precheck          # raises Refused (or an error with status/code/message)
        self.server_time = server_time
        self._large = asyncio.Semaphore(1)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        time_header = [(b"x-bedside-server-time", str(self.server_time()).encode("ascii"))]
        try:
            body = await self._read(scope, receive)
        except Refused as exc:
            return await send_refusal(send, exc.status, exc.code, exc.message, time_header)
        except _Disconnected:
            return None
        delivered = False

        async def replay():
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _read(self, scope, receive) -> bytes:
        path = scope.get("path", "")
        limit = limit_for(path)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        declared = headers.get("content-length")
        if declared is not None:
            if not (declared.isascii() and declared.isdigit() and len(declared) <= 18):
                raise Refused(400, "bad_length", "Content-Length is not a number")
            if int(declared) > limit:
                raise Refused(413, "too_large", f"request body larger than {limit} bytes")
        if path not in UNSIGNED_PATHS:
            try:
                await self.precheck(headers)
            except Exception as exc:
                if not hasattr(exc, "status"):
                    raise
                raise Refused(exc.status, exc.code, exc.message) from None
        if limit > SMALL_BODY:
            async with self._large:
                return await self._collect(receive, limit)
        return await self._collect(receive, limit)

    async def _collect(self, receive, limit: int) -> bytes:
        buf = bytearray()
        while True:
            try:
                msg = await asyncio.wait_for(receive(), RECEIVE_TIMEOUT_S)
            except asyncio.TimeoutError:
                raise Refused(408, "too_slow", "request body not received in time") from None
            if msg["type"] == "http.disconnect":
                raise _Disconnected()
            buf += msg.get("body", b"")
            if len(buf) > limit:
                raise Refused(413, "too_large", f"request body larger than {limit} bytes")
            if not msg.get("more_body", False):
                return bytes(buf)


class _Disconnected(Exception):
    pass
