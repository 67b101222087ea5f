"""The checklist filled by keyboard alone, on real widgets over a real vault."""
from __future__ import annotations

import pytest

from bedside.eligibility import service
from bedside.roles import Role
from ui.eligibility.checklist import ChecklistWidget
from ui.eligibility.screening_log import ScreeningLogWidget
from ui.qt import QtWidgets, Qt

from ..conftest import PASSWORD, make_patient, screen_for, settle, show_active, when_modal
from .checklist_keys import answer_dialog, fill_group_a, jump_from_todo, press, type_into
from .data import EXCLUSIONS


@pytest.fixture
def patient(session_as):
    nurse = session_as(Role.NURSE)
    return make_patient(nurse, mrn="H300001", family_name="Clavier", given_name="Marc",
                        date_of_birth="1960-06-15", weight_kg=81, height_cm=180)


def make(qtbot, session, pid):
    return show_active(qtbot, screen_for(qtbot, lambda ctx: ChecklistWidget(ctx, pid), session))


def test_nurse_fills_checklist_by_keyboard_and_cannot_sign(qtbot, session_as, patient):
    nurse = session_as(Role.NURSE)
    w = make(qtbot, nurse, patient.id)
    assert w.overall.text() == "INCOMPLETE"
    assert w.fields["ct_date"].property("state") == "missing"
    fill_group_a(qtbot, w)
    assert w.fields["covid_tests"].tests == [{"date": "2026-11-20", "method": "pcr", "result": "positive"}]
    assert w.overall.text() == "ELIGIBLE"
    assert w.rows["INC-01"].chip.text() == "Met"
    assert "Age 66 years" in w.rows["INC-01"].reasons.text()
    assert w.rows["INC-02"].reasons.text().startswith("= CT of 21/11/2026 is 4 days before inclusion")
    assert w.rows["INC-06"].chip.text() == "Pending"
    assert w.rows["EXC-02"].chip.text() == "Clear"
    assert w.fields["ct_date"].property("state") == ""
    assert w.todo.count() == 0
    # Ctrl+S saves
    qtbot.keyClick(w.fields["spo2_room_air"], Qt.Key_S, Qt.ControlModifier)
    settle(qtbot)
    assert "Saved" in w.feedback.text()
    assert service.eligibility_status(nurse, patient.id).version.version == 1
    assert not w.sign_btn.isEnabled() and "investigator" in w.sign_btn.text()


def test_bad_input_shown_next_to_field_nothing_saved(qtbot, session_as, patient):
    nurse = session_as(Role.NURSE)
    w = make(qtbot, nurse, patient.id)
    fill_group_a(qtbot, w)
    type_into(qtbot, w.fields["spo2_room_air"], "ninety")
    assert w.fields["spo2_room_air"].property("state") == "error"
    assert "is not a number" in w.errors["spo2_room_air"].text()
    assert w.rows["INC-04"].chip.text() == "To enter"
    type_into(qtbot, w.fields["ct_date"], "30/11/2026")
    assert "in the future" in w.errors["ct_date"].text()
    type_into(qtbot, w.fields["spo2_room_air"], "95")
    assert w.rows["INC-04"].chip.text() == "Not met" and w.overall.text() == "NOT ELIGIBLE"
    assert "95 % is above 93 %" in w.rows["INC-04"].reasons.text()
    assert w.todo.item(0).text() == "INC-04 — Not met: 95 % is above 93 %."
    jump_from_todo(qtbot, w)
    assert w.fields["spo2_room_air"].hasFocus()


