from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from bedside.infusion import dose, plan, product, protocol

P = protocol.default()
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
INC = date(2026, 11, 20)


def test_plan_targets_from_inclusion_then_from_actual_dates():
    pl = plan.infusion_plan(P, INC)
    assert [p.target for p in pl] == [INC, INC + timedelta(3), INC + timedelta(6)]
    assert (pl[0].window_start, pl[0].window_end) == (INC, INC + timedelta(2))
    pl = plan.infusion_plan(P, INC, {1: INC + timedelta(1)})
    assert pl[1].target == INC + timedelta(4)
    assert (pl[1].window_start, pl[1].window_end) == (INC + timedelta(4), INC + timedelta(5))
    assert plan.next_due(pl).number == 2


@pytest.mark.parametrize("offset,needs_reason", [(2, True), (3, False), (4, False), (5, True)])
def test_window_edges_need_reason(offset, needs_reason):
    pl = plan.infusion_plan(P, INC, {1: INC})
    probs = plan.check_infusion_date(pl, 2, INC + timedelta(offset), None)
    assert bool(probs) == needs_reason
    if needs_reason:
        assert probs[0].code == "out_of_window"
        assert plan.check_infusion_date(pl, 2, INC + timedelta(offset), "patient in CT scan") == []


def test_order_and_duplicates():
    pl = plan.infusion_plan(P, INC)
    assert plan.check_infusion_date(pl, 2, INC + timedelta(3), "x")[0].code == "infusion_order"
    assert plan.check_infusion_date(pl, 4, INC, "x")[0].code == "infusion_number"
    pl = plan.infusion_plan(P, INC, {1: INC})
    assert plan.check_infusion_date(pl, 1, INC, "x")[0].code == "infusion_done"


def test_follow_up_and_status():
    fu = plan.follow_up_plan(P, INC)
    assert [(v.id, v.target) for v in fu] == [("d28", INC + timedelta(28)), ("d90", INC + timedelta(90))]
    assert fu[0].primary_endpoint
    v = fu[0]
    assert plan.window_status(v.window_start, v.window_end, v.window_start - timedelta(1)) == "upcoming"
    assert plan.window_status(v.window_start, v.window_end, v.window_start) == "due"
    assert plan.window_status(v.window_start, v.window_end, v.window_end) == "due"
    assert plan.window_status(v.window_start, v.window_end, v.window_end + timedelta(1)) == "overdue"


# ---------- dose
@pytest.mark.parametrize("cells,weight,ok", [
    ("105", "70", True),        # 1.5 exactly
    ("104.99", "70", False),    # just below
    ("210", "70", True),        # 3.0 exactly
    ("210.01", "70", False),    # just above
    ("150", "60", True),
])
def test_dose_boundaries(cells, weight, ok):
    r = dose.compute(P, cells, weight, NOW - timedelta(hours=1), NOW)
    assert r.in_range == ok
    assert (not r.problems) == ok
    if not ok:
        assert r.problems[0].code == "dose_range"
        r2 = dose.compute(P, cells, weight, NOW - timedelta(hours=1), NOW,
                          override_reason="weight-adjusted per PI", override_by_investigator=True)
        assert r2.problems == [] and r2.needs_override
        r3 = dose.compute(P, cells, weight, NOW - timedelta(hours=1), NOW,
                          override_reason="  ", override_by_investigator=True)
        assert r3.problems
        r4 = dose.compute(P, cells, weight, NOW - timedelta(hours=1), NOW,
                          override_reason="reason", override_by_investigator=False)
        assert r4.problems


def test_dose_shown_and_exact():
    r = dose.compute(P, "200", "70", NOW, NOW)
    assert r.shown == "2.86"
    assert r.per_kg_millions == Decimal(200) / Decimal(70)


def test_dose_weight_checks():
    assert dose.compute(P, "200", "abc", NOW, NOW).problems[0].code == "number_invalid"
    assert dose.compute(P, "200", "10", NOW, NOW).problems[0].code == "weight_range"
    assert dose.compute(P, "200", "70", None, NOW).problems[0].code == "weight_stale"
    assert dose.compute(P, "200", "70", NOW - timedelta(hours=72), NOW).problems == []
    assert dose.compute(P, "200", "70", NOW - timedelta(hours=72, seconds=1), NOW).problems[0].code == "weight_stale"
    assert dose.compute(P, "200,5", "70", NOW, NOW).per_kg_millions == Decimal("200.5") / 70


