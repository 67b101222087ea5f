"""Every door: the follow-up records' rules hold on a real bedside-server
over real HTTPS (a rogue enrolled device with a valid nurse key pushes
visits and ends that break them), and on pull / verify (the same
entry rules)."""
from __future__ import annotations

from datetime import date

import pytest

from bedside import entry_rules
from bedside.identity.entry_signing import sign_entry
from bedside.sync import wire
from bedside.sync.client import SyncRefused
from tests.followup.data import visit_content
from tests.server.entries import (ADMIN_ID, ADMIN_KEYS, NURSE_KEYS, SITE_ROOT, make_entry,
                                  site_context, site_directory)

WS = "ws-rogue-fu"
ON = date(2026, 11, 20)


def entry(record_type: str, content: dict, keys=NURSE_KEYS, **kw) -> dict:
    e = make_entry(WS, keys=keys, **kw)
    e = dict(e, record_type=record_type, content=content, content_hash=wire.content_hash(content))
    return sign_entry(e, keys)


BAD_VISITS = {
    "died without date": visit_content("d28", ON, vital_status="died", support_at_visit=None),
    "AESI not asked": visit_content("d28", ON, aesi_review=[]),
    "AESI yes without AE": visit_content("d28", ON, aesi_review=[
        {"category": "infection", "occurred": True, "ae_ids": []},
        {"category": "thromboembolic", "occurred": False, "ae_ids": []}]),
    "unknown visit": visit_content("d45", ON),
    "discharge after visit": visit_content("d28", ON, hospital_discharge_date="2027-01-01"),
}


def test_the_entry_rules_refuse_each_broken_visit_by_name():
    door = site_context(WS)         # a PC holding the test site's staff directory
    assert entry_rules.reason_of(entry("follow_up_visit", visit_content("d28", ON)), door) is None
    for name, content in BAD_VISITS.items():
        assert entry_rules.refusal(entry("follow_up_visit", content), door).rule == "content", name
    two_reasons = {"reason": "died", "end_date": "2026-11-20", "contact_attempts": [
        {"on": "2026-11-19", "method": "phone", "outcome": "x"}] * 3}
    assert entry_rules.refusal(entry("end_of_participation", two_reasons, keys=ADMIN_KEYS,
                                     author_id=ADMIN_ID), door).rule == "content"


def test_server_refuses_rogue_follow_up_entries(sqlite_server):  # noqa: F811
    client = sqlite_server.enrolled_client("ROGUE-FU", WS, site_root=SITE_ROOT)  # the test site's root
    try:
        client.push(site_directory(WS))
        good = entry("follow_up_visit", visit_content("d28", ON))
        assert client.push([good])["entries"] == {good["id"]: "stored"}
        for name, content in BAD_VISITS.items():
            with pytest.raises(SyncRefused) as err:
                client.push([entry("follow_up_visit", content)])
            assert err.value.status == 422 and err.value.code == "inadmissible", name
        # a nurse's key cannot end a participation (investigator's right), even well formed
        end = entry("end_of_participation", {"reason": "investigator_decision", "end_date": "2026-11-20",
                                             "explanation": "Moved abroad"})
        result = client.push([end])
        assert result["entries"] == {end["id"]: "invalid"} and "not_allowed" in result["errors"][end["id"]] \
            or "not allowed" in result["errors"][end["id"]].lower()
    finally:
        client.close()
    st = sqlite_server.store()
    try:
        assert st.status()["entries"] == 1 + len(site_directory(WS))     # only the good visit was stored
    finally:
        st.engine.dispose()
