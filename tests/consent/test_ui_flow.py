"""Each pathway through the real widgets, signatures drawn with mouse events."""
import io
import unicodedata

import pypdf

from bedside.consent import pathway as consent_pathway
from bedside.consent import service
from bedside.names import RecordType
from bedside.roles import Role
from tests.conftest import PASSWORD
from tests.consent.data import new_patient
from tests.consent.uihelpers import (choose, click, draw_signature, error_text, find, flow_for, no_capacity,
                                     pass_over, primary, settle, step, type_password)
from ui.consent.signature_pad import SignaturePad
from ui.qt import Qt, QtWidgets


def make_flow(qtbot, session, pid):
    flow = flow_for(qtbot, session, pid)
    flow.resize(1366, 700)
    flow.show()
    qtbot.waitExposed(flow)
    return flow


def sign_form(qtbot, flow, signer_name=None):
    """language → read → optional → signature → obtainer → done"""
    assert step(flow) == "step-language"
    choose(qtbot, flow, "language", "fr")
    assert step(flow) == "step-read"
    primary(qtbot, flow)
    assert step(flow) == "step-optional"
    from ui.consent.widgets import YesNo
    for yn in flow.page.findChildren(YesNo):
        click(qtbot, yn.buttons["yes"])
    primary(qtbot, flow)
    assert step(flow) == "step-signature"
    if signer_name is not None:
        find(flow, QtWidgets.QLineEdit, "signer-name").setText(signer_name)
    pad = find(flow, SignaturePad, "signature-pad")
    primary(qtbot, flow)                         # empty pad refused
    assert "empty" in error_text(flow) and step(flow) == "step-signature"
    qtbot.mouseClick(pad, Qt.LeftButton, pos=pad.rect().center())   # a tap: trivial
    primary(qtbot, flow)
    assert "too small" in error_text(flow)
    click(qtbot, find(flow, QtWidgets.QPushButton, "signature-clear"))
    draw_signature(qtbot, pad)
    primary(qtbot, flow)
    assert step(flow) == "step-obtainer"
    type_password(qtbot, flow, "wrong password")
    primary(qtbot, flow)
    assert error_text(flow) and step(flow) == "step-obtainer"
    type_password(qtbot, flow, PASSWORD)
    primary(qtbot, flow)
    assert step(flow) == "step-done", error_text(flow)


def pdf_text(session, version):
    data = service.pdf_for(session, version)
    assert data and data.startswith(b"%PDF")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())  # fi/fl ligatures back to letters


def test_patient_pathway_ui(qtbot, inv, tmp_path):
    pid = new_patient(inv)
    flow = make_flow(qtbot, inv, pid)
    assert step(flow) == "step-start"
    choose(qtbot, flow, "capacity-choice", "yes")
    assert step(flow) == "step-capacity-yes"
    type_password(qtbot, flow, PASSWORD)
    primary(qtbot, flow)
    sign_form(qtbot, flow)
    v = flow.last_version
    assert service.state_of(inv, pid).status == consent_pathway.CONSENTED
    text = pdf_text(inv, v)
    for needle in ("Jean Dupont", "Dr Test Investigator", "TJT2012-ICF", "1.0", "consent obtained"):
        assert needle in text, needle
    assert v.content_hash in text.replace(" ", "")
    flow.save_pdf(v, str(tmp_path / "copy.pdf"))
    settle(qtbot)
    assert open(flow.pdf_saved, "rb").read().startswith(b"%PDF")
    primary(qtbot, flow)
    assert step(flow) == "step-consented"


