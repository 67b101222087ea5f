"""Infusion records in a real vault: checks, gate, lifecycle, readings,
corrections, adverse events, sign-off and SAE clock."""
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bedside.errors import BedsideError, PermissionDenied, WrongPassword
from bedside.infusion import store as store_mod
from bedside.infusion.errors import InfusionRuleError
from bedside.infusion.store import InfusionStore
from bedside.roles import Role
from tests.conftest import PASSWORD
from tests.infusion.data import NORMAL, product_entry, ready_infusion, running_infusion
from tests.clinical_states import sign_eligibility, withdraw


def codes(e):
    return e.value.codes


def test_inclusion_date_and_plan(included, clock):
    nurse, pid = included
    s = InfusionStore(nurse)
    assert s.inclusion_date(pid) == clock.now().astimezone().date()
    pl = s.plan(pid)
    assert [p.number for p in pl] == [1, 2, 3]
    assert pl[0].target == s.inclusion_date(pid)


def test_prepare_stores_product_and_dose(included, clock):
    nurse, pid = included
    s = InfusionStore(nurse)
    v = s.prepare(pid, 1, product_entry(clock, bag_id=" bag-001\n"), "70", clock.now())
    assert v.record_type == "infusion" and v.content["product"]["bag_id"] == "BAG-001"
    assert v.content["dose_shown"] == "2.86" and v.content["override_by"] is None
    with pytest.raises(InfusionRuleError) as e:
        s.prepare(pid, 1, product_entry(clock), "70", clock.now())
    assert codes(e) == ["infusion_done"]


def test_expired_product_refused_and_nothing_stored(included, clock):
    nurse, pid = included
    s = InfusionStore(nurse)
    with pytest.raises(InfusionRuleError) as e:
        s.prepare(pid, 1, product_entry(clock, expiry_utc=clock.now()), "70", clock.now())
    assert "expired" in codes(e)
    assert s.infusions(pid) == []


def test_dose_override_needs_investigator_with_password(included, clock, session_as):
    nurse, pid = included
    s = InfusionStore(nurse)
    with pytest.raises(InfusionRuleError) as e:
        s.prepare(pid, 1, product_entry(clock, viable_cells_millions="250"), "70", clock.now(),
                  dose_override_reason="target 3.0 exceeded by lab")
    assert codes(e) == ["dose_range"]
    with pytest.raises(WrongPassword):
        s.authenticate_investigator("investigator", "wrong password")
    with pytest.raises(InfusionRuleError) as e:
        s.authenticate_investigator("nurse2", PASSWORD)   # a nurse cannot approve
    assert codes(e) == ["not_investigator"]
    inv = s.authenticate_investigator("investigator", PASSWORD)
    v = s.prepare(pid, 1, product_entry(clock, viable_cells_millions="250"), "70", clock.now(),
                  dose_override_reason="target 3.0 exceeded by lab", investigator=inv)
    assert v.content["override_by"]["name"] == "Dr Test Investigator"
    assert v.content["dose_override_reason"] == "target 3.0 exceeded by lab"


def test_same_donor_rule_across_infusions(included, clock, session_as):
    nurse, pid = included
    s, v1 = ready_infusion(nurse, pid, clock)
    s.add_reading(v1.record_id, NORMAL)
    s.event(v1.record_id, "start")
    clock.advance(minutes=40)
    s.event(v1.record_id, "stop", outcome="complete")
    clock.advance(days=3)
    with pytest.raises(InfusionRuleError) as e:
        s.prepare(pid, 2, product_entry(clock, bag_id="BAG-002", donor_id="D-99"), "70", clock.now())
    assert codes(e) == ["donor_mismatch"]
    with pytest.raises(InfusionRuleError) as e:
        s.prepare(pid, 2, product_entry(clock, bag_id="BAG-001"), "70", clock.now())
    assert codes(e) == ["bag_reused"]
    v2 = s.prepare(pid, 2, product_entry(clock, bag_id="BAG-002", donor_id="d-17"), "70", clock.now())
    assert v2.content["number"] == 2
    s.two_person_check(v2.record_id, "nurse2", PASSWORD, "WB-H4410231", True)
    s.event(v2.record_id, "start")
    s.event(v2.record_id, "stop", outcome="aborted", reason="line lost")
    inv_store = InfusionStore(session_as(Role.INVESTIGATOR))
    clock.advance(days=3)
    v3 = inv_store.prepare(pid, 3, product_entry(clock, bag_id="BAG-003", donor_id="D-99"), "70", clock.now(),
                           donor_override_reason="donor batch exhausted, sponsor approval 12/11")
    assert v3.content["product"]["donor_override_reason"].startswith("donor batch")


