"""HTTP layer: FastAPI routes over :class:`Store`.  Every route except
health and enroll requires a device signature."""

from __future__ import annotations

import json

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from bedside.sync import signing

from . import hl7_listener
from .bodylimit import BodyLimit
from .hl7_inbox import MAX_PULL, Hl7Inbox
from .safejson import INT_MAX, BadJson, parse_object
from .store import AuthError, Store


def create_app(store: Store, hl7_host: str | None = None, hl7_port: int | None = None) -> FastAPI:
    """The HTTPS API; with ``hl7_port`` also the MLLP listener of the
    monitor/lab feed, in the same event loop (docs/hl7.md)."""
    app = FastAPI(title="Bedside sync server", docs_url=None, redoc_url=None,
                  openapi_url=None)
    inbox = Hl7Inbox(store)
    app.state.hl7_inbox = inbox

    if hl7_port is not None:
        async def start_hl7() -> None:
            app.state.hl7_server = await hl7_listener.start(inbox, hl7_host or "0.0.0.0", hl7_port)

        async def stop_hl7() -> None:
            app.state.hl7_server.close()

        app.router.on_startup.append(start_hl7)
        app.router.on_shutdown.append(stop_hl7)

    @app.middleware("http")
    async def server_time(request: Request, call_next):
        response = await call_next(request)
        response.headers[signing.H_SERVER_TIME] = str(store.now_ms())
        return response

    async def precheck(headers: dict[str, str]) -> None:
        await run_in_threadpool(store.precheck, headers)

    # outermost: sizes and device checked before any body is read
    app.add_middleware(BodyLimit, precheck=precheck, server_time=store.now_ms)

    @app.exception_handler(AuthError)
    async def auth_error(_request: Request, exc: AuthError):
        return JSONResponse(status_code=exc.status,
                            content={"detail": {**exc.extra, "code": exc.code,
                                                "message": exc.message}})

    async def _body(request: Request) -> bytes:
        return await request.body()     # already read, and capped, by BodyLimit

    async def _device(request: Request, body: bytes):
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        headers = {k.lower(): v for k, v in request.headers.items()}
        return await run_in_threadpool(store.authenticate, request.method, path, body, headers)

    def _json(body: bytes) -> dict:
        try:
            return parse_object(body)
        except BadJson as exc:
            raise AuthError(400, "bad_json", str(exc)) from None

    def _text(data: dict, name: str, default: str = "") -> str:
        value = data.get(name, default)
        if not isinstance(value, str) or "\x00" in value:
            raise AuthError(400, "bad_field", f"{name} must be text without NUL")
        return value

    @app.get("/v1/health")
    async def health():
        return {"ok": True, "service": "bedside-sync", "protocol": 1}

    @app.post("/v1/enroll")
    async def enroll(request: Request):
        data = _json(await _body(request))
        device_id = await run_in_threadpool(
            store.enroll, _text(data, "code"), _text(data, "name"),
            data.get("workstation_id"), _text(data, "public_key"))
        return {"device_id": device_id,
                "station": await run_in_threadpool(store.station, device_id)}

    @app.get("/v1/status")
    async def status(request: Request):
        dev = await _device(request, await _body(request))
        return {"device_id": dev.id, "name": dev.name, "server_time": store.now_ms(),
                "station": await run_in_threadpool(store.station, dev.id)}

    @app.post("/v1/push")
    async def push(request: Request):
        body = await _body(request)
        dev = await _device(request, body)
        data = _json(body)
        result = await run_in_threadpool(store.push, dev, data.get("entries", []),
                                         data.get("blobs", []), data.get("audit", []),
                                         data.get("audit_head"))
        return Response(json.dumps(result.as_dict(), separators=(",", ":")),
                        media_type="application/json")

    @app.get("/v1/pull")
    async def pull(request: Request, since: int = Query(0, ge=0, le=INT_MAX),
                   limit: int = Query(500, ge=1, le=INT_MAX)):
        await _device(request, await _body(request))
        if since < 0:
            raise HTTPException(400, {"code": "bad_cursor", "message": "cursor < 0"})
        return Response(await run_in_threadpool(store.pull, since, limit),
                        media_type="application/json")

    @app.get("/v1/hl7")
    async def hl7_messages(request: Request, since: int = Query(0, ge=0, le=INT_MAX),
                           limit: int = Query(MAX_PULL, ge=1, le=INT_MAX)):
        """Kept monitor/lab messages after the cursor, for an enrolled PC."""
        await _device(request, await _body(request))
        return await run_in_threadpool(inbox.since, since, limit)

    return app