# ---------- product
def entry(**kw):
    e = {"bag_id": "BAG-001", "donor_id": "D-17", "viable_cells_millions": "210", "volume_ml": "100",
         "expiry_utc": NOW + timedelta(hours=2)}
    e.update(kw)
    return e


def test_product_ok_and_normalised():
    r = product.check(P, entry(bag_id=" bag-001\r\n"), [], [], NOW)
    assert r.problems == []
    assert r.content["bag_id"] == "BAG-001"


def test_same_donor_refused_unless_investigator_override():
    r = product.check(P, entry(donor_id="D-99"), ["D-17"], ["BAG-000"], NOW)
    assert [p.code for p in r.problems] == ["donor_mismatch"] and r.donor_override_needed
    r = product.check(P, entry(donor_id="D-99"), ["D-17"], [], NOW, "replacement donor after QC failure", False)
    assert r.problems
    r = product.check(P, entry(donor_id="D-99"), ["D-17"], [], NOW, "replacement donor after QC failure", True)
    assert r.problems == [] and r.content["donor_override_reason"]
    assert product.check(P, entry(donor_id="d-17"), ["D-17"], [], NOW).problems == []


def test_expired_product_refused_at_the_minute():
    assert product.check(P, entry(expiry_utc=NOW), [], [], NOW).problems[0].code == "expired"
    assert product.check(P, entry(expiry_utc=NOW + timedelta(seconds=1)), [], [], NOW).problems == []
    # investigator override does not rescue an expired product
    r = product.check(P, entry(expiry_utc=NOW - timedelta(hours=1)), [], [], NOW, "please", True)
    assert r.problems[0].code == "expired"


def test_thaw_time_limits():
    e = entry(expiry_utc=None, thaw_utc=NOW - timedelta(hours=4))
    assert product.check(P, e, [], [], NOW).problems == []
    e = entry(expiry_utc=None, thaw_utc=NOW - timedelta(hours=4, seconds=1))
    assert product.check(P, e, [], [], NOW).problems[0].code == "thaw_expired"
    e = entry(expiry_utc=None, thaw_utc=NOW + timedelta(hours=1))
    assert product.check(P, e, [], [], NOW).problems[0].code == "thaw_future"
    e = entry(expiry_utc=None)
    assert product.check(P, e, [], [], NOW).problems[0].code == "expiry_missing"


def test_product_bad_ids_and_reuse():
    codes = [p.code for p in product.check(P, entry(bag_id="", donor_id="<script>"), [], [], NOW).problems]
    assert codes == ["id_missing", "id_invalid"]
    assert product.check(P, entry(), [], ["bag-001"], NOW).problems[0].code == "bag_reused"
    assert product.check(P, entry(volume_ml="0"), [], [], NOW).problems[0].code == "volume_range"
    assert product.check(P, entry(viable_cells_millions="x"), [], [], NOW).problems[0].code == "number_invalid"


from hypothesis import given, settings, strategies as st  # noqa: E402

junk = st.one_of(st.none(), st.booleans(), st.integers(-10**9, 10**9), st.floats(allow_nan=True),
                 st.text(max_size=20), st.decimals(allow_nan=True).map(str))


@settings(max_examples=200, deadline=None)
@given(cells=junk, weight=junk, hours=st.integers(-200, 200), reason=st.one_of(st.none(), st.text(max_size=5)),
       inv=st.booleans())
def test_dose_never_crashes_and_never_passes_out_of_range(cells, weight, hours, reason, inv):
    r = dose.compute(P, cells, weight, NOW - timedelta(hours=hours), NOW, reason, inv)
    if not r.problems:
        assert r.in_range or (inv and reason and reason.strip())
        assert P.weight_limits[0] <= Decimal(str(weight).replace(",", ".").strip()) <= P.weight_limits[1]


@settings(max_examples=200, deadline=None)
@given(entry=st.fixed_dictionaries({"bag_id": junk, "donor_id": junk, "viable_cells_millions": junk,
                                    "volume_ml": junk,
                                    "expiry_utc": st.one_of(st.none(), st.datetimes(timezones=st.just(timezone.utc)))}),
       prev=st.lists(st.text(max_size=6), max_size=3))
def test_product_never_crashes_and_never_passes_expired(entry, prev):
    r = product.check(P, entry, prev, [], NOW)
    if not r.problems:
        assert entry["expiry_utc"] > NOW
        assert r.content["donor_id"] and r.content["bag_id"]
