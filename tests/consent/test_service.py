"""Consent through the real vault: records, blobs, e-signatures, audit, gate."""
import io
import json

import pypdf
import pytest

from bedside.consent import pathway as pw
from bedside.consent import service
from bedside.consent.config import ConsentConfig
from bedside.consent.errors import ConsentError
from bedside.consent.forms import FORMS_DIR, FormCatalogue
from bedside.consent.gate import consent_decision, consent_status
from bedside.consent.status import ConsentDecision, pending_confirmations, reconsent_due
from bedside.errors import PermissionDenied, WrongPassword
from bedside.infusion.gate import may_infuse
from bedside.roles import Role
from tests.conftest import PASSWORD
from tests.consent.data import consent_event, good_signature, new_patient

unreach = {"kind": "unreachable", "attempts": [
    {"whom": "Mme Spouse", "relationship": "spouse_partner", "when": "2026-11-25T07:30:00+00:00", "how": "phone",
     "outcome": "no answer"}]}


def fake_pdf(doc):
    # a minimal real PDF without Qt for core-only tests (the Qt renderer is tested in test_ui)
    text = f"{doc['patient']['name']} v{doc['form']['version']} {doc['content_hash']}"
    return _tiny_pdf(text)


def _tiny_pdf(text: str) -> bytes:
    stream = f"BT /F1 8 Tf 20 700 Td ({text}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_patient_pathway_end_to_end(inv):
    pid = new_patient(inv)
    v, esig, pdf = service.record_consent(inv, pid, consent_event(), signature=good_signature(), password=PASSWORD,
                                          render_pdf=fake_pdf)
    assert esig.meaning == "consent obtained" and esig.binds(v)
    st = service.state_of(inv, pid)
    assert st.status == pw.CONSENTED
    assert consent_status(inv, pid) == (True, [])
    # strokes stored in the vault, referenced by hash
    assert service.signature_strokes(inv, v)["strokes"]
    data = service.pdf_for(inv, v)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert v.content_hash in text and "Jean Dupont" in text
    # audit: create of the step, the blob(s), the signature, the pdf record
    trail = inv.audit_trail(v.record_id)
    assert [e.action for e in trail] == ["create"]
    all_actions = [(e.action, e.record_type) for e in inv.audit_trail(limit=50)]
    assert ("create", "consent_step") in all_actions and ("create", "signature") in all_actions
    assert ("create", "consent_pdf") in all_actions and ("blob", None) in all_actions


def test_wrong_password_stores_nothing(inv):
    pid = new_patient(inv)
    with pytest.raises(WrongPassword):
        service.record_consent(inv, pid, consent_event(), signature=good_signature(), password="nope")
    assert inv.records.list_latest(service.STEP, patient_id=pid) == []


def test_trivial_signature_refused_nothing_stored(inv):
    pid = new_patient(inv)
    with pytest.raises(ConsentError) as e:
        service.record_consent(inv, pid, consent_event(), signature={"width": 600, "height": 200, "strokes": [[[5, 5, 0]]]},
                               password=PASSWORD)
    assert e.value.field == "signature"
    assert inv.records.list_latest(service.STEP, patient_id=pid) == []


def test_nurse_cannot_obtain_consent_but_can_record_withdrawal(session_as, inv):
    nurse = session_as(Role.NURSE)
    pid = new_patient(inv)
    with pytest.raises(PermissionDenied):
        service.record_consent(nurse, pid, consent_event(), signature=good_signature(), password=PASSWORD)
    service.record_consent(inv, pid, consent_event(), signature=good_signature(), password=PASSWORD)
    service.record_step(nurse, pid, {"kind": "withdrawal", "by": "patient", "by_name": "Jean Dupont",
                                     "scope": ["stop_treatment"]})
    ans = may_infuse(nurse, pid)
    assert not ans.allowed and any("withdrawn" in r for r in ans.texts())
    assert consent_decision(nurse, pid)[0] is ConsentDecision.REFUSED


def test_representative_pathway_pending_then_confirmed(inv, clock):
    pid = new_patient(inv)
    with pytest.raises(ConsentError):  # order: capacity first
        service.record_consent(inv, pid, consent_event("representative"), signature=good_signature(), password=PASSWORD)
    service.record_capacity(inv, pid, has_capacity=False, reason="sedated, RASS -4", password=PASSWORD)
    v, _, _ = service.record_consent(inv, pid, consent_event("representative"), signature=good_signature(), password=PASSWORD)
    assert consent_status(inv, pid)[0] is True          # surrogate counts while pending
    clock.advance(days=3)
    pend = pending_confirmations(inv)
    assert [p.patient_id for p in pend] == [pid] and pend[0].pathway == "representative"
    service.record_capacity(inv, pid, has_capacity=True, reason="awake, oriented", password=PASSWORD)
    ok, reasons = consent_status(inv, pid)
    assert not ok and "can decide again" in reasons[0]
    assert pending_confirmations(inv)[0].capable_now
    service.record_consent(inv, pid, consent_event(), signature=good_signature(), password=PASSWORD)
    st = service.state_of(inv, pid)
    assert st.status == pw.CONSENTED and st.confirmed is not None
    assert pending_confirmations(inv) == []


