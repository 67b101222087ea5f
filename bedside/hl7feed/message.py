"""One ORU^R01 message, parsed by the ``hl7`` library and checked before
anything is kept: a message that breaks a rule is refused as a whole with
the ACK code it deserves (AR: not an acceptable message at all; AE: a
well-formed message we cannot take, e.g. an unknown patient), so a hostile
or broken sender never gets anything invalid stored."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

import hl7
from hl7.datatypes import parse_datetime

MAX_MESSAGE_BYTES = 64 * 1024          # a monitor or lab ORU is a few hundred bytes
MAX_SEGMENTS = 200
MAX_OBSERVATIONS = 100
MAX_FIELD_CHARS = 200                  # any single component we read
ENCODINGS = {"": "ascii", "ASCII": "ascii", "UNICODE UTF-8": "utf-8", "UTF-8": "utf-8",
             "8859/1": "latin-1"}
_TOKEN = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")
_ID = re.compile(r"^[A-Za-z0-9._\-/ ]{1,40}$")
_NUMBER = re.compile(r"^[+-]?\d{1,7}(\.\d{1,4})?$")
# No control characters except the segment separator; no bidi overrides.
_BAD_CHARS = re.compile(r"[\x00-\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
USABLE_STATUS = {"F", "C", "R", "P", "S"}     # OBX-11: final, corrected, not verified, preliminary
DEFAULT_ZONE = "Europe/Brussels"


class Rejected(Exception):
    """The message is refused: ``ack_code`` is AR or AE, ``reason`` a short
    English text for MSA-3 / ERR (never patient data)."""

    def __init__(self, ack_code: str, reason: str, control_id: str = "") -> None:
        super().__init__(reason)
        self.ack_code = ack_code
        self.reason = reason
        self.control_id = control_id


@dataclass(frozen=True)
class Observation:
    set_id: str
    system: str          # OBX-3.3 as sent (MDC, LN…)
    code: str            # OBX-3.1
    text: str            # OBX-3.2
    value: str           # OBX-5 as a decimal text (NM), or "" for another value type
    value_type: str      # OBX-2
    unit: str            # OBX-6.1 (UCUM or MDC unit code)
    unit_name: str       # OBX-6.2 (e.g. MDC_DIM_PERCENT)
    status: str          # OBX-11
    observed_utc: datetime
    utc_offset_min: int


@dataclass(frozen=True)
class FeedMessage:
    sender: str                  # MSH-3^MSH-4: the sending application at its facility
    control_id: str              # MSH-10
    sent_utc: datetime | None    # MSH-7
    mrn: str                     # PID-3 (first identifier)
    family_name: str             # PID-5.1
    given_name: str              # PID-5.2
    date_of_birth: date | None   # PID-7
    bed: str                     # PV1-3 (point of care^room^bed)
    observations: tuple[Observation, ...] = field(default_factory=tuple)


def decode(raw: bytes) -> str:
    """The message text in the character set MSH-18 declares (ASCII when
    absent); anything else, or bytes that are not that set, is refused."""
    if len(raw) > MAX_MESSAGE_BYTES:
        raise Rejected("AR", "message too large")
    if not raw.startswith(b"MSH") or len(raw) < 8:
        raise Rejected("AR", "message does not start with MSH")
    first = raw.split(b"\r", 1)[0]
    fs = first[3:4]
    msh = first.split(fs)
    declared = msh[17].decode("ascii", "replace").strip() if len(msh) > 17 else ""
    declared = declared.split(first[4:5].decode("ascii", "replace") or "^")[0] if declared else ""
    enc = ENCODINGS.get(declared.upper())
    if enc is None:
        raise Rejected("AR", "unsupported character set")
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError:
        raise Rejected("AR", "bytes not in the declared character set") from None
    text = text.replace("\r\n", "\r").replace("\n", "\r").rstrip("\r")
    if _BAD_CHARS.search(text):
        raise Rejected("AR", "control characters in the message")
    return text


def _field(segment, number: int, component: int = 1, repeat: int = 1) -> str:
    """Field ``number`` (component, repetition) of a segment through the
    library's accessor, escapes resolved; '' when absent; a value longer
    than MAX_FIELD_CHARS is refused."""
    try:
        value = segment.extract_field(1, number, repeat, component, 1)
    except IndexError:
        return ""
    value = str(value)
    if len(value) > MAX_FIELD_CHARS:
        raise Rejected("AR", "field too long")
    return value


def parse_time(text: str, zone: ZoneInfo) -> tuple[datetime, int]:
    """HL7 DTM → (aware UTC, offset in minutes).  Without an offset, the
    site's time zone applies."""
    if not re.fullmatch(r"\d{12}(\d{2}(\.\d{1,4})?)?([+-]\d{4})?", text):
        raise Rejected("AR", "observation time is not a full HL7 date-time")
    try:
        stamp = parse_datetime(text)
    except (ValueError, OverflowError):
        raise Rejected("AR", "observation time is not a valid date") from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=zone)
    offset = stamp.utcoffset()
    if offset is None or abs(offset) > timedelta(hours=14):
        raise Rejected("AR", "observation time has an impossible offset")
    if not 1900 <= stamp.year <= 2200:
        raise Rejected("AR", "observation time out of range")
    return stamp.astimezone(timezone.utc), int(offset.total_seconds() // 60)


def _dob(text: str) -> date | None:
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})\d*", text)
    if not m:
        raise Rejected("AR", "date of birth is not an HL7 date")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise Rejected("AR", "date of birth is not a valid date") from None


