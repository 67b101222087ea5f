"""Consent steps stored as append-only records (record type "consent_step").

Each step is validated by the pathway state machine against the patient's
earlier steps *before* anything is written. Handwritten signatures are
validated, stored as blobs and referenced by SHA-256. A consent or capacity
step counts only once the person who recorded it has signed it
electronically ("consent obtained" / "capacity assessed"). The PDF consent
record is produced by a renderer passed in by the UI (the core never imports
Qt) and stored as a blob with its own "consent_pdf" record."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from bedside.consent import pathway as consent_pathway
from bedside.consent.config import ConsentConfig
from bedside.i18n import QT_TRANSLATE_NOOP
from bedside.consent.errors import ConsentError
from bedside.consent.forms import load_pass_over_reasons
from bedside.consent.signature import sha256_hex, signature_bytes, signature_from_bytes, validate_signature
from bedside.names import Meaning, PatientId, RecordId, RecordType
from bedside.roles import Permission

# the steps an electronic signature completes, and what it attests
STEP_MEANINGS = {"consent": Meaning.CONSENT_OBTAINED, "capacity": Meaning.CAPACITY_ASSESSED}
NEEDS_ESIGN = tuple(STEP_MEANINGS)


def permission_for(event: dict) -> Permission:
    kind = event.get("kind")
    if kind == "capacity":
        return Permission.ASSESS_CAPACITY
    if kind == "withdrawal" or (kind == "outcome" and event.get("outcome") in ("died", "discharged")):
        # stopping must never wait for an investigator: any clinical user records it
        return Permission.EDIT_CLINICAL
    return Permission.OBTAIN_CONSENT


@dataclass(frozen=True)
class Step:
    version: object            # RecordVersion
    event: dict                # the clean event
    signed: bool               # e-signed (or not requiring it)

    @property
    def record_id(self) -> str:
        return self.version.record_id


def _is_signed(session, version) -> bool:
    return bool(signatures_of(session, version))


def signatures_of(session, version) -> list:
    """E-signatures bound to this exact version with the step's meaning."""
    return session.valid_signatures(version, STEP_MEANINGS.get(version.content.get("kind")))


def _when(iso) -> dt.datetime:
    try:
        t = dt.datetime.fromisoformat(iso)
        return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)
    except (TypeError, ValueError):
        return dt.datetime.min.replace(tzinfo=dt.timezone.utc)


def steps(session, patient_id: PatientId) -> list[Step]:
    """The patient's consent steps, in the order they happened."""
    versions = session.records.list_latest(RecordType.CONSENT_STEP, patient_id=patient_id)
    versions.sort(key=lambda v: (_when(v.content.get("at")), v.content.get("seq", 0), v.hlc))
    out = []
    for v in versions:
        event = {k: v.content[k] for k in v.content if k not in ("seq", "status_after", "signature")}
        signed = v.content.get("kind") not in NEEDS_ESIGN or _is_signed(session, v)
        out.append(Step(v, event, signed))
    return out


def state_of(session, patient_id: PatientId, config: ConsentConfig | None = None,
             before: RecordId | None = None) -> consent_pathway.ConsentState:
    """Replay the signed steps (those before the step ``before``, if given).
    Unsigned consent/capacity steps do not count."""
    config = config or ConsentConfig.for_session(session)
    state = consent_pathway.ConsentState()
    far_future = dt.datetime.max.replace(tzinfo=dt.timezone.utc) - dt.timedelta(days=1)
    for s in steps(session, patient_id):
        if before is not None and s.record_id == before:
            break
        if not s.signed:
            continue
        try:
            state, _ = consent_pathway.apply(state, s.event, far_future, representative_ids=config.representative_ids,
                                witness_roles=config.witness_roles)
        except ConsentError:
            # a step made invalid by a concurrent step from another workstation:
            # skip it; `unsigned_or_invalid` lists it for review
            continue
    return state


def record_step(session, patient_id: PatientId, event: dict, *, signature: dict | None = None,
                config: ConsentConfig | None = None):
    """Validate and store one step. For a consent, `signature` is the
    handwritten stroke data of the person consenting. Returns the RecordVersion.
    Nothing is stored if anything is refused."""
    config = config or ConsentConfig.for_session(session)
    if not isinstance(event, dict):
        raise ConsentError("kind", QT_TRANSLATE_NOOP("core", "Unknown consent step."))
    session.require(permission_for(event))
    event = dict(event)
    now = session.clock.now()
    event.setdefault("at", now.isoformat())
    clean_sig = None
    if event.get("kind") == "consent":
        _check_form(event, config, now.date())
        if event.get("pathway") == "representative":
            # a new representative consent says where in the legal order the
            # signer stands and why every earlier step was passed over
            signer = event.get("signer") if isinstance(event.get("signer"), dict) else {}
            if "passed_over" not in signer:
                raise ConsentError("passed_over", QT_TRANSLATE_NOOP(
                    "core", "Say why each earlier step of the legal order was passed over."))
        clean_sig = validate_signature(signature, config.signature_rules)
        event["signature_sha256"] = sha256_hex(signature_bytes(clean_sig))
        event.setdefault("obtained_by", session.user.display_name)
    state = state_of(session, patient_id, config)
    new_state, clean = consent_pathway.apply(state, event, now, representative_ids=config.representative_ids,
                                witness_roles=config.witness_roles)
    if clean_sig is not None:
        session.records.put_blob(signature_bytes(clean_sig))
    content = dict(clean, seq=len(steps(session, patient_id)) + 1, status_after=new_state.status)
    return session.records.create(RecordType.CONSENT_STEP, content, patient_id=patient_id)


