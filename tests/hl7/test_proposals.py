"""From the monitor to the flowsheet, through the real server: a ward PC
fetches what the server kept (device-signed HTTPS), proposes the latest
undecided values for its patient, and stores them only when the nurse
accepts (a reading naming its source and what she changed) or rejects
(a signed decision with a reason).  Held and foreign messages are never
proposed; a message slipped in that breaks the rules is dropped."""

from __future__ import annotations

import base64
from datetime import timedelta, timezone

import pytest

from bedside.errors import ValidationError
from bedside.hl7feed import proposals
from bedside.hl7feed.feed import FeedCache, refresh
from bedside.hl7feed.simulator import SimPatient, lab_message, monitor_message
from bedside.sync.client import SyncClient
from tests.hl7.feed import DUPONT, MARTIN, checked_infusion, local, send

DECIMALS = {"hr": 0, "sbp": 0, "dbp": 0, "rr": 0, "spo2": 0, "temp": 1, "fio2": 0, "o2_flow": 1}


@pytest.fixture(scope="module")
def ward(feed_site):
    srv, ws, patients = feed_site
    dupont = patients[DUPONT.mrn]
    store, rid = checked_infusion(ws, dupont)
    return srv, ws, store, rid, dupont, patients[MARTIN.mrn]


def test_accepting_the_monitor_values_stores_a_reading_naming_its_source(ward):
    srv, ws, store, rid, dupont, _ = ward
    signs = {"hr": "92", "spo2": "95", "sbp": "121", "dbp": "70", "rr": "22", "temp": "37.4"}
    assert send(srv, monitor_message(DUPONT, local(ws, -20), signs, cid="P-OLD"),
                monitor_message(DUPONT, local(ws, -3), signs, cid="P-NOW")) == ["AA", "AA"]
    cache = refresh(ws.nurse, SyncClient, force=True)
    prop = proposals.vital_proposal(ws.nurse, dupont, cache, ws.clock.now(), DECIMALS)
    assert prop.control_id == "P-NOW" and prop.values == signs
    assert prop.observed_utc == ws.clock.now().replace(second=0, microsecond=0) - timedelta(minutes=3)
    # the nurse keeps five values, changes the temperature, adds FiO2, presses Enter
    typed = dict(signs, temp="37,6", fio2="40")
    reading, _alerts = store.add_reading(rid, typed, prop.observed_utc, source=prop.source(typed))
    src = reading.content["source"]
    assert src["control_id"] == "P-NOW" and src["changed"] == ["temp"]
    assert set(src["from_monitor"]) == {"hr", "spo2", "sbp", "dbp", "rr"}
    assert reading.content["values"]["temp"] == "37.6" and reading.author_name
    # decided: the older message is proposed next, never this one again
    nxt = proposals.vital_proposal(ws.nurse, dupont, cache, ws.clock.now(), DECIMALS)
    assert nxt.control_id == "P-OLD"


def test_rejecting_needs_a_reason_and_is_a_signed_record(ward):
    srv, ws, store, rid, dupont, _ = ward
    send(srv, monitor_message(DUPONT, local(ws, -1), {"hr": "90", "spo2": "0", "sbp": "118",
                                                      "dbp": "66", "rr": "20", "temp": "37.0"},
                              cid="P-PROBE-OFF"))
    cache = refresh(ws.nurse, SyncClient, force=True)
    prop = proposals.vital_proposal(ws.nurse, dupont, cache, ws.clock.now(), DECIMALS)
    assert prop.control_id == "P-PROBE-OFF" and prop.values["spo2"] == "0"
    # a probe-off SpO2 of 0 cannot be charted as it is: the record rules refuse it
    with pytest.raises(Exception):
        store.add_reading(rid, prop.values, prop.observed_utc, source=prop.source(prop.values))
    with pytest.raises(ValidationError):
        proposals.reject(ws.nurse, dupont.id, prop, "  ")
    d = proposals.reject(ws.nurse, dupont.id, prop, "sonde SpO2 débranchée")
    assert d.content["decision"] == "rejected" and d.entry_sig
    again = proposals.vital_proposal(ws.nurse, dupont, cache, ws.clock.now(), DECIMALS)
    assert again is None or again.control_id != "P-PROBE-OFF"


