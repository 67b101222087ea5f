"""Ask the consent capability whether this patient may be infused now.

The consent capability is built in parallel; until it is present the answer
is "no" with the reason "consent capability not available" (never a silent yes)."""
from __future__ import annotations

from dataclasses import dataclass

from .messages import Problem, QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class GateAnswer:
    allowed: bool
    reasons: list[Problem]


def _as_problem(r) -> Problem:
    if isinstance(r, Problem):
        return r
    if isinstance(r, tuple) and len(r) == 2 and isinstance(r[0], str) and isinstance(r[1], dict):
        return Problem("gate", r[0], dict(r[1]))          # (template, params): translatable
    template = getattr(r, "template", None)
    if isinstance(template, str):
        return Problem(getattr(r, "code", "gate"), template, dict(getattr(r, "params", {}) or {}))
    return Problem("gate", "{reason}", {"reason": str(r)})


def may_infuse(session, patient_id) -> GateAnswer:
    try:
        from bedside.consent import gate as consent_gate  # type: ignore
        consent_may_infuse = consent_gate.may_infuse
    except (ImportError, AttributeError):
        return GateAnswer(False, [Problem("gate_missing", QT_TRANSLATE_NOOP("core", "consent capability not available"))])
    # the same answer with translatable (template, params) reasons, when the gate offers it
    details = getattr(consent_gate, "may_infuse_details", None)
    try:
        ans = details(session, patient_id) if callable(details) else consent_may_infuse(session, patient_id)
    except Exception as e:  # a failing gate must refuse, with its message, never crash the bedside
        return GateAnswer(False, [_as_problem(e) if hasattr(e, "template") else Problem(
            "gate_error", QT_TRANSLATE_NOOP("core", "The consent check failed: the infusion cannot start."))])
    # accept the shapes a gate may reasonably return
    if isinstance(ans, bool):
        return GateAnswer(ans, [] if ans else [Problem("gate_no", QT_TRANSLATE_NOOP("core", "Consent does not allow an infusion now."))])
    if isinstance(ans, tuple) and len(ans) == 2:
        ok, reasons = ans
    else:
        ok = getattr(ans, "allowed", getattr(ans, "ok", getattr(ans, "may_infuse", False)))
        reasons = getattr(ans, "reasons", None) or []
    if isinstance(reasons, (str, bytes)) or not isinstance(reasons, (list, tuple)):
        reasons = [reasons]
    probs = [_as_problem(r) for r in reasons]
    if not ok and not probs:
        probs = [Problem("gate_no", QT_TRANSLATE_NOOP("core", "Consent does not allow an infusion now."))]
    return GateAnswer(bool(ok), probs)
