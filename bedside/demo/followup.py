"""Fictitious follow-up for the demo vault: four patients included before
this ward PC ran Bedside, whose paper case report forms were transcribed
(so their dates lie weeks before the records were written):

- Gillet: included 29 days ago, three infusions, day-28 visit due now (on
  the dashboard), an infection (AESI) in the AE log;
- Delvaux: included 95 days ago, day-28 visit done and signed, day-90 visit
  done, participation completed;
- Collard: Group B, included 40 days ago, died on day 12 (visit recording
  the death, end of participation "died");
- Simon: included 60 days ago, day-28 visit done, then lost to follow-up
  after three contact attempts.

Their infusions are written as records directly (the infusion store takes
times at most 24 h old: a live bedside entry, not a transcription)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from ..consent import service as consent
from ..eligibility import service as S
from ..followup import end as E
from ..followup import visits as V
from ..followup.protocol import load
from ..infusion.store import AE, EVENT, INFUSION, InfusionStore
from ..patients import register_patient
from .patients import fictitious_patient
from .consent import _consent, _strokes
from .eligibility import _answers

ORDER = 75
PATIENTS = {
    "gillet": (fictitious_patient("H4411024", "Gillet", "Thomas", "1970-02-17", "M", 91.0, 181), 29, "A"),
    "delvaux": (fictitious_patient("H4411187", "Delvaux", "Martine", "1963-10-05", "F", 67.5, 165), 95, "A"),
    "collard": (fictitious_patient("H4411230", "Collard", "André", "1958-06-23", "M", 84.0, 174), 40, "B"),
    "simon": (fictitious_patient("H4411316", "Simon", "Nadia", "1979-12-09", "F", 72.0, 170), 60, "A"),
}


def _visit(visit: str, on: date, inc: date, *, support="none", icu=None, hospital=None, infection=(),
           steroids=True, notes="") -> dict:
    p = load()
    return {"visit": visit, "visit_date": on.isoformat(), "vital_status": "alive", "support_at_visit": support,
            "support_periods": [{"support": "oxygen", "start": inc.isoformat(),
                                 "end": (inc + timedelta(days=9)).isoformat()}],
            "icu_discharge_date": icu and icu.isoformat(), "hospital_discharge_date": hospital and hospital.isoformat(),
            "aesi_review": [{"category": a.id, "occurred": a.id == "infection" and bool(infection),
                             "ae_ids": list(infection) if a.id == "infection" else []} for a in p.aesi],
            "concomitant": [{"treatment": t.id, "given": (t.id == "corticosteroids" and steroids)
                             or (t.id == "antibiotics" and bool(infection))} for t in p.concomitant_treatments],
            "notes": notes}


def _infusions(store: InfusionStore, pid: str, inc: date, weight: float, count: int, tz) -> None:
    for n in range(1, count + 1):
        day = inc + timedelta(days=(n - 1) * 3)
        start = datetime.combine(day, time(10, 0), tz)
        inf = store.rs.create(INFUSION, {
            "number": n, "product": {"bag_id": f"BAG-{day:%y%m}-{n:02d}", "donor_id": "DON-0031",
                                     "viable_cells_millions": str(int(weight * 3)), "volume_ml": "100"},
            "weight_kg": f"{weight:.1f}", "weight_measured_utc": (start - timedelta(hours=3)).isoformat(),
            "dose_per_kg_millions": "3.0", "dose_shown": "3.00", "dose_override_reason": None,
            "window_reason": None, "override_by": None, "protocol": "tjt2012-infusion-v1 (transcribed)"},
            patient_id=pid)
        for kind, minutes, extra in (("start", 0, {}), ("stop", 55, {"outcome": "complete"})):
            store.rs.create(EVENT, {"infusion_id": inf.record_id, "number": n, "kind": kind,
                                    "at_utc": (start + timedelta(minutes=minutes)).isoformat(), **extra},
                            patient_id=pid)


def _ae(store: InfusionStore, pid: str, onset: datetime, **content):
    return store.rs.create(AE, {"onset_utc": onset.isoformat(), "seriousness": [], "relation": "unlikely",
                                "expected": False, "action": "treatment_given", "notes": "", **content},
                           patient_id=pid)


def seed(ctx: dict) -> None:
    nurse, inv, pw = ctx["login"]("nurse"), ctx["login"]("investigator"), ctx["password"]
    clock = ctx["clock"]
    tz = timezone(timedelta(minutes=clock.utc_offset_minutes()))
    store = InfusionStore(nurse)
    made = {}
    for handle, (data, days_ago, group) in PATIENTS.items():
        p = register_patient(nurse, data)
        incl = (ctx["now"].astimezone(tz) - timedelta(days=days_ago)).replace(hour=11, minute=0, second=0,
                                                                             microsecond=0)
        changes = {} if group == "A" else dict(
            oxygen_group="B", group_a_supplemental_oxygen=None, group_b_tracheal_ventilation="yes",
            intubation_time=(incl - timedelta(days=3)).isoformat(), spo2_room_air=85)
        if data["sex"] == "F":
            changes["childbearing_potential"] = "no"
        S.save_assessment(nurse, p.id, _answers(incl, **changes))
        S.sign_assessment(inv, p.id, pw)
        consent.record_consent(inv, p.id, _consent("patient", {"name": f"{data['given_name']} {data['family_name']}"}),
                               signature=_strokes(len(made) + 7), password=pw)
        S.include_patient(inv, p.id)
        inc = V.inclusion_date(nurse, p.id)
        made[handle] = (p, inc)
        clock.advance(minutes=20)
    today = V.today(nurse)

    p, inc = made["gillet"]
    _infusions(store, p.id, inc, p.weight_kg, 3, tz)
    _ae(store, p.id, datetime.combine(inc + timedelta(days=6), time(22, 0), tz), term="Ventilator-associated pneumonia",
        grade=3, serious=False, aesi="infection", outcome="recovered",
        end_utc=datetime.combine(inc + timedelta(days=14), time(9, 0), tz).isoformat())

    p, inc = made["delvaux"]
    _infusions(store, p.id, inc, p.weight_kg, 3, tz)
    d28 = V.record_visit(nurse, p.id, _visit("d28", inc + timedelta(days=28), inc, icu=inc + timedelta(days=11),
                                             hospital=inc + timedelta(days=19)))
    V.sign_visit(inv, d28.record_id, pw)
    d90 = V.record_visit(nurse, p.id, _visit("d90", inc + timedelta(days=91), inc, icu=inc + timedelta(days=11),
                                             hospital=inc + timedelta(days=19), steroids=False,
                                             notes="Seen in the post-ICU clinic; back at work part-time."))
    V.sign_visit(inv, d90.record_id, pw)
    E.record_end(inv, p.id, {"reason": "completed", "end_date": (inc + timedelta(days=91)).isoformat()})

    p, inc = made["collard"]
    _infusions(store, p.id, inc, p.weight_kg, 2, tz)
    death = inc + timedelta(days=12)
    _ae(store, p.id, datetime.combine(inc + timedelta(days=9), time(4, 0), tz), term="Pulmonary embolism",
        grade=5, serious=True, seriousness=["death"], aesi="thromboembolic", outcome="fatal",
        aware_utc=datetime.combine(inc + timedelta(days=9), time(6, 0), tz).isoformat())
    v = V.record_visit(nurse, p.id, {
        **_visit("unscheduled", death, inc), "vital_status": "died", "death_date": death.isoformat(),
        "death_cause": "Refractory hypoxaemia after massive pulmonary embolism", "support_at_visit": None,
        "support_periods": [{"support": "invasive", "start": (inc - timedelta(days=3)).isoformat(),
                             "end": death.isoformat()}],
        "unscheduled_reason": "Death in the ICU",
        "aesi_review": [{"category": "infection", "occurred": False, "ae_ids": []},
                        {"category": "thromboembolic", "occurred": True,
                         "ae_ids": [a.record_id for a in V.aesi_events(nurse, p.id)["thromboembolic"]]}]})
    V.sign_visit(inv, v.record_id, pw)
    E.record_end(inv, p.id, {"reason": "died", "end_date": death.isoformat(), "death_date": death.isoformat(),
                             "death_cause": "Refractory hypoxaemia after massive pulmonary embolism"})

    p, inc = made["simon"]
    _infusions(store, p.id, inc, p.weight_kg, 3, tz)
    d28 = V.record_visit(nurse, p.id, _visit("d28", inc + timedelta(days=27), inc, icu=inc + timedelta(days=8),
                                             hospital=inc + timedelta(days=15)))
    V.sign_visit(inv, d28.record_id, pw)
    attempts = [{"on": (today - timedelta(days=d)).isoformat(), "method": m, "outcome": o}
                for d, m, o in ((6, "phone", "No answer"), (4, "letter", "Returned: addressee unknown"),
                                (1, "general_practitioner", "GP has not seen her since discharge"))]
    E.record_end(inv, p.id, {"reason": "lost_to_follow_up", "end_date": today.isoformat(),
                             "contact_attempts": attempts})
    ctx["patients"].update({h: p for h, (p, _inc) in made.items()})
