"""Declarations of the eligibility record types (bedside/record_types.py):
lab values, the investigator's assessment, the screening outcome, the
screen failure."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from ..i18n import QT_TRANSLATE_NOOP
from ..record_fields import (Code, FeedSource, FieldProblem, IsoDate, IsoDateTime, JsonObject, Line,
                             Number, RecordContent, label, text_problem)
from ..record_types import RecordType, register

OUTCOME = Literal["screening", "included", "not_eligible", "declined", "other"]
CriterionCode = Annotated[str, Field(pattern=r"^(INC|EXC)-[0-9]{2}$")]
ASSESSMENT_STATUS = Literal["eligible", "provisionally_eligible", "not_eligible", "incomplete", "not_assessed"]


def _known_reason(value: str) -> str:
    from .screen_failure_reasons import reason
    if reason(value) is None:
        raise FieldProblem(QT_TRANSLATE_NOOP("core", "is not one of the site's screen-failure reasons"))
    return value


def _note(value: str) -> str:
    problem = text_problem(value, multiline=True)
    if problem:
        raise FieldProblem(problem)
    return value


class LabValueContent(RecordContent):
    lab: Code = label(QT_TRANSLATE_NOOP("core", "Laboratory test"), "Analyse")
    time: IsoDateTime = label(QT_TRANSLATE_NOOP("core", "Sampled at"), "Prélevé le")
    value: Number = label(QT_TRANSLATE_NOOP("core", "Value"), "Valeur")
    unit: Line = label(QT_TRANSLATE_NOOP("core", "Unit"), "Unité")
    entered: Line = label(QT_TRANSLATE_NOOP("core", "As entered"), "Saisi tel quel")
    source: FeedSource | None = label(QT_TRANSLATE_NOOP("core", "From the lab system"),
                                      "Du laboratoire", default=None)


class AssessmentContent(RecordContent):
    answers: JsonObject = label(QT_TRANSLATE_NOOP("core", "Answers"), "Réponses")
    facts: JsonObject = label(QT_TRANSLATE_NOOP("core", "Facts evaluated"), "Faits évalués")
    result: JsonObject = label(QT_TRANSLATE_NOOP("core", "Result"), "Résultat")
    protocol_file: Line = label(QT_TRANSLATE_NOOP("core", "Protocol file"), "Fichier du protocole")
    protocol_key: Line = label(QT_TRANSLATE_NOOP("core", "Protocol"), "Protocole")


class ScreeningOutcomeContent(RecordContent):
    outcome: OUTCOME = label(QT_TRANSLATE_NOOP("core", "Screening outcome"), "Issue du screening")
    failed_criteria: Annotated[list[Code], Field(max_length=200)] = label(
        QT_TRANSLATE_NOOP("core", "Criteria not met"), "Critères non remplis")
    note: Annotated[str, Field(max_length=500)] = label(QT_TRANSLATE_NOOP("core", "Note"), "Note")


class ScreenFailureContent(RecordContent):
    """An assessed patient who was not included: one record per patient
    (a change is a correction with a reason; ``cancelled`` marks it void,
    e.g. recorded on the wrong patient).

    * ``kind`` — ``criteria``: not eligible; ``non_clinical``: eligible (or
      not fully assessed) but not included for a coded reason.
    * ``criteria`` — the protocol's criterion codes not met (``INC-05``,
      ``EXC-07`` …), non-empty exactly when ``kind`` is ``criteria``.
    * ``reason`` — a code from ``resources/eligibility/screen_failure_reasons.json``
      (``consent_refused``, ``product_unavailable`` …), set exactly when
      ``kind`` is ``non_clinical``.
    * ``protocol_key`` — the protocol (``TJT2012 v1``) the codes belong to.
    * ``assessment_status`` — the assessment's status when this was recorded.
    * ``decided_on`` — local date of the decision (YYYY-MM-DD).
    * ``note`` — free text, required when the reason says so (``other``).
    * ``cancelled`` — true on the version that voids the record.

    CONSORT: ``criteria`` counts as *not eligible*, ``non_clinical`` as
    *eligible, not included*; a cancelled record counts as neither."""
    kind: Literal["criteria", "non_clinical"] = label(
        QT_TRANSLATE_NOOP("core", "Screen failure type"), "Type d'échec de screening")
    criteria: Annotated[list[CriterionCode], Field(max_length=40)] = label(
        QT_TRANSLATE_NOOP("core", "Criteria not met"), "Critères non remplis")
    reason: Annotated[Code, AfterValidator(_known_reason)] | None = label(
        QT_TRANSLATE_NOOP("core", "Non-clinical reason"), "Motif non clinique", default=None)
    protocol_key: Line = label(QT_TRANSLATE_NOOP("core", "Protocol"), "Protocole")
    assessment_status: ASSESSMENT_STATUS = label(
        QT_TRANSLATE_NOOP("core", "Assessment status when recorded"), "Statut de l'évaluation à l'enregistrement")
    decided_on: IsoDate = label(QT_TRANSLATE_NOOP("core", "Decided on"), "Décidé le")
    note: Annotated[str, Field(max_length=500), AfterValidator(_note)] = label(
        QT_TRANSLATE_NOOP("core", "Note"), "Note", default="")
    cancelled: bool = label(QT_TRANSLATE_NOOP("core", "Cancelled"), "Annulé", default=False)

    @model_validator(mode="after")
    def _one_reason(self):
        if self.kind == "criteria" and (not self.criteria or self.reason is not None):
            raise FieldProblem(QT_TRANSLATE_NOOP(
                "core", "must name the criteria not met, and no other reason"))
        if self.kind == "non_clinical" and (self.criteria or self.reason is None):
            raise FieldProblem(QT_TRANSLATE_NOOP(
                "core", "must give one non-clinical reason, and no criteria"))
        if len(set(self.criteria)) != len(self.criteria):
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "names a criterion twice"))
        if self.reason is not None and not self.note.strip():
            from .screen_failure_reasons import reason
            if reason(self.reason).needs_note:
                raise FieldProblem(QT_TRANSLATE_NOOP("core", "needs a note explaining the reason"))
        return self


register(RecordType("lab_value", LabValueContent, QT_TRANSLATE_NOOP("core", "Laboratory value"),
                    "Valeur de laboratoire"))
register(RecordType("eligibility_assessment", AssessmentContent,
                    QT_TRANSLATE_NOOP("core", "Eligibility assessment"), "Évaluation d'éligibilité"))
register(RecordType("screening_outcome", ScreeningOutcomeContent,
                    QT_TRANSLATE_NOOP("core", "Screening outcome"), "Issue du screening"))
register(RecordType("screen_failure", ScreenFailureContent,
                    QT_TRANSLATE_NOOP("core", "Screen failure"), "Échec de screening"))
