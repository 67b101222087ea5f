"""The --demo vault shows every follow-up stage, and its CONSORT adds up."""
from __future__ import annotations

from bedside import demo
from bedside.export.consort import consort_counts, invariant_problems, screening_log
from bedside.export.privacy import Pseudonymiser
from bedside.export.source import from_session
from bedside.followup import visits as V
from bedside.followup.dashboard import visits_due
from bedside.export.endpoints import data_date, patient_endpoints, study_endpoints
from bedside.participation import participation_ended
from bedside.patients import list_patients


def test_demo_vault_has_each_follow_up_stage(tmp_path):
    vault = demo.build(tmp_path / "demo")
    vault = type(vault).open(tmp_path / "demo")
    s = vault.login("investigator", demo.DEMO_PASSWORD)
    by_name = {p.family_name: p for p in list_patients(s)}
    ends = {name: participation_ended(s, p.id) for name, p in by_name.items()}
    assert {n for n, ended in ends.items() if ended} == {"Delvaux", "Collard", "Simon"}
    gillet = by_name["Gillet"].id
    assert [d.params["visit"] for d in visits_due(s) if d.patient_id == gillet] == ["d28"]
    simon = V.visits(s, by_name["Simon"].id)
    assert [v.content["visit"] for v in simon] == ["d28"] and simon[0].signed
    assert V.end_version(s, by_name["Simon"].id).content["reason"] == "lost_to_follow_up"
    assert [v.content["visit"] for v in V.visits(s, by_name["Delvaux"].id)] == ["d28", "d90"]
    data = from_session(s)
    eps = {e.patient_id: e for e in patient_endpoints(data, data_date(data))}
    collard = eps[by_name["Collard"].id]
    assert collard.group == "B" and collard.vital_status == "died" and collard.aesi_by_category["thromboembolic"] == 1
    assert eps[by_name["Delvaux"].id].vital_status == "alive"
    assert eps[gillet].aesi_by_category["infection"] == 1
    study = study_endpoints(list(eps.values()))
    assert study.group_b_vital["died"] >= 1 and study.ae_by_grade[5] >= 1
    entries = screening_log(data, Pseudonymiser(data))
    counts = consort_counts(entries)
    assert invariant_problems(counts, entries) == []
    assert (counts.completed, counts.died, counts.lost_to_follow_up) == (1, 1, 1)
    # Jacobs: a screen failure recorded on the wrong patient, retracted: kept, not counted
    jacobs = by_name["Jacobs"].id
    sf = s.records.list_latest("screen_failure", patient_id=jacobs)[0]
    assert [v.content["cancelled"] for v in s.records.history(sf.record_id)] == [False, True]
    assert "wrong patient" in sf.reason
    (row,) = [e for e in entries if e.subject_id == Pseudonymiser(data).subject(jacobs)]
    assert (row.box, row.not_included_reason) == ("eligible_not_included", "awaiting_decision")
    assert counts.eligible_not_included_by_reason["transferred"] == 1            # Peeters only
    # the screening log's "Included n of target" and its counts line agree: every
    # patient with a subject number was included through the ward's own path
    from bedside.eligibility import service as S
    log = S.screening_log(s)
    assert S.enrollment(s)[0] == S.consort_counts(log)["included"] == sum(1 for p in by_name.values() if p.subject_id)
    vault.lock()
