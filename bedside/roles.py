"""Roles and what each may do. The core enforces these; the UI only reflects
them (greys out what the core would refuse)."""

from __future__ import annotations

from enum import Enum

from .i18n import QT_TRANSLATE_NOOP


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
SIGNATURE_MEANINGS: dict[str, Permission] = {
    "eligibility confirmed": Permission.SIGN_ELIGIBILITY,
    "consent obtained": Permission.OBTAIN_CONSENT,
    "capacity assessed": Permission.ASSESS_CAPACITY,
    "adverse event reviewed": Permission.SIGN_ADVERSE_EVENT,
    "follow-up visit signed": Permission.SIGN_FOLLOW_UP,
    "override approved": Permission.OVERRIDE_CLINICAL,
    "conflict resolved": Permission.RESOLVE_CONFLICT,
    "data verified": Permission.EDIT_CLINICAL,
}

MEANING_LABELS = {
    "eligibility confirmed": QT_TRANSLATE_NOOP("core", "eligibility confirmed"),
    "consent obtained": QT_TRANSLATE_NOOP("core", "consent obtained"),
    "capacity assessed": QT_TRANSLATE_NOOP("core", "capacity assessed"),
    "adverse event reviewed": QT_TRANSLATE_NOOP("core", "adverse event reviewed"),
    "follow-up visit signed": QT_TRANSLATE_NOOP("core", "follow-up visit signed"),
    "override approved": QT_TRANSLATE_NOOP("core", "override approved"),
    "conflict resolved": QT_TRANSLATE_NOOP("core", "conflict resolved"),
    "data verified": QT_TRANSLATE_NOOP("core", "data verified"),
}


# Who may write which records: clinical records need EDIT_CLINICAL; these
# configuration records need another permission. Signatures are written
# only by Session.sign (which checks the meaning's permission).
RECORD_WRITE_PERMISSION: dict[str, Permission] = {
    "site_settings": Permission.MANAGE_SETTINGS,     # before issue 17: one record per PC
    "site_setting": Permission.MANAGE_SETTINGS,      # a site-wide settings change (settings.py)
    "self_test": Permission.MANAGE_SETTINGS,
    "staff": Permission.MANAGE_USERS,      # the site staff directory (bedside.users)
}
SIGNATURE_TYPE = "signature"


def allows(role: Role | str, permission: Permission) -> bool:
    return permission in GRANTS[Role(role)]