def test_group_b_lab_series_entry_shows_previous_and_branch(qtbot, session_as, patient):
    nurse = session_as(Role.NURSE)
    w = make(qtbot, nurse, patient.id)
    fill_group_a(qtbot, w)
    press(qtbot, w.fields["oxygen_group"], "b")
    assert w.labs_box.isVisible()
    press(qtbot, w.fields["group_b_tracheal_ventilation"], "y")
    type_into(qtbot, w.fields["intubation_time"], "15/11/2026 07:00")
    press(qtbot, w.fields["inflammation_not_superinfection"], "y")
    assert w.rows["INC-05"].chip.text() == "To enter"
    row = w.lab_rows["ferritin"]
    assert row.previous.text() == "No value yet."
    type_into(qtbot, row.time, "24/11/2026 07:00")
    type_into(qtbot, row.value, "1,2")
    row.unit.setCurrentText("mg/L")
    qtbot.keyClick(row.value, Qt.Key_Return)
    settle(qtbot)
    assert "Previous: 1200 µg/L at 24/11/2026 07:00 (entered 1.2 mg/L)" in row.previous.text()
    type_into(qtbot, row.time, "25/11/2026 07:30")
    type_into(qtbot, row.value, "1500")
    row.unit.setCurrentText("ng/mL")
    qtbot.keyClick(row.value, Qt.Key_Return)
    settle(qtbot)
    assert "Previous: 1500 µg/L" in row.previous.text() and "before: 1200" in row.previous.text()
    chip, detail = w.branch_widgets["B2"]
    assert chip.text() == "Met" and "rising from 1200" in detail.text()
    assert w.rows["INC-05"].chip.text() == "Met"
    # impossible value refused, nothing stored
    type_into(qtbot, row.value, "-4")
    qtbot.keyClick(row.value, Qt.Key_Return)
    settle(qtbot)
    assert "negative" in row.error.text()
    assert len(service.lab_series(nurse, patient.id)["ferritin"]) == 2


def saved_for_investigator(qtbot, session_as, inv, pid):
    """The nurse fills group A by keyboard and saves; the investigator's checklist."""
    w = make(qtbot, session_as(Role.NURSE), pid)
    fill_group_a(qtbot, w)
    assert w.save()
    settle(qtbot)
    return make(qtbot, inv, pid)


def test_investigator_signs_change_needs_new_signature_then_include(qtbot, session_as, patient, clock):
    inv = session_as(Role.INVESTIGATOR)
    wi = saved_for_investigator(qtbot, session_as, inv, patient.id)
    assert wi.overall.text() == "ELIGIBLE" and wi.sign_btn.isEnabled()
    assert not wi.include_btn.isEnabled()
    answer_dialog(qtbot, "SignPasswordDialog", "password", PASSWORD)
    assert wi.sign()
    settle(qtbot)
    assert "Signed by Dr Test Investigator" in wi.signature_line.text()
    assert service.signed_assessment_status(inv, patient.id) == (True, [])
    # a change after signing: reason asked, new version, signature needed again
    clock.advance(minutes=10)
    type_into(qtbot, wi.fields["spo2_room_air"], "90")
    assert wi.save_btn.isEnabled() and not wi.sign_btn.isEnabled()
    answer_dialog(qtbot, "ChangeReasonDialog", "reason", "SpO2 re-measured")
    assert wi.save()
    settle(qtbot)
    assert "needs a new signature" in wi.signature_line.text()
    assert not service.signed_assessment_status(inv, patient.id)[0]
    answer_dialog(qtbot, "SignPasswordDialog", "password", PASSWORD)
    assert wi.sign()
    settle(qtbot)
    assert wi.include_btn.isEnabled()
    # with the consent capability installed, inclusion also needs a valid consent
    wi.include()
    qtbot.waitUntil(lambda: "No valid consent" in wi.feedback.text(), timeout=30000)
    qtbot.waitUntil(wi.include_btn.isEnabled, timeout=30000)
    from bedside.consent import service as consent_service
    from tests.consent.data import consent_event, good_signature
    consent_service.record_consent(inv, patient.id, consent_event(), signature=good_signature(),
                                   password=PASSWORD)
    assert wi.include()
    settle(qtbot)
    assert "Included as TJT-001 (1 of 20)" in wi.feedback.text()
    assert wi.include_btn.text() == "Included: TJT-001"


def test_todo_list_jumps_to_field(qtbot, session_as, patient):
    w = make(qtbot, session_as(Role.NURSE), patient.id)
    item = w.todo.item(0)
    assert item.data(Qt.UserRole) == "inclusion_time"
    jump_from_todo(qtbot, w)
    assert w.fields["inclusion_time"].hasFocus()


