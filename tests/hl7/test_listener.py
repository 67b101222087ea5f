"""The MLLP listener over real TCP on 127.0.0.1, in a real bedside-server
process: each message answered with the right MSA code, kept (encrypted)
before its ACK, never twice, nothing kept from a refused message."""

from __future__ import annotations

import base64
import socket
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bedside.hl7feed.ack import ack_code_of
from bedside.hl7feed.message import Rejected, parse
from bedside.hl7feed.sender import MllpSender, frame
from bedside.hl7feed.simulator import lab_message, monitor_feed, monitor_message
from tests.hl7.feed import DUPONT, MARTIN, STRANGER

AT = datetime(2026, 12, 2, 14, 0, tzinfo=timezone(timedelta(hours=1)))
SIGNS = {"hr": "92", "spo2": "95", "sbp": "121", "dbp": "70", "rr": "22", "temp": "37.4"}


def inbox(srv):
    from bedside_server.hl7_inbox import Hl7Inbox
    st_ = srv.store()
    try:
        return [i for i in Hl7Inbox(st_).since(0)["items"]]
    finally:
        st_.engine.dispose()


def parse_id(item: dict) -> str:
    return parse(base64.b64decode(item["message"])).control_id


def kept_ids(srv) -> list[str]:
    return [parse_id(i) for i in inbox(srv)]


@pytest.fixture
def sender(feed_site):
    srv, _ws, _p = feed_site
    with MllpSender("127.0.0.1", srv.hl7_port, timeout=60) as s:
        yield s


def test_monitor_message_is_kept_then_acknowledged_aa(feed_site, sender):
    srv = feed_site[0]
    msg = monitor_message(DUPONT, AT, SIGNS, cid="T-AA-1")
    assert ack_code_of(sender.send(msg)) == ("AA", "T-AA-1")
    assert kept_ids(srv).count("T-AA-1") == 1


def test_same_control_id_twice_is_acknowledged_and_kept_once(feed_site, sender):
    srv = feed_site[0]
    msg = monitor_message(DUPONT, AT, SIGNS, cid="T-DUP-1")
    assert ack_code_of(sender.send(msg))[0] == "AA"
    assert ack_code_of(sender.send(msg))[0] == "AA"
    # the same id with other content is a sender's fault: refused, the first kept
    other = monitor_message(DUPONT, AT, {**SIGNS, "hr": "140"}, cid="T-DUP-1")
    assert ack_code_of(sender.send(other)) == ("AR", "T-DUP-1")
    assert kept_ids(srv).count("T-DUP-1") == 1


def test_frame_split_across_packets_and_two_frames_in_one_packet(feed_site, sender):
    srv = feed_site[0]
    first = frame(monitor_message(DUPONT, AT, SIGNS, cid="T-SPLIT-1"))
    for i in range(0, len(first), 7):            # seven bytes per TCP send
        sender.send_raw(first[i:i + 7])
    assert ack_code_of(sender.read_ack()) == ("AA", "T-SPLIT-1")
    two = (frame(monitor_message(DUPONT, AT, SIGNS, cid="T-PAIR-1"))
           + frame(monitor_message(MARTIN, AT, SIGNS, cid="T-PAIR-2")))
    sender.send_raw(two)
    assert ack_code_of(sender.read_ack()) == ("AA", "T-PAIR-1")
    assert ack_code_of(sender.read_ack()) == ("AA", "T-PAIR-2")
    assert {"T-SPLIT-1", "T-PAIR-1", "T-PAIR-2"} <= set(kept_ids(srv))


