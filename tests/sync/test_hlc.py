"""The hybrid logical clock that stamps every entry (core) and the sync-side
checks on stamps received from other workstations."""

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bedside.sync.hlc import HybridLogicalClock, Timestamp, is_valid, parse_remote


class Wall:
    def __init__(self):
        self.t = datetime(2026, 11, 25, 3, 0, tzinfo=timezone.utc)

    def __call__(self):
        return self.t


def test_clock_set_back_an_hour_keeps_order_and_catches_up():
    wall = Wall()
    hlc = HybridLogicalClock("wsa", wall)
    before = [hlc.now() for _ in range(3)]
    wall.t -= timedelta(hours=1)            # someone sets the clock back an hour
    after = [hlc.now() for _ in range(3)]
    stamps = before + after
    assert stamps == sorted(stamps) and len(set(stamps)) == 6
    assert Timestamp.decode(after[0]).physical_ms == Timestamp.decode(before[-1]).physical_ms
    wall.t += timedelta(hours=1, minutes=1)           # real time passes the old one
    later = hlc.now()
    assert later > after[-1] and Timestamp.decode(later).counter == 0


def test_observe_remote_ahead_and_restart_from_last():
    wall = Wall()
    a, b = HybridLogicalClock("wsa", wall), HybridLogicalClock("wsb", wall)
    ahead = Timestamp(Timestamp.decode(b.now()).physical_ms + 3600_000, 5, "wsb").encode()
    a.observe(ahead)                                   # b's clock an hour fast
    mine = a.now()
    assert Timestamp.decode(mine) > Timestamp.decode(ahead)
    resumed = HybridLogicalClock("wsa", wall, last=mine)   # after a restart
    assert resumed.now() > mine


def test_remote_stamps_checked():
    assert is_valid("001795600000000-000000-ab12cd34ef56")
    for bad in ("", "12-3-x", "001795600000000-000001-", "a" * 40, None, 17,
                "001795600000000-000000-bad node"):
        assert not is_valid(bad)
        with pytest.raises(ValueError):
            parse_remote(bad)


@given(st.lists(st.tuples(st.sampled_from(["now", "observe"]),
                          st.integers(-7200_000, 7200_000)), max_size=60))
def test_monotonic_whatever_the_wall_clock_does(steps):
    wall = Wall()
    base = wall.t
    hlc = HybridLogicalClock("wsa", wall)
    last = None
    for op, jump in steps:
        wall.t = base + timedelta(milliseconds=jump)
        if op == "observe":
            hlc.observe(Timestamp(int(base.timestamp() * 1000) + jump // 2, 3, "wsz").encode())
        s = hlc.now()
        assert is_valid(s)
        assert last is None or Timestamp.decode(s) > Timestamp.decode(last)
        last = s