def _check_form(event: dict, config: ConsentConfig, today: dt.date) -> None:
    form = config.catalogue.get(str(event.get("form_id")), str(event.get("form_version")), str(event.get("language")))
    current = config.catalogue.current_version(form.form_id, today)
    if current != form.version:
        raise ConsentError("form_version", QT_TRANSLATE_NOOP(
            "core", "Form version {version} is not the version currently approved by the Ethics Committee ({current})."),
            version=form.version, current=current or "-")
    if config.languages is not None and form.language not in config.languages:
        raise ConsentError("language", QT_TRANSLATE_NOOP("core", "Consent forms in language {language} are not used at this site."),
                           language=form.language)
    answers = event.get("optional_answers") or {}
    wanted = {i.id for i in form.optional_items}
    if not isinstance(answers, dict) or set(answers) != wanted:
        raise ConsentError("optional_answers", QT_TRANSLATE_NOOP("core", "Please answer every optional item of the form (yes or no)."))


def esign(session, version, password: str):
    """The person who recorded a consent/capacity step signs it electronically."""
    meaning = STEP_MEANINGS.get(version.content.get("kind"))
    if meaning is None:
        raise ConsentError("kind", QT_TRANSLATE_NOOP("core", "This step does not take an electronic signature."))
    return session.sign(password, version, meaning)


def signature_strokes(session, version) -> dict | None:
    sha = version.content.get("signature_sha256")
    return signature_from_bytes(session.records.get_blob(sha)) if sha else None


def attach_pdf(session, version, pdf_bytes: bytes):
    """Store the PDF consent record for a consent step version."""
    if not isinstance(pdf_bytes, (bytes, bytearray)) or not bytes(pdf_bytes).startswith(b"%PDF"):
        raise ConsentError("pdf", QT_TRANSLATE_NOOP("core", "The consent document could not be produced."))
    sha = session.records.put_blob(bytes(pdf_bytes))
    return session.records.create(RecordType.CONSENT_PDF, {"step_record_id": version.record_id, "step_entry_id": version.id,
                                        "content_hash": version.content_hash, "pdf_sha256": sha,
                                        "size": len(pdf_bytes)}, patient_id=version.patient_id)


def pdf_for(session, version) -> bytes | None:
    for r in session.records.list_latest(RecordType.CONSENT_PDF, patient_id=version.patient_id):
        if r.content.get("step_entry_id") == version.id:
            return session.records.get_blob(r.content["pdf_sha256"])
    return None


def record_consent(session, patient_id: PatientId, event: dict, *, signature: dict, password: str,
                   render_pdf: Callable[[dict], bytes] | None = None, config: ConsentConfig | None = None):
    """The whole consent act: step + handwritten signature + e-signature + PDF.
    Returns (step version, e-signature, pdf version or None)."""
    event = dict(event, kind="consent")
    session.require(Permission.OBTAIN_CONSENT)
    session.verify_password(password)  # before anything is stored
    version = record_step(session, patient_id, event, signature=signature, config=config)
    esig = esign(session, version, password)
    pdf = None
    if render_pdf is not None:
        pdf = attach_pdf(session, version, render_pdf(document_data(session, version, esig, config)))
    return version, esig, pdf


def record_capacity(session, patient_id: PatientId, *, has_capacity: bool, reason: str, password: str,
                    assessor: str | None = None, at: str | None = None, config: ConsentConfig | None = None):
    event = {"kind": "capacity", "has_capacity": has_capacity, "reason": reason,
             "assessor": assessor or session.user.display_name}
    if at:
        event["at"] = at
    session.require(Permission.ASSESS_CAPACITY)
    session.verify_password(password)
    version = record_step(session, patient_id, event, config=config)
    esign(session, version, password)
    return version


