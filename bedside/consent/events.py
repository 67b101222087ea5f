"""Field validation of consent events (pure; no storage, no ordering).

Each event is a JSON-safe dict with a "kind" and an "at" (aware ISO time of
what happened). `validate_event` returns a clean copy or raises ConsentError.
Ordering rules (what may follow what) live in `pathway`."""
from __future__ import annotations

import datetime as dt

from bedside.record_fields import aware_or_none, text_problem
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.consent.errors import ConsentError
from bedside.consent.forms import contact_method_ids, pass_over_reason_ids

KINDS = ("capacity", "unreachable", "consent", "outcome", "withdrawal")
PATHWAYS = ("patient", "representative", "witness")
OUTCOMES = ("refuse", "died", "discharged")
WITHDRAWAL_SCOPES = ("stop_treatment", "stop_follow_up", "object_data_use")
WITHDRAWERS = ("patient", "representative")
MAX_TEXT = 2000


# The words a message uses for a time field (never the internal key).
TIME_WORDS = {"at": QT_TRANSLATE_NOOP("core", "this step"),
              "when": QT_TRANSLATE_NOOP("core", "the attempt to reach a representative")}


def parse_time(value: object, field: str) -> dt.datetime:
    t = aware_or_none(value) if isinstance(value, str) else None
    if t is not None:
        return t
    raise ConsentError(field, QT_TRANSLATE_NOOP("core", "The time of {what} is missing or not a valid time."), what=TIME_WORDS.get(field, field))


def _text(d: dict, key: str, *, required: bool = True, limit: int = MAX_TEXT, label: str | None = None) -> str:
    v = d.get(key, "")
    if v is None:
        v = ""
    if not isinstance(v, str):
        raise ConsentError(key, QT_TRANSLATE_NOOP("core", "\"{what}\" must be text."), what=label or key)
    v = " ".join(v.split()) if limit <= 300 else v.strip()
    if required and not v:
        raise ConsentError(key, QT_TRANSLATE_NOOP("core", "Please fill in \"{what}\"."), what=label or key)
    if len(v) > limit:
        raise ConsentError(key, QT_TRANSLATE_NOOP("core", "\"{what}\" is too long (at most {limit} characters)."), what=label or key, limit=limit)
    if text_problem(v, multiline=True):
        raise ConsentError(key, QT_TRANSLATE_NOOP("core", "\"{what}\" contains control characters."), what=label or key)
    return v


def _bool(d: dict, key: str, label: str) -> bool:
    v = d.get(key)
    if not isinstance(v, bool):
        raise ConsentError(key, QT_TRANSLATE_NOOP("core", "Please answer \"{what}\" with yes or no."), what=label)
    return v


def _time_not_future(d: dict, key: str, now: dt.datetime, tolerance_min: int = 5) -> str:
    t = parse_time(d.get(key), key)
    if t > now + dt.timedelta(minutes=tolerance_min):
        raise ConsentError(key, QT_TRANSLATE_NOOP("core", "The time of {what} ({time}) is in the future: check the date and the time."),
                           what=TIME_WORDS.get(key, key), time=t.isoformat(timespec="minutes"))
    return t.astimezone(dt.timezone.utc).isoformat()  # stored in UTC so times compare and sort


def _choice(d: dict, key: str, allowed, message: str, field: str | None = None) -> str:
    """``d[key]``, one of the codes ``allowed``; else ``message`` about ``field`` (default ``key``)."""
    v = d.get(key)
    if not isinstance(v, str) or v not in allowed:
        raise ConsentError(field or key, message)
    return v


def _contact_method(attempt: dict) -> str:
    """How the attempt was made, as a code of resources/consent/contact_methods.json."""
    return _choice(attempt, "how", contact_method_ids(), QT_TRANSLATE_NOOP(
        "core", "Choose how you tried to reach this person (phone, in person, …)."))


def cascade(passed_over: object, rel: str, representative_ids: list[str]) -> tuple[int, list[dict]]:
    """The step of the legal order the representative stands on (1 = first)
    and, for every earlier step in order, why it was passed over (a code of
    the order file's pass_over_reasons)."""
    step = representative_ids.index(rel) + 1
    earlier = representative_ids[:step - 1]
    if not isinstance(passed_over, list) or len(passed_over) != len(earlier) or not all(
            isinstance(p, dict) and p.get("step") == e for p, e in zip(passed_over, earlier)):
        raise ConsentError("passed_over", QT_TRANSLATE_NOOP(
            "core", "Say why each earlier step of the legal order was passed over."))
    reasons = pass_over_reason_ids()
    out = []
    for p in passed_over:
        if p.get("reason") not in reasons:
            raise ConsentError("passed_over", QT_TRANSLATE_NOOP(
                "core", "Say why each earlier step of the legal order was passed over."))
        out.append({"step": p["step"], "reason": p["reason"]})
    return step, out


