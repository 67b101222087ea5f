"""The answer to each message: an HL7 ACK whose MSA-1 says AA (kept),
AE (well formed but not taken: send again later or fix) or AR (refused),
MSA-2 echoes the message control id.  Nothing the sender wrote is echoed
except plain tokens (control id, applications, version)."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timezone

import hl7

_PLAIN = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")
RECEIVER = "BEDSIDE"


def _plain(text: str) -> str:
    return text if _PLAIN.match(text or "") else ""


def build_ack(code: str, control_id: str = "", reason: str = "", sender_app: str = "",
              sender_facility: str = "", version: str = "2.6") -> bytes:
    """ACK^R01 for a message, as bytes ready for an MLLP frame."""
    if code not in {"AA", "AE", "AR"}:
        raise ValueError(code)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S+0000")
    version = version if re.fullmatch(r"2\.\d{1,2}(\.\d)?", version or "") else "2.6"
    text = re.sub(r"[^A-Za-z0-9 ,.()\-]", " ", reason)[:80]
    ack = hl7.parse(
        f"MSH|^~\\&|{RECEIVER}||{_plain(sender_app)}|{_plain(sender_facility)}|{stamp}||"
        f"ACK^R01^ACK|{uuid.uuid4().hex[:20]}|P|{version}\r"
        f"MSA|{code}|{_plain(control_id)}|{text}")
    return str(ack).encode("ascii")


def ack_code_of(ack: bytes) -> tuple[str, str]:
    """(MSA-1, MSA-2) of an ACK: what a sender (the simulator, the tests)
    reads back."""
    msg = hl7.parse(ack.decode("ascii"))
    msa = msg.segment("MSA")
    return str(msa.extract_field(1, 1)), str(msa.extract_field(1, 2))