def test_out_of_window_needs_reason(included, clock):
    nurse, pid = included
    s, v1 = ready_infusion(nurse, pid, clock)
    s.event(v1.record_id, "start")
    s.event(v1.record_id, "stop", outcome="complete")
    clock.advance(days=2)    # day 2 < min interval 3
    with pytest.raises(InfusionRuleError) as e:
        s.prepare(pid, 2, product_entry(clock, bag_id="BAG-002"), "70", clock.now())
    assert codes(e) == ["out_of_window"]
    v2 = s.prepare(pid, 2, product_entry(clock, bag_id="BAG-002"), "70", clock.now(), window_reason="clinical team decision")
    assert v2.content["window_reason"] == "clinical team decision"


def test_two_person_check(included, clock):
    nurse, pid = included
    s = InfusionStore(nurse)
    v = s.prepare(pid, 1, product_entry(clock), "70", clock.now())
    for second, wristband, label_confirmed, code in (("nurse", "WB-H4410231", True, "same_user"),
                                                      ("NURSE ", "WB-H4410231", True, "same_user"),
                                                      ("nurse2", "WB-OTHER", True, "wristband"),
                                                      ("nurse2", "WB-H4410231", False, "label_unconfirmed")):
        with pytest.raises(InfusionRuleError) as e:
            s.two_person_check(v.record_id, second, PASSWORD, wristband, label_confirmed)
        assert codes(e) == [code]
    with pytest.raises(WrongPassword):
        s.two_person_check(v.record_id, "nurse2", "not it", "WB-H4410231", True)
    assert s.infusions(pid)[0].checks == []
    c = s.two_person_check(v.record_id, "nurse2", PASSWORD, "wb-h4410231\r\n", True)
    assert c.content["second_user"]["name"] == "Inf. Second Nurse"
    assert c.content["first_user"]["name"] == "Inf. Test Nurse"


def test_real_gate_refuses_without_consent_and_signed_eligibility(given_subject_id_only, clock):
    nurse, pid = given_subject_id_only
    s, v = ready_infusion(nurse, pid, clock)
    blockers = s.start_blockers(pid, s.infusions(pid)[0])
    assert [b.code for b in blockers] == ["consent", "eligibility"]
    assert blockers[0].template == "No consent has been recorded."
    assert blockers[1].text() == "No eligibility assessment has been recorded."
    with pytest.raises(InfusionRuleError) as e:
        s.event(v.record_id, "start")
    assert codes(e) == ["consent", "eligibility"]
    assert s.infusions(pid)[0].events == []          # nothing stored


def test_real_gate_says_yes_for_an_infusable_patient(included, clock):
    nurse, pid = included
    s, v = ready_infusion(nurse, pid, clock)
    assert s.start_blockers(pid, s.infusions(pid)[0]) == []
    s.event(v.record_id, "start")
    assert s.infusions(pid)[0].state.status == "running"


def test_gate_reasons_shown(given_subject_id_only, clock):
    nurse, pid = given_subject_id_only
    s = InfusionStore(nurse)
    s.prepare(pid, 1, product_entry(clock), "70", clock.now())
    blockers = s.start_blockers(pid, s.infusions(pid)[0])
    assert [b.code for b in blockers] == ["consent", "eligibility", "no_two_person"]
    assert blockers[0].text() == "No consent has been recorded."


def test_gate_that_fails_refuses(included, clock, tmp_vault):
    """A gate that cannot answer (here: the vault was locked under it)
    refuses; it never lets the infusion start."""
    nurse, pid = included
    s, v = ready_infusion(nurse, pid, clock)
    view = s.infusions(pid)[0]
    tmp_vault.lock()
    blockers = s.start_blockers(pid, view)
    assert [b.code for b in blockers] == ["VaultLocked"]      # the gate's own error, in words
    assert blockers[0].text() == "The vault is locked. Sign in again to continue."


