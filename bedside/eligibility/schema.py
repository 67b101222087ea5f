"""Declarations of the eligibility record types (bedside/record_types.py):
lab values, the investigator's assessment, the screening outcome."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ..i18n import QT_TRANSLATE_NOOP
from ..record_fields import Code, IsoDateTime, JsonObject, Line, Number, RecordContent, label
from ..hl7feed.schema import FeedSource
from ..record_types import RecordType, register

OUTCOME = Literal["screening", "included", "not_eligible", "declined", "other"]


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


register(RecordType("lab_value", LabValueContent, QT_TRANSLATE_NOOP("core", "Laboratory value"),
                    "Valeur de laboratoire"))
register(RecordType("eligibility_assessment", AssessmentContent,
                    QT_TRANSLATE_NOOP("core", "Eligibility assessment"), "Évaluation d'éligibilité"))
register(RecordType("screening_outcome", ScreeningOutcomeContent,
                    QT_TRANSLATE_NOOP("core", "Screening outcome"), "Issue du screening"))
