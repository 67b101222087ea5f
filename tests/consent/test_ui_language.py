"""Issue 16 item 18: data strings from resources/ (representative order,
witness roles) are shown in the interface language, and the consent PDF's
data carries the relationship in both languages for the screen to pick."""
import pytest

from bedside.consent import service
from bedside.consent.config import ConsentConfig
from bedside.consent.forms import bilingual_label
from bedside.roles import Role
from tests.conftest import PASSWORD
from tests.consent.data import consent_event, good_signature, new_patient
from tests.consent.uihelpers import choose, find, flow_for, primary, step, type_password
from ui.consent.widgets import Choice
from ui.qt import QtWidgets


def _to_unreachable(qtbot, session, pid):
    flow = flow_for(qtbot, session, pid)
    flow.resize(1366, 700)
    flow.show()
    choose(qtbot, flow, "capacity-choice", "no")
    find(flow, QtWidgets.QPlainTextEdit, "capacity-reason").setPlainText("Sous sédation")
    type_password(qtbot, flow, PASSWORD)
    primary(qtbot, flow)
    return flow


def test_representative_order_and_witness_roles_in_french(qtbot, session_as, french):
    inv = session_as(Role.INVESTIGATOR)
    flow = _to_unreachable(qtbot, inv, new_patient(inv))
    assert any("3. Époux ou partenaire cohabitant (légal ou de fait)" in lab.text()
               for lab in flow.page.findChildren(QtWidgets.QLabel))
    choose(qtbot, flow, "representative-choice", "no")
    combo = flow.page.rows[0]["rel"]
    assert [combo.itemText(i) for i in range(combo.count())][:2] == [
        "Mandataire désigné par le patient (mandat écrit)", "Administrateur de la personne (autorisé par le juge de paix)"]
    flow.page.rows[0]["whom"].setText("Mme Marie Dupont")
    flow.page.rows[0]["outcome"].setText("Pas de réponse")
    primary(qtbot, flow)
    primary(qtbot, flow)                                  # witness intro
    roles = find(flow, Choice, "witness-role")
    texts = [b.text() for b in roles.buttons.values()]
    assert texts == ["Médecin d'un service ne participant pas à l'étude", "Membre du Comité d'éthique"]
    shown = " ".join(w.text() for w in flow.page.findChildren(QtWidgets.QLabel)) + " ".join(texts)
    assert "Physician" not in shown and "Spouse" not in shown


def test_same_screen_in_english_keeps_english_labels(qtbot, session_as):
    inv = session_as(Role.INVESTIGATOR)
    flow = _to_unreachable(qtbot, inv, new_patient(inv))
    choose(qtbot, flow, "representative-choice", "no")
    combo = flow.page.rows[0]["rel"]
    assert combo.itemText(2) == "Cohabiting spouse or partner (legal or de facto)"
    assert step(flow) == "step-unreachable"


def test_pdf_data_carries_the_relationship_in_both_languages(session_as):
    inv = session_as(Role.INVESTIGATOR)
    pid = new_patient(inv)
    service.record_capacity(inv, pid, has_capacity=False, reason="sedated", password=PASSWORD)
    version, _signature, _pdf = service.record_consent(inv, pid, consent_event("representative", relationship="spouse_partner",
                                                             language="fr"),
                                     signature=good_signature(), password=PASSWORD)
    doc = service.document_data(inv, version, config=ConsentConfig.for_session(inv))
    assert doc["signer_relationship"]["fr"] == "Époux ou partenaire cohabitant (légal ou de fait)"
    assert doc["signer_relationship"]["en"] == "Cohabiting spouse or partner (legal or de facto)"


@pytest.mark.parametrize("label, expected", [
    ("Partner", {"en": "Partner"}),
    ({"en": "Partner", "fr": "Partenaire"}, {"en": "Partner", "fr": "Partenaire"}),
    ({"fr": "Partenaire"}, None), ("  ", None), ({"en": ""}, None), (3, None), (None, None)])
def test_bilingual_label_needs_english_text(label, expected):
    assert bilingual_label(label) == expected


def test_relationship_dropdown_draws_its_current_item(qtbot, session_as, french):
    """Issue 16 item 10: the current item of the "Lien" drop-down was drawn
    blank (same colour as its background)."""
    inv = session_as(Role.INVESTIGATOR)
    flow = _to_unreachable(qtbot, inv, new_patient(inv))
    choose(qtbot, flow, "representative-choice", "no")
    combo = flow.page.rows[0]["rel"]
    combo.setCurrentIndex(1)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=30000)
    for row in range(combo.count()):
        rect = view.visualRect(view.model().index(row, 0))
        image = view.viewport().grab(rect).toImage()
        text_colour = image.pixelColor(0, 0)
        ink = sum(1 for x in range(0, image.width(), 2) for y in range(image.height())
                  if abs(image.pixelColor(x, y).lightness() - text_colour.lightness()) > 100)
        assert ink > 30, (row, combo.itemText(row))
    combo.hidePopup()