def test_withdrawal_refuses_the_next_start(included, clock):
    nurse, pid = included
    s, v = ready_infusion(nurse, pid, clock)
    clock.advance(minutes=5)
    withdraw(nurse, pid)
    [b, elig] = s.start_blockers(pid, s.infusions(pid)[0])
    assert b.code == "consent" and b.template == "Consent was withdrawn on {date}."
    assert b.text() == "Consent was withdrawn on 2026-11-25."
    assert elig.text() == "Not eligible: INC-06 not met."          # consent is also an inclusion criterion
    with pytest.raises(InfusionRuleError) as e:
        s.event(v.record_id, "start")
    assert codes(e) == ["consent", "eligibility"]
    assert s.infusions(pid)[0].events == []


def test_product_expiring_while_waiting_blocks_start(included, clock):
    nurse, pid = included
    s, v = ready_infusion(nurse, pid, clock, expiry_utc=clock.now() + timedelta(minutes=30))
    clock.advance(minutes=31)
    with pytest.raises(InfusionRuleError) as e:
        s.event(v.record_id, "start")
    assert codes(e) == ["expired"]


def test_lifecycle_readings_alerts_and_schedule(included, clock):
    nurse, pid = included
    s, v = ready_infusion(nurse, pid, clock)
    base, alerts = s.add_reading(v.record_id, NORMAL)
    assert base.content["timepoint"] == "baseline" and alerts == []
    s.event(v.record_id, "start")
    clock.advance(minutes=15)
    r, alerts = s.add_reading(v.record_id, dict(NORMAL, sbp="95", temp="38.0"))
    assert r.content["timepoint"] == "during_15"
    assert {a.rule_id for a in alerts} == {"sbp_drop", "temp_high"}
    assert {a["rule"] for a in r.content["alerts"]} == {"sbp_drop", "temp_high"}
    clock.advance(minutes=5)
    s.event(v.record_id, "pause", reason="rigors")
    clock.advance(minutes=5)
    s.event(v.record_id, "resume")
    clock.advance(minutes=11)
    s.event(v.record_id, "stop", outcome="partial", volume_given_ml="80", reason="rigors")
    view = s.infusions(pid)[0]
    assert view.state.status == "ended" and view.state.paused_minutes == 5
    fs = s.flowsheet(pid, v.record_id)
    ids = [t.id for t in fs.schedule.timepoints]
    assert ids[:3] == ["baseline", "during_15", "during_30"] and ids[-4:] == ["post_15", "post_30", "post_60", "post_120"]
    assert fs.schedule.next.id == "post_15"
    assert [t.id for t in fs.schedule.overdue] == ["during_30"]


def test_refused_reading_stores_nothing(included, clock):
    nurse, pid = included
    s, v = ready_infusion(nurse, pid, clock)
    with pytest.raises(InfusionRuleError) as e:
        s.add_reading(v.record_id, dict(NORMAL, hr="301"))
    assert codes(e) == ["sign_implausible"]
    with pytest.raises(InfusionRuleError) as e:
        s.add_reading(v.record_id, NORMAL, "25:99")
    assert codes(e) == ["time_format"]
    assert s.reading_versions(pid, v.record_id) == []


def test_correction_is_a_new_version_with_reason(included, clock):
    nurse, pid = included
    s, v = ready_infusion(nurse, pid, clock)
    r, _ = s.add_reading(v.record_id, dict(NORMAL, hr="180"))
    with pytest.raises(InfusionRuleError):
        s.correct_reading(r.record_id, NORMAL, clock.now(), "  ")
    r2, _ = s.correct_reading(r.record_id, NORMAL, clock.now(), "typo: 80 not 180")
    hist = nurse.records.history(r.record_id)
    assert [h.version for h in hist] == [1, 2] and hist[0].content["values"]["hr"] == "180"
    assert hist[1].reason == "typo: 80 not 180"
    assert s.flowsheet(pid, v.record_id).rows[0].version == 2


def test_nurse_cannot_sign_or_report(included, clock):
    nurse, pid = included
    s = InfusionStore(nurse)
    ae = s.add_ae(pid, {"term": "Fever", "onset_utc": clock.now(), "grade": 2, "serious": True,
                        "seriousness": ["hospitalisation"], "relation": "possible", "expected": False,
                        "action": "none", "outcome": "ongoing", "infusion": 1})
    with pytest.raises(PermissionDenied):
        s.sign_off(ae.record_id, PASSWORD)
    with pytest.raises(PermissionDenied):
        s.mark_reported(ae.record_id)