def test_witness_pathway_requires_unreachable_record(inv):
    pid = new_patient(inv)
    service.record_capacity(inv, pid, has_capacity=False, reason="confused, delirium", password=PASSWORD)
    with pytest.raises(ConsentError) as e:
        service.record_consent(inv, pid, consent_event("witness"), signature=good_signature(), password=PASSWORD)
    assert "no legal representative" in e.value.template
    service.record_step(inv, pid, unreach)
    service.record_consent(inv, pid, consent_event("witness"), signature=good_signature(), password=PASSWORD)
    st = service.state_of(inv, pid)
    assert st.status == pw.PENDING and st.basis["signer"]["independent"] is True


@pytest.mark.parametrize("outcome,expect,decision", [
    ("refuse", pw.REFUSED, ConsentDecision.REFUSED), ("died", pw.ENDED, ConsentDecision.PENDING),
    ("discharged", pw.ENDED, ConsentDecision.PENDING), ("withdraw", pw.WITHDRAWN, ConsentDecision.REFUSED)])
def test_deferred_outcomes_block_infusion(inv, outcome, expect, decision):
    pid = new_patient(inv)
    service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
    service.record_consent(inv, pid, consent_event("representative"), signature=good_signature(), password=PASSWORD)
    if outcome in ("refuse", "withdraw"):
        service.record_capacity(inv, pid, has_capacity=True, reason="awake", password=PASSWORD)
    if outcome == "refuse":
        service.record_step(inv, pid, {"kind": "outcome", "outcome": "refuse", "objects_to_data_use": True})
    elif outcome == "withdraw":
        service.record_step(inv, pid, {"kind": "withdrawal", "by": "patient", "by_name": "J", "scope": ["stop_treatment", "object_data_use"]})
    else:
        service.record_step(inv, pid, {"kind": "outcome", "outcome": outcome})
    assert service.state_of(inv, pid).status == expect
    assert consent_decision(inv, pid)[0] is decision       # typed: nobody reads the English text
    ans = may_infuse(inv, pid)
    assert not ans.allowed and ans.reasons


def test_consent_in_force_without_eligibility_still_blocks(inv):
    pid = new_patient(inv)
    service.record_consent(inv, pid, consent_event(), signature=good_signature(), password=PASSWORD)
    assert consent_decision(inv, pid) == (ConsentDecision.GIVEN, [])
    ans = may_infuse(inv, pid)
    assert not ans.allowed and [p.code for p in ans.reasons] == ["eligibility"]
    assert ans.texts() == ["No eligibility assessment has been recorded."]


def test_no_consent_blocks(inv):
    pid = new_patient(inv)
    assert consent_decision(inv, pid)[0] is ConsentDecision.PENDING
    ans = may_infuse(inv, pid)
    assert not ans.allowed and "No consent has been recorded." in ans.texts()


def test_reconsent_flag_on_new_version(inv, tmp_path):
    pid = new_patient(inv)
    service.record_consent(inv, pid, consent_event(), signature=good_signature(), password=PASSWORD)
    for p in FORMS_DIR.glob("*.json"):
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    d = json.loads((FORMS_DIR / "TJT2012-ICF_v1.0_fr.json").read_text(encoding="utf-8"))
    d.update(version="2.0", ec_approval_date="2026-11-01")
    (tmp_path / "v2.json").write_text(json.dumps(d), encoding="utf-8")
    base = ConsentConfig.default()
    cfg = ConsentConfig(FormCatalogue.load(tmp_path), base.representative_order, base.witness_roles, base.signature_rules)
    assert reconsent_due(inv, cfg) == [pid]
    assert reconsent_due(inv) == []
    # old version no longer accepted for new consents
    with pytest.raises(ConsentError):
        service.record_consent(inv, pid, consent_event(), signature=good_signature(), password=PASSWORD, config=cfg)
    ev = dict(consent_event(), form_version="2.0")
    service.record_consent(inv, pid, ev, signature=good_signature(), password=PASSWORD, config=cfg)
    assert reconsent_due(inv, cfg) == []


def test_pending_most_urgent_first(inv, clock):
    a, b, c = (new_patient(inv, f"P {x}", f"MRN-{x}") for x in "abc")
    for pid in (a, b, c):
        service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
    service.record_consent(inv, a, consent_event("representative"), signature=good_signature(), password=PASSWORD)
    clock.advance(days=2)
    service.record_consent(inv, b, consent_event("representative"), signature=good_signature(), password=PASSWORD)
    service.record_consent(inv, c, consent_event("representative"), signature=good_signature(), password=PASSWORD)
    service.record_capacity(inv, c, has_capacity=True, reason="awake", password=PASSWORD)
    clock.advance(days=1)
    pend = pending_confirmations(inv)
    assert [p.patient_id for p in pend] == [c, a, b]
    assert [p.days for p in pend] == [1, 3, 1]


