"""Typed names the core passes around: record types, signature meanings, ids.

Every value equals the string stored in the vault and sent over sync (a
``StrEnum`` member *is* that string), so nothing stored changes; code names
``RecordType.CONSENT_STEP`` instead of ``"consent_step"`` or a module's
``STEP``. The record-type registry (``bedside/record_types.py``) declares
exactly these types (``tests/test_typed_names.py`` holds the two equal).

This module imports nothing from Bedside: every module may use it.
"""
from __future__ import annotations

from enum import StrEnum
from typing import NewType


class RecordType(StrEnum):
    """The kinds of record; each is declared once in the registry."""
    # foundation (bedside/core_records.py)
    PATIENT = "patient"
    NOTE = "note"
    SIGNATURE = "signature"
    SITE_SETTINGS = "site_settings"        # the single settings record of vaults before issue 17: read, never written
    SITE_SETTING = "site_setting"          # one site-wide settings change (bedside/settings.py)
    SELF_TEST = "self_test"
    STAFF = "staff"                        # the site staff directory (bedside/identity)
    # eligibility
    LAB_VALUE = "lab_value"
    ELIGIBILITY_ASSESSMENT = "eligibility_assessment"
    SCREENING_OUTCOME = "screening_outcome"
    SCREEN_FAILURE = "screen_failure"
    # consent
    CONSENT_STEP = "consent_step"
    CONSENT_PDF = "consent_pdf"
    # infusion
    INFUSION = "infusion"
    INFUSION_CHECK = "infusion_check"
    INFUSION_EVENT = "infusion_event"
    VITAL_READING = "vital_reading"
    ADVERSE_EVENT = "adverse_event"
    SAE_REPORT = "sae_report"
    # follow-up
    FOLLOW_UP_VISIT = "follow_up_visit"
    END_OF_PARTICIPATION = "end_of_participation"
    # HL7 feed
    FEED_DECISION = "feed_decision"


class Meaning(StrEnum):
    """What an electronic signature attests (stored in the signature record;
    the permission each needs is ``bedside.roles.SIGNATURE_MEANINGS``)."""
    ELIGIBILITY_CONFIRMED = "eligibility confirmed"
    CONSENT_OBTAINED = "consent obtained"
    CAPACITY_ASSESSED = "capacity assessed"
    ADVERSE_EVENT_REVIEWED = "adverse event reviewed"
    FOLLOW_UP_VISIT_SIGNED = "follow-up visit signed"
    OVERRIDE_APPROVED = "override approved"
    CONFLICT_RESOLVED = "conflict resolved"
    DATA_VERIFIED = "data verified"


# ids at the public API (records, patients, services): text, 1-64 safe characters
PatientId = NewType("PatientId", str)      # the record id of the patient's "patient" record
RecordId = NewType("RecordId", str)        # one record, across all its versions
EntryId = NewType("EntryId", str)          # one stored version (a signed, synced entry)
