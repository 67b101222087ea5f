"""Rogue senders against a real ``bedside-server`` over real HTTPS on
127.0.0.1, on SQLite and PostgreSQL: an anonymous host on the ward network
and a rogue enrolled device with its valid key. Every bad request is a 4xx
with a reason, never a 500; bodies are refused before they are read."""

from __future__ import annotations

import json
import threading
import time
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bedside.sync.client import SyncClient, pinned_ssl_context
from bedside.sync.signing import DeviceKey
from bedside_server.bodylimit import PUSH_BODY, SMALL_BODY
from tests.server.entries import audit_chain, make_entry
from tests.server.rawhttp import reset_peak, rss_kib, send_big_body

MB = 1024 * 1024


class Rogue:
    """An enrolled device that signs whatever it is told to send."""

    def __init__(self, srv, ws: str = "ws-rogue") -> None:
        self.srv = srv
        self.key = DeviceKey.generate()
        with SyncClient(srv.url, srv.ca_pem) as c:
            self.device_id = c.enroll(srv.enrollment_code("rogue"), "rogue", ws, self.key)
        self.http = httpx.Client(verify=pinned_ssl_context(srv.ca_pem), timeout=60)

    def send(self, method: str, path: str, body: bytes = b"", device_id: str | None = None,
             signed_path: str | None = None) -> httpx.Response:
        headers = self.key.sign_headers(device_id or self.device_id, method,
                                        signed_path or path, body, int(time.time() * 1000))
        return self.http.request(method, self.srv.url + path, content=body, headers=headers)

    def anonymous(self, method: str, path: str, body: bytes = b"") -> httpx.Response:
        return self.http.request(method, self.srv.url + path, content=body)

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def rogue(server):
    r = Rogue(server)
    yield r
    r.close()


def refused_with_reason(r: httpx.Response) -> bool:
    if not 400 <= r.status_code < 500:
        return False
    detail = r.json().get("detail")
    return bool(detail) and (isinstance(detail, list) or bool(detail.get("message")))


def deep(n: int) -> bytes:
    return b'{"a":' * n + b"1" + b"}" * n


def test_the_five_inputs_that_gave_500(rogue):
    # 100k-deep JSON, unsigned to enroll and signed to push
    r = rogue.anonymous("POST", "/v1/enroll", deep(100_000))       # 600 kB: too large to read
    assert refused_with_reason(r) and r.json()["detail"]["code"] == "too_large", r.text
    r = rogue.anonymous("POST", "/v1/enroll", deep(10_000))        # 60 kB, read, then refused
    assert refused_with_reason(r) and r.json()["detail"]["code"] == "bad_json", r.text
    r = rogue.send("POST", "/v1/push", b'{"entries":' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    assert refused_with_reason(r) and r.json()["detail"]["code"] == "bad_json", r.text
    # audit head sequence 10**30
    body = json.dumps({"entries": [], "audit": audit_chain(2, workstation_id="ws-rogue"),
                       "audit_head": {"seq": 10 ** 30, "hash": "x"}}).encode()
    r = rogue.send("POST", "/v1/push", body)
    assert refused_with_reason(r), r.text
    # pull since 10**20
    r = rogue.send("GET", f"/v1/pull?since={10 ** 20}")
    assert refused_with_reason(r), r.text
    # the real device id plus one character, signed with the real key
    r = rogue.send("GET", "/v1/status", device_id=rogue.device_id + "0")
    assert r.status_code == 401 and r.json()["detail"]["code"] == "unknown_device"
    # ... and the real id still works, nothing was stored by the refusals
    assert rogue.send("GET", "/v1/status").status_code == 200
    pulled = rogue.send("GET", "/v1/pull?since=0").json()
    assert pulled["items"] == []


# -- generated inputs ----------------------------------------------------------
odd_text = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["\ud800", "\udfff", "a\x00b", "\u202eevil", "\ufeff", "𝕏" * 5,
                     "..\\..\\evil", "\u0000", "é" * 3, "\U0010ffff"]))
huge_int = st.one_of(st.integers(-2 ** 70, 2 ** 70), st.sampled_from(
    [10 ** 30, -10 ** 30, 2 ** 63, 2 ** 63 - 1, -2 ** 63 - 1, 10 ** 4000]))
scalar = st.none() | st.booleans() | huge_int | st.floats(allow_nan=False) | odd_text
json_values = st.recursive(
    scalar, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(odd_text, inner, max_size=3),
    max_leaves=8)


def nested(depth: int, leaf) -> object:
    value = leaf
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


deep_values = st.builds(nested, st.integers(30, 400), scalar)   # deeper: raw bytes below
any_value = st.one_of(json_values, deep_values)


def to_bytes(value) -> bytes:
    # ensure_ascii keeps lone surrogates as \\ud800 escapes, exactly as an attacker may send them
    return json.dumps(value, ensure_ascii=True).encode("ascii")


ENTRY_FIELDS = sorted(make_entry("ws-rogue"))


