"""Fictitious infusions for the demo vault.

- Dupont: infusion 1 done three days ago (full flowsheet, one fever alert
  recorded as an adverse event and signed off), infusion 2 due today.
- Leclercq: infusion 1 done; a serious adverse event yesterday evening whose
  24-hour reporting clock is still running.
- Janssens: infusion 1 running right now (for the flowsheet screen).

Patients are taken from ctx["patients"]; one not yet included by the
eligibility seeder is included here so the demo stands alone. If the consent
capability's gate refuses (e.g. absent), the start/stop history is written
with the same lifecycle validation and marked ``demo_gate_bypassed``."""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from ..infusion import lifecycle
from ..infusion.messages import InfusionRuleError
from ..infusion.store import EVENT, InfusionStore
from ..patients import assign_subject_id

ORDER = 70
GATE_CODES = {"gate_missing", "gate", "gate_no", "gate_error"}
NORMAL = {"hr": "88", "sbp": "128", "dbp": "74", "rr": "20", "spo2": "94", "temp": "37.2", "fio2": "40"}


def _at(clock, when: datetime) -> None:
    """Move the demo clock forward to *when* (never backwards)."""
    if when > clock.now():
        clock.set(when)


def _event(store: InfusionStore, rid: str, kind: str, **kw):
    try:
        return store.event(rid, kind, **kw)
    except InfusionRuleError as e:
        if not set(e.codes) & GATE_CODES:
            raise
    inf = store.rs.latest(rid)
    view = next(i for i in store.infusions(inf.patient_id) if i.record_id == rid)
    now = store.now()
    content, problems = lifecycle.check_event(view.state, kind, now, now, kw.get("reason"), kw.get("outcome"),
                                              kw.get("volume_given_ml"), inf.content["product"].get("volume_ml"))
    if problems:
        raise InfusionRuleError(problems)
    content.update(infusion_id=rid, number=inf.content["number"], demo_gate_bypassed=True)
    return store.rs.create(EVENT, content, patient_id=inf.patient_id)


def _reading(store, clock, rid, values, minutes_after=None):
    if minutes_after is not None:
        clock.advance(timedelta(minutes=minutes_after).total_seconds())
    return store.add_reading(rid, values)


def _include(ctx, patient):
    inv = ctx["login"]("investigator")
    current = inv.records.latest(patient.id).content
    if not current.get("subject_id"):
        assign_subject_id(inv, patient.id, "included in TJT2012 (demo)")


def _prepare(ctx, store, pid, number, bag, donor, cells, weight, wristband, window_reason=None):
    clock = ctx["clock"]
    v = store.prepare(pid, number, {"bag_id": bag, "donor_id": donor, "viable_cells_millions": cells,
                                    "volume_ml": "100", "expiry_utc": clock.now() + timedelta(hours=3)},
                      weight, clock.now() - timedelta(hours=2), window_reason=window_reason)
    clock.advance(300)
    store.two_person_check(v.record_id, "nurse2", ctx["password"], wristband, True)
    return v


def _infusion_day(store, pid, number, earliest: datetime, tz) -> tuple[datetime, str | None]:
    """10:00 local on the target day of the plan, or *earliest* when later."""
    pl = store.plan(pid)
    p = pl[number - 1]
    wanted = earliest.astimezone(tz).date()
    day = min(max(p.target, wanted), p.window_end)        # stay inside the window when possible
    when = datetime.combine(day, time(10, 0), tz).astimezone(timezone.utc)
    when = max(when, earliest, store.now() + timedelta(minutes=30))   # the demo clock never goes back
    day = (when - timedelta(minutes=25)).astimezone(tz).date()
    reason = None if p.in_window(day) else "demo: delayed by product release"
    return when, reason


