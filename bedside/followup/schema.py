"""Declarations of the follow-up record types (bedside/record_types.py):
a follow-up visit and the end of participation.

The rules that need only the record itself are declared here, so they hold
at every door (local write, server push, pull on every PC, ``bedside
verify``): codes from the protocol file, a death with its date and cause,
dates in order, every AESI category and treatment of interest answered once,
one end reason with exactly the facts that reason needs. Rules that need
other records (the patient's inclusion date, the AE log, the consent
withdrawal) are in ``visits.py`` and ``end.py``."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from .. import participation
from ..i18n import QT_TRANSLATE_NOOP
from ..record_fields import (Code, FieldProblem, Id, IsoDate, Line, RecordContent, Text, label)
from ..record_types import RecordType, register
from ..roles import Permission
from .protocol import codes, load

VISIT = "follow_up_visit"
END = participation.END_OF_PARTICIPATION
SCOPES = ("stop_treatment", "stop_follow_up", "object_data_use")


def _one_of(kind: str):
    def check(value: str) -> str:
        p = load()
        allowed = {"visit": p.visit_ids(), "support": codes(p.respiratory_support),
                   "aesi": codes(p.aesi), "treatment": codes(p.concomitant_treatments),
                   "end": codes(p.end_reasons), "contact": codes(p.contact_methods)}[kind]
        if value not in allowed:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "is not one of the protocol's choices"))
        return value
    return check


VisitCode = Annotated[Code, AfterValidator(_one_of("visit"))]
SupportCode = Annotated[Code, AfterValidator(_one_of("support"))]
AesiCode = Annotated[Code, AfterValidator(_one_of("aesi"))]
TreatmentCode = Annotated[Code, AfterValidator(_one_of("treatment"))]
EndCode = Annotated[Code, AfterValidator(_one_of("end"))]
ContactCode = Annotated[Code, AfterValidator(_one_of("contact"))]


class SupportPeriod(RecordContent):
    support: SupportCode
    start: IsoDate
    end: IsoDate | None = None


class AesiAnswer(RecordContent):
    category: AesiCode
    occurred: bool
    ae_ids: Annotated[list[Id], Field(max_length=50)] = []


class TreatmentAnswer(RecordContent):
    treatment: TreatmentCode
    given: bool


class ContactAttempt(RecordContent):
    on: IsoDate
    method: ContactCode
    outcome: Line


class FollowUpVisitContent(RecordContent):
    visit: VisitCode = label(QT_TRANSLATE_NOOP("core", "Visit"), "Visite")
    visit_date: IsoDate = label(QT_TRANSLATE_NOOP("core", "Visit date"), "Date de la visite")
    unscheduled_reason: Text | None = label(
        QT_TRANSLATE_NOOP("core", "Reason for the unscheduled visit"), "Motif de la visite non programmée",
        default=None)
    vital_status: Literal["alive", "died"] = label(QT_TRANSLATE_NOOP("core", "Vital status"),
                                                   "Statut vital")
    death_date: IsoDate | None = label(QT_TRANSLATE_NOOP("core", "Date of death"), "Date du décès",
                                       default=None)
    death_cause: Line | None = label(QT_TRANSLATE_NOOP("core", "Cause of death"), "Cause du décès",
                                     default=None)
    support_at_visit: SupportCode | None = label(
        QT_TRANSLATE_NOOP("core", "Respiratory support at the visit"), "Support respiratoire à la visite",
        default=None)
    support_periods: Annotated[list[SupportPeriod], Field(max_length=20)] = label(
        QT_TRANSLATE_NOOP("core", "Respiratory support since inclusion"),
        "Support respiratoire depuis l'inclusion", default=[])
    icu_discharge_date: IsoDate | None = label(QT_TRANSLATE_NOOP("core", "ICU discharge"),
                                               "Sortie des soins intensifs", default=None)
    hospital_discharge_date: IsoDate | None = label(QT_TRANSLATE_NOOP("core", "Hospital discharge"),
                                                    "Sortie de l'hôpital", default=None)
    aesi_review: Annotated[list[AesiAnswer], Field(max_length=20)] = label(
        QT_TRANSLATE_NOOP("core", "Adverse events of special interest reviewed"),
        "Revue des événements indésirables d'intérêt particulier")
    concomitant: Annotated[list[TreatmentAnswer], Field(max_length=30)] = label(
        QT_TRANSLATE_NOOP("core", "Concomitant treatments of interest"),
        "Traitements concomitants d'intérêt")
    notes: Annotated[Text, Field(max_length=2000)] = label(QT_TRANSLATE_NOOP("core", "Notes"), "Notes",
                                                           default="")

    @model_validator(mode="after")
    def _coherent(self):
        p = load()
        unscheduled = self.visit == p.unscheduled.id
        if unscheduled != bool((self.unscheduled_reason or "").strip()):
            raise FieldProblem(QT_TRANSLATE_NOOP(
                "core", "needs a reason for an unscheduled visit, and only for one"))
        if self.vital_status == "died":
            if not self.death_date or not (self.death_cause or "").strip():
                raise FieldProblem(QT_TRANSLATE_NOOP("core", "needs the date and the cause of death"))
            if self.death_date > self.visit_date:
                raise FieldProblem(QT_TRANSLATE_NOOP("core", "has a death after the visit date"))
            if self.support_at_visit is not None:
                raise FieldProblem(QT_TRANSLATE_NOOP("core", "gives a respiratory support after death"))
        else:
            if self.death_date or self.death_cause:
                raise FieldProblem(QT_TRANSLATE_NOOP("core", "gives a death for a patient alive"))
            if self.support_at_visit is None:
                raise FieldProblem(QT_TRANSLATE_NOOP("core", "needs the respiratory support at the visit"))
        last = self.death_date or self.visit_date
        for period in self.support_periods:
            if period.start > last or (period.end is not None and not period.start <= period.end <= last):
                raise FieldProblem(QT_TRANSLATE_NOOP(
                    "core", "has a respiratory support period whose dates are out of order"))
        for d in (self.icu_discharge_date, self.hospital_discharge_date):
            if d is not None and d > last:
                raise FieldProblem(QT_TRANSLATE_NOOP("core", "has a discharge after the visit"))
        if self.icu_discharge_date and self.hospital_discharge_date and \
                self.hospital_discharge_date < self.icu_discharge_date:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "has a hospital discharge before the ICU discharge"))
        asked = [a.category for a in self.aesi_review]
        if sorted(asked) != sorted(codes(p.aesi)):
            raise FieldProblem(QT_TRANSLATE_NOOP(
                "core", "must answer each adverse event of special interest exactly once"))
        for a in self.aesi_review:
            if a.occurred != bool(a.ae_ids) or len(set(a.ae_ids)) != len(a.ae_ids):
                raise FieldProblem(QT_TRANSLATE_NOOP(
                    "core", "must link each adverse event of special interest that occurred to the "
                    "adverse event log, and link none that did not"))
        if sorted(t.treatment for t in self.concomitant) != sorted(codes(p.concomitant_treatments)):
            raise FieldProblem(QT_TRANSLATE_NOOP(
                "core", "must answer each concomitant treatment of interest exactly once"))
        return self


class EndOfParticipationContent(RecordContent):
    reason: EndCode = label(QT_TRANSLATE_NOOP("core", "End of participation"), "Fin de participation")
    end_date: IsoDate = label(QT_TRANSLATE_NOOP("core", "Last day of participation"),
                              "Dernier jour de participation")
    death_date: IsoDate | None = label(QT_TRANSLATE_NOOP("core", "Date of death"), "Date du décès",
                                       default=None)
    death_cause: Line | None = label(QT_TRANSLATE_NOOP("core", "Cause of death"), "Cause du décès",
                                     default=None)
    withdrawal_step_id: Id | None = label(QT_TRANSLATE_NOOP("core", "Consent withdrawal"),
                                          "Retrait du consentement", default=None)
    withdrawal_scope: Annotated[list[Literal["stop_treatment", "stop_follow_up", "object_data_use"]],
                                Field(max_length=3)] = label(
        QT_TRANSLATE_NOOP("core", "Withdrawal covers"), "Le retrait couvre", default=[])
    contact_attempts: Annotated[list[ContactAttempt], Field(max_length=30)] = label(
        QT_TRANSLATE_NOOP("core", "Contact attempts"), "Tentatives de contact", default=[])
    explanation: Annotated[Text, Field(max_length=2000)] = label(
        QT_TRANSLATE_NOOP("core", "Explanation"), "Explication", default="")

    @model_validator(mode="after")
    def _one_reason(self):
        r = self.reason
        died = r == "died"
        if died != bool(self.death_date) or died != bool((self.death_cause or "").strip()):
            raise FieldProblem(QT_TRANSLATE_NOOP(
                "core", "needs the date and cause of death when the patient died, and only then"))
        if died and self.death_date != self.end_date:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "must end on the day of death"))
        withdrawn = r == "withdrawn"
        if withdrawn != bool(self.withdrawal_step_id) or withdrawn != bool(self.withdrawal_scope):
            raise FieldProblem(QT_TRANSLATE_NOOP(
                "core", "must name the consent withdrawal and what it covers when consent was withdrawn, "
                "and only then"))
        lost = r == "lost_to_follow_up"
        if lost != bool(self.contact_attempts):
            raise FieldProblem(QT_TRANSLATE_NOOP(
                "core", "lists contact attempts when the patient is lost to follow-up, and only then"))
        if lost and len(self.contact_attempts) < load().lost_min_attempts:
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "needs more contact attempts before lost to follow-up"))
        if any(a.on > self.end_date for a in self.contact_attempts):
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "has a contact attempt after the last day of participation"))
        if r == "investigator_decision" and not self.explanation.strip():
            raise FieldProblem(QT_TRANSLATE_NOOP("core", "needs the investigator's explanation"))
        return self


register(RecordType(VISIT, FollowUpVisitContent, QT_TRANSLATE_NOOP("core", "Follow-up visit"),
                    "Visite de suivi"))
register(RecordType(END, EndOfParticipationContent,
                    QT_TRANSLATE_NOOP("core", "End of participation"), "Fin de participation",
                    Permission.SIGN_FOLLOW_UP, one_per_patient=True))
