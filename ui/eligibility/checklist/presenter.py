"""What the eligibility checklist shows, decided without Qt: (loaded data,
typed draft, permissions) -> ChecklistView. The view only paints it."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bedside.eligibility import evaluator as E
from bedside.eligibility.draft import ChecklistData, evaluate_draft
from bedside.messages import Message

# Inputs that the registration or the consent capability provides.
SKIP_INPUTS = frozenset({"inclusion_time", "date_of_birth", "sex", "consent_status"})
SIGNABLE = (E.ELIGIBLE, E.PROVISIONALLY_ELIGIBLE)


@dataclass(frozen=True)
class CriterionView:
    id: str
    kind: str                       # inclusion / exclusion
    status: str                     # met / not_met / missing / provisional / pending
    reasons: tuple[Message, ...]
    computed: bool                  # shown with "= " when it comes from numbers


@dataclass(frozen=True)
class BranchView:
    id: str
    status: str
    reasons: tuple[Message, ...]


@dataclass(frozen=True)
class TodoItem:
    """One line of the side panel's to-do list: an item that excludes or is
    awaited (``criterion_id``), or an input still to enter (``input_id``)."""
    target: str                     # "criterion:<id>" or the input id (where Enter goes)
    criterion_id: str | None = None
    status: str | None = None
    kind: str = "inclusion"
    first_reason: Message | None = None
    input_id: str | None = None


@dataclass(frozen=True)
class SignatureLine:
    state: str                      # signed / changed / unsigned
    signer: str = ""
    signed_utc: datetime | None = None


@dataclass(frozen=True)
class ChecklistView:
    overall: str
    summary: Message
    answers: dict
    parse_errors: dict[str, Message]
    field_states: dict[str, str]    # input id -> "error" / "missing" / ""
    criteria: tuple[CriterionView, ...]
    branches: tuple[BranchView, ...] | None
    show_labs: bool
    todo: tuple[TodoItem, ...]
    consent: str
    consent_reason: Message | None
    protocol_key: str
    version: int | None
    signature: SignatureLine
    edited: bool                    # the draft differs from what is stored
    can_save: bool
    can_sign: bool
    can_include: bool
    investigator_only: bool         # this user may prepare but not sign
    included_subject: str | None
    assessment: E.Assessment = field(repr=False, default=None)


def present(data: ChecklistData, raw_answers: dict, now: datetime, lang: str,
            can_edit: bool, can_sign: bool) -> ChecklistView:
    draft = evaluate_draft(data, raw_answers, now, lang)
    ev, answers, st = draft.assessment, draft.answers, data.state
    missing = set(ev.missing_inputs)
    states = {iid: ("error" if iid in draft.parse_errors else "missing" if iid in missing else "")
              for iid in raw_answers}
    criteria = tuple(CriterionView(r.id, r.kind, r.status, tuple(r.reasons),
                                   r.computed and r.status in ("met", "not_met", "provisional"))
                     for r in ev.criteria)
    with_branches = next((r for r in ev.criteria if r.branches), None)
    branches = None if with_branches is None else tuple(
        BranchView(b.id, b.status, tuple(b.reasons)) for b in with_branches.branches)
    todo = [TodoItem("criterion:" + r.id, r.id, r.status, r.kind, r.reasons[0] if r.reasons else None)
            for r in ev.criteria if r.status in ("not_met", "provisional")]
    todo += [TodoItem(iid, input_id=iid) for iid in ev.missing_inputs if iid in data.protocol.inputs]
    stored = st.version is not None
    dirty = (not stored) or st.answers != answers or st.stale
    if st.signatures and not dirty:
        s = st.signatures[-1]
        signature = SignatureLine("signed", s.signer_name, s.signed_utc)
    elif stored and data.ever_signed:
        signature = SignatureLine("changed")
    else:
        signature = SignatureLine("unsigned")
    included = data.patient.get("subject_id") or None
    return ChecklistView(
        overall=ev.status, summary=ev.summary, answers=answers, parse_errors=draft.parse_errors,
        field_states=states, criteria=criteria, branches=branches, show_labs=answers.get("oxygen_group") == "B",
        todo=tuple(todo), consent=data.consent,
        consent_reason=(data.consent_reasons[0] if data.consent != "given" and data.consent_reasons
                        else None),
        protocol_key=(st.version.content.get("protocol_key", "") if stored else data.protocol.key),
        version=st.version.version if stored else None, signature=signature,
        edited=answers != st.answers or bool(draft.parse_errors),
        can_save=can_edit and dirty,
        can_sign=can_sign and ev.status in SIGNABLE and not dirty and not st.signatures,
        can_include=can_sign and bool(st.signatures) and not dirty and not included,
        investigator_only=not can_sign, included_subject=included, assessment=ev)
