"""Helper for bench/sync.py (not a bench itself: the leading underscore keeps it
out of tests/test_bench_smoke.py). The baseline: the same bytes over the same HTTPS stack with
no protocol at all (no signature, no parsing, no database, no encryption)."""

from fastapi import FastAPI, Request
from fastapi.responses import Response

app = FastAPI()
_bodies: list[bytes] = []


@app.post("/sink")
async def sink(request: Request):
    _bodies.append(await request.body())
    return {"n": len(_bodies) - 1}


@app.get("/back/{i}")
async def back(i: int):
    return Response(_bodies[i], media_type="application/json")
