"""In the real main window (offscreen, real vault): a half-typed vital-sign
row and an adverse-event form are kept as drafts while the nurse types,
offered back at her next fresh sign-in and restored exactly; another user
is never offered them; saving or cancelling removes them. The forms are
abandoned with "Switch user", which drops them unsaved as an abnormal end
would (the end itself, a SIGKILL, is tested in test_drafts_core.py)."""

import pytest

from bedside import drafts
from bedside.drafts import DraftStore
from tests.conftest import PASSWORD, sign_in
from tests.infusion.data import NORMAL, PATIENT, ready_infusion
from ui.infusion.ae_form import AeForm
from ui.infusion.tab import InfusionTab
from ui.qt import QDialog, Qt


@pytest.fixture
def win(ward, open_window):
    return open_window((1366, 768))


def _infusion_tab(qtbot, win, pid) -> InfusionTab:
    win.workspace.open_patient(pid)
    view = win.workspace.views[pid]
    tab = next(p for p in view.pages if isinstance(p, InfusionTab))
    qtbot.waitUntil(lambda: not tab.loading and tab.snap is not None
                    and tab.snap.view is not None, timeout=30000)
    return tab


def _abandon(qtbot, win):
    """The forms are dropped unsaved and uncancelled (Switch user)."""
    qtbot.waitUntil(lambda: win.ctx.worker.pending() == 0, timeout=30000)
    win.lock(switch=True)


@pytest.fixture
def ward(tmp_vault, included, clock):
    nurse, pid = included
    ready_infusion(nurse, pid, clock)
    tmp_vault.lock()
    return tmp_vault, pid


def _draft(win, kind):
    mine = [d for d in DraftStore(win.ctx.session).mine() if d.kind == kind]
    return mine[0] if mine else None


def test_half_typed_vital_row_comes_back_to_the_same_nurse_only(qtbot, ward, win):
    vault, pid = ward
    assert sign_in(qtbot, win, "nurse")
    tab = _infusion_tab(qtbot, win, pid)
    row = tab.panel.entry
    row.fields["hr"].setFocus()
    for fid, text in {**NORMAL, "hr": "118", "spo2": "91"}.items():
        qtbot.keyClicks(row.fields[fid], text)
    typed = row.values()
    qtbot.waitUntil(lambda: (d := _draft(win, drafts.VITAL_ROW)) is not None
                    and d.fields == typed, timeout=30000)
    _abandon(qtbot, win)

    assert sign_in(qtbot, win, "nurse2")                # a colleague signs in first
    qtbot.wait(300)
    assert win.draft_offer is None and _draft(win, drafts.VITAL_ROW) is None
    _abandon(qtbot, win)

    again = win
    assert sign_in(qtbot, again, "nurse")
    qtbot.waitUntil(lambda: again.draft_offer is not None, timeout=30000)
    offer = again.draft_offer
    text = offer.findChild(type(offer.rows[0]), "draftRow").findChild(
        type(again.login.title), "draftText").text()
    assert "vital signs for infusion 1" in text and PATIENT["family_name"].upper() in text
    assert "when Bedside closed" in text
    restore = [b for b in offer.findChildren(type(again.login.button)) if b.text() == "Restore"]
    qtbot.mouseClick(restore[0], Qt.MouseButton.LeftButton)
    view = again.workspace.views[pid]
    tab = next(p for p in view.pages if isinstance(p, InfusionTab))
    qtbot.waitUntil(lambda: tab.panel.entry.values() == typed, timeout=30000)
    assert view.tabs.currentIndex() == view.pages.index(tab)

    qtbot.keyClick(tab.panel.entry.fields["spo2"], Qt.Key.Key_Return)   # finish: save it
    qtbot.waitUntil(lambda: tab.panel.entry.values()["hr"] == "", timeout=30000), \
        tab.panel.entry.message.text()
    qtbot.waitUntil(lambda: again.ctx.worker.pending() == 0, timeout=30000)
    readings = again.ctx.session.records.list_latest("vital_reading", patient_id=pid)
    assert [str(r.content["values"]["hr"]) for r in readings] == ["118"]
    assert DraftStore(again.ctx.session).mine() == []                   # saved: draft gone


def test_adverse_event_form_comes_back_exactly_and_cancel_removes_it(qtbot, ward, win):
    vault, pid = ward
    assert sign_in(qtbot, win, "nurse")
    tab = _infusion_tab(qtbot, win, pid)
    tab._ae_action("new", "")
    form = tab.dialog
    assert isinstance(form, AeForm)
    qtbot.keyClicks(form.term, "Frissons")
    form.grade.setCurrentIndex(2)
    form.grade.activated.emit(2)
    form.serious.setChecked(True)
    first = next(iter(form.criteria.values()))
    first.setChecked(True)
    qtbot.keyClicks(form.notes, "apparus 10 min apres le debut")
    typed = form.draft_fields()
    qtbot.waitUntil(lambda: (d := _draft(win, drafts.ADVERSE_EVENT)) is not None
                    and d.fields == typed, timeout=30000)
    form.hide()
    _abandon(qtbot, win)

    again = win
    assert sign_in(qtbot, again, "nurse")
    qtbot.waitUntil(lambda: again.draft_offer is not None, timeout=30000)
    restore = [b for b in again.draft_offer.findChildren(type(again.login.button))
               if b.text() == "Restore"]
    qtbot.mouseClick(restore[0], Qt.MouseButton.LeftButton)
    view = again.workspace.views[pid]
    tab = next(p for p in view.pages if isinstance(p, InfusionTab))
    qtbot.waitUntil(lambda: isinstance(tab.dialog, AeForm), timeout=30000)
    restored = tab.dialog
    assert restored.draft_fields() == typed
    assert restored.criteria_box.isVisibleTo(restored)

    qtbot.mouseClick(restored.cancel, Qt.MouseButton.LeftButton)      # cancelled: draft gone
    assert restored.result() == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: again.ctx.worker.pending() == 0, timeout=30000)
    assert DraftStore(again.ctx.session).mine() == []


def test_discard_in_the_offer_deletes_the_draft(qtbot, ward, win):
    vault, pid = ward
    session = vault.login("nurse", PASSWORD)
    DraftStore(session).save(drafts.VITAL_ROW, "x", pid, {"infusion": 1}, {"hr": "70"})
    vault.lock()
    assert sign_in(qtbot, win, "nurse")
    qtbot.waitUntil(lambda: win.draft_offer is not None, timeout=30000)
    discard = win.draft_offer.findChild(type(win.login.button), "draftDiscard")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.draft_offer is None, timeout=30000)
    qtbot.waitUntil(lambda: win.ctx.worker.pending() == 0, timeout=30000)
    assert DraftStore(win.ctx.session).mine() == []
    assert win.ctx.drafts_to_restore == {}