def document_data(session, version, esig=None, config: ConsentConfig | None = None) -> dict:
    """Everything the PDF shows, as plain data (the UI renders it)."""
    config = config or ConsentConfig.for_session(session)
    c = version.content
    form = config.catalogue.get(c["form_id"], c["form_version"], c["language"])
    patient = patient_summary(session, version.patient_id)
    rels = {r["id"]: r["label"] for r in config.representative_order}     # {"en", "fr"}: the screen picks
    laws = {r["id"]: r.get("law", "") for r in config.representative_order}
    why = {r["id"]: r["label"] for r in load_pass_over_reasons()}
    roles = {r["id"]: r["label"] for r in config.witness_roles}
    return {
        "patient": patient, "pathway": c["pathway"], "signer": c["signer"],
        "signer_relationship": rels.get(c["signer"].get("relationship"), {}),
        "cascade_step": c["signer"].get("cascade_step"), "cascade_steps": len(config.representative_order),
        "cascade_law": laws.get(c["signer"].get("relationship"), ""),
        "passed_over": [{"step": rels.get(p["step"], {"en": p["step"]}), "reason": why.get(p["reason"], {"en": p["reason"]})}
                        for p in c["signer"].get("passed_over") or []],
        "signer_role": roles.get(c["signer"].get("role"), {}),
        "form": {"form_id": form.form_id, "version": form.version, "language": form.language,
                 "title": form.title, "ec_approval_date": form.ec_approval_date.isoformat(),
                 "ec_reference": form.ec_reference,
                 "sections": [{"heading": s.heading, "text": s.text} for s in form.sections],
                 "optional_items": [{"id": i.id, "text": i.text, "answer": c["optional_answers"].get(i.id)}
                                    for i in form.optional_items]},
        "signed_at": c["at"], "recorded_utc": version.created_utc.isoformat(),
        "obtained_by": c["obtained_by"], "recorded_by": version.author_name,
        "esign": _esign_summary(esig if esig is not None else next(iter(signatures_of(session, version)), None)),
        "strokes": signature_strokes(session, version),
        "content_hash": version.content_hash, "entry_id": version.id, "record_id": version.record_id,
        "confirms": _confirms(session, version, config),
    }


def _confirms(session, version, config: ConsentConfig) -> dict | None:
    """If this patient consent confirms a surrogate consent: who gave that one, when."""
    if version.content.get("pathway") != "patient":
        return None
    state = state_of(session, version.patient_id, config, before=version.record_id)
    if state.status != consent_pathway.PENDING_CAPABLE or state.basis is None:
        return None
    return {"pathway": state.basis["pathway"], "name": state.basis["signer"]["name"], "date": state.basis["at"]}


def _esign_summary(esig) -> dict | None:
    if esig is None:
        return None
    return {"name": esig.signer_name, "meaning": esig.meaning, "when": esig.signed_utc.isoformat()}


def patient_summary(session, patient_id: PatientId) -> dict:
    from bedside.errors import NotFound
    from bedside.patients import get_patient
    try:
        p = get_patient(session, patient_id)
    except (NotFound, KeyError, ValueError):
        return {"id": patient_id, "name": "", "mrn": "", "birth_date": "", "study_id": ""}
    return {"id": patient_id, "name": f"{p.given_name} {p.family_name}", "mrn": p.mrn,
            "birth_date": p.date_of_birth.isoformat(), "study_id": p.subject_id or p.screening_number}


def correct_step(session, record_id: RecordId, changes: dict, reason: str, *, password: str | None = None,
                 config: ConsentConfig | None = None):
    """Correct a step (e.g. a mistyped contact): a new version naming the old
    one, with a reason. The whole history is re-checked with the corrected
    step first. A corrected consent or capacity step must be e-signed again
    (its content hash changed), so `password` is required for those. The
    handwritten signature, kind, pathway and times cannot be changed this way."""
    config = config or ConsentConfig.for_session(session)
    all_steps = steps(session, (session.records.latest(record_id)).patient_id)
    target = next((s for s in all_steps if s.record_id == record_id), None)
    if target is None:
        raise ConsentError("record", QT_TRANSLATE_NOOP("core", "This consent step does not exist."))
    frozen = {"kind", "at", "pathway", "signature_sha256", "form_id", "form_version", "language"}
    if not isinstance(changes, dict) or frozen & set(changes):
        raise ConsentError("changes", QT_TRANSLATE_NOOP(
            "core", "The kind, time, pathway, form and handwritten signature of a step cannot be corrected; record a new step instead."))
    session.require(permission_for(target.event))
    needs_sign = target.event["kind"] in NEEDS_ESIGN
    if needs_sign:
        if not password:
            raise ConsentError("password", QT_TRANSLATE_NOOP("core", "Enter your password to sign the corrected step."))
        session.verify_password(password)
    new_event = dict(target.event, **changes)
    state = consent_pathway.ConsentState()
    far = dt.datetime.max.replace(tzinfo=dt.timezone.utc) - dt.timedelta(days=1)
    clean_new = None
    for s in all_steps:
        if not s.signed and s.record_id != record_id:
            continue
        ev = new_event if s.record_id == record_id else s.event
        state, clean = consent_pathway.apply(state, ev, far, representative_ids=config.representative_ids,
                                witness_roles=config.witness_roles)
        if s.record_id == record_id:
            clean_new = dict(clean, seq=target.version.content.get("seq", 0), status_after=state.status)
    version = session.records.correct(record_id, clean_new, reason)
    if needs_sign:
        esign(session, version, password)
    return version