def test_ae_sae_clock_signoff_and_report(included, clock, session_as):
    nurse, pid = included
    s = InfusionStore(nurse)
    ae = s.add_ae(pid, {"term": "Pulmonary embolism", "onset_utc": clock.now(), "grade": 4, "serious": True,
                        "seriousness": ["life_threatening"], "relation": "possible", "expected": False,
                        "aesi": "thromboembolic", "action": "treatment_given", "outcome": "ongoing", "infusion": 1})
    clock.advance(hours=20)
    [(v, c)] = s.sae_clocks(pid)
    assert c.seconds_left == 4 * 3600 and not c.overdue
    clock.advance(hours=5)
    assert s.sae_clocks()[0][1].overdue
    inv = InfusionStore(session_as(Role.INVESTIGATOR))
    with pytest.raises(WrongPassword):
        inv.sign_off(ae.record_id, "nope")
    inv.sign_off(ae.record_id, PASSWORD)
    v1 = inv.rs.latest(ae.record_id)
    assert inv.signed_off(v1)
    assert (v1.id, v1.content_hash) in s.signed_off_entries(pid)   # the one-query path agrees
    inv.mark_reported(ae.record_id)
    assert s.sae_clocks(pid) == []
    latest = s.rs.latest(ae.record_id)
    assert latest.version == 1 and inv.signed_off(latest)      # reporting does not touch the signed content
    with pytest.raises(InfusionRuleError) as e:
        inv.mark_reported(ae.record_id)
    assert codes(e) == ["already_reported"]
    with pytest.raises(InfusionRuleError) as e:
        s.correct_ae(ae.record_id, {"grade": 5}, "worsened")
    assert codes(e) == ["ae_grade5_outcome"]
    v2 = s.correct_ae(ae.record_id, {"grade": 5, "outcome": "fatal", "seriousness": ["death"]}, "patient died")
    assert v2.version == 2 and not inv.signed_off(v2)          # a correction needs a new review
    assert (v2.id, v2.content_hash) not in s.signed_off_entries(pid)
    assert s.sae_clocks(pid) == []


def test_site_setting_interval(included, clock, session_as):
    nurse, pid = included
    admin = session_as(Role.ADMINISTRATOR)
    admin.settings.update({"infusion_interval_days_min": 2, "infusion_interval_days_max": 5}, "site decision")
    s = InfusionStore(nurse)
    assert (s.plan_protocol.interval_min, s.plan_protocol.interval_max) == (2, 5)
    pl = s.plan(pid)
    assert (pl[1].window_end - pl[1].window_start).days == 3


values = st.one_of(st.none(), st.text(max_size=8), st.integers(-50, 400).map(str),
                   st.decimals(min_value=-10, max_value=400, places=2).map(str))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.fixed_dictionaries({k: values for k in ("hr", "sbp", "dbp", "rr", "spo2", "temp", "fio2", "o2_flow")}),
       time_text=st.one_of(st.none(), st.text(max_size=6), st.sampled_from(["", "08:00", "8h59", "23:59"])))
def test_generated_readings_never_stored_invalid(included, clock, raw, time_text):
    from decimal import Decimal
    nurse, pid = included
    s = InfusionStore(nurse)
    infs = s.infusions(pid)
    v = infs[0].record if infs else s.prepare(pid, 1, product_entry(clock), "70", clock.now())
    before = len(s.reading_versions(pid, v.record_id))
    try:
        r, _ = s.add_reading(v.record_id, raw, time_text)
    except BedsideError as e:
        assert str(e)
        assert len(s.reading_versions(pid, v.record_id)) == before
        return
    for sid, val in r.content["values"].items():
        sign = s.protocol.sign(sid)
        assert sign.min <= Decimal(val) <= sign.max
    assert Decimal(r.content["values"]["dbp"]) < Decimal(r.content["values"]["sbp"])


