from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bedside.sync.hlc import HybridClock, Stamp


class Wall:
    def __init__(self):
        self.t = datetime(2026, 11, 25, 3, 0, tzinfo=timezone.utc)

    def __call__(self):
        return self.t


def test_clock_set_back_an_hour_keeps_order_and_catches_up():
    wall = Wall()
    hlc = HybridClock("ws-a", wall)
    before = [hlc.tick() for _ in range(3)]
    wall.t -= timedelta(hours=1)            # someone sets the clock back an hour
    after = [hlc.tick() for _ in range(3)]
    stamps = before + after
    assert stamps == sorted(stamps) and len(set(stamps)) == 6
    assert [str(s) for s in stamps] == sorted(str(s) for s in stamps)
    assert after[0].wall_ms == before[-1].wall_ms     # holds the last wall time seen
    wall.t += timedelta(hours=1, minutes=1)           # real time passes the old one
    later = hlc.tick()
    assert later > after[-1] and later.counter == 0


def test_observe_remote_ahead_and_restart_from_last():
    wall = Wall()
    a, b = HybridClock("ws-a", wall), HybridClock("ws-b", wall)
    wall_b_ahead = Stamp(b.tick().wall_ms + 3600_000, 5, "ws-b")   # b's clock an hour fast
    merged = a.observe(str(wall_b_ahead))
    assert merged > wall_b_ahead and a.tick() > merged
    resumed = HybridClock("ws-a", wall, last=str(a.last))          # after a restart
    assert resumed.tick() > merged


def test_parse_rejects_garbage():
    for bad in ("", "12.3.x", "000000000000001.000001.", "a" * 40):
        with pytest.raises(ValueError):
            Stamp.parse(bad)
    with pytest.raises(ValueError):
        HybridClock("bad node!", Wall())


@given(st.lists(st.tuples(st.sampled_from(["tick", "observe"]),
                          st.integers(-7200_000, 7200_000)), max_size=60))
def test_monotonic_whatever_the_wall_clock_does(steps):
    wall = Wall()
    base = wall.t
    hlc = HybridClock("ws-a", wall)
    last = None
    for op, jump in steps:
        wall.t = base + timedelta(milliseconds=jump)
        s = hlc.tick() if op == "tick" else hlc.observe(Stamp(int(base.timestamp() * 1000)
                                                             + jump // 2, 3, "ws-z"))
        assert last is None or s > last
        assert Stamp.parse(str(s)) == s
        last = s
