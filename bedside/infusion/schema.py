"""Declarations of the infusion record types (bedside/record_types.py).
Protocol vocabularies (AE relation, action, outcome…) are codes here: the
protocol file decides which codes are allowed (bedside/infusion/protocol.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ..i18n import QT_TRANSLATE_NOOP
from ..record_fields import (Code, DecimalText, FeedSource, Id, IsoDateTime, JsonObject, Line,
                             RecordContent, Text, label)
from ..record_types import RecordType, register
from ..roles import Permission

Number3 = Annotated[int, Field(ge=1, le=3)]


class Person(RecordContent):
    id: Id
    name: Line


class Product(RecordContent):
    bag_id: Line
    donor_id: Line
    donor_override_reason: Text | None = None
    expiry_utc: IsoDateTime | None = None
    thaw_utc: IsoDateTime | None = None
    viable_cells_millions: DecimalText | None = None
    volume_ml: DecimalText | None = None


class InfusionContent(RecordContent):
    number: Number3 = label(QT_TRANSLATE_NOOP("core", "Infusion number"), "Numéro de perfusion")
    product: Product = label(QT_TRANSLATE_NOOP("core", "Product"), "Produit")
    weight_kg: DecimalText = label(QT_TRANSLATE_NOOP("core", "Weight"), "Poids", unit="kg")
    weight_measured_utc: IsoDateTime | None = label(
        QT_TRANSLATE_NOOP("core", "Weight measured at"), "Poids mesuré le")
    dose_per_kg_millions: DecimalText = label(QT_TRANSLATE_NOOP("core", "Dose"), "Dose",
                                              unit="10^6 cells/kg")
    dose_shown: DecimalText = label(QT_TRANSLATE_NOOP("core", "Dose shown"), "Dose affichée",
                                    unit="10^6 cells/kg")
    dose_override_reason: Text | None = label(
        QT_TRANSLATE_NOOP("core", "Dose override reason"), "Motif de dérogation de dose")
    window_reason: Text | None = label(QT_TRANSLATE_NOOP("core", "Out-of-window reason"),
                                       "Motif hors fenêtre")
    override_by: Person | None = label(QT_TRANSLATE_NOOP("core", "Override approved by"),
                                       "Dérogation approuvée par")
    protocol: Line = label(QT_TRANSLATE_NOOP("core", "Protocol"), "Protocole")


class InfusionCheckContent(RecordContent):
    infusion_id: Id = label(QT_TRANSLATE_NOOP("core", "Infusion"), "Perfusion")
    number: Number3 = label(QT_TRANSLATE_NOOP("core", "Infusion number"), "Numéro de perfusion")
    first_user: Person = label(QT_TRANSLATE_NOOP("core", "First person"), "Première personne")
    second_user: Person = label(QT_TRANSLATE_NOOP("core", "Second person"), "Deuxième personne")
    wristband_match: bool = label(QT_TRANSLATE_NOOP("core", "Wristband matches"),
                                  "Bracelet concordant")
    label_confirmed: bool = label(QT_TRANSLATE_NOOP("core", "Product label confirmed"),
                                  "Étiquette du produit confirmée")
    at_utc: IsoDateTime = label(QT_TRANSLATE_NOOP("core", "Checked at"), "Vérifié le")


class InfusionEventContent(RecordContent):
    infusion_id: Id = label(QT_TRANSLATE_NOOP("core", "Infusion"), "Perfusion")
    number: Number3 = label(QT_TRANSLATE_NOOP("core", "Infusion number"), "Numéro de perfusion")
    kind: Literal["start", "pause", "resume", "stop"] = label(
        QT_TRANSLATE_NOOP("core", "Action"), "Action")
    at_utc: IsoDateTime = label(QT_TRANSLATE_NOOP("core", "At"), "À")
    reason: Text | None = label(QT_TRANSLATE_NOOP("core", "Reason"), "Motif", default=None)
    outcome: Literal["complete", "partial", "aborted"] | None = label(
        QT_TRANSLATE_NOOP("core", "Outcome"), "Issue", default=None)
    volume_given_ml: DecimalText | None = label(QT_TRANSLATE_NOOP("core", "Volume given"),
                                                "Volume administré", unit="mL", default=None)


class VitalReadingContent(RecordContent):
    infusion_id: Id = label(QT_TRANSLATE_NOOP("core", "Infusion"), "Perfusion")
    number: Number3 = label(QT_TRANSLATE_NOOP("core", "Infusion number"), "Numéro de perfusion")
    taken_utc: IsoDateTime = label(QT_TRANSLATE_NOOP("core", "Taken at"), "Mesuré le")
    timepoint: Code | None = label(QT_TRANSLATE_NOOP("core", "Time point"), "Temps du protocole",
                                   default=None)
    values: Annotated[dict[Code, DecimalText], Field(max_length=50)] = label(
        QT_TRANSLATE_NOOP("core", "Values"), "Valeurs")
    alerts: Annotated[list[JsonObject], Field(max_length=100)] = label(
        QT_TRANSLATE_NOOP("core", "Alerts"), "Alertes", default=[])
    source: FeedSource | None = label(QT_TRANSLATE_NOOP("core", "From the monitor"),
                                      "Du moniteur", default=None)


class AlertLink(RecordContent):
    reading_id: Id
    rules: Annotated[list[Code], Field(max_length=50)]


class AdverseEventContent(RecordContent):
    term: Annotated[str, Field(min_length=1, max_length=200)] = label(
        QT_TRANSLATE_NOOP("core", "Adverse event"), "Événement indésirable")
    onset_utc: IsoDateTime = label(QT_TRANSLATE_NOOP("core", "Onset"), "Début")
    end_utc: IsoDateTime | None = label(QT_TRANSLATE_NOOP("core", "End"), "Fin", default=None)
    aware_utc: IsoDateTime | None = label(QT_TRANSLATE_NOOP("core", "Investigator aware at"),
                                          "Investigateur informé le", default=None)
    grade: Annotated[int, Field(ge=1, le=5)] = label(QT_TRANSLATE_NOOP("core", "Grade"), "Grade")
    serious: bool = label(QT_TRANSLATE_NOOP("core", "Serious"), "Grave")
    seriousness: Annotated[list[Code], Field(max_length=20)] = label(
        QT_TRANSLATE_NOOP("core", "Seriousness criteria"), "Critères de gravité", default=[])
    relation: Code = label(QT_TRANSLATE_NOOP("core", "Relation to the infusion"),
                           "Lien avec la perfusion")
    expected: bool = label(QT_TRANSLATE_NOOP("core", "Expected"), "Attendu")
    action: Code = label(QT_TRANSLATE_NOOP("core", "Action taken"), "Mesure prise")
    outcome: Code = label(QT_TRANSLATE_NOOP("core", "Outcome"), "Évolution")
    aesi: Code | None = label(QT_TRANSLATE_NOOP("core", "Adverse event of special interest"),
                              "Événement indésirable d'intérêt particulier", default=None)
    infusion: Number3 | None = label(QT_TRANSLATE_NOOP("core", "Infusion number"),
                                     "Numéro de perfusion", default=None)
    notes: Annotated[str, Field(max_length=2000)] = label(QT_TRANSLATE_NOOP("core", "Notes"),
                                                          "Notes", default="")
    alert: AlertLink | None = label(QT_TRANSLATE_NOOP("core", "From the alert"), "Issu de l'alerte",
                                    default=None)


class SaeReportContent(RecordContent):
    ae_id: Id = label(QT_TRANSLATE_NOOP("core", "Adverse event"), "Événement indésirable")
    reported_utc: IsoDateTime = label(QT_TRANSLATE_NOOP("core", "Reported at"), "Déclaré le")
    by: Person = label(QT_TRANSLATE_NOOP("core", "Reported by"), "Déclaré par")


register(RecordType("infusion", InfusionContent, QT_TRANSLATE_NOOP("core", "Infusion"),
                    "Perfusion", Permission.RECORD_INFUSION))
register(RecordType("infusion_check", InfusionCheckContent,
                    QT_TRANSLATE_NOOP("core", "Two-person bedside check"),
                    "Double contrôle au lit", Permission.RECORD_INFUSION))
register(RecordType("infusion_event", InfusionEventContent,
                    QT_TRANSLATE_NOOP("core", "Infusion event"), "Événement de perfusion",
                    Permission.RECORD_INFUSION))
register(RecordType("vital_reading", VitalReadingContent, QT_TRANSLATE_NOOP("core", "Vital signs"),
                    "Signes vitaux", Permission.RECORD_INFUSION))
register(RecordType("adverse_event", AdverseEventContent,
                    QT_TRANSLATE_NOOP("core", "Adverse event"), "Événement indésirable"))
register(RecordType("sae_report", SaeReportContent,
                    QT_TRANSLATE_NOOP("core", "Serious adverse event reported"),
                    "Événement indésirable grave déclaré", Permission.SIGN_ADVERSE_EVENT))
