from datetime import datetime, timedelta, timezone

from hypothesis import given, settings, strategies as st

from bedside.infusion import adverse_events as ae, protocol

P = protocol.default()
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


def entry(**kw):
    e = {"term": "Fever", "onset_utc": NOW - timedelta(hours=1), "grade": 1, "serious": False,
         "relation": "possible", "expected": True, "aesi": None, "action": "none", "outcome": "ongoing",
         "infusion": 1}
    e.update(kw)
    return e


def codes(r):
    return [p.code for p in r.problems]


def test_valid_ae_content_json_safe():
    r = ae.validate(P, entry(aesi="infection"), NOW)
    assert r.ok and r.content["onset_utc"].startswith("2026-11-25T08:00")
    assert r.content["aware_utc"] is None


def test_field_rules():
    assert codes(ae.validate(P, entry(term=" "), NOW)) == ["ae_term"]
    assert codes(ae.validate(P, entry(grade=6), NOW)) == ["ae_grade"]
    assert codes(ae.validate(P, entry(grade=True), NOW)) == ["ae_grade"]
    assert codes(ae.validate(P, entry(serious=True), NOW)) == ["ae_criterion_missing"]
    assert codes(ae.validate(P, entry(seriousness=["death"]), NOW)) == ["ae_criterion_not_serious"]
    assert codes(ae.validate(P, entry(grade=5, outcome="fatal"), NOW)) == ["ae_grade5"]
    assert codes(ae.validate(P, entry(outcome="fatal", grade=3), NOW)) == ["ae_fatal_grade"]
    assert codes(ae.validate(P, entry(grade=5, serious=True, seriousness=["death"]), NOW)) == ["ae_grade5_outcome"]
    assert ae.validate(P, entry(grade=5, serious=True, seriousness=["death"], outcome="fatal"), NOW).ok
    assert codes(ae.validate(P, entry(end_utc=NOW - timedelta(hours=2)), NOW)) == ["ae_end_before"]
    assert codes(ae.validate(P, entry(onset_utc=NOW + timedelta(hours=1)), NOW)) == ["ae_onset_future"]
    assert codes(ae.validate(P, entry(aesi="headache"), NOW)) == ["ae_aesi"]
    assert codes(ae.validate(P, entry(relation="maybe"), NOW)) == ["ae_relation"]
    assert codes(ae.validate(P, entry(infusion=4), NOW)) == ["ae_infusion"]
    assert codes(ae.validate(P, entry(expected=None), NOW)) == ["ae_expected"]
    assert codes(ae.validate(P, entry(term="x" * 201), NOW)) == ["ae_term_long"]


def test_sae_clock_24h():
    r = ae.validate(P, entry(serious=True, seriousness=["hospitalisation"], grade=3), NOW)
    assert r.ok and r.content["aware_utc"] == NOW.isoformat()
    c = ae.sae_clock(P, r.content, NOW + timedelta(hours=23, minutes=59, seconds=59))
    assert c.seconds_left == 1 and not c.overdue and not c.reported
    c = ae.sae_clock(P, r.content, NOW + timedelta(hours=24))
    assert c.seconds_left == 0 and not c.overdue
    c = ae.sae_clock(P, r.content, NOW + timedelta(hours=24, seconds=1))
    assert c.overdue
    c = ae.sae_clock(P, r.content, NOW + timedelta(days=3), (NOW + timedelta(hours=5)).isoformat())
    assert c.reported and not c.overdue
    assert ae.sae_clock(P, ae.validate(P, entry(), NOW).content, NOW) is None


def test_explicit_awareness_time():
    aware = NOW - timedelta(hours=3)
    r = ae.validate(P, entry(serious=True, seriousness=["life_threatening"], grade=4, aware_utc=aware), NOW)
    assert ae.sae_clock(P, r.content, NOW).seconds_left == 21 * 3600


anything = st.one_of(st.none(), st.booleans(), st.integers(-3, 8), st.text(max_size=30),
                     st.datetimes(timezones=st.just(timezone.utc)), st.lists(st.text(max_size=10), max_size=3))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["term", "onset_utc", "end_utc", "grade", "serious", "seriousness", "aware_utc",
                                        "relation", "expected", "aesi", "action", "outcome", "infusion", "notes"]),
                       anything))
def test_generated_ae_never_crash_never_invalid(e):
    r = ae.validate(P, e, NOW)
    if r.ok:
        c = r.content
        assert c["term"] and c["grade"] in range(1, 6) and c["relation"] in P.ids("relation")
        assert not c["serious"] or c["seriousness"]
        ae.sae_clock(P, c, NOW)
    else:
        assert r.content == {}
