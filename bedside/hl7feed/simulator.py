"""A bedside monitor gateway and a lab system for the demo and the tests:
ORU^R01 messages as real gateways write them (MDC codes and units for the
monitor, LOINC for the lab), with the artefacts a real feed has — a SpO2
of 0 when the probe is off, a message sent twice, one arriving out of
order.  ``python -m bedside.hl7feed.simulator --port N`` plays a feed to a
listener (``bedside-server serve --hl7-port N``)."""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

MONITOR = ("IntelliVue-GW", "USI-CHU")
LAB = ("GLIMS", "LAB-CHU")
_counter = itertools.count(1)

# sign → (MDC code, MDC name, unit code, unit name)
MDC = {
    "hr": ("147842", "MDC_ECG_HEART_RATE", "264864", "MDC_DIM_BEAT_PER_MIN"),
    "spo2": ("150456", "MDC_PULS_OXIM_SAT_O2", "262688", "MDC_DIM_PERCENT"),
    "sbp": ("150021", "MDC_PRESS_BLD_NONINV_SYS", "266016", "MDC_DIM_MMHG"),
    "dbp": ("150022", "MDC_PRESS_BLD_NONINV_DIA", "266016", "MDC_DIM_MMHG"),
    "rr": ("151562", "MDC_RESP_RATE", "264928", "MDC_DIM_RESP_PER_MIN"),
    "temp": ("150364", "MDC_TEMP_BODY", "268192", "MDC_DIM_DEGC"),
}
# lab item → (LOINC, name, UCUM unit)
LOINC = {
    "crp": ("1988-5", "CRP SerPl-mCnc", "mg/L"),
    "ferritin": ("2276-4", "Ferritin SerPl-mCnc", "ug/L"),
    "ldh": ("2532-0", "LDH SerPl-cCnc", "U/L"),
    "d_dimer": ("48065-7", "D-dimer FEU PPP-mCnc", "ng/mL"),
    "lymphocytes": ("731-0", "Lymphocytes # Bld Auto", "10*3/uL"),
}


@dataclass(frozen=True)
class SimPatient:
    mrn: str
    family_name: str
    given_name: str
    date_of_birth: date
    bed: str                  # room^bed, e.g. "12^1"


def dtm(at: datetime) -> str:
    """HL7 DTM with the offset of ``at``."""
    off = at.utcoffset() or timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return at.strftime("%Y%m%d%H%M%S") + f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def control_id(prefix: str = "M") -> str:
    return f"{prefix}{datetime.now(timezone.utc):%H%M%S}{next(_counter):06d}{random.randrange(10**4):04d}"


def _msh(sender: tuple[str, str], at: datetime, cid: str, charset: str = "") -> str:
    return (f"MSH|^~\\&|{sender[0]}|{sender[1]}|BEDSIDE|CHU-LIEGE|{dtm(at)}||ORU^R01^ORU_R01|"
            f"{cid}|P|2.6|||AL|NE||{charset}")


def _pid(p: SimPatient) -> str:
    return (f"PID|1||{p.mrn}^^^CHU^MR||{p.family_name}^{p.given_name}||"
            f"{p.date_of_birth:%Y%m%d}")


def monitor_message(p: SimPatient, at: datetime, values: dict[str, str],
                    cid: str | None = None, extra_obx: list[str] | None = None) -> bytes:
    """One monitor ORU^R01 for ``at`` (aware) with the signs in ``values``."""
    cid = cid or control_id("M")
    segs = [_msh(MONITOR, at, cid), _pid(p), f"PV1|1|I|USI^{p.bed}",
            f"OBR|1||{cid}|MON^Monitor parameters^L|||{dtm(at)}"]
    for i, (sign, value) in enumerate(values.items(), 1):
        code, name, ucode, uname = MDC[sign]
        segs.append(f"OBX|{i}|NM|{code}^{name}^MDC||{value}|{ucode}^{uname}^MDC|||||F|||{dtm(at)}")
    for line in extra_obx or []:
        segs.append(line)
    return "\r".join(segs).encode("ascii") + b"\r"


def lab_message(p: SimPatient, sampled: datetime, values: dict[str, str],
                cid: str | None = None) -> bytes:
    """One lab ORU^R01: the sample time in OBR-7 and each OBX-14."""
    cid = cid or control_id("L")
    segs = [_msh(LAB, sampled + timedelta(hours=1), cid), _pid(p), f"PV1|1|I|USI^{p.bed}",
            f"OBR|1||{cid}|LAB^Biochimie^L|||{dtm(sampled)}"]
    for i, (item, value) in enumerate(values.items(), 1):
        code, name, unit = LOINC[item]
        segs.append(f"OBX|{i}|NM|{code}^{name}^LN||{value}|{unit}^^UCUM|||||F|||{dtm(sampled)}")
    return "\r".join(segs).encode("ascii") + b"\r"


def vitals_at(rng: random.Random, minute: int, probe_off: bool = False) -> dict[str, str]:
    """Plausible signs drifting over an infusion; SpO2 0 when the probe is off."""
    return {"hr": str(88 + rng.randint(-4, 6) + minute // 30),
            "spo2": "0" if probe_off else str(rng.randint(92, 97)),
            "sbp": str(124 + rng.randint(-6, 6)), "dbp": str(72 + rng.randint(-4, 4)),
            "rr": str(20 + rng.randint(-2, 3)),
            "temp": f"{36.8 + rng.randint(0, 6) / 10:.1f}"}


def monitor_feed(p: SimPatient, start: datetime, minutes: int, every: int = 15,
                 seed: int = 7) -> list[bytes]:
    """A monitor's messages from ``start`` every ``every`` minutes, with a
    probe-off reading, one message sent twice and one out of order."""
    rng = random.Random(seed)
    out = [monitor_message(p, start + timedelta(minutes=m), vitals_at(rng, m, probe_off=(m == every * 2)))
           for m in range(0, minutes + 1, every)]
    if len(out) >= 3:
        out.insert(2, out[1])                   # sent again (the gateway missed our ACK)
    if len(out) >= 6:
        out[4], out[5] = out[5], out[4]         # out of order
    return out


def main(argv: list[str] | None = None) -> int:
    from .ack import ack_code_of
    from .sender import MllpSender

    ap = argparse.ArgumentParser(description="play a monitor feed and lab results over MLLP")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--mrn", required=True)
    ap.add_argument("--family", required=True)
    ap.add_argument("--given", default="")
    ap.add_argument("--dob", required=True, help="YYYY-MM-DD")
    ap.add_argument("--bed", default="1^1")
    ap.add_argument("--minutes", type=int, default=60)
    a = ap.parse_args(argv)
    p = SimPatient(a.mrn, a.family, a.given, date.fromisoformat(a.dob), a.bed)
    now = datetime.now().astimezone()
    msgs = monitor_feed(p, now - timedelta(minutes=a.minutes), a.minutes)
    msgs.append(lab_message(p, now - timedelta(hours=2), {"crp": "96", "ferritin": "1450",
                                                          "ldh": "410", "d_dimer": "1800",
                                                          "lymphocytes": "0.6"}))
    with MllpSender(a.host, a.port) as s:
        for m in msgs:
            code, cid = ack_code_of(s.send(m))
            print(code, cid)
    return 0


if __name__ == "__main__":
    sys.exit(main())
