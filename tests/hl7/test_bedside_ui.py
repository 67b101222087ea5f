"""End to end, as a nurse meets it: a simulated monitor sends over MLLP to
the real server; the real flowsheet widget on an enrolled ward PC shows the
values pre-filled and marked as from the monitor; Enter stores the reading
with its source; a probe-off reading is not charted (F10, a reason)."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest

from bedside.hl7feed.schema import FEED_DECISION
from bedside.hl7feed.simulator import monitor_message
from tests.hl7.conftest import DUPONT, checked_infusion, send
from tests.infusion.uictx import make_ctx
from ui.infusion.tab import InfusionTab
from ui.qt import Qt, QtWidgets


@pytest.fixture
def flowsheet(qtbot, feed_site):
    srv, ws, patients = feed_site
    dupont = patients[DUPONT.mrn]
    store, rid = checked_infusion(ws, dupont)
    ctx = make_ctx(ws.vault, ws.nurse, ws.clock)
    tab = InfusionTab(ctx, dupont.id)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    yield srv, ws, tab, dupont, store, rid
    ctx.close()


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

    def answer():
        dlg = QtWidgets.QApplication.activeModalWidget()
        assert dlg is not None and dlg.objectName() == "monitorRejectPrompt"
        dlg.reason.setText("sonde SpO2 débranchée")
        dlg._submit()
    from ui.qt import QtCore
    QtCore.QTimer.singleShot(200, answer)
    panel._reject_monitor()
    qtbot.waitUntil(lambda: len(ws.nurse.records.list_latest(FEED_DECISION, patient_id=dupont.id)) == 1,
                    timeout=30000)
    d = ws.nurse.records.list_latest(FEED_DECISION, patient_id=dupont.id)[0]
    assert d.content["control_id"] == "UI-2" and d.content["reason"] == "sonde SpO2 débranchée"
    qtbot.waitUntil(lambda: row.is_blank(), timeout=30000)
    assert len(store.reading_versions(dupont.id, rid)) == 1
