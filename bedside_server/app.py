"""HTTP layer: FastAPI routes over :class:`Store`.  Every route except
health and enroll requires a device signature."""

from __future__ import annotations

import json

from fastapi import FastAPI, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from bedside.sync import signing

from .store import AuthError, Store

MAX_BODY = 64 * 1024 * 1024


def create_app(store: Store) -> FastAPI:
    app = FastAPI(title="Bedside sync server", docs_url=None, redoc_url=None,
                  openapi_url=None)

    @app.middleware("http")
    async def server_time(request: Request, call_next):
        response = await call_next(request)
        response.headers[signing.H_SERVER_TIME] = str(store.now_ms())
        return response

    @app.exception_handler(AuthError)
    async def auth_error(_request: Request, exc: AuthError):
        return JSONResponse(status_code=exc.status,
                            content={"detail": {"code": exc.code, "message": exc.message}})

    async def _body(request: Request) -> bytes:
        body = await request.body()
        if len(body) > MAX_BODY:
            raise AuthError(413, "too_large", "request body too large")
        return body

    async def _device(request: Request, body: bytes):
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        headers = {k.lower(): v for k, v in request.headers.items()}
        return await run_in_threadpool(store.authenticate, request.method, path, body, headers)

    def _json(body: bytes) -> dict:
        try:
            data = json.loads(body or b"{}")
        except ValueError as exc:
            raise AuthError(400, "bad_json", "body is not JSON") from exc
        if not isinstance(data, dict):
            raise AuthError(400, "bad_json", "body is not a JSON object")
        return data

    @app.get("/v1/health")
    async def health():
        return {"ok": True, "service": "bedside-sync", "protocol": 1}

    @app.post("/v1/enroll")
    async def enroll(request: Request):
        data = _json(await _body(request))
        device_id = await run_in_threadpool(
            store.enroll, str(data.get("code", "")), str(data.get("name", "")),
            data.get("workstation_id"), str(data.get("public_key", "")))
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
    async def pull(request: Request, since: int = 0, limit: int = 500):
        await _device(request, await _body(request))
        if since < 0:
            raise HTTPException(400, {"code": "bad_cursor", "message": "cursor < 0"})
        return Response(await run_in_threadpool(store.pull, since, limit),
                        media_type="application/json")

    return app