@st.composite
def push_bodies(draw):
    kind = draw(st.sampled_from(["entry_field", "audit_field", "head", "blob", "top", "raw"]))
    if kind == "entry_field":
        entry = make_entry("ws-rogue")
        entry[draw(st.sampled_from(ENTRY_FIELDS))] = draw(any_value)
        return to_bytes({"entries": [entry]})
    if kind == "audit_field":
        chain = audit_chain(1, workstation_id="ws-rogue")
        chain[0][draw(st.sampled_from(sorted(chain[0])))] = draw(any_value)
        return to_bytes({"audit": chain, "audit_head": {"seq": 1, "hash": chain[0]["hash"]}})
    if kind == "head":
        return to_bytes({"audit_head": draw(st.fixed_dictionaries(
            {"seq": any_value, "hash": any_value}) | any_value)})
    if kind == "blob":
        return to_bytes({"blobs": [draw(st.fixed_dictionaries(
            {"sha256": any_value, "data": any_value}) | any_value)]})
    if kind == "top":
        return to_bytes(draw(st.dictionaries(st.sampled_from(
            ["entries", "blobs", "audit", "audit_head"]), any_value, max_size=4)))
    return draw(st.binary(max_size=64) | st.just(deep(5000)) | st.just(b'{"a":NaN}')
                | st.just(b'{"a":1e999999}') | st.just(b'{"a":"\xff\xfe"}'))


@st.composite
def enroll_bodies(draw):
    body = {"code": "AAAA-BBBB-CCCC-DDDD", "name": "x", "workstation_id": "ws-x",
            "public_key": DeviceKey.generate().public_b64}
    body[draw(st.sampled_from(sorted(body)))] = draw(any_value)
    return to_bytes(body)


pull_queries = st.fixed_dictionaries({
    "since": st.one_of(huge_int.map(str), odd_text),
    "limit": st.one_of(huge_int.map(str), odd_text)})

EXAMPLES = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck),
                    derandomize=True)


def test_generated_bad_requests_are_4xx_with_a_reason_never_500(rogue, server):
    statuses: dict[int, int] = {}

    def record(r: httpx.Response) -> None:
        statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
        assert r.status_code < 500, r.text
        if r.status_code >= 400:
            assert refused_with_reason(r), r.text

    @EXAMPLES
    @given(push_bodies())
    def push(body):
        record(rogue.send("POST", "/v1/push", body))

    @EXAMPLES
    @given(enroll_bodies())
    def enroll(body):
        record(rogue.anonymous("POST", "/v1/enroll", body))

    @EXAMPLES
    @given(pull_queries)
    def pull(q):
        # raw UTF-8 bytes percent-encoded, lone surrogates included (%ED%A0%80)
        query = "&".join(f"{k}={quote(v.encode('utf-8', 'surrogatepass'), safe='')}"
                         for k, v in q.items())
        record(rogue.send("GET", f"/v1/pull?{query}"))

    push()
    enroll()
    pull()
    assert any(400 <= s < 500 for s in statuses)     # the generators did reach refusals
    # the server is still serving, and what it holds still verifies
    assert rogue.send("GET", "/v1/status").status_code == 200
    st_ = server.store()
    try:
        assert all(p.startswith("incident") for p in st_.verify())
    finally:
        st_.engine.dispose()


@pytest.mark.parametrize("header,value", [
    ("X-Bedside-Timestamp", "9" * 5000), ("X-Bedside-Timestamp", "١٢٣٤٥٦٧٨٩"),
    ("X-Bedside-Nonce", "n\u00e9once-\u00e9\u00e9\u00e9"), ("X-Bedside-Signature", "A" * 100_000),
    ("X-Bedside-Device", "../" * 20)])
def test_malformed_signature_headers_are_401(rogue, header, value):
    headers = rogue.key.sign_headers(rogue.device_id, "GET", "/v1/status", b"",
                                     int(time.time() * 1000))
    headers[header] = value
    r = rogue.http.get(rogue.srv.url + "/v1/status",
                       headers={k: v.encode("utf-8") for k, v in headers.items()})
    assert r.status_code in (400, 401, 431) and r.status_code < 500, r.text


# -- size before reading -----------------------------------------------------
def test_declared_oversize_is_refused_before_the_body_is_read(rogue, server):
    status, sent = send_big_body(server, "/v1/push", 250 * MB, chunked=False,
                                 chunk=64 * 1024)
    assert status == 413
    assert sent < PUSH_BODY // 4          # answered long before the body was sent


def test_four_concurrent_250_mb_bodies_keep_the_server_small(rogue, server):
    pid = server.proc.pid
    before = rss_kib(pid)["VmRSS"]
    reset_peak(pid)
    results: list[tuple[int | None, int]] = []
    known_device = {"X-Bedside-Device": rogue.device_id, "X-Bedside-Timestamp": "1",
                    "X-Bedside-Nonce": "n" * 16, "X-Bedside-Signature": "AAAA"}
    jobs = [("/v1/enroll", True, None), ("/v1/push", True, None),
            ("/v1/push", False, None), ("/v1/status", True, known_device)]

    def send(path, chunked, headers):
        results.append(send_big_body(server, path, 250 * MB, chunked, headers))

    threads = [threading.Thread(target=send, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    peak = rss_kib(pid)["VmHWM"]
    growth_mb = (peak - before) / 1024
    print(f"server RSS {before / 1024:.0f} MB before, peak {peak / 1024:.0f} MB under "
          f"4 concurrent 250 MB bodies (+{growth_mb:.1f} MB)")
    assert sorted(s for s, _ in results) == [401, 413, 413, 413], results
    assert all(sent < 250 * MB for _, sent in results)
    assert growth_mb < 32, growth_mb     # anonymous bodies: at most SMALL_BODY each is held
    assert SMALL_BODY * 4 < 32 * MB
    assert rogue.send("GET", "/v1/status").status_code == 200
