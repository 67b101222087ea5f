"""Declarations of the consent record types (bedside/record_types.py):
each step of the consent pathway and the PDF kept for a signed consent.
A step's fields depend on its kind (bedside/consent/events.py checks the
combinations and the site's lists); here: every field, its kind and bounds."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from ..i18n import QT_TRANSLATE_NOOP
from ..record_fields import (Code, Count, FieldProblem, Id, IsoDateTime, Line, RecordContent, Sha256,
                             Text, label)
from ..names import RecordType
from ..record_types import RecordDeclaration, register


class Attempt(RecordContent):
    whom: Line
    relationship: Code
    when: IsoDateTime
    how: Line | None = None
    outcome: Annotated[str, Field(max_length=300)] | None = None


def _pass_over_reason(value: str) -> str:
    from .forms import pass_over_reason_ids
    if value not in pass_over_reason_ids():
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "is not one of the reasons a step of the legal order is passed over"))
    return value


class PassedOver(RecordContent):
    """An earlier step of the representative order and why it was passed over."""
    step: Code
    reason: Annotated[Code, AfterValidator(_pass_over_reason)]


class Signer(RecordContent):
    name: Line
    relationship: Code | None = None
    # the step of the legal order (1 = first) the representative stands on, and
    # why each earlier step was passed over (one entry per earlier step, in order)
    cascade_step: Annotated[int, Field(ge=1, le=50)] | None = None
    passed_over: Annotated[list[PassedOver], Field(max_length=50)] | None = None
    contact: Annotated[str, Field(max_length=300)] | None = None
    role: Code | None = None
    department: Line | None = None
    independent: bool | None = None

    @model_validator(mode="after")
    def _cascade(self):
        if (self.cascade_step is None) != (self.passed_over is None) or (
                self.cascade_step is not None and (self.relationship is None
                                                   or len(self.passed_over) != self.cascade_step - 1)):
            raise FieldProblem(QT_TRANSLATE_NOOP(
                "core", "must give the representative's step of the legal order and a reason for each earlier step"))
        return self


class ConsentStepContent(RecordContent):
    kind: Literal["capacity", "unreachable", "consent", "outcome", "withdrawal"] = label(
        QT_TRANSLATE_NOOP("core", "Step"), "Étape")
    at: IsoDateTime = label(QT_TRANSLATE_NOOP("core", "When"), "Quand")
    seq: Count = label(QT_TRANSLATE_NOOP("core", "Step number"), "Numéro d'étape")
    status_after: Code = label(QT_TRANSLATE_NOOP("core", "Consent status after this step"),
                               "Statut du consentement après cette étape")
    has_capacity: bool | None = label(QT_TRANSLATE_NOOP("core", "Patient able to consent"),
                                      "Patient apte à consentir", default=None)
    reason: Text | None = label(QT_TRANSLATE_NOOP("core", "Reason"), "Motif", default=None)
    assessor: Line | None = label(QT_TRANSLATE_NOOP("core", "Assessing physician"),
                                  "Médecin évaluateur", default=None)
    attempts: Annotated[list[Attempt], Field(max_length=50)] | None = label(
        QT_TRANSLATE_NOOP("core", "Attempts to reach a representative"),
        "Tentatives de joindre un représentant", default=None)
    note: Text | None = label(QT_TRANSLATE_NOOP("core", "Note"), "Note", default=None)
    pathway: Literal["patient", "representative", "witness"] | None = label(
        QT_TRANSLATE_NOOP("core", "Consent pathway"), "Voie de consentement", default=None)
    form_id: Line | None = label(QT_TRANSLATE_NOOP("core", "Consent form"),
                                 "Formulaire de consentement", default=None)
    form_version: Line | None = label(QT_TRANSLATE_NOOP("core", "Form version"),
                                      "Version du formulaire", default=None)
    language: Line | None = label(QT_TRANSLATE_NOOP("core", "Language"), "Langue", default=None)
    optional_answers: Annotated[dict[Code, bool], Field(max_length=100)] | None = label(
        QT_TRANSLATE_NOOP("core", "Optional items"), "Éléments facultatifs", default=None)
    signer: Signer | None = label(QT_TRANSLATE_NOOP("core", "Person signing"), "Signataire",
                                  default=None)
    signature_sha256: Sha256 | None = label(QT_TRANSLATE_NOOP("core", "Handwritten signature"),
                                            "Signature manuscrite", default=None)
    obtained_by: Line | None = label(QT_TRANSLATE_NOOP("core", "Obtained by"), "Obtenu par",
                                     default=None)
    outcome: Literal["refuse", "died", "discharged"] | None = label(
        QT_TRANSLATE_NOOP("core", "Outcome"), "Issue", default=None)
    objects_to_data_use: bool | None = label(
        QT_TRANSLATE_NOOP("core", "Objects to use of data already collected"),
        "S'oppose à l'utilisation des données déjà recueillies", default=None)
    by: Literal["patient", "representative"] | None = label(
        QT_TRANSLATE_NOOP("core", "Withdrawn by"), "Retiré par", default=None)
    by_name: Line | None = label(QT_TRANSLATE_NOOP("core", "Name"), "Nom", default=None)
    scope: Annotated[list[Literal["stop_treatment", "stop_follow_up", "object_data_use"]],
                     Field(max_length=3)] | None = label(
        QT_TRANSLATE_NOOP("core", "Withdrawal covers"), "Le retrait couvre", default=None)


class ConsentPdfContent(RecordContent):
    step_record_id: Id = label(QT_TRANSLATE_NOOP("core", "Consent step"), "Étape de consentement")
    step_entry_id: Id = label(QT_TRANSLATE_NOOP("core", "Consent step version"),
                              "Version de l'étape de consentement")
    content_hash: Sha256 = label(QT_TRANSLATE_NOOP("core", "Content hash"), "Empreinte du contenu")
    pdf_sha256: Sha256 = label(QT_TRANSLATE_NOOP("core", "PDF file"), "Fichier PDF")
    size: Count = label(QT_TRANSLATE_NOOP("core", "Size"), "Taille", unit="bytes")


register(RecordDeclaration(RecordType.CONSENT_STEP, ConsentStepContent, QT_TRANSLATE_NOOP("core", "Consent step"),
                    "Étape de consentement"))
register(RecordDeclaration(RecordType.CONSENT_PDF, ConsentPdfContent,
                    QT_TRANSLATE_NOOP("core", "Signed consent document"),
                    "Document de consentement signé", exported=False))
