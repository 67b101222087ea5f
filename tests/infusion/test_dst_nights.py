"""Typed times on the two 2026 daylight-saving nights of Liège, through the
real core (real vault, real store) with a clock that follows Europe/Brussels.

Spring, 29/03/2026: 02:00 CET -> 03:00 CEST (02:00–02:59 does not exist).
Autumn, 25/10/2026: 03:00 CEST -> 02:00 CET (02:00–02:59 happens twice)."""
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from bedside import localtime as LT
from bedside.clock import FakeClock
from bedside.eligibility.errors import InputError
from bedside.eligibility.service import local_tz
from bedside.eligibility.validate import parse_datetime
from bedside.infusion import product
from bedside.infusion.errors import InfusionRuleError
from bedside.infusion.protocol import default as default_protocol
from bedside.infusion.store import InfusionStore
from bedside.infusion.timeentry import parse_clock, parse_label_datetime
from bedside.patients import register_patient
from bedside.roles import Role
from tests.infusion.data import NORMAL, PATIENT, ready_infusion
from bedside.eligibility import service as eligibility
from tests.clinical_states import record_patient_consent, sign_eligibility

BXL = ZoneInfo("Europe/Brussels")
UTC = timezone.utc


def utc(*a):
    return datetime(*a, tzinfo=UTC)


def infusing_at(session_as, clock, start_utc):
    """A patient included the evening before, infusion 1 started at start_utc."""
    nurse, inv = session_as(Role.NURSE), session_as(Role.INVESTIGATOR)
    p = register_patient(nurse, PATIENT)
    today = clock.now().astimezone(BXL).date()
    sign_eligibility(nurse, inv, p.id, inclusion_time=clock.now().isoformat(),
                     ct_date=(today - timedelta(days=5)).isoformat(),
                     covid_tests=[{"date": (today - timedelta(days=6)).isoformat(), "method": "pcr",
                                   "result": "positive"}])
    record_patient_consent(inv, p.id)
    eligibility.include_patient(inv, p.id)
    clock.set(start_utc - timedelta(minutes=10))
    s, v = ready_infusion(nurse, p.id, clock)
    s.add_reading(v.record_id, NORMAL)                      # baseline
    clock.set(start_utc)
    s.event(v.record_id, "start")
    return s, v, p.id


def test_fake_clock_follows_the_zone_across_both_nights():
    c = FakeClock(utc(2026, 3, 29, 0, 59), zone=BXL)
    assert c.utc_offset_minutes() == 60
    c.advance(minutes=2)
    assert c.utc_offset_minutes() == 120
    c.set(utc(2026, 10, 25, 0, 59))
    assert c.utc_offset_minutes() == 120
    c.advance(minutes=2)
    assert c.utc_offset_minutes() == 60


class TestSpringNight:
    @pytest.fixture
    def clock(self):
        return FakeClock(utc(2026, 3, 28, 20, 0), zone=BXL)   # 21:00 CET, the evening before

    def test_0155_typed_at_0312_cest_fills_the_15_min_point(self, session_as, clock):
        # infusion started 01:40 CET (00:40 UTC): the 15-min point is due 01:55 CET (00:55 UTC)
        s, v, pid = infusing_at(session_as, clock, utc(2026, 3, 29, 0, 40))
        clock.set(utc(2026, 3, 29, 1, 12))                   # 03:12 CEST
        r, _ = s.add_reading(v.record_id, NORMAL, "01:55")
        assert r.content["taken_utc"] == utc(2026, 3, 29, 0, 55).isoformat()
        assert r.content["timepoint"] == "during_15"
        fs = s.flowsheet(pid, v.record_id)
        assert fs.schedule.unscheduled == []
        assert {t.id: t.status for t in fs.schedule.timepoints}["during_15"] == "done"

    @pytest.mark.parametrize("typed", ["02:15", "02:30", "2h59"])
    def test_times_that_do_not_exist_are_refused_with_an_explanation(self, session_as, clock, typed):
        s, v, pid = infusing_at(session_as, clock, utc(2026, 3, 29, 0, 40))
        clock.set(utc(2026, 3, 29, 1, 12))
        before = len(s.reading_versions(pid, v.record_id))
        with pytest.raises(InfusionRuleError) as e:
            s.add_reading(v.record_id, NORMAL, typed)
        assert e.value.codes == ["time_dst_gap"]
        assert "does not exist on 29/03/2026" in e.value.messages[0].text()
        assert len(s.reading_versions(pid, v.record_id)) == before

    def test_product_label_read_before_the_change_keeps_its_printed_time(self):
        now = utc(2026, 3, 29, 0, 30)                        # 01:30 CET
        expiry, problem = parse_label_datetime("29/03 04:00", now, "expiry_utc", BXL)
        assert problem is None and expiry == utc(2026, 3, 29, 2, 0)   # 04:00 CEST, not 04:00 CET
        entry = {"bag_id": "B1", "donor_id": "D1", "viable_cells_millions": "200", "volume_ml": "100",
                 "expiry_utc": expiry}
        proto = default_protocol()
        late = product.check(proto, entry, [], [], utc(2026, 3, 29, 2, 30))    # 04:30 CEST
        assert "expired" in [p.code for p in late.problems]
        assert parse_label_datetime("29/03 02:30", now, "expiry_utc", BXL)[1].code == "time_dst_gap"

    def test_inclusion_typed_before_the_change_stays_on_its_day(self, session_as, clock):
        nurse = session_as(Role.NURSE)
        clock.set(utc(2026, 4, 2, 9, 0))                     # typed days later, in summer time
        tz = local_tz(nurse)
        t = parse_datetime("29/03/2026 00:30", "Inclusion", clock.now(), tz)
        assert t.astimezone(UTC) == utc(2026, 3, 28, 23, 30)  # 00:30 CET
        assert t.astimezone(BXL).date() == date(2026, 3, 29)
        with pytest.raises(InputError):
            parse_datetime("29/03/2026 02:30", "Inclusion", clock.now(), tz)


