"""Fictitious screened patients. Later seeders find them in ``ctx["patients"]``
keyed by a short handle."""

from datetime import timedelta

from ..patients import correct_patient, register_patient

ORDER = 10
PATIENTS = {
    "dupont": {"mrn": "H4410231", "family_name": "Dupont", "given_name": "Jean",
               "date_of_birth": "1961-03-14", "sex": "M", "weight_kg": 82.5,
               "height_cm": 176, "wristband": "WB-H4410231"},
    "leclercq": {"mrn": "H4410388", "family_name": "Leclercq", "given_name": "Anne",
                 "date_of_birth": "1958-09-02", "sex": "F", "weight_kg": 64.0,
                 "height_cm": 163, "wristband": "WB-H4410388"},
    "janssens": {"mrn": "H4410517", "family_name": "Janssens", "given_name": "Pieter",
                 "date_of_birth": "1974-12-21", "sex": "M", "weight_kg": 95.2,
                 "height_cm": 184, "wristband": "WB-H4410517"},
    "mertens": {"mrn": "H4410602", "family_name": "Mertens", "given_name": "Sofie",
                "date_of_birth": "1989-05-30", "sex": "F", "weight_kg": 71.3,
                "height_cm": 168, "wristband": "WB-H4410602"},
    "wouters": {"mrn": "H4410745", "family_name": "Wouters", "given_name": "Marc",
                "date_of_birth": "1953-01-11", "sex": "M", "weight_kg": 88.0,
                "height_cm": 179, "wristband": "WB-H4410745"},
    "lambert": {"mrn": "H4410899", "family_name": "Lambert", "given_name": "Claire",
                "date_of_birth": "1966-07-08", "sex": "F", "weight_kg": 59.8,
                "height_cm": 160, "wristband": "WB-H4410899"},
}


def seed(ctx: dict) -> None:
    nurse = ctx["login"]("nurse")
    ctx["patients"] = {}
    for handle, data in PATIENTS.items():
        ctx["patients"][handle] = register_patient(nurse, data)
        ctx["clock"].advance(timedelta(hours=5).total_seconds())
    # A correction whose reason names a visitor: the export's free-text review
    # lists "Koen" and "Peeters" for the data manager before release.
    correct_patient(nurse, ctx["patients"]["mertens"].id, {"weight_kg": 70.6},
                    reason="Weighed again on the bed scale; her brother Koen Peeters was present")
