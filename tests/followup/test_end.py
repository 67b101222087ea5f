"""End of participation on a real vault: one record, one reason with the
facts it needs, linked to the consent withdrawal; it closes the open tasks."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bedside.errors import PermissionDenied, ValidationError
from bedside.followup import end as E
from bedside.followup import visits as V
from bedside.followup.dashboard import visits_due
from bedside.participation import participation_ended
from tests.clinical_states import withdraw
from tests.followup.data import died_content, visit_content


def attempts(today, n=3):
    return [{"on": (today - timedelta(days=i)).isoformat(), "method": "phone", "outcome": "no answer"}
            for i in range(n)]


def test_lost_to_follow_up_closes_the_open_visits(followed, clock):
    nurse, inv, pid, inc = followed
    clock.advance(days=31)
    today = V.today(nurse)
    assert [(d.params["visit"], d.urgency) for d in visits_due(nurse) if d.patient_id == pid] == [("d28", 2)]
    content = {"reason": "lost_to_follow_up", "end_date": today.isoformat(), "contact_attempts": attempts(today, 2)}
    with pytest.raises(ValidationError, match="more contact attempts"):
        E.record_end(inv, pid, content)
    with pytest.raises(PermissionDenied):
        E.record_end(nurse, pid, dict(content, contact_attempts=attempts(today)))
    v = E.record_end(inv, pid, dict(content, contact_attempts=attempts(today)))
    assert [s.status for s in V.schedule(nurse, pid)] == ["closed", "closed"]
    assert [d for d in visits_due(nurse) if d.patient_id == pid] == []
    with pytest.raises(ValidationError, match="already recorded"):
        E.record_end(inv, pid, dict(content, contact_attempts=attempts(today)))
    clock.advance(days=1)
    with pytest.raises(ValidationError, match="Participation ended"):
        V.record_visit(nurse, pid, visit_content("unscheduled", V.today(nurse)))
    v2 = E.correct_end(inv, v.record_id, {"reason": "investigator_decision", "end_date": today.isoformat(),
                                          "explanation": "Moved abroad; follow-up by the local team"},
                       reason="patient's family called back")
    assert v2.version == 2 and participation_ended(nurse, pid)


@pytest.mark.parametrize("content, words", [
    ({"reason": "died"}, "date and cause of death"),
    ({"reason": "completed", "death_cause": "x"}, "date and cause of death"),
    ({"reason": "withdrawn"}, "consent withdrawal"),
    ({"reason": "investigator_decision"}, "explanation"),
    ({"reason": "completed", "explanation": "", "contact_attempts": [
        {"on": "2020-01-01", "method": "phone", "outcome": "x"}]}, "contact attempts"),
    ({"reason": "retired"}, "protocol's choices"),
])
def test_one_reason_with_its_facts(followed, clock, content, words):
    _nurse, inv, pid, _inc = followed
    content = dict(content, end_date=V.today(inv).isoformat())
    with pytest.raises(ValidationError) as e:
        E.record_end(inv, pid, content)
    assert words in str(e.value)
    assert not participation_ended(inv, pid)


def test_completed_needs_day_90_and_died_agrees_with_the_visit(followed, clock):
    nurse, inv, pid, inc = followed
    clock.advance(days=90)
    today = V.today(nurse)
    with pytest.raises(ValidationError, match="day-90 visit"):
        E.record_end(inv, pid, {"reason": "completed", "end_date": today.isoformat()})
    V.record_visit(nurse, pid, visit_content("d90", today))
    E.record_end(inv, pid, {"reason": "completed", "end_date": today.isoformat()})


def test_died_must_match_the_visit_that_records_the_death(followed, clock):
    nurse, inv, pid, inc = followed
    clock.advance(days=15)
    today = V.today(nurse)
    V.record_visit(nurse, pid, died_content("unscheduled", today, today - timedelta(days=1)))
    with pytest.raises(ValidationError, match="records the death"):
        E.record_end(inv, pid, {"reason": "lost_to_follow_up", "end_date": today.isoformat(),
                                "contact_attempts": attempts(today)})
    with pytest.raises(ValidationError, match="day of death"):
        E.record_end(inv, pid, {"reason": "died", "end_date": today.isoformat(),
                                "death_date": (today - timedelta(days=1)).isoformat(), "death_cause": "ARDS"})
    d = (today - timedelta(days=1)).isoformat()
    E.record_end(inv, pid, {"reason": "died", "end_date": d, "death_date": d, "death_cause": "ARDS"})


def test_withdrawn_names_the_consent_withdrawal_and_its_scope(followed, clock):
    nurse, inv, pid, inc = followed
    clock.advance(days=5)
    today = V.today(nurse)
    content = {"reason": "withdrawn", "end_date": today.isoformat(), "withdrawal_step_id": "nope",
               "withdrawal_scope": ["stop_follow_up"]}
    with pytest.raises(ValidationError, match="Record the consent withdrawal first"):
        E.record_end(inv, pid, content)
    withdraw(nurse, pid, scope=("stop_treatment", "stop_follow_up"))
    [w] = E.withdrawals(inv, pid)
    with pytest.raises(ValidationError, match="scope must be the one"):
        E.record_end(inv, pid, dict(content, withdrawal_step_id=w.record_id))
    E.record_end(inv, pid, dict(content, withdrawal_step_id=w.record_id,
                                withdrawal_scope=["stop_follow_up", "stop_treatment"]))
