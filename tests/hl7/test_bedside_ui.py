"""End to end, as a nurse meets it: a simulated monitor sends over MLLP to
the real server; the real flowsheet widget on an enrolled ward PC shows the
values pre-filled and marked as from the monitor; Enter stores the reading
with its source; a probe-off reading is not charted (F10, a reason)."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest

from bedside.hl7feed.simulator import monitor_message
from bedside.names import RecordType
from tests.conftest import when_modal
from tests.hl7.feed import DUPONT, checked_infusion, send
from ui.infusion.tab import InfusionTab
from ui.qt import Qt, QtWidgets


def answer_reason_prompt(name: str, reason: str) -> None:
    """Type *reason* into the reason prompt *name* that is about to open (modal)."""
    def answer(prompt):
        prompt.reason.setText(reason)
        prompt._submit()
    when_modal(answer, name)


@pytest.fixture
def flowsheet(qtbot, feed_site, app_ctx):
    srv, ws, patients = feed_site
    dupont = patients[DUPONT.mrn]
    store, rid = checked_infusion(ws, dupont)
    tab = InfusionTab(app_ctx(ws.nurse), dupont.id)   # its worker stops, the module's vault stays open
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    return srv, ws, tab, dupont, store, rid


def test_monitor_values_prefilled_accepted_with_enter_and_rejected_with_a_reason(flowsheet, qtbot):
    srv, ws, tab, dupont, store, rid = flowsheet
    at = ws.clock.now().astimezone(timezone(timedelta(hours=1))) - timedelta(minutes=2)
    signs = {"hr": "96", "spo2": "94", "sbp": "118", "dbp": "69", "rr": "24", "temp": "37.8"}
    assert send(srv, monitor_message(DUPONT, at, signs, cid="UI-1")) == ["AA"]
    tab.show()
    tab.activateWindow()
    qtbot.waitExposed(tab)
    panel = tab.panel
    qtbot.waitUntil(lambda: panel.proposal is not None, timeout=30000)
    row = panel.entry
    assert panel.monitor.isVisible() and "96" in panel.monitor.text.toolTip()
    assert {k: row.fields[k].text() for k in signs} == signs
    assert set(row.from_monitor()) == set(signs)
    # the nurse changes the temperature (a probe on the skin), adds FiO2, Enter
    row.fields["temp"].setFocus()
    row.fields["temp"].selectAll()
    qtbot.keyClicks(row.fields["temp"], "37,2")
    row.fields["fio2"].setFocus()
    qtbot.keyClicks(row.fields["fio2"], "35")
    assert "temp" not in row.from_monitor()
    qtbot.keyClick(row.fields["fio2"], Qt.Key_Return)
    qtbot.waitUntil(lambda: len(store.reading_versions(dupont.id, rid)) == 1, timeout=30000)
    reading = store.reading_versions(dupont.id, rid)[0]
    assert reading.content["source"]["control_id"] == "UI-1"
    assert reading.content["source"]["changed"] == ["temp"]
    assert reading.content["values"]["temp"] == "37.2"
    assert reading.content["taken_utc"] == at.astimezone(timezone.utc).isoformat()
    qtbot.waitUntil(lambda: panel.proposal is None and row.is_blank(), timeout=30000)
    # a probe-off reading arrives: shown, then not charted, with a reason
    assert send(srv, monitor_message(DUPONT, at + timedelta(minutes=1),
                                     dict(signs, spo2="0"), cid="UI-2")) == ["AA"]
    panel.poller.poll()
    qtbot.waitUntil(lambda: panel.proposal is not None and panel.proposal.control_id == "UI-2",
                    timeout=30000)
    assert row.fields["spo2"].text() == "0"

    answer_reason_prompt("monitorRejectPrompt", "sonde SpO2 débranchée")
    panel._reject_monitor()
    qtbot.waitUntil(lambda: len(ws.nurse.records.list_latest(RecordType.FEED_DECISION, patient_id=dupont.id)) == 1,
                    timeout=30000)
    d = ws.nurse.records.list_latest(RecordType.FEED_DECISION, patient_id=dupont.id)[0]
    assert d.content["control_id"] == "UI-2" and d.content["reason"] == "sonde SpO2 débranchée"
    qtbot.waitUntil(lambda: row.is_blank(), timeout=30000)
    assert len(store.reading_versions(dupont.id, rid)) == 1


def test_monitor_values_show_a_french_decimal_comma_and_still_count_as_the_monitors(qtbot, french):
    """In French the monitor's 38.1 °C is shown "38,1", as a nurse types it, not
    with a decimal point (cut off in the narrow field at 1366×768 and read as
    a foreign number), and left untouched it still counts as the monitor's."""
    from bedside.infusion.protocol import default
    from ui.infusion.entry_row import EntryRow
    row = EntryRow(default(), "fr")
    qtbot.addWidget(row)
    row.prefill({"temp": "38.1", "hr": "96"}, "06:50")
    assert row.fields["temp"].text() == "38,1" and row.fields["hr"].text() == "96"
    assert set(row.from_monitor()) == {"temp", "hr"}
    from bedside.hl7feed.proposals import VitalProposal
    from datetime import datetime, timezone as tz
    prop = VitalProposal(sender="MON", control_id="c", observed_utc=datetime(2026, 12, 3, tzinfo=tz.utc),
                         utc_offset_min=60, values={"temp": "38.1", "hr": "96"}, not_understood=0)
    assert prop.source(row.values())["from_monitor"] == ["temp", "hr"]