def test_screening_log_widget(qtbot, session_as, patient):
    nurse = session_as(Role.NURSE)
    log = screen_for(qtbot, lambda ctx: ScreeningLogWidget(ctx), nurse)
    assert log.table.rowCount() == 1 and log.table.item(0, 0).text() == "S-001"
    log.table.selectRow(0)
    log.outcome.setCurrentIndex(log.outcome.findData("other"))       # "other" needs a note
    log.record_outcome()
    settle(qtbot)
    assert "note" in log.feedback.text() and log.table.item(0, 3).text() == "Screening"
    log.outcome.setCurrentIndex(log.outcome.findData("consent_refused"))
    qtbot.keyClicks(log.note, "patient declined")
    log.record_outcome()
    settle(qtbot)
    assert log.table.item(0, 3).text() == "Declined — patient declined"
    assert "declined 1" in log.counts.text()
    sf = nurse.records.list_latest("screen_failure", patient_id=patient.id)[0]
    assert sf.content["reason"] == "consent_refused"
    # recorded by mistake: retracted with a reason (an empty one keeps the prompt open)

    def answer(prompt):
        prompt.reason.setText("   ")
        prompt._submit()
        assert prompt.isVisible() and prompt.error.text()
        prompt.reason.setText("wrong patient selected")
        prompt._submit()
    when_modal(answer, "retractFailurePrompt")
    log.retract_btn.click()
    settle(qtbot)
    assert log.table.item(0, 3).text() == "Screening — screen failure retracted: wrong patient selected"
    assert "declined 0" in log.counts.text() and "retracted" in log.feedback.text()
    first, second = nurse.records.history(sf.record_id)          # who / when / why, nothing deleted
    assert (first.content["cancelled"], second.content["cancelled"]) == (False, True)
    assert (second.author_id, second.reason) == (nurse.user.id, "wrong patient selected")
    log.retract_btn.click()                                      # nothing left to retract: no prompt
    assert "no screen failure to retract" in log.feedback.text()


def test_random_typing_never_crashes_the_checklist(qtbot, session_as, patient):
    from hypothesis import HealthCheck, given, settings, strategies as st
    w = make(qtbot, session_as(Role.NURSE), patient.id)
    text_fields = [k for k, f in w.fields.items() if isinstance(f, QtWidgets.QLineEdit)]

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(text_fields), st.text(max_size=24))
    def typing(key, text):
        w.fields[key].setText(text)
        assert w.overall.text() in ("ELIGIBLE", "PROVISIONALLY ELIGIBLE", "NOT ELIGIBLE", "INCOMPLETE")
        assert w.reevaluate() is not None
    typing()


def test_correct_last_lab_value_with_reason(qtbot, session_as, patient):
    nurse = session_as(Role.NURSE)
    w = make(qtbot, nurse, patient.id)
    press(qtbot, w.fields["oxygen_group"], "b")
    row = w.lab_rows["lymphocytes"]
    assert not row.fix.isVisible()
    type_into(qtbot, row.time, "25/11/2026 06:00")
    type_into(qtbot, row.value, "6,5")
    row.unit.setCurrentText("×10⁹/L")
    qtbot.keyClick(row.value, Qt.Key_Return)
    settle(qtbot)
    assert "Previous: 6500 /µL" in row.previous.text() and row.fix.isVisible()

    def fill(dlg):
        dlg.findChild(QtWidgets.QComboBox, "unit").setCurrentText("×10⁹/L")
        qtbot.keyClicks(dlg.findChild(QtWidgets.QLineEdit, "value"), "0.65")
        edit = dlg.findChild(QtWidgets.QLineEdit, "reason")
        qtbot.keyClicks(edit, "decimal point misplaced")
        qtbot.keyClick(edit, Qt.Key_Return)
    when_modal(fill, "LabCorrectionDialog")
    row.correct_last()
    settle(qtbot)
    assert "Previous: 650 /µL" in row.previous.text()
    assert len(nurse.records.history(service.lab_series(nurse, patient.id)["lymphocytes"][0].record_id)) == 2


