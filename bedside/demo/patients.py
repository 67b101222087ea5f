"""Fictitious screened patients. Later seeders find them in ``ctx["patients"]``
keyed by a short handle."""

from datetime import timedelta

from ..patients import correct_patient, register_patient

ORDER = 10


def fictitious_patient(mrn: str, family_name: str, given_name: str, date_of_birth: str, sex: str,
                       weight_kg: float, height_cm: int) -> dict:
    """A fictitious patient's registration, wristband ``WB-<mrn>``."""
    return {"mrn": mrn, "family_name": family_name, "given_name": given_name, "date_of_birth": date_of_birth,
            "sex": sex, "weight_kg": weight_kg, "height_cm": height_cm, "wristband": "WB-" + mrn}


PATIENTS = {
    "dupont": fictitious_patient("H4410231", "Dupont", "Jean", "1961-03-14", "M", 82.5, 176),
    "leclercq": fictitious_patient("H4410388", "Leclercq", "Anne", "1958-09-02", "F", 64.0, 163),
    "janssens": fictitious_patient("H4410517", "Janssens", "Pieter", "1974-12-21", "M", 95.2, 184),
    "mertens": fictitious_patient("H4410602", "Mertens", "Sofie", "1989-05-30", "F", 71.3, 168),
    "wouters": fictitious_patient("H4410745", "Wouters", "Marc", "1953-01-11", "M", 88.0, 179),
    "lambert": fictitious_patient("H4410899", "Lambert", "Claire", "1966-07-08", "F", 59.8, 160),
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
