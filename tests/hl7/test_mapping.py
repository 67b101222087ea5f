"""Mapping as data: MDC and LOINC codes to signs and lab items, units
converted, unknown codes and units listed and never guessed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from bedside.hl7feed.mapping import Mapped, Unmapped, map_all
from bedside.hl7feed.message import parse
from bedside.hl7feed.simulator import lab_message, monitor_message
from tests.hl7.feed import DUPONT

AT = datetime(2026, 12, 2, 14, 0, tzinfo=timezone(timedelta(hours=1)))


def test_monitor_signs_map_to_the_flowsheet():
    msg = parse(monitor_message(DUPONT, AT, {"hr": "92", "spo2": "95", "sbp": "121",
                                              "dbp": "70", "rr": "22", "temp": "37.4"}))
    mapped, unmapped = map_all(msg.observations)
    assert not unmapped
    assert {(m.kind, m.item, m.value) for m in mapped} == {
        ("vital", "hr", 92), ("vital", "spo2", 95), ("vital", "sbp", 121),
        ("vital", "dbp", 70), ("vital", "rr", 22), ("vital", "temp", Decimal("37.4"))}
    assert all(m.observation.observed_utc == datetime(2026, 12, 2, 13, 0, tzinfo=timezone.utc)
               and m.observation.utc_offset_min == 60 for m in mapped)


def test_lab_units_are_converted_to_the_checklist_units():
    msg = parse(lab_message(DUPONT, AT, {"crp": "9.6", "lymphocytes": "0.6"}))
    mapped, _ = map_all(msg.observations)
    got = {m.item: m.value for m in mapped}
    assert got["crp"] == Decimal("9.6") and got["lymphocytes"] == Decimal("600.0")


def test_unknown_code_and_unit_are_listed_not_guessed():
    extra = ["OBX|7|NM|999999^MDC_NEW^MDC||12|262688^MDC_DIM_PERCENT^MDC|||||F",
             "OBX|8|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC||0.95|{ratio}^^UCUM|||||F",
             "OBX|9|NM|147842^MDC_ECG_HEART_RATE^MDC||92|264864^MDC_DIM_BEAT_PER_MIN^MDC|||||X"]
    msg = parse(monitor_message(DUPONT, AT, {"hr": "90"}, extra_obx=extra))
    mapped, unmapped = map_all(msg.observations)
    assert [m.item for m in mapped] == ["hr"]
    assert sorted(u.why for u in unmapped) == ["not final", "unknown code", "unknown unit"]
    assert all(isinstance(u, Unmapped) for u in unmapped) and isinstance(mapped[0], Mapped)