def test_representative_pathway_ui_then_confirmation(qtbot, inv, clock):
    pid = new_patient(inv)
    flow = make_flow(qtbot, inv, pid)
    no_capacity(qtbot, flow, "sedated, intubated", PASSWORD)
    assert step(flow) == "step-representative-reachable"
    choose(qtbot, flow, "representative-choice", "yes")
    assert step(flow) == "step-representative"
    primary(qtbot, flow)
    assert "relationship" in error_text(flow)
    choose(qtbot, flow, "relationship", "spouse_partner")
    find(flow, QtWidgets.QLineEdit, "signer-name").setText("Marie Dupont")
    find(flow, QtWidgets.QLineEdit, "signer-contact").setText("+32 4 123 45 67")
    primary(qtbot, flow)                                  # step 3: why were steps 1 and 2 passed over?
    assert "earlier step" in error_text(flow)
    pass_over(flow, "none")
    primary(qtbot, flow)
    sign_form(qtbot, flow)
    v = flow.last_version
    text = pdf_text(inv, v)
    assert "Marie Dupont" in text and "Cohabiting spouse" in text and v.content_hash in text.replace(" ", "")
    assert v.content["signer"]["cascade_step"] == 3 and [p["step"] for p in v.content["signer"]["passed_over"]] == [
        "designated", "administrator"]
    assert "3 of 6" in text and "There is no such person" in text
    primary(qtbot, flow)
    assert step(flow) == "step-pending"
    # the patient wakes up and confirms
    clock.advance(days=2)
    choose(qtbot, flow, "pending-choice", "capable")
    type_password(qtbot, flow, PASSWORD)
    primary(qtbot, flow)
    assert step(flow) == "step-decision"
    choose(qtbot, flow, "decision", "confirm")
    sign_form(qtbot, flow, signer_name="Jean Dupont")
    st = service.state_of(inv, pid)
    assert st.status == consent_pathway.CONSENTED and st.confirmed is not None
    text = pdf_text(inv, flow.last_version)
    assert "confirms the consent given" in text and "Marie Dupont" in text


def test_witness_pathway_ui(qtbot, inv):
    pid = new_patient(inv)
    flow = make_flow(qtbot, inv, pid)
    no_capacity(qtbot, flow, "delirium", PASSWORD)
    choose(qtbot, flow, "representative-choice", "no")
    assert step(flow) == "step-unreachable"
    primary(qtbot, flow)                       # whom missing
    assert error_text(flow)
    flow.page.rows[0]["whom"].setText("M. Son")
    how = flow.page.rows[0]["how"]
    how.setCurrentIndex(how.findData("message_left"))
    primary(qtbot, flow)
    assert step(flow) == "step-witness", error_text(flow)     # straight on; the intro is one Back away
    unreachable = [v for v in inv.records.list_latest(RecordType.CONSENT_STEP, patient_id=pid)
                   if v.content["kind"] == "unreachable"]
    assert [a["how"] for a in unreachable[0].content["attempts"]] == ["message_left"]  # a code, not the label
    choose(qtbot, flow, "witness-role", "non_participating_physician")
    find(flow, QtWidgets.QLineEdit, "signer-name").setText("Dr Wendy Witness")
    find(flow, QtWidgets.QLineEdit, "signer-department").setText("Dermatology")
    primary(qtbot, flow)
    assert "independent" in error_text(flow)
    find(flow, QtWidgets.QCheckBox, "independent").setChecked(True)
    primary(qtbot, flow)
    sign_form(qtbot, flow)
    text = pdf_text(inv, flow.last_version)
    assert "Dr Wendy Witness" in text and "Dermatology" in text
    assert service.state_of(inv, pid).status == consent_pathway.PENDING


def test_withdrawal_ui_blocks_infusion(qtbot, inv, session_as):
    from bedside.infusion.gate import may_infuse
    from tests.consent.data import consent_event, good_signature
    pid = new_patient(inv)
    service.record_consent(inv, pid, consent_event(), signature=good_signature(), password=PASSWORD)
    nurse = session_as(Role.NURSE)
    flow = make_flow(qtbot, nurse, pid)
    assert step(flow) == "step-consented"
    click(qtbot, find(flow, QtWidgets.QPushButton, "withdraw"))
    assert step(flow) == "step-withdraw"
    find(flow, QtWidgets.QLineEdit, "withdraw-name").setText("Jean Dupont")
    find(flow, QtWidgets.QCheckBox, "scope-object_data_use").setChecked(True)
    primary(qtbot, flow)
    assert step(flow) == "step-closed", error_text(flow)
    ans = may_infuse(nurse, pid)
    assert not ans.allowed and any("withdrawn" in r for r in ans.texts())
    assert service.state_of(nurse, pid).withdrawal["scope"] == ["stop_treatment", "object_data_use"]


