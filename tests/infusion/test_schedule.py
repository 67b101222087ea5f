from datetime import datetime, timedelta, timezone

from bedside.infusion import schedule
from bedside.infusion.schedule import Reading
from hypothesis import given, settings, strategies as st

from .data import P, T0, m


def ids(state):
    return [t.id for t in state.timepoints]


def status(state, tid):
    return next(t.status for t in state.timepoints if t.id == tid)


def test_before_start_baseline_is_due_now():
    s = schedule.compute(P, None, None, [], T0)
    assert ids(s) == ["baseline"] and s.next.id == "baseline" and s.seconds_to_next == 0
    s = schedule.compute(P, None, None, [Reading("r1", T0 - m(30))], T0)
    assert status(s, "baseline") == "done"
    s = schedule.compute(P, None, None, [Reading("r1", T0 - m(31))], T0)
    assert status(s, "baseline") == "due"


def test_during_every_15_and_countdown():
    s = schedule.compute(P, T0, None, [Reading("b", T0 - m(10))], T0 + m(7))
    assert ids(s) == ["baseline", "during_15"]
    assert s.next.id == "during_15" and s.seconds_to_next == 8 * 60
    assert schedule.format_countdown(s.seconds_to_next) == "08:00"
    s = schedule.compute(P, T0, None, [Reading("b", T0 - m(10))], T0 + m(16))
    assert ids(s) == ["baseline", "during_15", "during_30"]
    assert s.next.id == "during_15" and s.seconds_to_next == -60
    assert schedule.format_countdown(-60) == "-01:00"


def test_tolerance_boundaries_exact():
    start_plus = T0 + m(15)
    base = [Reading("b", T0 - m(5))]
    assert status(schedule.compute(P, T0, None, base, start_plus + m(5)), "during_15") == "due"
    assert status(schedule.compute(P, T0, None, base, start_plus + m(5) + timedelta(seconds=1)), "during_15") == "overdue"
    assert status(schedule.compute(P, T0, None, base, start_plus - m(5) - timedelta(seconds=1)), "during_15") == "upcoming"
    assert status(schedule.compute(P, T0, None, base, start_plus - m(5)), "during_15") == "due"
    # reading at the edge of the window matches; just outside is unscheduled
    s = schedule.compute(P, T0, None, base + [Reading("a", start_plus + m(5))], T0 + m(25))
    assert status(s, "during_15") == "done"
    s = schedule.compute(P, T0, None, base + [Reading("a", start_plus + m(5, ) + timedelta(seconds=1))], T0 + m(25))
    assert status(s, "during_15") == "overdue" and s.unscheduled == ["a"]


def test_missing_baseline_is_overdue_once_started():
    s = schedule.compute(P, T0, None, [], T0 + m(1))
    assert status(s, "baseline") == "overdue"
    assert [t.id for t in s.overdue] == ["baseline"]


def test_after_end_timepoints():
    end = T0 + m(40)
    s = schedule.compute(P, T0, end, [], end)
    assert ids(s) == ["baseline", "during_15", "during_30", "post_15", "post_30", "post_60", "post_120"]
    assert s.next.id == "post_15"
    # end exactly on a 15-min mark: the boundary belongs to the schedule, so a
    # reading taken at the stop time fills the 45-min point instead of being "extra"
    s = schedule.compute(P, T0, T0 + m(45), [Reading("at_stop", T0 + m(45))], T0 + m(45))
    assert "during_45" in ids(s)
    assert status(s, "during_45") == "done" and s.unscheduled == []
    # full 2 h after: all done when readings present
    rs = [Reading(t.id, t.due_utc) for t in schedule.compute(P, T0, end, [], end).timepoints]
    s = schedule.compute(P, T0, end, rs, end + m(200))
    assert all(t.status == "done" for t in s.timepoints) and s.next is None
    assert schedule.format_countdown(None) == ""


def test_explicit_assignment_and_unscheduled():
    rs = [Reading("b", T0 - m(2)), Reading("x", T0 + m(7)), Reading("late", T0 + m(22), "during_15")]
    s = schedule.compute(P, T0, None, rs, T0 + m(25))
    assert status(s, "during_15") == "done"
    assert next(t.reading_id for t in s.timepoints if t.id == "during_15") == "late"
    assert s.unscheduled == ["x"]


