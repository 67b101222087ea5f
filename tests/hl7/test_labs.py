"""Lab results from the lab system in the eligibility checklist (real
server, real MLLP, real vault, real checklist widget): offered with their
sample time, stored only when accepted, as lab entries at the lab's own
times naming their message, so the "rising" rule works from them."""

from __future__ import annotations

from datetime import timedelta

from bedside.eligibility import service
from bedside.hl7feed.feed import refresh
from bedside.hl7feed.labs import accept_labs, lab_offers
from bedside.hl7feed.simulator import lab_message
from bedside.names import RecordType
from bedside.sync.client import SyncClient
from tests.conftest import screen_for
from tests.hl7.feed import DUPONT, MARTIN, local, send
from ui.eligibility.checklist.view import ChecklistWidget


def test_lab_results_are_offered_and_stored_at_their_sample_time_once_accepted(feed_site):
    srv, ws, patients = feed_site
    martin = patients[MARTIN.mrn]
    assert send(srv, lab_message(MARTIN, local(ws, -30 * 60), {"crp": "54", "ferritin": "820"}, cid="LAB-A"),
                lab_message(MARTIN, local(ws, -5 * 60), {"crp": "112", "ferritin": "1460"}, cid="LAB-B")) \
        == ["AA", "AA"]
    refresh(ws.nurse, SyncClient, force=True)
    offers = lab_offers(ws.nurse, martin.id)
    assert [o.value for o in offers["crp"]] == [54, 112]
    assert service.lab_series(ws.nurse, martin.id)["crp"] == []          # nothing stored yet
    accept_labs(ws.nurse, martin.id, offers["crp"])
    series = service.lab_series(ws.nurse, martin.id)["crp"]
    assert [e.value for e in series] == [54, 112]
    assert series[0].time == ws.clock.now().replace(second=0, microsecond=0) - timedelta(hours=30)
    stored = ws.nurse.records.list_latest(RecordType.LAB_VALUE, patient_id=martin.id)
    assert {v.content["source"]["control_id"] for v in stored} == {"LAB-A", "LAB-B"}
    assert "crp" not in lab_offers(ws.nurse, martin.id)            # accepted: not offered again
    assert [o.value for o in lab_offers(ws.nurse, martin.id)["ferritin"]] == [820, 1460]


def test_checklist_offers_the_lab_results_and_accepts_them(feed_site, qtbot):
    srv, ws, patients = feed_site
    dupont = patients[DUPONT.mrn]
    assert send(srv, lab_message(DUPONT, local(ws, -3 * 60), {"ldh": "455"}, cid="LAB-UI")) == ["AA"]
    refresh(ws.nurse, SyncClient, force=True)
    w = screen_for(qtbot, lambda ctx: ChecklistWidget(ctx, dupont.id), ws.nurse)
    row = w.lab_rows["ldh"]
    qtbot.waitUntil(lambda: not row.take.isHidden(), timeout=30000)
    assert "455" in row.offer_text.text()
    row.take.click()
    qtbot.waitUntil(lambda: [e.value for e in service.lab_series(ws.nurse, dupont.id)["ldh"]] == [455],
                    timeout=30000)
    qtbot.waitUntil(lambda: row.take.isHidden(), timeout=30000)
