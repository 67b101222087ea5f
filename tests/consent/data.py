"""Shared builders for consent tests (pure events, valid signatures)."""
import datetime as dt
import math

from bedside.consent.forms import load_representative_order, load_witness_roles
from tests.conftest import make_patient

T0 = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.timezone.utc)
NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.timezone.utc)
REPS = [r["id"] for r in load_representative_order()]
ROLES = load_witness_roles()
SHA = "a" * 64


def at(minutes: int) -> str:
    return (T0 + dt.timedelta(minutes=minutes)).isoformat()


def good_signature(width=600, height=200):
    pts = []
    for i in range(60):
        x = 40 + i * 8
        y = 100 + 40 * math.sin(i / 4.0)
        pts.append([x, y, i * 10])
    return {"width": width, "height": height, "strokes": [pts]}


def capacity(m, has, reason="sedated, intubated"):
    return {"kind": "capacity", "at": at(m), "has_capacity": has, "reason": reason if not has else "", "assessor": "Dr B. Physician"}


def unreachable(m):
    return {"kind": "unreachable", "at": at(m), "attempts": [
        {"whom": "Mme Spouse", "relationship": "spouse_partner", "when": at(m - 5), "how": "phone", "outcome": "no answer"}]}


def consent(m, pathway="patient", version="1.0", **signer):
    s = {"name": "Jean Patient"}
    if pathway == "representative":
        s = {"name": "Marie Rep", "relationship": "spouse_partner", "contact": "+32 4 000 00 00",
             "passed_over": [{"step": "designated", "reason": "none"}, {"step": "administrator", "reason": "none"}]}
    elif pathway == "witness":
        s = {"name": "Dr W. Witness", "role": "non_participating_physician", "department": "Dermatology", "independent": True}
    s.update(signer)
    return {"kind": "consent", "at": at(m), "pathway": pathway, "form_id": "TJT2012-ICF", "form_version": version,
            "language": "fr", "optional_answers": {"biobank": True}, "signer": s, "signature_sha256": SHA,
            "obtained_by": "Dr I. Investigator"}


def outcome(m, o, **kw):
    return dict({"kind": "outcome", "at": at(m), "outcome": o}, **kw)


def withdrawal(m, by="patient", scope=("stop_treatment",)):
    return {"kind": "withdrawal", "at": at(m), "by": by, "by_name": "X", "scope": list(scope), "reason": ""}


def new_patient(session, name="Jean Dupont", mrn="MRN-001"):
    """A registered patient called *name*: its id."""
    first, last = name.split(" ", 1)
    return make_patient(session, mrn=mrn, family_name=last, given_name=first, date_of_birth="1970-01-01").id


def consent_event(pathway="patient", language="fr", **signer):
    ev = consent(0, pathway, **signer)
    ev.pop("at")
    ev.pop("signature_sha256")
    ev["language"] = language
    ev["optional_answers"] = {"biobank": True, "contact_gp": False}
    return ev