def test_held_and_other_patients_messages_are_never_proposed(ward):
    srv, ws, _store, _rid, dupont, martin = ward
    wrong = SimPatient(DUPONT.mrn, "Durand", "Jean", DUPONT.date_of_birth, DUPONT.bed)
    assert send(srv, monitor_message(wrong, local(ws, 0), {"hr": "150"}, cid="P-HELD"),
                monitor_message(MARTIN, local(ws, 0), {"hr": "151"}, cid="P-MARTIN")) == ["AA", "AA"]
    cache = refresh(ws.nurse, SyncClient, force=True)
    prop = proposals.vital_proposal(ws.nurse, dupont, cache, ws.clock.now(), DECIMALS)
    assert prop is None or prop.control_id not in {"P-HELD", "P-MARTIN"}
    assert proposals.held(cache, dupont) >= 1
    assert proposals.vital_proposal(ws.nurse, martin, cache, ws.clock.now(), DECIMALS).control_id == "P-MARTIN"


def test_lab_results_are_proposed_with_their_sample_time(ward):
    srv, ws, _s, _r, dupont, _ = ward
    assert send(srv, lab_message(DUPONT, local(ws, -600), {"crp": "96", "lymphocytes": "0.6"},
                                 cid="P-LAB")) == ["AA"]
    cache = refresh(ws.nurse, SyncClient, force=True)
    labs = {p.item: p for p in proposals.lab_proposals(dupont, cache) if p.control_id == "P-LAB"}
    assert labs["crp"].value == 96 and labs["lymphocytes"].value == 600
    assert labs["crp"].sampled_utc == ws.clock.now().replace(second=0, microsecond=0) - timedelta(minutes=600)


def test_a_message_breaking_the_rules_is_dropped_at_the_pc_too():
    cache = FeedCache()
    good = monitor_message(DUPONT, local_fixed(), {"hr": "90"}, cid="OK-1")
    cache.add({"items": [
        {"seq": 1, "hold": "", "message": base64.b64encode(good).decode()},
        {"seq": 2, "hold": "", "message": base64.b64encode(b"MSH|^~\\&|X|Y|||||ADT^A01|Z|P|2.6").decode()},
        {"seq": 3, "hold": "", "message": "%%% not base64"},
        {"seq": "x", "hold": "", "message": base64.b64encode(good).decode()}], "cursor": 3})
    assert [i.message.control_id for i in cache.items] == ["OK-1"] and cache.dropped == 3
    assert cache.cursor == 3


def local_fixed():
    from datetime import datetime
    return datetime(2026, 12, 2, 14, 0, tzinfo=timezone(timedelta(hours=1)))


def test_a_held_message_is_reviewed_beside_the_patient_and_dismissed_with_a_reason(ward):
    """Held is not a dead end: a person sees what the sender said (name, birth
    date, bed, values) and dismisses it as not this patient, with a reason;
    the signed decision takes it out of the count, on every PC."""
    from bedside.hl7feed import held as held_mod
    srv, ws, _store, _rid, dupont, _ = ward
    other = SimPatient(DUPONT.mrn, "Dupond", "Jeanne", DUPONT.date_of_birth.replace(year=1975), "14^2")
    assert send(srv, monitor_message(other, local(ws, -2), {"hr": "131", "spo2": "90"},
                                     cid="P-REVIEW")) == ["AA"]
    cache = refresh(ws.nurse, SyncClient, force=True)
    before = proposals.held(cache, dupont, proposals.decided(ws.nurse, dupont.id))
    mine = [h for h in held_mod.held_messages(ws.nurse, dupont, cache) if h.control_id == "P-REVIEW"]
    assert len(mine) == 1
    h = mine[0]
    assert (h.family_name, h.given_name, h.date_of_birth.year) == ("Dupond", "Jeanne", 1975)
    assert h.values == {"hr": "131", "spo2": "90"} and "14" in h.bed
    with pytest.raises(ValidationError):
        held_mod.dismiss(ws.nurse, dupont.id, h, " ")
    d = held_mod.dismiss(ws.nurse, dupont.id, h, "autre patiente, lit 14")
    assert d.content["control_id"] == "P-REVIEW" and d.entry_sig and d.author_name
    assert all(x.control_id != "P-REVIEW" for x in held_mod.held_messages(ws.nurse, dupont, cache))
    assert proposals.held(cache, dupont, proposals.decided(ws.nurse, dupont.id)) == before - 1
    # never attached: still not proposed after the review
    prop = proposals.vital_proposal(ws.nurse, dupont, cache, ws.clock.now(), DECIMALS)
    assert prop is None or prop.control_id != "P-REVIEW"