def _full_infusion(ctx, store, pid, number, bag, donor, weight, wristband, start_at, window_reason, fever_ae=True):
    clock, nurse = ctx["clock"], store.session
    _at(clock, start_at - timedelta(minutes=25))
    v = _prepare(ctx, store, pid, number, bag, donor, str(int(weight * 2.8)), weight, wristband, window_reason)
    _reading(store, clock, v.record_id, NORMAL, 5)                       # baseline
    _at(clock, start_at)
    _event(store, v.record_id, "start")
    plan = [(15, dict(NORMAL, hr="92", temp="37.4")),
            (15, dict(NORMAL, hr="104", sbp="118", temp="38.3", rr="24")),   # fever: alert
            (15, dict(NORMAL, hr="98", sbp="122", temp="37.9", rr="22"))]
    alert_reading = None
    for minutes, vals in plan:
        r, alerts = _reading(store, clock, v.record_id, vals, minutes)
        if alerts and alert_reading is None:
            alert_reading = (r, alerts)
    clock.advance(600)
    _event(store, v.record_id, "stop", outcome="complete")
    for minutes, temp in ((15, "37.8"), (15, "37.6"), (30, "37.4"), (60, "37.1")):
        _reading(store, clock, v.record_id, dict(NORMAL, temp=temp, hr="90"), minutes)
    if fever_ae and alert_reading:
        r, alerts = alert_reading
        ae = store.add_ae(pid, {
            "term": "Fever during infusion", "onset_utc": datetime.fromisoformat(r.content["taken_utc"]),
            "end_utc": clock.now(), "grade": 1, "serious": False, "relation": "possible", "expected": True,
            "aesi": None, "action": "none", "outcome": "recovered", "infusion": number,
            "alert": {"reading_id": r.record_id, "rules": [a.rule_id for a in alerts]},
            "notes": "Paracetamol 1 g IV; resolved within 2 h."})
        clock.advance(3600)
        InfusionStore(ctx["login"]("investigator")).sign_off(ae.record_id, ctx["password"])
    return v


def seed(ctx: dict) -> None:
    patients = ctx.get("patients") or {}
    clock, real_now = ctx["clock"], ctx["now"]
    tz = timezone(timedelta(minutes=clock.utc_offset_minutes()))
    nurse = ctx["login"]("nurse")
    store = InfusionStore(nurse)

    # Dupont: infusion 1 three days ago, infusion 2 due today
    if "dupont" in patients:
        p = patients["dupont"]
        _include(ctx, p)
        start, reason = _infusion_day(store, p.id, 1, max(clock.now(), real_now - timedelta(days=4)), tz)
        _full_infusion(ctx, store, p.id, 1, "BAG-2611-01", "DON-0042", p.weight_kg, p.wristband, start, reason)

    # Leclercq: infusion 1 done two days ago; SAE yesterday evening, clock running
    if "leclercq" in patients:
        p = patients["leclercq"]
        _include(ctx, p)
        start, reason = _infusion_day(store, p.id, 1, max(clock.now(), real_now - timedelta(days=2)), tz)
        _full_infusion(ctx, store, p.id, 1, "BAG-2611-07", "DON-0057", p.weight_kg, p.wristband, start, reason,
                       fever_ae=False)
        onset = max(clock.now(), real_now - timedelta(hours=11))
        _at(clock, onset + timedelta(hours=1))
        store.add_ae(p.id, {
            "term": "Pulmonary embolism", "onset_utc": onset, "grade": 4, "serious": True,
            "seriousness": ["life_threatening", "hospitalisation"], "aware_utc": clock.now(),
            "relation": "possible", "expected": False, "aesi": "thromboembolic",
            "action": "treatment_given", "outcome": "ongoing", "infusion": 1,
            "notes": "CT angiography: segmental PE right lower lobe. Therapeutic anticoagulation started."})

    # Janssens: infusion 1 running now (40 min in), one alert on SpO2 drop
    if "janssens" in patients:
        p = patients["janssens"]
        _include(ctx, p)
        start = max(clock.now() + timedelta(minutes=30), real_now - timedelta(minutes=40))
        _at(clock, start - timedelta(minutes=25))
        pl = store.plan(p.id)
        day = start.astimezone(tz).date()
        reason = None if pl and pl[0].in_window(day) else "demo: delayed by product release"
        v = _prepare(ctx, store, p.id, 1, "BAG-2611-12", "DON-0063", str(int(p.weight_kg * 2.9)), p.weight_kg, p.wristband, reason)
        _reading(store, clock, v.record_id, dict(NORMAL, spo2="95", hr="84"), 5)
        _at(clock, start)
        _event(store, v.record_id, "start")
        for m, vals in ((15, dict(NORMAL, spo2="94", hr="90")), (15, dict(NORMAL, spo2="91", hr="101", rr="26"))):
            _reading(store, clock, v.record_id, vals, m)
