from datetime import datetime, timedelta, timezone

from hypothesis import given, settings, strategies as st

from bedside.infusion import lifecycle as lc

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)
M = timedelta(minutes=1)


def run(steps):
    events = []
    for kind, at, kw in steps:
        content, probs = lc.check_event(lc.state(events), kind, at, NOW + 600 * M, **kw)
        assert probs == [], [p.code for p in probs]
        events.append(content)
    return events


def test_full_lifecycle_with_pause():
    ev = run([("start", NOW, {}), ("pause", NOW + 10 * M, {"reason": "line occluded"}),
              ("resume", NOW + 15 * M, {}), ("stop", NOW + 45 * M, {"outcome": "complete", "product_volume_ml": "100"})])
    s = lc.state(ev)
    assert s.status == lc.ENDED and s.start_utc == NOW and s.end_utc == NOW + 45 * M
    assert s.paused_minutes == 5 and s.outcome == "complete" and s.volume_given_ml == "100"


def test_refusals():
    s = lc.state([])
    codes = lambda r: [p.code for p in r[1]]
    assert codes(lc.check_event(s, "pause", NOW, NOW, reason="x")) == ["event_state"]
    assert codes(lc.check_event(s, "start", NOW + 3 * M, NOW)) == ["event_future"]
    assert codes(lc.check_event(s, "explode", NOW, NOW)) == ["event_kind"]
    running = lc.state(run([("start", NOW, {})]))
    assert codes(lc.check_event(running, "pause", NOW + M, NOW + M)) == ["pause_reason"]
    assert codes(lc.check_event(running, "pause", NOW - M, NOW, reason="x")) == ["event_before"]
    assert codes(lc.check_event(running, "stop", NOW + M, NOW + M)) == ["outcome"]
    assert codes(lc.check_event(running, "stop", NOW + M, NOW + M, outcome="aborted")) == ["stop_reason"]
    assert codes(lc.check_event(running, "stop", NOW + M, NOW + M, outcome="partial", reason="rigors",
                                volume_given_ml="100", product_volume_ml="100")) == ["partial_volume"]
    assert codes(lc.check_event(running, "stop", NOW + M, NOW + M, outcome="partial", reason="rigors",
                                volume_given_ml="0", product_volume_ml="100")) == ["partial_volume"]
    c, p = lc.check_event(running, "stop", NOW + M, NOW + M, outcome="partial", reason="rigors",
                          volume_given_ml="60,5", product_volume_ml="100")
    assert p == [] and c["volume_given_ml"] == "60.5"
    ended = lc.state(run([("start", NOW, {}), ("stop", NOW + M, {"outcome": "complete"})]))
    assert codes(lc.check_event(ended, "start", NOW + 2 * M, NOW + 2 * M)) == ["event_state"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["start", "pause", "resume", "stop", "x"]), st.integers(-5, 200),
                          st.sampled_from([None, "", "reason"]), st.sampled_from([None, "complete", "partial", "aborted"]),
                          st.sampled_from([None, "", "50", "abc", "-1"])), max_size=8))
def test_generated_sequences_stay_consistent(steps):
    events = []
    for kind, minute, reason, outcome, vol in steps:
        content, probs = lc.check_event(lc.state(events), kind, NOW + minute * M, NOW + 300 * M, reason=reason,
                                        outcome=outcome, volume_given_ml=vol, product_volume_ml="100")
        if not probs:
            events.append(content)
    s = lc.state(events)
    assert s.status in (lc.READY, lc.RUNNING, lc.PAUSED, lc.ENDED)
    times = [e["at_utc"] for e in events]
    assert times == sorted(times)
    if s.status == lc.ENDED:
        assert s.outcome in lc.OUTCOMES
