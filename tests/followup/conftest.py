"""Fixtures for the follow-up tests: a real vault with a patient genuinely
included (signed eligibility, consent, inclusion)."""
from __future__ import annotations

import pytest

from bedside.followup import visits as V
from bedside.patients import register_patient
from bedside.roles import Role
from tests.clinical_states import make_infusable
from tests.followup.data import PATIENT


@pytest.fixture
def followed(session_as, clock):
    """(nurse, investigator, patient_id, inclusion date) of an included patient."""
    nurse, inv = session_as(Role.NURSE), session_as(Role.INVESTIGATOR)
    p = register_patient(nurse, PATIENT)
    make_infusable(nurse, inv, p.id)
    return nurse, inv, p.id, V.inclusion_date(nurse, p.id)
