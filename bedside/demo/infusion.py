"""Fictitious infusions for the demo vault.

- Leclercq: infusion 1 done three days ago (full flowsheet, one fever alert
  recorded as an adverse event and signed off), infusion 2 due today.
- Janssens: a serious adverse event last night whose 24-hour reporting clock
  is still running.
- Dupont: infusion 1 running right now (for the flowsheet screen).

Patients are taken from ctx["patients"]; one not yet included by the
eligibility seeder is included here so the demo stands alone. If the consent
capability's gate refuses (e.g. absent), the start/stop history is written
with the same lifecycle validation and marked ``demo_gate_bypassed``."""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from ..infusion import gate, lifecycle
from ..infusion.errors import InfusionRuleError
from ..infusion.store import EVENT, InfusionStore
from ..eligibility.service import include_patient

ORDER = 70
NORMAL = {"hr": "88", "sbp": "128", "dbp": "74", "rr": "20", "spo2": "94", "temp": "37.2", "fio2": "40"}


def _at(clock, when: datetime) -> None:
    """Move the demo clock forward to *when* (never backwards)."""
    if when > clock.now():
        clock.set(when)


def _event(store: InfusionStore, rid: str, kind: str, at: datetime, **kw):
    try:
        return store.event(rid, kind, at_utc=at, **kw)
    except InfusionRuleError as e:
        if not set(e.codes) & gate.CODES:
            raise
    inf = store.rs.latest(rid)
    view = next(i for i in store.infusions(inf.patient_id) if i.record_id == rid)
    content, problems = lifecycle.check_event(view.state, kind, at, store.now(), kw.get("reason"), kw.get("outcome"),
                                              kw.get("volume_given_ml"), inf.content["product"].get("volume_ml"))
    if problems:
        raise InfusionRuleError(problems)
    content.update(infusion_id=rid, number=inf.content["number"], demo_gate_bypassed=True)
    return store.rs.create(EVENT, content, patient_id=inf.patient_id)


def _when(clock, t: datetime) -> datetime:
    """The time of a step: the clock moves forward to it; a step already in
    the clock's past is entered late (explicit time), as after a busy shift."""
    _at(clock, t)
    return t


def _include(ctx, patient):
    """Include through the ward's own path (signed eligibility, consent, the
    screening log's "included" outcome), so the log and the count agree."""
    inv = ctx["login"]("investigator")
    current = inv.records.latest(patient.id).content
    if not current.get("subject_id"):
        include_patient(inv, patient.id)


def _prepare(ctx, store, pid, number, bag, donor, cells, weight, wristband, window_reason=None):
    clock = ctx["clock"]
    v = store.prepare(pid, number, {"bag_id": bag, "donor_id": donor, "viable_cells_millions": cells,
                                    "volume_ml": "100", "expiry_utc": clock.now() + timedelta(hours=3)},
                      weight, clock.now() - timedelta(hours=2), window_reason=window_reason)
    clock.advance(120)
    store.two_person_check(v.record_id, "nurse2", ctx["password"], wristband, True)
    return v


def _infusion_time(store, pid, number, wanted: datetime, tz) -> tuple[datetime, str | None]:
    """10:00 local on the wanted day kept inside the plan's window, never
    earlier than 20 h before the demo clock (late entry stays within 24 h)."""
    p = store.plan(pid)[number - 1]
    day = min(max(p.target, wanted.astimezone(tz).date()), p.window_end)
    when = datetime.combine(day, time(10, 0), tz).astimezone(timezone.utc)
    when = max(when, store.now() - timedelta(hours=20))
    days = {(when - timedelta(minutes=25)).astimezone(tz).date(), store.now().astimezone(tz).date()}
    reason = None if all(p.in_window(d) for d in days) else "demo: delayed by product release"
    return when, reason