def _tab_until(qtbot, w, target, limit=80):
    """Press Tab until ``target`` has focus; returns the widgets visited."""
    visited = []
    for _ in range(limit):
        if target.hasFocus():
            return visited
        focused = QtWidgets.QApplication.focusWidget()
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key_Tab)
    raise AssertionError("Tab never reached the target")


def test_yes_no_pair_is_one_tab_stop_and_space_never_answers_by_accident(qtbot, session_as, patient):
    """Issue 16 item 4: Tab through the exclusion questions pressing Space at
    each stop — no question gets answered, Tab stops once per question."""
    w = make(qtbot, session_as(Role.NURSE), patient.id)
    f = w.fields
    first, second = f[EXCLUSIONS[0]], f[EXCLUSIONS[1]]
    f["group_a_supplemental_oxygen"].setFocus()
    visited = _tab_until(qtbot, w, first)
    assert first.hasFocus()
    in_a_row = EXCLUSIONS[:5]                               # ECMO … secondary infection follow each other
    for k in in_a_row:
        assert f[k].hasFocus(), k
        qtbot.keyClick(f[k], Qt.Key_Space)          # the accident of the walkthrough
        assert f[k].value() is None, k
        qtbot.keyClick(f[k], Qt.Key_Tab)            # one Tab leaves the whole pair
    assert all(f[k].value() is None for k in in_a_row)
    ecmo_row = next(r for r in w.rows.values() if EXCLUSIONS[0] in r.crit.inputs)
    assert ecmo_row.chip.text() == "To enter"
    assert visited                                   # the walk started before the pair
    # arrows move a visible highlight; Space confirms what is highlighted
    first.setFocus()
    qtbot.keyClick(first, Qt.Key_Right)
    assert first.highlighted() == "yes" and first.value() is None
    qtbot.keyClick(first, Qt.Key_Right)
    assert first.highlighted() == "no"
    qtbot.keyClick(first, Qt.Key_Space)
    assert first.value() == "no"
    # the first letter answers directly, Delete clears
    second.setFocus()
    qtbot.keyClick(second, "n")
    assert second.value() == "no"
    qtbot.keyClick(second, Qt.Key_Delete)
    assert second.value() is None
    assert all(b.focusPolicy() == Qt.NoFocus for b in first.buttons())


def test_wrong_password_keeps_the_signature_prompt_open(qtbot, session_as, patient):
    """Issue 16 item 5: the prompt stays open, says why, clears and focuses the field."""
    inv = session_as(Role.INVESTIGATOR)
    wi = saved_for_investigator(qtbot, session_as, inv, patient.id)
    seen = {}

    def wrong_then_right(dlg):
        edit = dlg.findChild(QtWidgets.QLineEdit, "password")
        qtbot.keyClicks(edit, "not my password")
        qtbot.keyClick(edit, Qt.Key_Return)
        qtbot.waitUntil(lambda: dlg.findChild(QtWidgets.QLabel, "error").text() != "", timeout=30000)
        seen["open"] = dlg.isVisible()
        seen["error"] = dlg.findChild(QtWidgets.QLabel, "error").text()
        seen["cleared"] = edit.text() == ""
        seen["focused"] = dlg.focusWidget() is edit      # where typing goes once the window is active
        qtbot.keyClicks(edit, PASSWORD)
        qtbot.keyClick(edit, Qt.Key_Return)
    when_modal(wrong_then_right, "SignPasswordDialog")
    assert wi.sign()
    assert seen == {"open": True, "error": "Wrong password: nothing was signed. Type your password again.",
                    "cleared": True, "focused": True}
    assert service.signed_assessment_status(inv, patient.id) == (True, [])


def test_french_checklist_has_no_english_left(qtbot, session_as, patient, french):
    """Issue 16 items 18 and 20: the consent line comes from the core in
    French; an absent exclusion criterion does not read "Effacer" (delete)."""
    w = make(qtbot, session_as(Role.NURSE), patient.id)
    fill_group_a(qtbot, w)
    assert w.consent_line.text() == "Consentement\u00a0: En attente — Aucun consentement n'a été enregistré."
    ecmo_row = next(r for r in w.rows.values() if EXCLUSIONS[0] in r.crit.inputs)
    assert ecmo_row.chip.text() == "Absent"
    assert "2026-" not in w.rows["INC-02"].reasons.text()
    type_into(qtbot, w.fields["spo2_room_air"], "95")      # the to-do line is French too
    assert w.todo.item(0).text().startswith("INC-04 — Non rempli\u00a0: ")