def test_connection_cut_mid_message_keeps_nothing_and_resend_is_kept_once(feed_site):
    srv = feed_site[0]
    data = frame(monitor_message(DUPONT, AT, SIGNS, cid="T-CUT-1"))
    with socket.create_connection(("127.0.0.1", srv.hl7_port)) as s:
        s.sendall(data[: len(data) // 2])
    # the listener is still there and the sender's retry goes through once
    with MllpSender("127.0.0.1", srv.hl7_port, timeout=60) as again:
        assert ack_code_of(again.send(monitor_message(DUPONT, AT, SIGNS, cid="T-ALIVE")))[0] == "AA"
        assert "T-CUT-1" not in kept_ids(srv)
        assert ack_code_of(again.send(data[1:-2]))[0] == "AA"
        assert ack_code_of(again.send(data[1:-2]))[0] == "AA"
    assert kept_ids(srv).count("T-CUT-1") == 1


def test_unknown_patient_is_ae_and_not_kept(feed_site, sender):
    srv = feed_site[0]
    assert ack_code_of(sender.send(monitor_message(STRANGER, AT, SIGNS, cid="T-UNK-1"))) == \
        ("AE", "T-UNK-1")
    assert "T-UNK-1" not in kept_ids(srv)


def test_name_disagreeing_with_the_app_is_kept_but_held(feed_site, sender):
    srv = feed_site[0]
    wrong = DUPONT.__class__(DUPONT.mrn, "Durand", "Jean", DUPONT.date_of_birth, DUPONT.bed)
    assert ack_code_of(sender.send(monitor_message(wrong, AT, SIGNS, cid="T-HOLD-1")))[0] == "AA"
    holds = {parse_id(i): i["hold"] for i in inbox(srv)}
    assert holds["T-HOLD-1"] == "identity_mismatch"
    assert holds.get("T-AA-1", "") == ""


def test_unknown_code_is_kept_for_listing(feed_site, sender):
    obx = "OBX|7|NM|999999^MDC_SOMETHING_NEW^MDC||12|262688^MDC_DIM_PERCENT^MDC|||||F"
    msg = monitor_message(DUPONT, AT, {"hr": "90"}, cid="T-CODE-1", extra_obx=[obx])
    assert ack_code_of(sender.send(msg))[0] == "AA"
    assert "T-CODE-1" in kept_ids(feed_site[0])


@pytest.mark.parametrize("bad, code", [
    (b"MSH|^~\\&|MON|ICU|B|C|20261202140000+0100||ORU^R01|T-BAD-1|P|2.6\rPID|1||H100201\rOBX|1|NM|147842^HR^MDC||ninety|/min|||||F|||20261202140000+0100\r", "AR"),
    (b"MSH|^~\\&|MON|ICU|B|C|20261202140000+0100||ADT^A01|T-BAD-2|P|2.6\rPID|1||H100201\r", "AR"),
    (b"MSH|^~\\&|MON|ICU|B|C|20261202140000+0100||ORU^R01|T-BAD-3|P|2.6\rPID|1||H100201\r", "AR"),
    (b"MSH|^~\\&|MON|ICU|B|C|20261202140000+0100||ORU^R01|T-BAD-4|P|2.6|||||UNICODE UTF-8\rPID|1||H100201||\xff\xfeX\r", "AR"),
    (b"MSH|^~\\&|MON|ICU|B|C|20261202140000+0100||ORU^R01|T-BAD-5|P|2.6\rPID|1||H100201||" + b"A" * 5000 + b"\rOBX|1|NM|147842^HR^MDC||90|/min|||||F|||20261202140000+0100\r", "AR"),
    (b"MSH|^~\\&|MON|ICU|B|C|20261202140000+0100||ORU^R01|T-BAD-6|P|2.6\rPID|1||H100201\rOBX|1|NM|147842^HR^MDC||90|/min|||||F|||20261302250000+0100\r", "AR"),
    (b"this is not HL7 at all", "AR"),
])
def test_malformed_messages_are_refused_and_not_kept(feed_site, sender, bad, code):
    before = len(inbox(feed_site[0]))
    assert ack_code_of(sender.send(bad))[0] == code
    assert len(inbox(feed_site[0])) == before


def test_huge_frame_is_refused_and_the_listener_survives(feed_site):
    srv = feed_site[0]
    with MllpSender("127.0.0.1", srv.hl7_port, timeout=60) as s:
        s.send_raw(b"\x0b" + b"MSH|" + b"X" * (200 * 1024) + b"\x1c\x0d")
        assert ack_code_of(s.read_ack())[0] == "AR"
    with MllpSender("127.0.0.1", srv.hl7_port, timeout=60) as s:
        assert ack_code_of(s.send(monitor_message(DUPONT, AT, SIGNS, cid="T-AFTER-HUGE")))[0] == "AA"


def test_lab_results_and_a_whole_monitor_feed_with_artefacts(feed_site, sender):
    srv = feed_site[0]
    assert ack_code_of(sender.send(lab_message(MARTIN, AT, {"crp": "96", "ferritin": "1450"},
                                               cid="T-LAB-1")))[0] == "AA"
    feed = monitor_feed(DUPONT, AT, 90, seed=3)     # one resent, two out of order, probe off
    codes = [ack_code_of(sender.send(m))[0] for m in feed]
    assert set(codes) == {"AA"}
    ids = kept_ids(srv)
    assert "T-LAB-1" in ids and len(set(ids)) == len(ids)


def test_messages_are_encrypted_at_rest(feed_site, sender):
    srv = feed_site[0]
    sender.send(monitor_message(DUPONT, AT, SIGNS, cid="T-RAW-1"))
    for f in srv.data_dir.glob("*.db*"):
        assert b"Dupont" not in f.read_bytes() and b"H100201" not in f.read_bytes()


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(family=_text, value=_text, code=_text, when=_text)
def test_generated_messages_get_an_answer_and_only_valid_ones_are_kept(feed_site, family, value,
                                                                       code, when):
    srv = feed_site[0]
    cid = "T-GEN-" + format(abs(hash((family, value, code, when))), "x")[:12]
    raw = ("MSH|^~\\&|GEN|ICU|B|C|20261202140000+0100||ORU^R01|" + cid + "|P|2.6|||||UNICODE UTF-8\r"
           "PID|1||" + DUPONT.mrn + "||" + family + "^Jean||19610412\r"
           "OBX|1|NM|" + code + "^X^MDC||" + value + "|/min|||||F|||" + when + "\r").encode("utf-8")
    try:
        parse(raw)
        expected = "AA"
    except Rejected as exc:
        expected = exc.ack_code
    with MllpSender("127.0.0.1", srv.hl7_port, timeout=60) as s:
        got = ack_code_of(s.send(raw))[0]
    assert got == expected
    assert (cid in kept_ids(srv)) == (expected == "AA")