def test_correction_is_a_new_version_and_needs_new_esignature(inv):
    pid = new_patient(inv)
    service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
    v, _, _ = service.record_consent(inv, pid, consent_event("representative"), signature=good_signature(), password=PASSWORD)
    with pytest.raises(ConsentError):  # password needed to re-sign
        service.correct_step(inv, v.record_id, {"signer": dict(v.content["signer"], contact="+32 4 999")}, "typo in phone")
    with pytest.raises(ConsentError):  # the pathway is not correctable
        service.correct_step(inv, v.record_id, {"pathway": "witness"}, "x", password=PASSWORD)
    v2 = service.correct_step(inv, v.record_id, {"signer": dict(v.content["signer"], contact="+32 4 999")},
                              "typo in phone", password=PASSWORD)
    assert v2.version == 2 and v2.replaces == v.id and v2.reason == "typo in phone"
    assert [h.version for h in inv.records.history(v.record_id)] == [1, 2]
    st = service.state_of(inv, pid)
    assert st.basis["signer"]["contact"] == "+32 4 999" and st.status == pw.PENDING
    with pytest.raises(ConsentError):  # an invalid witness correction is refused
        service.correct_step(inv, v.record_id, {"signer": {"name": "X", "relationship": "cousin", "contact": "y"}}, "r",
                             password=PASSWORD)


def test_each_step_leaves_audit_entries(inv):
    pid = new_patient(inv)
    before = len(inv.audit_trail())
    service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
    service.record_step(inv, pid, unreach)
    v, _, _ = service.record_consent(inv, pid, consent_event("witness"), signature=good_signature(), password=PASSWORD,
                                     render_pdf=fake_pdf)
    service.record_step(inv, pid, {"kind": "withdrawal", "by": "representative", "by_name": "R", "scope": ["stop_treatment"]})
    trail = list(reversed(inv.audit_trail()))[before:]
    kinds = [(e.action, e.record_type) for e in trail]
    assert kinds.count(("create", "consent_step")) == 4
    assert kinds.count(("create", "signature")) == 2          # capacity + consent e-signatures
    assert ("create", "consent_pdf") in kinds and ("blob", None) in kinds
    for e in trail:
        assert e.username == "investigator"


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(["kind", "pathway", "signer", "has_capacity", "reason", "scope", "by",
                                        "by_name", "outcome", "attempts", "at", "form_id", "form_version",
                                        "language", "optional_answers"]),
                       st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
                                 st.lists(st.text(max_size=5), max_size=3)), max_size=8))
def test_garbage_steps_store_nothing(inv, ev):
    from bedside.patients import list_patients
    pid = next((p.id for p in list_patients(inv) if p.mrn == "MRN-GB"), None) or new_patient(inv, "Gar Bage", "MRN-GB")
    n = len(inv.records.list_latest(service.STEP, patient_id=pid))
    try:
        service.record_step(inv, pid, ev, signature={"width": 1, "height": 1, "strokes": []})
    except (ConsentError, PermissionDenied):
        assert len(inv.records.list_latest(service.STEP, patient_id=pid)) == n


def test_site_settings_change_representative_order_and_languages(session_as, inv):
    admin = session_as(Role.ADMINISTRATOR)
    admin.settings.update({"consent_representative_order": [{"id": "spouse_partner", "label": "Partner"},
                                                            {"id": "designated", "label": "Designated"}],
                           "consent_languages": ["fr"]}, reason="site policy")
    cfg = ConsentConfig.for_session(inv)
    assert cfg.representative_ids == ["spouse_partner", "designated"]
    assert cfg.form_languages("1.0") == ["fr"]
    pid = new_patient(inv)
    with pytest.raises(ConsentError) as e:
        service.record_consent(inv, pid, consent_event(language="en"), signature=good_signature(), password=PASSWORD)
    assert e.value.field == "language"
    service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
    with pytest.raises(ConsentError):   # "parent" is no longer in this site's order
        service.record_consent(inv, pid, consent_event("representative", relationship="parent"),
                               signature=good_signature(), password=PASSWORD)


@pytest.mark.parametrize("how", ["Téléphone", "Phone", "", None, 3, "pigeon"])
def test_contact_attempt_method_is_a_code_from_the_list(inv, how):
    """The witness pathway's attempts say how, as a code the exports decode in
    both languages; a screen label or free text is refused and nothing stored."""
    pid = new_patient(inv)
    service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
    n = len(inv.records.list_latest(service.STEP, patient_id=pid))
    attempt = dict(unreach["attempts"][0], how=how)
    with pytest.raises(ConsentError) as e:
        service.record_step(inv, pid, dict(unreach, attempts=[attempt]))
    assert e.value.field == "how"
    assert len(inv.records.list_latest(service.STEP, patient_id=pid)) == n