def test_countdown_hours():
    assert schedule.format_countdown(3725) == "1:02:05"


def test_flowsheet_baseline_relative_alerts():
    from bedside.infusion import flowsheet
    vals = {"hr": "80", "sbp": "120", "dbp": "70", "rr": "18", "spo2": "96", "temp": "37.0", "fio2": "40"}
    rs = [{"id": "b", "taken_utc": T0 - m(5), "values": vals},
          {"id": "r15", "taken_utc": T0 + m(15), "values": dict(vals, sbp="95", spo2="93")},
          {"id": "extra", "taken_utc": T0 + m(22), "values": dict(vals, temp="38.0")}]
    fs = flowsheet.build(P, rs, T0, None, T0 + m(25))
    assert fs.baseline == vals
    assert [r.timepoint for r in fs.rows] == ["baseline", "during_15", None]
    assert fs.rows[0].alerts == []
    assert {a.rule_id for a in fs.rows[1].alerts} == {"sbp_drop", "spo2_drop"}
    assert [a.rule_id for a in fs.rows[2].alerts] == ["temp_high"]


def test_clock_entry():
    from bedside.infusion.timeentry import parse_clock
    tz = timezone(timedelta(hours=1))
    now = datetime(2026, 11, 25, 13, 30, tzinfo=timezone.utc)   # 14:30 local
    assert parse_clock("", now, tz) == (now, None)
    assert parse_clock("14:05", now, tz)[0] == datetime(2026, 11, 25, 13, 5, tzinfo=timezone.utc)
    assert parse_clock("1405", now, tz)[0] == datetime(2026, 11, 25, 13, 5, tzinfo=timezone.utc)
    assert parse_clock("14h32", now, tz)[0] == datetime(2026, 11, 25, 13, 32, tzinfo=timezone.utc)
    # later than now: never silently yesterday (issue 16 item 1), asked with the full date
    t, problem = parse_clock("14:33", now, tz)
    assert t is None and problem.code == "time_confirm" and problem.params["full"] == "24/11/2026 14:33"
    assert parse_clock("24/11/2026 14:33", now, tz)[0] == datetime(2026, 11, 24, 13, 33, tzinfo=timezone.utc)
    assert parse_clock("25:00", now, tz)[1].code == "time_format"
    assert parse_clock("soon", now, tz)[1].code == "time_format"


def test_label_datetime_entry():
    from bedside.infusion.timeentry import parse_label_datetime as p
    tz = timezone(timedelta(hours=1))
    now = datetime(2026, 11, 25, 13, 30, tzinfo=timezone.utc)
    want = datetime(2026, 11, 25, 14, 0, tzinfo=timezone.utc)     # 15:00 local
    for text in ("2026-11-25 15:00", "25/11/2026 15:00", "25.11.2026 15h00", "25/11 15:00", "15:00"):
        assert p(text, now, "expiry_utc", tz) == (want, None), text
    assert p("", now, "expiry_utc", tz)[1].code == "datetime_missing"
    assert p("31/02 10:00", now, "expiry_utc", tz)[1].code == "datetime_format"
    assert p("tomorrow", now, "expiry_utc", tz)[1].code == "datetime_format"


@settings(max_examples=60, deadline=None)
@given(taken=st.lists(st.integers(-10, 120), max_size=10), now_min=st.integers(0, 120))
def test_a_running_infusion_always_has_a_next_reading(taken, now_min):
    """Issue 16 item 2: never "all scheduled readings done" while it runs, even
    when a reading was taken early inside the next point's tolerance."""
    rs = [Reading(f"r{i}", T0 + m(t)) for i, t in enumerate(taken) if t <= now_min]
    s = schedule.compute(P, T0, None, rs, T0 + m(now_min))
    assert s.next is not None and s.next.status in ("due", "upcoming")


def test_early_reading_for_the_30_min_point_keeps_a_next_one():
    rs = [Reading("b", T0 - m(2)), Reading("r15", T0 + m(15)), Reading("r30", T0 + m(26))]
    s = schedule.compute(P, T0, None, rs, T0 + m(26))
    assert status(s, "during_30") == "done" and s.next.id == "during_45"
