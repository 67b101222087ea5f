"""The follow-up screens with real widgets (offscreen) over a real vault:
record a visit (an unanswered question is refused in the form, nothing typed
is lost), sign it, end the participation (a refusal in French stays in the
dialog), and the endpoint / CONSORT view shows the core's numbers."""
from __future__ import annotations

import pytest

from bedside.followup import visits as V
from bedside.export.study_report import study_report
from bedside.roles import Role
from tests.conftest import PASSWORD

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def tab_for(qtbot, app_ctx, followed):
    def build(session):
        from ui.followup.tab import FollowUpTab
        ctx = app_ctx(session)
        tab = FollowUpTab(ctx, followed[2])
        qtbot.addWidget(tab)
        tab.show()                                   # a hidden tab does not read the vault
        qtbot.waitUntil(lambda: tab.ov is not None, timeout=20000)
        return ctx, tab
    return build


def test_record_and_sign_the_day_28_visit(qtbot, tab_for, followed, clock, session_as):
    nurse, inv, pid, _inc = followed
    clock.advance(days=28)
    ctx, tab = tab_for(nurse)
    assert "DUE" in tab.status.text() and tab.visit_buttons["d28"].isEnabled()
    assert not tab.end_button.isVisible()                      # a nurse does not end a participation
    form = tab.open_visit("d28")
    form.vital.set_value("alive")
    form.notes.setPlainText("Walked 30 m with the physiotherapist")
    form.submit()
    assert form.error.isVisible() and "Infection" in form.error.text() and form.isVisible()
    assert form.notes.toPlainText() == "Walked 30 m with the physiotherapist"
    for yes_no, _links in form.aesi.values():
        yes_no.set_value("no")
    for yes_no in form.treatments.values():
        yes_no.set_value("no")
    form.submit()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=20000)
    [view] = V.visits(nurse, pid)
    assert view.content["notes"] == "Walked 30 m with the physiotherapist" and not view.signed
    tab.refresh()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=20000)
    assert "done" in tab.timeline.describe() and not tab.visit_buttons["d28"].isEnabled()
    # the investigator signs it: a wrong password keeps the prompt open
    _ctx2, itab = tab_for(inv)
    itab.table.selectRow(0)
    prompt = itab.sign_selected()
    prompt.password.setText("wrong")
    prompt._submit()
    qtbot.waitUntil(lambda: prompt.error.isVisible(), timeout=20000)
    prompt.password.setText(PASSWORD)
    prompt._submit()
    qtbot.waitUntil(lambda: V.visits(inv, pid)[0].signed, timeout=20000)


def test_end_of_participation_refusal_in_french_then_saved(qtbot, tab_for, followed, clock, french):
    _nurse, inv, pid, _inc = followed
    clock.advance(days=40)
    _ctx, tab = tab_for(inv)
    dlg = tab.open_end()
    dlg.reason.setCurrentIndex(dlg.reason.findData("lost_to_follow_up"))
    dlg.attempts[0].outcome.setText("Pas de réponse")
    dlg.submit()
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=20000)
    assert "tentatives de contact" in dlg.error.text() and dlg.isVisible()
    assert dlg.attempts[0].outcome.text() == "Pas de réponse"            # nothing typed is lost
    dlg.attempts[1].outcome.setText("Courrier revenu")
    dlg.attempts[2].outcome.setText("Médecin traitant sans nouvelles")
    dlg.submit()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    tab.refresh()
    qtbot.waitUntil(lambda: "Perdu de vue" in tab.status.text(), timeout=20000)
    assert not tab.unscheduled.isEnabled() and not tab.end_button.isEnabled()


def test_endpoint_view_shows_the_core_numbers(qtbot, app_ctx, session_as, followed):
    from ui.followup.endpoints_view import EndpointsDialog
    dm = session_as(Role.DATA_MANAGER)
    ctx = app_ctx(dm)
    dlg = EndpointsDialog(ctx)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=30000)
    report = study_report(dm)
    assert dlg.table.rowCount() == len(report.patients) == 1
    assert f"assessed {report.counts.assessed}" in dlg.adds_up.text()
    assert not dlg.figure.pixmap().isNull() and dlg.figure.pixmap().width() > 500
