"""Write services say what they changed (``bedside.changes.recorded``): for
each capability's write service, on a real vault, the ``Changed`` reported
names exactly the (patient, record type) pairs that landed in the records
table — read back from the database, not from a list kept by hand."""
from __future__ import annotations

from sqlalchemy import select

from bedside.changes import Changed, merged, recorded
from bedside.consent import service as consent_service
from bedside.eligibility import service as eligibility
from bedside.eligibility.screen_failure_writes import record_screen_failure, retract_screen_failure
from bedside.followup import end, visits
from bedside.hl7feed.proposals import VitalProposal, reject
from bedside.infusion.store import InfusionStore
from bedside.patients import correct_patient, register_patient
from bedside.roles import Role
from bedside.storage.schema import RecordRow
from bedside.users import create_user
from tests.clinical_states import record_patient_consent, sign_eligibility, withdraw
from tests.conftest import LAMBERT, PASSWORD, make_patient
from tests.infusion.data import NORMAL, PATIENT, ready_infusion


def _stored(session) -> set[str]:
    with session.db.read() as orm:
        return set(orm.scalars(select(RecordRow.id)))


def _written(session, before: set[str]) -> list[Changed]:
    """What the records table gained since ``before``, per patient."""
    with session.db.read() as orm:
        rows = orm.execute(select(RecordRow.id, RecordRow.patient_id, RecordRow.record_type)).all()
    return merged(Changed.of(pid, rtype) for rid, pid, rtype in rows if rid not in before)


def reports_what_it_wrote(session, fn):
    before = _stored(session)
    result, changed = recorded(fn)
    assert changed and set(changed) == set(_written(session, before))
    return result, {t for c in changed for t in c.record_types}


def test_every_capabilitys_write_service_reports_the_record_types_it_wrote(session_as, clock):
    nurse, inv, admin = session_as(Role.NURSE), session_as(Role.INVESTIGATOR), session_as(Role.ADMINISTRATOR)
    p, types = reports_what_it_wrote(nurse, lambda: register_patient(nurse, PATIENT))
    assert types == {"patient"}
    _, types = reports_what_it_wrote(nurse, lambda: correct_patient(nurse, p.id, {"weight_kg": 81}, "reweighed"))
    assert types == {"patient"}
    _, types = reports_what_it_wrote(inv, lambda: sign_eligibility(nurse, inv, p.id))
    assert types >= {"eligibility_assessment", "signature"}   # and the screening outcome it sets
    _, types = reports_what_it_wrote(inv, lambda: record_patient_consent(inv, p.id))
    assert "consent_step" in types
    _, types = reports_what_it_wrote(inv, lambda: eligibility.include_patient(inv, p.id))
    assert "patient" in types
    _, version = ready_infusion(nurse, p.id, clock)
    _, types = reports_what_it_wrote(nurse, lambda: InfusionStore(nurse).add_reading(version.record_id, NORMAL))
    assert types == {"vital_reading"}
    proposal = VitalProposal("IntelliVue-GW", "MSG-1", clock.now(), 60, {"hr": "88"}, 0)
    _, types = reports_what_it_wrote(nurse, lambda: reject(nurse, p.id, proposal, "probe off"))
    assert types == {"feed_decision"}
    _, types = reports_what_it_wrote(inv, lambda: end.record_end(inv, p.id, {
        "reason": "investigator_decision", "end_date": visits.today(inv).isoformat(),
        "explanation": "Transferred abroad"}))
    assert types == {"end_of_participation"}
    _, types = reports_what_it_wrote(nurse, lambda: withdraw(nurse, p.id))
    assert types == {"consent_step"}

    other = register_patient(nurse, LAMBERT)
    _, types = reports_what_it_wrote(nurse, lambda: record_screen_failure(nurse, other.id, reason="consent_refused"))
    assert "screen_failure" in types
    _, types = reports_what_it_wrote(nurse, lambda: retract_screen_failure(nurse, other.id, "entered in error"))
    assert "screen_failure" in types

    _, types = reports_what_it_wrote(admin, lambda: admin.settings.update({"enrollment_target": 40}, "site decision"))
    assert types == {"site_setting"}
    _, types = reports_what_it_wrote(admin, lambda: create_user(admin, "nurse3", "Inf. Third", Role.NURSE, PASSWORD))
    assert types == {"staff"}


def test_a_failed_write_reports_nothing_and_recorders_nest(session_as):
    nurse = session_as(Role.NURSE)
    seen = []

    def outer():
        p = make_patient(nurse)
        seen.append(recorded(lambda: correct_patient(nurse, p.id, {"weight_kg": 90}, "reweighed"))[1])
        return p

    p, changed = recorded(outer)
    assert changed == [Changed.of(p.id, "patient")] and seen == [[Changed.of(p.id, "patient")]]
    try:
        recorded(lambda: correct_patient(nurse, p.id, {"weight_kg": 90}, "same again"))
    except Exception as err:            # nothing changed: refused, and nothing reported
        assert "Nothing was changed" in str(err)
    else:
        raise AssertionError("an unchanged correction was stored")
    assert recorded(lambda: nurse.records.list_latest("patient"))[1] == []