def test_protocol_texts_follow_the_interface_language(qtbot, session_as, patient):
    """Issue 16 item 19: an account stored in French, interface switched to
    English at sign-in: the protocol's data texts are English."""
    from bedside.users import set_language
    nurse = session_as(Role.NURSE)
    nurse.user = set_language(nurse, "fr")
    w = make(qtbot, nurse, patient.id)
    texts = " ".join(lab.text() for lab in w.findChildren(QtWidgets.QLabel))
    assert "The high inflammation is not explained by a superinfection" in texts
    assert "L'inflammation élevée" not in texts


def test_structured_exclusions_and_lab_not_done_by_keyboard(qtbot, session_as, patient):
    """Protocol v2: malignancy type + date with the window's numbers, another
    study by kind, a lab value recorded as not done with its reason."""
    nurse = session_as(Role.NURSE)
    w = make(qtbot, nurse, patient.id)
    fill_group_a(qtbot, w)
    f = w.fields
    assert w.overall.text() == "ELIGIBLE"
    press(qtbot, f["malignancy_history"], "o")                     # Other malignancy
    assert w.rows["EXC-07"].chip.text() == "To enter"               # its date is now needed
    type_into(qtbot, f["malignancy_diagnosis_date"], "10/03/2025")
    assert w.rows["EXC-07"].chip.text() == "Excludes"
    assert "within 2 years (on or after 25/11/2024)" in w.rows["EXC-07"].reasons.text()
    type_into(qtbot, f["malignancy_diagnosis_date"], "10/03/2023")
    assert w.rows["EXC-07"].chip.text() == "Clear"
    press(qtbot, f["other_study"], "c")                             # compassionate use: excepted
    assert w.rows["EXC-11"].chip.text() == "Clear"
    press(qtbot, f["other_study"], "i")                             # interventional trial
    assert w.rows["EXC-11"].chip.text() == "Excludes" and w.overall.text() == "NOT ELIGIBLE"
    press(qtbot, f["other_study"], "n")
    # Group B, ventilated 8 days, ferritin low, lymphocytes not done
    press(qtbot, f["oxygen_group"], "b")
    press(qtbot, f["group_b_tracheal_ventilation"], "y")
    type_into(qtbot, f["intubation_time"], "17/11/2026 07:00")
    press(qtbot, f["inflammation_not_superinfection"], "y")
    row = w.lab_rows["ferritin"]
    type_into(qtbot, row.time, "25/11/2026 07:30")
    type_into(qtbot, row.value, "600")
    qtbot.keyClick(row.value, Qt.Key_Return)
    qtbot.waitUntil(lambda: "Previous: 600" in row.previous.text(), timeout=30000)
    assert w.rows["INC-05"].chip.text() == "To enter"
    press(qtbot, w.lab_rows["lymphocytes"].not_done, "s")           # Sample unusable
    chip, detail = w.branch_widgets["B3"]
    assert chip.text() == "Cannot be met" and "Sample unusable" in detail.text()
    assert w.rows["INC-05"].chip.text() == "Not met"
    assert "could change that" in w.rows["INC-05"].reasons.text()
    assert w.save()
    qtbot.waitUntil(lambda: service.eligibility_status(nurse, patient.id).version is not None, timeout=30000)
    stored = service.eligibility_status(nurse, patient.id).version.content["answers"]
    assert stored["labs_not_done"] == {"lymphocytes": "sample_unusable"}
    assert stored["malignancy_history"] == "other_malignancy" and stored["malignancy_diagnosis_date"] == "2023-03-10"
    qtbot.keyClick(w.lab_rows["lymphocytes"].not_done, Qt.Key_Delete)    # Delete clears it
    assert chip.text() == "To enter"
