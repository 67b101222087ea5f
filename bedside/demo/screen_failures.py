"""Fictitious screen failures: one assessed patient for each coded
non-clinical reason of ``resources/eligibility/screen_failure_reasons.json``
(Wouters and Mertens, in eligibility.py, fail on criteria), and one
recorded on the wrong patient and retracted (Jacobs: back in screening,
eligible, awaiting the investigator)."""
from __future__ import annotations

from datetime import timedelta, timezone

from ..eligibility import service as S
from ..eligibility.screen_failure_writes import record_screen_failure, retract_screen_failure
from ..patients import register_patient
from .patients import fictitious_patient
from .eligibility import _answers

ORDER = 32
# handle: (patient, reason, note, complete assessment?)
FAILURES = {
    "renard": (fictitious_patient("H4411003", "Renard", "Luc", "1969-02-17", "M", 91.0, 181),
               "consent_refused", "Refuses after the information session; prefers standard care.", True),
    "hermans": (fictitious_patient("H4411118", "Hermans", "Ingrid", "1963-10-05", "F", 68.4, 166),
                "no_consent_possible", "", True),
    "collard": (fictitious_patient("H4411240", "Collard", "Yves", "1957-06-23", "M", 77.0, 172),
                "product_unavailable", "No released MSC batch available within the inclusion window.", True),
    "delvaux": (fictitious_patient("H4411356", "Delvaux", "Martine", "1959-01-30", "F", 73.9, 158),
                "died_before_inclusion", "", False),
    "peeters": (fictitious_patient("H4411472", "Peeters", "Bram", "1980-08-12", "M", 102.3, 190),
                "transferred", "", True),
    "gillet": (fictitious_patient("H4411589", "Gillet", "Nadine", "1971-04-09", "F", 62.0, 161),
               "enrollment_closed", "Inclusions paused by the sponsor during the product audit.", True),
    "maes": (fictitious_patient("H4411693", "Maes", "Koenraad", "1966-12-01", "M", 85.5, 177),
             "other", "Investigator unavailable to sign within the inclusion window (on-call gap).", True),
}


# recorded on the wrong patient at the morning round, retracted by the night nurse
RETRACTED = (fictitious_patient("H4411805", "Jacobs", "Chantal", "1961-07-14", "F", 70.2, 164),
             "transferred", "Recorded on the wrong patient: the transfer to Verviers was bed 12's patient, "
             "not Mrs Jacobs.")


def seed(ctx: dict) -> None:
    nurse = ctx["login"]("nurse")
    clock = ctx["clock"]
    tz = timezone(timedelta(minutes=clock.utc_offset_minutes()))
    for handle, (data, reason, note, complete) in FAILURES.items():
        p = register_patient(nurse, data)
        ctx["patients"][handle] = p
        now = clock.now().astimezone(tz).replace(second=0, microsecond=0)
        answers = _answers(now - timedelta(hours=1), childbearing_potential="no") if data["sex"] == "F" \
            else _answers(now - timedelta(hours=1))
        if not complete:       # the checklist was half-way when the patient died
            answers = {k: answers[k] for k in ("inclusion_time", "ct_date", "ct_extensive_interstitial")}
        S.save_assessment(nurse, p.id, answers)
        clock.advance(minutes=40)
        record_screen_failure(nurse, p.id, reason=reason, note=note)
        clock.advance(minutes=20)
    data, reason, why = RETRACTED
    p = register_patient(nurse, data)
    ctx["patients"]["jacobs"] = p
    now = clock.now().astimezone(tz).replace(second=0, microsecond=0)
    S.save_assessment(nurse, p.id, _answers(now - timedelta(hours=1), childbearing_potential="no"))
    clock.advance(minutes=30)
    record_screen_failure(nurse, p.id, reason=reason)
    clock.advance(hours=2)
    retract_screen_failure(nurse, p.id, why)
    clock.advance(minutes=20)