def test_inclusion_date_from_eligibility_record_and_not_included(given_subject_id_only, clock, session_as):
    from bedside.patients import register_patient
    nurse, pid = given_subject_id_only
    s = InfusionStore(nurse)
    assert s.inclusion_date(pid).isoformat() == "2026-11-25"          # the day the subject id was given
    sign_eligibility(nurse, session_as(Role.INVESTIGATOR), pid, inclusion_time="2026-11-20T09:30:00+01:00")
    assert s.inclusion_date(pid).isoformat() == "2026-11-20"
    other = register_patient(nurse, {"mrn": "H000777", "family_name": "X", "given_name": "Y",
                                     "date_of_birth": "1970-01-01", "sex": "F", "weight_kg": 60, "height_cm": 160})
    assert s.inclusion_date(other.id) is None and s.plan(other.id) is None
    with pytest.raises(InfusionRuleError) as e:
        s.prepare(other.id, 1, product_entry(clock), "60", clock.now())
    assert codes(e) == ["not_included"]


def test_correct_infusion_record(included, clock, session_as):
    nurse, pid = included
    s = InfusionStore(nurse)
    v = s.prepare(pid, 1, product_entry(clock), "70", clock.now())
    clock.advance(hours=30)                      # corrected next day: expiry and weight age judged as recorded
    with pytest.raises(InfusionRuleError):
        s.correct_infusion(v.record_id, {"viable_cells_millions": "180"}, " ")
    v2 = s.correct_infusion(v.record_id, {"viable_cells_millions": "180"}, "label misread: 180 not 200")
    assert v2.version == 2 and v2.content["dose_shown"] == "2.57" and v2.reason == "label misread: 180 not 200"
    with pytest.raises(InfusionRuleError) as e:
        s.correct_infusion(v.record_id, {"viable_cells_millions": "100"}, "label misread")   # 1.43: below range
    assert codes(e) == ["dose_range"]
    inv = s.authenticate_investigator("investigator", PASSWORD)
    v3 = s.correct_infusion(v.record_id, {"viable_cells_millions": "100"}, "label misread", investigator=inv,
                            override_reason="accepted low dose")
    assert v3.content["override_by"]["name"] == "Dr Test Investigator"
    assert v3.content["dose_override_reason"] == "accepted low dose"
    assert [h.content["dose_shown"] for h in nurse.records.history(v.record_id)] == ["2.86", "2.57", "1.43"]


def test_opening_decodes_one_infusions_readings_and_a_damaged_one_still_shows_its_last_good_version(
        tmp_vault, included, clock):
    """The infusion screen's read decodes only the shown infusion's readings
    (records.DeferredHeads: told apart by their stored text), yet each
    infusion shows exactly its own, and a reading edited on disk (a rogue
    insider with the key) gives way to its last good version on its own
    infusion -- also when the edit makes it claim the other infusion."""
    from bedside import records
    from bedside.infusion import snapshot
    from tests.conftest import with_key
    nurse, pid = included
    s, v1 = running_infusion(nurse, pid, clock)
    clock.advance(minutes=15)
    r, _ = s.add_reading(v1.record_id, dict(NORMAL, hr="90"))
    s.correct_reading(r.record_id, dict(NORMAL, hr="91"), None, "typo")
    s.event(v1.record_id, "stop", outcome="complete")
    clock.advance(days=3)
    v2 = s.prepare(pid, 2, product_entry(clock, bag_id="BAG-002"), "70", clock.now())
    s.add_reading(v2.record_id, dict(NORMAL, hr="70"))

    def shown(n):
        records.forget_decoded()           # as at the first opening after sign-in
        return sorted(x["values"]["hr"] for x in snapshot.load(s, pid, n).readings)

    assert shown(1) == ["80", "91"] and shown(2) == ["70"]
    assert snapshot.load(s, pid, 2).readings and not any(          # the other infusion's: not decoded
        v.record_type == "vital_reading" and v.content["infusion_id"] == v1.record_id
        for _row, v in records._DECODED.values())
    head = nurse.records.latest(r.record_id).id
    with_key(tmp_vault.folder, bytes(tmp_vault._key),     # hash left as it was: damaged
             "UPDATE records SET content=replace(replace(content, ?, ?), '\"91\"', '\"99\"') WHERE id=?",
             params=(v1.record_id, v2.record_id, head))
    assert shown(1) == ["80", "90"] and shown(2) == ["70"]
    assert sorted(x["values"]["hr"] for x in snapshot.load(s, pid, 1).readings) == ["80", "90"]  # remembered
