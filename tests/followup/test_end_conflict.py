"""Two ward PCs end the same patient while offline (both legitimately):
the end of participation lives under the record id derived from the
patient, so the two are two heads of one record -- a sync conflict shown on
every PC and counted once by CONSORT (with a query) until an investigator
resolves it; then one version wins and both stay in the history. Real
vaults, a real bedside-server on 127.0.0.1 over HTTPS."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bedside.entry_rules import EntryRefused
from bedside.errors import ValidationError

from bedside.export.consort import consort_counts, invariant_problems, screening_log
from bedside.export.privacy import Pseudonymiser
from bedside.export.source import from_session
from bedside.followup import end as E
from bedside.followup import visits as V
from bedside.followup.schema import END
from bedside.patients import register_patient
from bedside.sync import conflicts
from bedside.sync.service import SYNCED
from tests.followup.data import PATIENT
from tests.clinical_states import make_infusable
from tests.sync.workstations import Workstation


def _consort(session):
    data = from_session(session)
    entries = screening_log(data, Pseudonymiser(data))
    counts = consort_counts(entries)
    assert invariant_problems(counts, entries) == []
    return counts, [q for e in entries for q in e.queries]


def test_two_pcs_ending_one_patient_offline_make_one_conflict(tmp_path, sqlite_server):  # noqa: F811
    a = Workstation(tmp_path / "a", sqlite_server, "USI-PC-1")
    b = Workstation(tmp_path / "b", sqlite_server, "USI-PC-2")
    try:
        p = register_patient(a.nurse, PATIENT)
        make_infusable(a.nurse, a.investigator, p.id)
        assert a.sync().state == SYNCED and b.sync().state == SYNCED
        for ws in (a, b):
            ws.clock.advance(days=3)
        today = V.today(a.investigator)
        # offline, each PC's investigator ends the participation, for another reason
        ea = E.record_end(a.investigator, p.id, {
            "reason": "investigator_decision", "end_date": today.isoformat(),
            "explanation": "Transferred abroad; follow-up by the local team"})
        eb = E.record_end(b.investigator, p.id, {
            "reason": "lost_to_follow_up", "end_date": today.isoformat(),
            "contact_attempts": [{"on": (today - timedelta(days=i)).isoformat(), "method": "phone",
                                  "outcome": "no answer"} for i in range(3)]})
        assert ea.record_id == eb.record_id and ea.id != eb.id        # one record, two versions
        for ws in (a, b, a):
            assert ws.sync().state == SYNCED
        # every PC shows the same conflict, the same end in force, one count
        for ws in (a, b):
            found = [c for c in conflicts.list_conflicts(ws.investigator) if c.record_type == END]
            assert [(c.patient_id, {h.id for h in c.heads}) for c in found] == [(p.id, {ea.id, eb.id})]
            assert "reason" in found[0].changed_fields()
            counts, queries = _consort(ws.investigator)
            assert counts.included == 1 and counts.ongoing == 0
            assert counts.investigator_decision + counts.lost_to_follow_up == 1
            assert queries == ["end_in_conflict"]
        assert V.end_version(a.nurse, p.id).id == V.end_version(b.nurse, p.id).id
        # a third end, through the follow-up API or around it, is refused on either PC
        for ws in (a, b):
            with pytest.raises(ValidationError, match="already recorded"):
                E.record_end(ws.investigator, p.id, dict(ea.content, explanation="third"))
            with pytest.raises(EntryRefused, match="second"):
                ws.investigator.records.create(END, dict(ea.content, explanation="third"),
                                               patient_id=p.id, record_id=f"third-{ws.name}")
        # the investigator on PC 1 keeps PC 2's (the family was never reached)
        conflicts.resolve(a.investigator, ea.record_id, eb.content,
                          "Family never reached: lost to follow-up, not transferred", base_entry_id=eb.id)
        for ws in (a, b):
            assert ws.sync().state == SYNCED
        for ws in (a, b):
            assert [c for c in conflicts.list_conflicts(ws.investigator) if c.record_type == END] == []
            assert V.end_version(ws.nurse, p.id).content["reason"] == "lost_to_follow_up"
            kept = {v.id for v in ws.investigator.records.history(ea.record_id)}
            assert {ea.id, eb.id} < kept and len(kept) == 3           # both heads stay visible
            counts, queries = _consort(ws.investigator)
            assert (counts.lost_to_follow_up, counts.investigator_decision, queries) == (1, 0, [])
    finally:
        a.close()
        b.close()