def parse(raw: bytes, zone: str = DEFAULT_ZONE) -> FeedMessage:
    """Parse and check one message (MLLP frame content).  Raises
    ``Rejected`` with AR or AE; never another exception for any input."""
    text = decode(raw)
    try:
        msg = hl7.parse(text)
        msh = msg.segment("MSH")
    except Exception:  # noqa: BLE001 - the library's errors on garbage vary
        raise Rejected("AR", "not an HL7 v2 message") from None
    control_id = _field(msh, 10)
    if not _TOKEN.match(control_id):
        raise Rejected("AR", "message control id missing or not a plain token")
    try:
        return _checked(msg, msh, control_id, ZoneInfo(zone))
    except Rejected as exc:
        exc.control_id = control_id
        raise
    except Exception:  # noqa: BLE001 - a shape the library parsed but we cannot read
        raise Rejected("AR", "message structure not understood", control_id) from None


def _checked(msg, msh, control_id: str, zone: ZoneInfo) -> FeedMessage:
    if len(msg) > MAX_SEGMENTS:
        raise Rejected("AR", "too many segments")
    if (_field(msh, 9, 1), _field(msh, 9, 2)) != ("ORU", "R01"):
        raise Rejected("AR", "only ORU^R01 is accepted")
    if not _field(msh, 12).startswith("2."):
        raise Rejected("AR", "not HL7 version 2")
    sender = "^".join(x for x in (_field(msh, 3), _field(msh, 4)) if x)
    if not sender or not _ID.match(sender.replace("^", " ")):
        raise Rejected("AR", "sending application missing or not plain text")
    sent = None
    if _field(msh, 7):
        sent = parse_time(_field(msh, 7), zone)[0]
    try:
        pid = msg.segment("PID")
    except KeyError:
        raise Rejected("AR", "no PID segment") from None
    mrn = _field(pid, 3)
    if not mrn or not _ID.match(mrn):
        raise Rejected("AE", "patient identifier (PID-3) missing or not plain text")
    family, given = _field(pid, 5, 1), _field(pid, 5, 2)
    dob = _dob(_field(pid, 7))
    bed = ""
    try:
        pv1 = msg.segment("PV1")
        bed = "^".join(x for x in (_field(pv1, 3, 1), _field(pv1, 3, 2), _field(pv1, 3, 3)) if x)
    except KeyError:
        pass
    try:
        obr = msg.segment("OBR")
        obr_time = _field(obr, 7)
    except KeyError:
        obr_time = ""
    try:
        obx_segments = list(msg.segments("OBX"))
    except KeyError:
        raise Rejected("AR", "no OBX segment") from None
    if len(obx_segments) > MAX_OBSERVATIONS:
        raise Rejected("AR", "too many observations")
    observations = []
    for obx in obx_segments:
        when = _field(obx, 14) or obr_time
        if not when:
            raise Rejected("AR", "observation without a time (OBX-14 or OBR-7)")
        utc, offset = parse_time(when, zone)
        vtype = _field(obx, 2)
        value = _field(obx, 5)
        if vtype == "NM":
            value = value.strip()
            if not _NUMBER.match(value):
                raise Rejected("AR", "numeric observation value is not a number")
            try:
                value = str(Decimal(value))
            except InvalidOperation:
                raise Rejected("AR", "numeric observation value is not a number") from None
        else:
            value = ""
        code = _field(obx, 3, 1)
        if not code or not _ID.match(code):
            raise Rejected("AR", "observation identifier (OBX-3) missing or not plain text")
        observations.append(Observation(
            set_id=_field(obx, 1), system=_field(obx, 3, 3), code=code,
            text=_field(obx, 3, 2), value=value, value_type=vtype,
            unit=_field(obx, 6, 1), unit_name=_field(obx, 6, 2), status=_field(obx, 11) or "F",
            observed_utc=utc, utc_offset_min=offset))
    return FeedMessage(sender=sender, control_id=control_id, sent_utc=sent, mrn=mrn,
                       family_name=family, given_name=given, date_of_birth=dob, bed=bed,
                       observations=tuple(observations))