def _full_infusion(ctx, store, pid, number, bag, donor, weight, wristband, start_at, window_reason):
    clock = ctx["clock"]
    M = lambda m: start_at + timedelta(minutes=m)  # noqa: E731
    _when(clock, M(-25))
    v = _prepare(ctx, store, pid, number, bag, donor, str(int(weight * 2.8)), weight, wristband, window_reason)
    rid = v.record_id
    store.add_reading(rid, NORMAL, _when(clock, M(-12)))                        # baseline
    _event(store, rid, "start", _when(clock, M(0)))
    alert_reading = None
    for m, vals in ((15, dict(NORMAL, hr="92", temp="37.4")),
                    (30, dict(NORMAL, hr="104", sbp="118", temp="38.3", rr="24")),   # fever: alert
                    (45, dict(NORMAL, hr="98", sbp="122", temp="37.9", rr="22"))):
        r, alerts = store.add_reading(rid, vals, _when(clock, M(m)))
        if alerts and alert_reading is None:
            alert_reading = (r, alerts)
    _event(store, rid, "stop", _when(clock, M(55)), outcome="complete")
    for m, temp in ((70, "37.8"), (85, "37.6"), (115, "37.4"), (175, "37.1")):
        store.add_reading(rid, dict(NORMAL, temp=temp, hr="90"), _when(clock, M(m)))
    if alert_reading:
        r, alerts = alert_reading
        ae = store.add_ae(pid, {
            "term": "Fever during infusion", "onset_utc": datetime.fromisoformat(r.content["taken_utc"]),
            "end_utc": M(175), "grade": 1, "serious": False, "relation": "possible", "expected": True,
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

    # Leclercq: infusion 1 three days ago (full flowsheet, fever alert -> AE
    # signed off), so infusion 2 is due today
    if "leclercq" in patients:
        p = patients["leclercq"]
        _include(ctx, p)
        start, reason = _infusion_time(store, p.id, 1, real_now - timedelta(days=3), tz)
        _full_infusion(ctx, store, p.id, 1, "BAG-2611-01", "DON-0042", p.weight_kg, p.wristband, start, reason)

    # Janssens: a serious adverse event last night, 24-hour clock running
    if "janssens" in patients:
        p = patients["janssens"]
        _include(ctx, p)
        onset = max(clock.now(), real_now - timedelta(hours=11))
        _at(clock, onset + timedelta(hours=1))
        store.add_ae(p.id, {
            "term": "Pulmonary embolism", "onset_utc": onset, "grade": 4, "serious": True,
            "seriousness": ["life_threatening", "hospitalisation"], "aware_utc": clock.now(),
            "relation": "unlikely", "expected": False, "aesi": "thromboembolic",
            "action": "treatment_given", "outcome": "ongoing", "infusion": None,
            "notes": "CT angiography: segmental PE right lower lobe. Therapeutic anticoagulation started."})

    # Dupont: infusion 1 running now (40 min in), SpO2 drop alert on the last reading
    if "dupont" in patients:
        p = patients["dupont"]
        _include(ctx, p)
        start = max(clock.now() + timedelta(minutes=30), real_now - timedelta(minutes=40))
        _at(clock, start - timedelta(minutes=25))
        pl = store.plan(p.id)
        day = clock.now().astimezone(tz).date()
        reason = None if pl and pl[0].in_window(day) else "demo: delayed by product release"
        v = _prepare(ctx, store, p.id, 1, "BAG-2611-12", "DON-0063", str(int(p.weight_kg * 2.9)), p.weight_kg,
                     p.wristband, reason)
        store.add_reading(v.record_id, dict(NORMAL, spo2="95", hr="84"), _when(clock, start - timedelta(minutes=12)))
        _event(store, v.record_id, "start", _when(clock, start))
        for m, vals in ((15, dict(NORMAL, spo2="94", hr="90")), (30, dict(NORMAL, spo2="91", hr="101", rr="26"))):
            store.add_reading(v.record_id, vals, _when(clock, start + timedelta(minutes=m)))