class TestAutumnNight:
    @pytest.fixture
    def clock(self):
        return FakeClock(utc(2026, 10, 24, 19, 0), zone=BXL)  # 21:00 CEST, the evening before

    def test_0155_typed_at_0220_cet_is_read_in_summer_time(self, session_as, clock):
        # started 01:40 CEST (23:40 UTC): 15-min point due 01:55 CEST (23:55 UTC)
        s, v, pid = infusing_at(session_as, clock, utc(2026, 10, 24, 23, 40))
        clock.set(utc(2026, 10, 25, 1, 20))                  # 02:20 CET (second pass)
        r, _ = s.add_reading(v.record_id, NORMAL, "01:55")
        assert r.content["taken_utc"] == utc(2026, 10, 24, 23, 55).isoformat()
        assert r.content["timepoint"] == "during_15"

    def test_0240_is_never_yesterday_and_asks_when_both_have_passed(self, session_as, clock):
        s, v, pid = infusing_at(session_as, clock, utc(2026, 10, 25, 0, 30))   # 02:30 CEST
        clock.set(utc(2026, 10, 25, 1, 20))                  # 02:20 CET: only 02:40 CEST has passed
        r, _ = s.add_reading(v.record_id, NORMAL, "02:40")
        assert r.content["taken_utc"] == utc(2026, 10, 25, 0, 40).isoformat()
        clock.set(utc(2026, 10, 25, 2, 10))                  # 03:10 CET: both 02:40s have passed
        with pytest.raises(InfusionRuleError) as e:
            s.add_reading(v.record_id, NORMAL, "02:40")
        p = e.value.messages[0]
        assert p.code == "time_ambiguous" and "CEST" in p.params["first"] and "CET" in p.params["second"]
        assert p.params["choices"] == ["02:40 +02:00", "02:40 +01:00"]
        r2, _ = s.add_reading(v.record_id, NORMAL, "02:40 CET")
        assert r2.content["taken_utc"] == utc(2026, 10, 25, 1, 40).isoformat()
        r3, _ = s.add_reading(v.record_id, NORMAL, p.params["choices"][0])
        assert r3.content["taken_utc"] == utc(2026, 10, 25, 0, 40).isoformat()

    def test_the_repeated_hour_shows_its_offset(self):
        first, second = utc(2026, 10, 25, 0, 40), utc(2026, 10, 25, 1, 40)
        assert LT.hhmm(first, BXL) == "02:40 UTC+02:00"
        assert LT.hhmm(second, BXL) == "02:40 UTC+01:00"
        assert LT.hhmm(utc(2026, 10, 25, 2, 10), BXL) == "03:10"
        assert LT.hhmm(utc(2026, 10, 24, 23, 55), BXL) == "01:55"


def test_future_time_asks_with_the_full_date():
    now = utc(2026, 12, 2, 15, 2)                            # 16:02 CET
    t, p = parse_clock("23:30", now, BXL)
    assert t is None and p.code == "time_confirm" and p.params["full"] == "01/12/2026 23:30"
    assert parse_clock(p.params["choices"][0], now, BXL)[0] == utc(2026, 12, 1, 22, 30)
    # shortly after midnight, a time just before it is the expected yesterday
    assert parse_clock("23:50", utc(2026, 12, 2, 23, 10), BXL)[0] == utc(2026, 12, 2, 22, 50)
    # a full date in the future is refused, without ISO in the message
    t, p = parse_clock("03/12/2026 10:00", now, BXL)
    assert p.code == "time_future" and "03/12/2026 10:00" in p.text() and "T" not in p.params["full"]


_NIGHTS = st.sampled_from([utc(2026, 3, 29, 0, 0), utc(2026, 10, 25, 0, 0), utc(2026, 7, 1, 0, 0)])


@settings(max_examples=200, deadline=None)
@given(night=_NIGHTS, minutes=st.integers(0, 6 * 60), h=st.integers(0, 23), mi=st.integers(0, 59))
def test_a_typed_time_is_read_as_typed_or_refused(night, minutes, h, mi):
    """Whatever time is typed at whatever moment of a DST night: the answer is
    an instant whose wall time is the one typed, in the past, within the window
    — or a question / refusal. Never a silent hour shift."""
    now = night + timedelta(minutes=minutes)
    t, p = parse_clock(f"{h:02d}:{mi:02d}", now, BXL)
    if p is not None:
        assert t is None and p.code in ("time_dst_gap", "time_ambiguous", "time_confirm")
        return
    local = t.astimezone(BXL)
    assert (local.hour, local.minute) == (h, mi)
    assert t <= now + timedelta(minutes=2) and now - t <= timedelta(hours=12)
