"""Roles and what each may do. The core enforces these; the UI only reflects
them (greys out what the core would refuse)."""

from __future__ import annotations

from enum import Enum

from .i18n import QT_TRANSLATE_NOOP
from bedside.names import Meaning, RecordType


class Role(str, Enum):
    NURSE = "nurse"
    INVESTIGATOR = "investigator"
    DATA_MANAGER = "data_manager"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.NURSE: QT_TRANSLATE_NOOP("core", "Nurse"),
    Role.INVESTIGATOR: QT_TRANSLATE_NOOP("core", "Investigator"),
    Role.DATA_MANAGER: QT_TRANSLATE_NOOP("core", "Data manager"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("core", "Administrator"),
}


class Permission(str, Enum):
    VIEW_PATIENTS = "view_patients"
    REGISTER_PATIENT = "register_patient"
    EDIT_CLINICAL = "edit_clinical"
    RECORD_INFUSION = "record_infusion"
    SIGN_ELIGIBILITY = "sign_eligibility"
    OBTAIN_CONSENT = "obtain_consent"
    ASSESS_CAPACITY = "assess_capacity"
    OVERRIDE_CLINICAL = "override_clinical"
    SIGN_ADVERSE_EVENT = "sign_adverse_event"
    SIGN_FOLLOW_UP = "sign_follow_up"
    RESOLVE_CONFLICT = "resolve_conflict"
    VIEW_AUDIT = "view_audit"
    EXPORT = "export"
    EXPORT_IDENTIFIED = "export_identified"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_SYNC = "manage_sync"


_CLINICAL = {Permission.VIEW_PATIENTS, Permission.REGISTER_PATIENT, Permission.EDIT_CLINICAL,
             Permission.RECORD_INFUSION}

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.NURSE: frozenset(_CLINICAL),
    Role.INVESTIGATOR: frozenset(_CLINICAL | {
        Permission.SIGN_ELIGIBILITY, Permission.OBTAIN_CONSENT, Permission.ASSESS_CAPACITY,
        Permission.OVERRIDE_CLINICAL, Permission.SIGN_ADVERSE_EVENT, Permission.SIGN_FOLLOW_UP,
        Permission.RESOLVE_CONFLICT, Permission.VIEW_AUDIT}),
    Role.DATA_MANAGER: frozenset({Permission.VIEW_PATIENTS, Permission.VIEW_AUDIT,
                                  Permission.EXPORT}),
    Role.ADMINISTRATOR: frozenset({Permission.VIEW_PATIENTS, Permission.VIEW_AUDIT,
                                   Permission.EXPORT, Permission.EXPORT_IDENTIFIED,
                                   Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS,
                                   Permission.MANAGE_SYNC}),
}

# What an electronic signature means, and who may give it (21 CFR 11.50).
SIGNATURE_MEANINGS: dict[Meaning, Permission] = {
    Meaning.ELIGIBILITY_CONFIRMED: Permission.SIGN_ELIGIBILITY,
    Meaning.CONSENT_OBTAINED: Permission.OBTAIN_CONSENT,
    Meaning.CAPACITY_ASSESSED: Permission.ASSESS_CAPACITY,
    Meaning.ADVERSE_EVENT_REVIEWED: Permission.SIGN_ADVERSE_EVENT,
    Meaning.FOLLOW_UP_VISIT_SIGNED: Permission.SIGN_FOLLOW_UP,
    Meaning.OVERRIDE_APPROVED: Permission.OVERRIDE_CLINICAL,
    Meaning.CONFLICT_RESOLVED: Permission.RESOLVE_CONFLICT,
    Meaning.DATA_VERIFIED: Permission.EDIT_CLINICAL,
}

MEANING_LABELS: dict[Meaning, str] = {
    Meaning.ELIGIBILITY_CONFIRMED: QT_TRANSLATE_NOOP("core", "eligibility confirmed"),
    Meaning.CONSENT_OBTAINED: QT_TRANSLATE_NOOP("core", "consent obtained"),
    Meaning.CAPACITY_ASSESSED: QT_TRANSLATE_NOOP("core", "capacity assessed"),
    Meaning.ADVERSE_EVENT_REVIEWED: QT_TRANSLATE_NOOP("core", "adverse event reviewed"),
    Meaning.FOLLOW_UP_VISIT_SIGNED: QT_TRANSLATE_NOOP("core", "follow-up visit signed"),
    Meaning.OVERRIDE_APPROVED: QT_TRANSLATE_NOOP("core", "override approved"),
    Meaning.CONFLICT_RESOLVED: QT_TRANSLATE_NOOP("core", "conflict resolved"),
    Meaning.DATA_VERIFIED: QT_TRANSLATE_NOOP("core", "data verified"),
}


# Who may write which records: clinical records need EDIT_CLINICAL; these
# configuration records need another permission. Signatures are written
# only by Session.sign (which checks the meaning's permission).
RECORD_WRITE_PERMISSION: dict[str, Permission] = {
    RecordType.SITE_SETTINGS: Permission.MANAGE_SETTINGS,     # before issue 17: one record per PC
    RecordType.SITE_SETTING: Permission.MANAGE_SETTINGS,      # a site-wide settings change (settings.py)
    RecordType.SELF_TEST: Permission.MANAGE_SETTINGS,
    RecordType.STAFF: Permission.MANAGE_USERS,      # the site staff directory (bedside.users)
}


def allows(role: Role | str, permission: Permission) -> bool:
    return permission in GRANTS[Role(role)]
