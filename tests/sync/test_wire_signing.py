import pytest
from hypothesis import given
from hypothesis import strategies as st

from bedside.sync import signing, wire
from tests.server.entries import make_entry

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12)


@given(json_values)
def test_content_hash_checked(content):
    e = make_entry("ws-a", content={"v": content})
    assert wire.check_entry(e) == e
    e2 = dict(e, content={"v": content, "extra": 1})
    with pytest.raises(wire.WireError):
        wire.check_entry(e2)


@given(st.dictionaries(st.text(max_size=12), json_values, max_size=8))
def test_garbage_entries_refused_cleanly(garbage):
    with pytest.raises(wire.WireError):
        wire.check_entry(garbage)


@pytest.mark.parametrize("field,value", [("version", 0), ("version", True), ("id", ""),
                                         ("content_hash", "abc"), ("hlc", 5),
                                         ("replaces", None)])
def test_field_checks(field, value):
    e = make_entry("ws-a", version=2, replaces="x" * 32)
    with pytest.raises(wire.WireError):
        wire.check_entry(dict(e, **{field: value}))


def test_entry_hash_covers_every_field():
    e = make_entry("ws-a")
    assert wire.entry_hash(e) != wire.entry_hash(dict(e, author_name="Other"))
    assert wire.entry_hash(e) == wire.entry_hash(dict(e, unrelated="ignored"))


@given(st.binary(max_size=200))
def test_blob_roundtrip_and_tamper(data):
    b = wire.encode_blob(data)
    assert wire.decode_blob(b) == (wire.sha256_hex(data), data)
    with pytest.raises(wire.WireError):
        wire.decode_blob(dict(b, sha256="0" * 64 if b["sha256"] != "0" * 64 else "1" * 64))


def test_signature_binds_every_part():
    key = signing.DeviceKey.generate()
    h = key.sign_headers("dev", "POST", "/v1/push", b"{}", 1000, nonce="n" * 16)
    msg = signing.signing_message("POST", "/v1/push", 1000, "n" * 16, b"{}", "dev")
    assert signing.verify(key.public_b64, h[signing.H_SIGNATURE], msg)
    for changed in (("GET", "/v1/push", 1000, "n" * 16, b"{}", "dev"),
                    ("POST", "/v1/pull", 1000, "n" * 16, b"{}", "dev"),
                    ("POST", "/v1/push", 1001, "n" * 16, b"{}", "dev"),
                    ("POST", "/v1/push", 1000, "m" * 16, b"{}", "dev"),
                    ("POST", "/v1/push", 1000, "n" * 16, b"[]", "dev"),
                    ("POST", "/v1/push", 1000, "n" * 16, b"{}", "dex")):
        assert not signing.verify(key.public_b64, h[signing.H_SIGNATURE],
                                  signing.signing_message(*changed))
    assert not signing.verify("not base64!", h[signing.H_SIGNATURE], msg)
    assert "secret" in repr(key)
