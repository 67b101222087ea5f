"""Fictitious consents for the demo vault: a patient's own consent, a
representative's consent awaiting the patient's confirmation, an impartial
witness's consent, a representative consent confirmed later by the patient,
and a withdrawal. One patient is left without consent (screening)."""
from __future__ import annotations

import math
from datetime import timedelta

from bedside.consent import service

ORDER = 20


def _strokes(seed: int) -> dict:
    """A cursive-looking fictitious signature (deterministic per seed)."""
    w, h = 600.0, 200.0
    pts = []
    for i in range(90):
        t = i / 89
        x = 40 + t * 480
        y = 110 + 45 * math.sin(t * (9 + seed) + seed) * math.cos(t * 3 + seed / 2)
        pts.append([round(x, 1), round(y, 1), i * 12])
    flourish = [[round(60 + i * 9.0, 1), round(160 - i * 0.8, 1), 1200 + i * 10] for i in range(50)]
    return {"width": w, "height": h, "strokes": [pts, flourish]}


def _consent(pathway: str, signer: dict, language: str = "fr", answers=(True, True)) -> dict:
    return {"pathway": pathway, "form_id": "TJT2012-ICF", "form_version": "1.0", "language": language,
            "optional_answers": {"biobank": answers[0], "contact_gp": answers[1]}, "signer": signer}


def seed(ctx: dict) -> None:
    patients = ctx.get("patients") or {}
    if not patients:
        return
    inv = ctx["login"]("investigator")
    nurse = ctx["login"]("nurse")
    password = ctx["password"]
    clock = ctx["clock"]
    step = lambda hours: clock.advance(timedelta(hours=hours).total_seconds())  # noqa: E731
    pid = {h: p.id for h, p in patients.items()}
    made = {}

    if "dupont" in pid:  # the patient consents himself
        service.record_capacity(inv, pid["dupont"], has_capacity=True,
                                reason="Awake, oriented, explains the study in his own words", password=password)
        service.record_consent(inv, pid["dupont"], _consent("patient", {"name": "Jean Dupont"}),
                               signature=_strokes(1), password=password)
        made["dupont"] = "patient"
        step(3)
    if "leclercq" in pid:  # intubated: her husband consents, confirmation pending
        service.record_capacity(inv, pid["leclercq"], has_capacity=False,
                                reason="Sedated and intubated (RASS -4)", password=password)
        service.record_consent(inv, pid["leclercq"], _consent("representative", {
            "name": "Michel Leclercq", "relationship": "spouse_partner", "contact": "+32 4 555 01 02",
            # no mandate was ever written, no administrator of the person was appointed
            "passed_over": [{"step": "designated", "reason": "none"}, {"step": "administrator", "reason": "none"}]}),
            signature=_strokes(2), password=password)
        made["leclercq"] = "representative (pending)"
        step(4)
    if "janssens" in pid:  # nobody reachable: impartial witness
        service.record_capacity(inv, pid["janssens"], has_capacity=False,
                                reason="Delirium, not oriented in time or place", password=password)
        when = clock.now() - timedelta(hours=2)
        service.record_step(inv, pid["janssens"], {"kind": "unreachable", "attempts": [
            {"whom": "Els Janssens", "relationship": "spouse_partner", "when": when.isoformat(),
             "how": "phone", "outcome": "No answer, message left"},
            {"whom": "Tom Janssens", "relationship": "adult_child", "when": (when + timedelta(minutes=40)).isoformat(),
             "how": "phone", "outcome": "Abroad, unreachable"}]})
        service.record_consent(inv, pid["janssens"], _consent("witness", {
            "name": "Dr Paul Verhoeven", "role": "non_participating_physician", "department": "Dermatology",
            "independent": True}, language="nl"), signature=_strokes(3), password=password)
        made["janssens"] = "witness (pending)"
        step(5)
    if "mertens" in pid:  # mother consents, patient wakes and confirms two days later
        service.record_capacity(inv, pid["mertens"], has_capacity=False, reason="Sedated, prone ventilation", password=password)
        service.record_consent(inv, pid["mertens"], _consent("representative", {
            "name": "Hilde Mertens", "relationship": "parent", "contact": "+32 4 555 03 04",
            # single, no children: her mother is the first person the legal order reaches
            "passed_over": [{"step": "designated", "reason": "none"}, {"step": "administrator", "reason": "none"},
                            {"step": "spouse_partner", "reason": "none"},
                            {"step": "adult_child", "reason": "none"}]}, language="nl"),
            signature=_strokes(4), password=password)
        step(48)
        service.record_capacity(inv, pid["mertens"], has_capacity=True, reason="Extubated, awake and oriented", password=password)
        service.record_consent(inv, pid["mertens"], _consent("patient", {"name": "Sofie Mertens"}, language="nl",
                                                             answers=(False, True)), signature=_strokes(5), password=password)
        made["mertens"] = "confirmed"
        step(2)
    if "wouters" in pid:  # consents, then withdraws (recorded by the nurse at night)
        service.record_consent(inv, pid["wouters"], _consent("patient", {"name": "Marc Wouters"}),
                               signature=_strokes(6), password=password)
        step(20)
        service.record_step(nurse, pid["wouters"], {"kind": "withdrawal", "by": "patient", "by_name": "Marc Wouters",
                                                    "scope": ["stop_treatment"], "reason": "Prefers not to continue"})
        made["wouters"] = "withdrawn"
        step(1)
    ctx["consents"] = made
