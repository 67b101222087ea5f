"""The consent step in progress is kept as a draft (encrypted in the vault)
while it is obtained, comes back exactly — representative's details, form
language, optional answers, drawn signature — in a new consent tab (as after
an abnormal end), and goes once the consent is recorded or the flow is left."""

import pytest

from bedside import drafts
from bedside.consent import pathway as consent_pathway
from bedside.consent import service
from bedside.drafts import DraftStore
from tests.conftest import PASSWORD
from tests.consent.data import new_patient
from tests.consent.uihelpers import (choose, click, draw_signature, find, no_capacity, pass_over, primary,
                                     read_the_form, step, type_password)
from ui.consent.signature_pad import SignaturePad
from ui.consent.tab import ConsentTab
from ui.qt import QtWidgets


@pytest.fixture
def ctx(app_ctx, inv):
    return app_ctx(inv)


def _tab(qtbot, ctx, pid, draft=None) -> ConsentTab:
    tab = ConsentTab(ctx, pid)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    if draft is None:
        tab.show_flow()
    else:
        assert tab.show_draft(draft)
    return tab


def _at(qtbot, tab, name):
    qtbot.waitUntil(lambda: tab.flow.page is not None and step(tab.flow) == f"step-{name}",
                    timeout=30000)


def _kept(qtbot, inv, pid, step_name, check=lambda f: True):
    def ok():
        d = DraftStore(inv).get(drafts.CONSENT, pid)
        return d is not None and d.fields.get("step") == step_name and check(d.fields)
    qtbot.waitUntil(ok, timeout=30000)
    return DraftStore(inv).get(drafts.CONSENT, pid)


def test_consent_step_comes_back_exactly_and_recording_removes_it(qtbot, inv, ctx):
    pid = new_patient(inv)
    tab = _tab(qtbot, ctx, pid)
    _at(qtbot, tab, "start")
    no_capacity(qtbot, tab.flow, "sedated, intubated", PASSWORD)
    _at(qtbot, tab, "representative-reachable")
    choose(qtbot, tab.flow, "representative-choice", "yes")
    _at(qtbot, tab, "representative")
    choose(qtbot, tab.flow, "relationship", "spouse_partner")
    qtbot.keyClicks(find(tab.flow, QtWidgets.QLineEdit, "signer-name"), "Marie Dupont")
    qtbot.keyClicks(find(tab.flow, QtWidgets.QLineEdit, "signer-contact"), "+32 4 123 45 67")
    pass_over(tab.flow, "unreachable")
    kept = _kept(qtbot, inv, pid, "representative",
                 lambda f: f["inputs"].get("signer-contact") == "+32 4 123 45 67")

    again = _tab(qtbot, ctx, pid, kept)                  # Bedside restarted: restore
    _at(qtbot, again, "representative")
    flow = again.flow
    assert find(flow, QtWidgets.QLineEdit, "signer-name").text() == "Marie Dupont"
    assert find(flow, QtWidgets.QLineEdit, "signer-contact").text() == "+32 4 123 45 67"
    assert find(flow, QtWidgets.QComboBox, "passed-over-administrator").currentData() == "unreachable"
    primary(qtbot, flow)                                 # relationship and passed-over reasons restored too
    read_the_form(qtbot, flow, "no")
    _at(qtbot, again, "signature")
    pad = find(flow, SignaturePad, "signature-pad")
    draw_signature(qtbot, pad)
    drawn = pad.strokes()
    kept = _kept(qtbot, inv, pid, "signature",
                 lambda f: f["inputs"].get("signature-pad") == drawn)
    assert kept.fields["form"][2] == "fr" and kept.fields["signer"]["name"] == "Marie Dupont"

    third = _tab(qtbot, ctx, pid, kept)
    _at(qtbot, third, "signature")
    flow = third.flow
    assert find(flow, SignaturePad, "signature-pad").strokes() == drawn
    assert set(flow.draft["answers"].values()) == {False}
    primary(qtbot, flow)
    _at(qtbot, third, "obtainer")
    type_password(qtbot, flow, PASSWORD)
    primary(qtbot, flow)
    _at(qtbot, third, "done")
    assert service.state_of(inv, pid).status == consent_pathway.PENDING
    qtbot.waitUntil(lambda: DraftStore(inv).get(drafts.CONSENT, pid) is None, timeout=30000)


def test_leaving_the_flow_removes_the_consent_draft(qtbot, inv, ctx):
    pid = new_patient(inv)
    tab = _tab(qtbot, ctx, pid)
    _at(qtbot, tab, "start")
    choose(qtbot, tab.flow, "capacity-choice", "yes")
    type_password(qtbot, tab.flow, PASSWORD)
    primary(qtbot, tab.flow)
    _at(qtbot, tab, "language")
    _kept(qtbot, inv, pid, "language")
    click(qtbot, tab.findChild(QtWidgets.QPushButton, "back-to-overview"))
    qtbot.waitUntil(lambda: DraftStore(inv).get(drafts.CONSENT, pid) is None, timeout=30000)