def validate_event(event: object, now: dt.datetime, *, representative_ids: list[str],
                   witness_roles: list[dict]) -> dict:
    if not isinstance(event, dict) or event.get("kind") not in KINDS:
        raise ConsentError("kind", QT_TRANSLATE_NOOP("core", "Unknown consent step."))
    kind = event["kind"]
    out: dict = {"kind": kind, "at": _time_not_future(event, "at", now)}
    if kind == "capacity":
        out["has_capacity"] = _bool(event, "has_capacity", QT_TRANSLATE_NOOP("core", "can the patient understand and decide"))
        out["reason"] = _text(event, "reason", required=not out["has_capacity"], label=QT_TRANSLATE_NOOP("core", "why"))
        out["assessor"] = _text(event, "assessor", limit=200, label=QT_TRANSLATE_NOOP("core", "assessing physician"))
    elif kind == "unreachable":
        attempts = event.get("attempts")
        if not isinstance(attempts, list) or not attempts:
            raise ConsentError("attempts", QT_TRANSLATE_NOOP("core", "Record at least one attempt to reach a representative (whom, when)."))
        if len(attempts) > 50:
            raise ConsentError("attempts", QT_TRANSLATE_NOOP("core", "Too many attempts listed (at most 50)."))
        clean = []
        for a in attempts:
            if not isinstance(a, dict):
                raise ConsentError("attempts", QT_TRANSLATE_NOOP("core", "Record at least one attempt to reach a representative (whom, when)."))
            rel = _choice(a, "relationship", representative_ids, QT_TRANSLATE_NOOP(
                "core", "Choose the relationship of the person you tried to reach."))
            when = _time_not_future(a, "when", now)
            if parse_time(when, "when") > parse_time(out["at"], "at"):
                raise ConsentError("when", QT_TRANSLATE_NOOP("core", "An attempt cannot be later than the record itself."))
            clean.append({"whom": _text(a, "whom", limit=200, label=QT_TRANSLATE_NOOP("core", "whom")), "relationship": rel, "when": when,
                          "how": _contact_method(a),
                          "outcome": _text(a, "outcome", required=False, limit=300, label=QT_TRANSLATE_NOOP("core", "outcome"))})
        out["attempts"] = clean
        out["note"] = _text(event, "note", required=False)
    elif kind == "consent":
        pathway = out["pathway"] = _choice(event, "pathway", PATHWAYS, QT_TRANSLATE_NOOP("core", "Unknown consent pathway."))
        for key in ("form_id", "form_version", "language"):
            out[key] = _text(event, key, limit=64)
        answers = event.get("optional_answers", {})
        if not isinstance(answers, dict) or not all(isinstance(k, str) and isinstance(v, bool) for k, v in answers.items()):
            raise ConsentError("optional_answers", QT_TRANSLATE_NOOP("core", "Every optional item must be answered yes or no."))
        out["optional_answers"] = dict(answers)
        signer = event.get("signer")
        if not isinstance(signer, dict):
            raise ConsentError("signer", QT_TRANSLATE_NOOP("core", "The person signing is missing."))
        s = {"name": _text(signer, "name", limit=200, label=QT_TRANSLATE_NOOP("core", "name"))}
        if pathway == "representative":
            rel = s["relationship"] = _choice(signer, "relationship", representative_ids, QT_TRANSLATE_NOOP(
                "core", "Choose the representative's relationship to the patient."))
            s["contact"] = _text(signer, "contact", limit=300, label=QT_TRANSLATE_NOOP("core", "contact"))
            if "passed_over" in signer or "cascade_step" in signer:
                s["cascade_step"], s["passed_over"] = cascade(signer.get("passed_over"), rel, representative_ids)
        elif pathway == "witness":
            roles = {r["id"]: r for r in witness_roles}
            role = s["role"] = _choice(signer, "role", roles, QT_TRANSLATE_NOOP("core", "Choose the witness's role."))
            s["department"] = _text(signer, "department", required=roles[role]["department_required"], limit=200, label=QT_TRANSLATE_NOOP("core", "department"))
            if signer.get("independent") is not True:
                raise ConsentError("independent", QT_TRANSLATE_NOOP("core", "The witness must attest being independent of the trial."))
            s["independent"] = True
        out["signer"] = s
        sha = event.get("signature_sha256")
        if not isinstance(sha, str) or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise ConsentError("signature", QT_TRANSLATE_NOOP("core", "The handwritten signature is missing."))
        out["signature_sha256"] = sha
        out["obtained_by"] = _text(event, "obtained_by", limit=200, label=QT_TRANSLATE_NOOP("core", "obtained by"))
    elif kind == "outcome":
        outcome = out["outcome"] = _choice(event, "outcome", OUTCOMES, QT_TRANSLATE_NOOP("core", "Unknown outcome."))
        if outcome == "refuse":
            out["objects_to_data_use"] = _bool(event, "objects_to_data_use", QT_TRANSLATE_NOOP("core", "objects to use of data already collected"))
        out["reason"] = _text(event, "reason", required=False)
    elif kind == "withdrawal":
        out["by"] = _choice(event, "by", WITHDRAWERS, QT_TRANSLATE_NOOP(
            "core", "Say who withdraws: the patient or the representative."))
        out["by_name"] = _text(event, "by_name", limit=200, label=QT_TRANSLATE_NOOP("core", "name"))
        scope = event.get("scope")
        if not isinstance(scope, list) or not scope or any(s not in WITHDRAWAL_SCOPES for s in scope):
            raise ConsentError("scope", QT_TRANSLATE_NOOP("core", "Choose what the withdrawal covers."))
        out["scope"] = [s for s in WITHDRAWAL_SCOPES if s in scope]
        out["reason"] = _text(event, "reason", required=False)
    return out
