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
from .eligibility import _answers

ORDER = 32
# handle: (patient, reason, note, complete assessment?)
FAILURES = {
    "renard": ({"mrn": "H4411003", "family_name": "Renard", "given_name": "Luc", "date_of_birth": "1969-02-17",
                "sex": "M", "weight_kg": 91.0, "height_cm": 181, "wristband": "WB-H4411003"},
               "consent_refused", "Refuses after the information session; prefers standard care.", True),
    "hermans": ({"mrn": "H4411118", "family_name": "Hermans", "given_name": "Ingrid",
                 "date_of_birth": "1963-10-05", "sex": "F", "weight_kg": 68.4, "height_cm": 166,
                 "wristband": "WB-H4411118"},
                "no_consent_possible", "", True),
    "collard": ({"mrn": "H4411240", "family_name": "Collard", "given_name": "Yves", "date_of_birth": "1957-06-23",
                 "sex": "M", "weight_kg": 77.0, "height_cm": 172, "wristband": "WB-H4411240"},
                "product_unavailable", "No released MSC batch available within the inclusion window.", True),
    "delvaux": ({"mrn": "H4411356", "family_name": "Delvaux", "given_name": "Martine",
                 "date_of_birth": "1959-01-30", "sex": "F", "weight_kg": 73.9, "height_cm": 158,
                 "wristband": "WB-H4411356"},
                "died_before_inclusion", "", False),
    "peeters": ({"mrn": "H4411472", "family_name": "Peeters", "given_name": "Bram", "date_of_birth": "1980-08-12",
                 "sex": "M", "weight_kg": 102.3, "height_cm": 190, "wristband": "WB-H4411472"},
                "transferred", "", True),
    "gillet": ({"mrn": "H4411589", "family_name": "Gillet", "given_name": "Nadine", "date_of_birth": "1971-04-09",
                "sex": "F", "weight_kg": 62.0, "height_cm": 161, "wristband": "WB-H4411589"},
               "enrollment_closed", "Inclusions paused by the sponsor during the product audit.", True),
    "maes": ({"mrn": "H4411693", "family_name": "Maes", "given_name": "Koenraad", "date_of_birth": "1966-12-01",
              "sex": "M", "weight_kg": 85.5, "height_cm": 177, "wristband": "WB-H4411693"},
             "other", "Investigator unavailable to sign within the inclusion window (on-call gap).", True),
}


# recorded on the wrong patient at the morning round, retracted by the night nurse
RETRACTED = ({"mrn": "H4411805", "family_name": "Jacobs", "given_name": "Chantal", "date_of_birth": "1961-07-14",
              "sex": "F", "weight_kg": 70.2, "height_cm": 164, "wristband": "WB-H4411805"},
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