def test_deferred_refusal_and_death_ui(qtbot, inv):
    from tests.consent.data import consent_event, good_signature
    a, b = new_patient(inv, "A Patient", "MRN-1"), new_patient(inv, "B Patient", "MRN-2")
    for pid in (a, b):
        service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
        service.record_consent(inv, pid, consent_event("representative"), signature=good_signature(), password=PASSWORD)
    flow = make_flow(qtbot, inv, a)
    choose(qtbot, flow, "pending-choice", "capable")
    type_password(qtbot, flow, PASSWORD)
    primary(qtbot, flow)
    choose(qtbot, flow, "decision", "refuse")
    primary(qtbot, flow)
    assert error_text(flow)                     # objection question unanswered
    choose(qtbot, flow, "objects", "yes")
    primary(qtbot, flow)
    assert step(flow) == "step-closed"
    st = service.state_of(inv, a)
    assert st.status == consent_pathway.REFUSED and st.refusal["objects_to_data_use"] is True
    flow2 = make_flow(qtbot, inv, b)
    choose(qtbot, flow2, "pending-choice", "died")
    primary(qtbot, flow2)
    assert step(flow2) == "step-closed"
    assert service.state_of(inv, b).end["outcome"] == "died"


def test_patient_recovers_before_any_consent(qtbot, inv):
    pid = new_patient(inv)
    flow = make_flow(qtbot, inv, pid)
    no_capacity(qtbot, flow, "sedated", PASSWORD)
    choose(qtbot, flow, "representative-choice", "no")
    flow.page.rows[0]["whom"].setText("M. Son")
    primary(qtbot, flow)
    click(qtbot, find(flow, QtWidgets.QPushButton, "consent-back"))
    assert step(flow) == "step-witness-intro"
    choose(qtbot, flow, "witness-alternatives", "capable")
    type_password(qtbot, flow, PASSWORD)
    primary(qtbot, flow)
    sign_form(qtbot, flow, signer_name="Jean Dupont")
    st = service.state_of(inv, pid)
    assert st.status == consent_pathway.CONSENTED and st.basis["pathway"] == "patient"


def test_nurse_sees_what_only_an_investigator_can_do(qtbot, inv, session_as):
    from tests.consent.data import consent_event, good_signature
    from ui.consent.widgets import Choice
    nurse = session_as(Role.NURSE)
    pid = new_patient(inv)
    flow = make_flow(qtbot, nurse, pid)
    c = find(flow, Choice, "capacity-choice")
    assert not c.buttons["yes"].isEnabled() and not c.buttons["no"].isEnabled()
    assert any("Only an investigator" in lbl.text() for lbl in flow.page.findChildren(QtWidgets.QLabel))
    service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
    service.record_consent(inv, pid, consent_event("representative"), signature=good_signature(), password=PASSWORD)
    flow.refresh()
    settle(qtbot)
    c = find(flow, Choice, "pending-choice")
    assert not c.buttons["capable"].isEnabled() and c.buttons["died"].isEnabled() and c.buttons["withdraw"].isEnabled()


def test_reconsent_flag_and_reconsent_in_ui(qtbot, inv, tmp_path):
    import json
    from bedside.consent.config import ConsentConfig
    from bedside.consent.forms import FORMS_DIR, FormCatalogue
    from tests.consent.data import consent_event, good_signature
    pid = new_patient(inv)
    service.record_consent(inv, pid, consent_event(), signature=good_signature(), password=PASSWORD)
    for p in FORMS_DIR.glob("*.json"):
        d = json.loads(p.read_text(encoding="utf-8"))
        (tmp_path / p.name).write_text(json.dumps(d), encoding="utf-8")
        d.update(version="2.0", ec_approval_date="2026-11-01")
        (tmp_path / ("v2-" + p.name)).write_text(json.dumps(d), encoding="utf-8")
    base = ConsentConfig.default()
    cfg = ConsentConfig(FormCatalogue.load(tmp_path), base.representative_order, base.witness_roles, base.signature_rules)
    flow = flow_for(qtbot, inv, pid, config=cfg)
    flow.resize(1366, 700)
    flow.show()
    assert step(flow) == "step-consented"
    click(qtbot, find(flow, QtWidgets.QPushButton, "reconsent"))
    sign_form(qtbot, flow, signer_name="Jean Dupont")
    assert service.state_of(inv, pid).basis["form_version"] == "2.0"
    assert "2.0" in pdf_text(inv, flow.last_version)


def test_pdf_failure_does_not_lose_the_consent(qtbot, inv):
    def broken(doc):
        raise RuntimeError("printer on fire")
    pid = new_patient(inv)
    flow = flow_for(qtbot, inv, pid, render_pdf=broken)
    flow.resize(1366, 700)
    flow.show()
    choose(qtbot, flow, "capacity-choice", "yes")
    type_password(qtbot, flow, PASSWORD)
    primary(qtbot, flow)
    sign_form(qtbot, flow)
    assert service.state_of(inv, pid).status == consent_pathway.CONSENTED
    assert service.pdf_for(inv, flow.last_version) is None
