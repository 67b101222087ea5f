"""Declarations of the core's own record types: patient, note, signature,
site settings, self-test (see bedside/record_types.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, StringConstraints

from .i18n import QT_TRANSLATE_NOOP
from .record_fields import (Code, Count, Id, IsoDate, IsoDateTime, Line, Name, Number,
                            RecordContent, Sha256, Text, label)
from .names import RecordType
from .record_types import RecordDeclaration, register
from .roles import Permission

Mrn = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9-]{3,20}$")]
Wristband = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9-]{3,40}$")]


class PatientContent(RecordContent):
    mrn: Mrn = label(QT_TRANSLATE_NOOP("core", "Hospital number"), "Numéro de dossier")
    family_name: Name = label(QT_TRANSLATE_NOOP("core", "Family name"), "Nom")
    given_name: Name = label(QT_TRANSLATE_NOOP("core", "Given name"), "Prénom")
    date_of_birth: IsoDate = label(QT_TRANSLATE_NOOP("core", "Date of birth"), "Date de naissance")
    sex: Literal["F", "M"] = label(QT_TRANSLATE_NOOP("core", "Sex"), "Sexe")
    weight_kg: Annotated[float, Field(ge=20, le=350)] = label(
        QT_TRANSLATE_NOOP("core", "Weight"), "Poids", unit="kg")
    height_cm: Annotated[float, Field(ge=100, le=250)] = label(
        QT_TRANSLATE_NOOP("core", "Height"), "Taille", unit="cm")
    wristband: Wristband = label(QT_TRANSLATE_NOOP("core", "Wristband code"), "Code du bracelet")
    screening_number: Code = label(QT_TRANSLATE_NOOP("core", "Screening number"),
                                   "Numéro de screening")
    subject_id: Code | None = label(QT_TRANSLATE_NOOP("core", "Subject identifier"),
                                    "Identifiant du sujet", default=None,
                                    permission=Permission.SIGN_ELIGIBILITY)


class NoteContent(RecordContent):
    text: Text = label(QT_TRANSLATE_NOOP("core", "Note"), "Note")


class SignatureContent(RecordContent):
    meaning: Line = label(QT_TRANSLATE_NOOP("core", "Meaning"), "Signification")
    signer_id: Id = label(QT_TRANSLATE_NOOP("core", "Signer"), "Signataire")
    signer_name: Line = label(QT_TRANSLATE_NOOP("core", "Signer's name"), "Nom du signataire")
    signer_username: Line = label(QT_TRANSLATE_NOOP("core", "Signer's user name"),
                                  "Identifiant du signataire")
    signed_utc: IsoDateTime = label(QT_TRANSLATE_NOOP("core", "Signed at"), "Signé le")
    target_entry_id: Id = label(QT_TRANSLATE_NOOP("core", "Signed version"), "Version signée")
    target_record_id: Id = label(QT_TRANSLATE_NOOP("core", "Signed record"), "Fiche signée")
    target_record_type: Id = label(QT_TRANSLATE_NOOP("core", "Signed record type"),
                                   "Type de fiche signée")
    target_content_hash: Sha256 = label(QT_TRANSLATE_NOOP("core", "Signed content hash"),
                                        "Empreinte du contenu signé")
    binding: Sha256 = label(QT_TRANSLATE_NOOP("core", "Binding"), "Liaison")


class RepresentativeChoice(RecordContent):
    id: Code
    label: Line


class SiteSettingsContent(RecordContent):
    site_name: Line | None = label(QT_TRANSLATE_NOOP("core", "Site name"), "Nom du site",
                                   default=None)
    idle_lock_minutes: Annotated[int, Field(ge=1, le=120)] | None = label(
        QT_TRANSLATE_NOOP("core", "Lock after inactivity"), "Verrouillage après inactivité",
        unit="min", default=None)
    subject_id_format: Line | None = label(QT_TRANSLATE_NOOP("core", "Subject id format"),
                                           "Format de l'identifiant du sujet", default=None)
    enrollment_target: Annotated[int, Field(ge=1, le=1000)] | None = label(
        QT_TRANSLATE_NOOP("core", "Enrollment target"), "Objectif d'inclusion", default=None)
    enrollment_warn_remaining: Annotated[int, Field(ge=0, le=100)] | None = label(
        QT_TRANSLATE_NOOP("core", "Warn when this many inclusions remain"),
        "Avertir quand il reste ce nombre d'inclusions", default=None)
    infusion_interval_days_min: Annotated[int, Field(ge=1, le=14)] | None = label(
        QT_TRANSLATE_NOOP("core", "Shortest interval between infusions"),
        "Intervalle minimal entre perfusions", unit="days", default=None)
    infusion_interval_days_max: Annotated[int, Field(ge=1, le=14)] | None = label(
        QT_TRANSLATE_NOOP("core", "Longest interval between infusions"),
        "Intervalle maximal entre perfusions", unit="days", default=None)
    consent_languages: Annotated[list[Code], Field(max_length=50)] | None = label(
        QT_TRANSLATE_NOOP("core", "Consent languages"), "Langues du consentement", default=None)
    eligibility_protocol: Line | None = label(QT_TRANSLATE_NOOP("core", "Eligibility protocol"),
                                              "Protocole d'éligibilité", default=None)
    consent_representative_order: Annotated[list[RepresentativeChoice],
                                            Field(max_length=50)] | None = label(
        QT_TRANSLATE_NOOP("core", "Order of legal representatives"),
        "Ordre des représentants légaux", default=None)


class SelfTestContent(RecordContent):
    check: Line
    nonce: Line
    n: Count
    ratio: Number


register(RecordDeclaration(RecordType.PATIENT, PatientContent, QT_TRANSLATE_NOOP("core", "Patient"), "Patient",
                    Permission.REGISTER_PATIENT))
register(RecordDeclaration(RecordType.NOTE, NoteContent, QT_TRANSLATE_NOOP("core", "Note"), "Note"))
register(RecordDeclaration(RecordType.SIGNATURE, SignatureContent, QT_TRANSLATE_NOOP("core", "Signature"),
                    "Signature"))
register(RecordDeclaration(RecordType.SITE_SETTINGS, SiteSettingsContent,
                    QT_TRANSLATE_NOOP("core", "Site settings"), "Réglages du site",
                    Permission.MANAGE_SETTINGS, exported=False))
register(RecordDeclaration(RecordType.SELF_TEST, SelfTestContent, QT_TRANSLATE_NOOP("core", "Self-test"),
                    "Autotest", Permission.MANAGE_SETTINGS, exported=False))

__all__ = ["PatientContent", "NoteContent", "SignatureContent", "SiteSettingsContent"]


class StaffContent(RecordContent):
    """The site staff directory (bedside/identity/directory.py checks its
    fields: person, role, keys); declared here so the door knows the type."""
    model_config = ConfigDict(strict=True, extra="allow", frozen=True,
                              hide_input_in_errors=True)


register(RecordDeclaration(RecordType.STAFF, StaffContent, QT_TRANSLATE_NOOP("core", "Staff directory entry"),
                    "Entrée de l'annuaire du personnel", Permission.MANAGE_USERS, exported=False))


class SiteSettingContent(RecordContent):
    """One site-wide settings change set (bedside/settings.py checks each key)."""
    model_config = ConfigDict(strict=True, extra="allow", frozen=True,
                              hide_input_in_errors=True)


register(RecordDeclaration(RecordType.SITE_SETTING, SiteSettingContent,
                    QT_TRANSLATE_NOOP("core", "Site setting change"),
                    "Modification d'un réglage du site", Permission.MANAGE_SETTINGS,
                    exported=False))