def test_held_messages_are_reviewed_from_the_strip_and_dismissed_with_a_reason(feed_site, qtbot, app_ctx):
    """The strip's "held" button opens the held messages beside the patient;
    one is dismissed with a reason (a signed decision) and leaves the count."""
    from bedside.hl7feed.simulator import SimPatient
    from tests.hl7.feed import MARTIN
    srv, ws, patients = feed_site
    dupont = patients[MARTIN.mrn]          # the other module patient: its own infusion 1
    checked_infusion(ws, dupont)
    tab = InfusionTab(app_ctx(ws.nurse), dupont.id)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    _review_held(srv, ws, tab, dupont, qtbot)


def _review_held(srv, ws, tab, dupont, qtbot):
    from bedside.hl7feed.simulator import SimPatient
    from tests.hl7.feed import MARTIN
    at = ws.clock.now().astimezone(timezone(timedelta(hours=1))) - timedelta(minutes=1)
    other = SimPatient(MARTIN.mrn, "Durand", "Paul", MARTIN.date_of_birth, "15^1")
    assert send(srv, monitor_message(other, at, {"hr": "140"}, cid="UI-HELD")) == ["AA"]
    tab.show()
    qtbot.waitExposed(tab)
    panel = tab.panel
    panel.poller.poll()
    strip = panel.monitor
    qtbot.waitUntil(lambda: strip.held.isVisible() and strip.held.text().startswith("1 "),
                    timeout=30000)
    qtbot.mouseClick(strip.held, Qt.LeftButton)
    qtbot.waitUntil(lambda: getattr(panel, "held_dialog", None) is not None
                    and not panel.held_dialog.loading, timeout=30000)
    dlg = panel.held_dialog
    assert dlg.isVisible() and dlg.table.rowCount() == 1
    assert dlg.table.item(0, 2).text() == "DURAND Paul" and dlg.table.item(0, 2).font().bold()
    assert not dlg.table.item(0, 3).font().bold()          # same birth date: not what differs
    assert "HR 140" in dlg.table.item(0, 5).text() and MARTIN.family_name.upper() in dlg.findChild(
        QtWidgets.QLabel, "heldIntro").text()

    answer_reason_prompt("heldDismissPrompt", "autre patient, lit 15")
    dlg.dismiss_selected()
    qtbot.waitUntil(lambda: not dlg.loading and dlg.table.rowCount() == 0, timeout=30000)
    assert dlg.empty.isVisible() and not dlg.dismiss_btn.isEnabled()
    d = [v for v in ws.nurse.records.list_latest(RecordType.FEED_DECISION, patient_id=dupont.id)
         if v.content["control_id"] == "UI-HELD"]
    assert len(d) == 1 and d[0].content["reason"] == "autre patient, lit 15"
    dlg.accept()
    qtbot.waitUntil(lambda: not strip.held.isVisible(), timeout=30000)
