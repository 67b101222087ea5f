"""Fixtures for the infusion tests: a real vault with an included patient,
and the infusion tab open over it."""
from __future__ import annotations

import pytest

from bedside.patients import assign_subject_id, register_patient
from bedside.roles import Role
from tests.clinical_states import make_infusable
from tests.infusion.data import PATIENT
from tests.infusion.tab_driver import open_tab


@pytest.fixture
def included(session_as, clock):
    """(nurse_session, patient_id) for a patient genuinely infusable today:
    eligibility signed by the investigator, consent recorded, included
    through the eligibility service. The real consent gate says yes."""
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, PATIENT)
    make_infusable(nurse, session_as(Role.INVESTIGATOR), p.id)
    return nurse, p.id


@pytest.fixture
def given_subject_id_only(session_as, clock):
    """(nurse_session, patient_id) for a patient who holds a subject id but
    has neither a consent nor a signed eligibility assessment (e.g. an id
    given on another workstation before its consent synced). The infusion
    may be prepared; the real gate must refuse the start."""
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, PATIENT)
    assign_subject_id(session_as(Role.INVESTIGATOR), p.id, "included")
    return nurse, p.id


@pytest.fixture
def infusion_tab(qtbot, app_ctx):
    """``infusion_tab(session, patient_id)``: the real infusion tab at
    1366×700, shown, active and loaded, on its own app context."""
    return lambda session, pid: open_tab(qtbot, app_ctx(session), pid)
