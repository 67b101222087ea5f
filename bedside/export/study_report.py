"""The endpoint view and the CONSORT screen read one report: day-28
endpoints per patient (by subject id) and for the study, the screening log
with its CONSORT counts and the flow diagram — the very functions the
export uses, on the same data, so the screen and the files agree.
For investigators and the data manager."""
from __future__ import annotations

from dataclasses import dataclass

from bedside.errors import PermissionDenied
from bedside.export.consort import (ConsortCounts, ScreeningEntry, consort_counts, invariant_problems,
                                    screening_log)
from bedside.export.consort_figure import consort_svg
from bedside.export.privacy import Pseudonymiser
from bedside.export.endpoints import PatientEndpoints, StudyEndpoints, data_date, patient_endpoints, study_endpoints
from bedside.export.source import from_session
from bedside.roles import Permission


@dataclass(frozen=True)
class StudyReport:
    patients: list[tuple[str, PatientEndpoints]]     # (subject id, endpoints)
    study: StudyEndpoints
    entries: list[ScreeningEntry]
    counts: ConsortCounts
    problems: list[str]                              # what does not add up (empty: it does)

    def figure(self, lang: str) -> str:
        return consort_svg(self.counts, lang)


def may_view(session) -> bool:
    return session.can(Permission.SIGN_FOLLOW_UP) or session.can(Permission.EXPORT)


def study_report(session) -> StudyReport:
    if not may_view(session):
        raise PermissionDenied(role=session.user.role, action="view the trial's endpoints")
    data = from_session(session)
    pseudo = Pseudonymiser(data)
    eps = patient_endpoints(data, data_date(data))
    entries = screening_log(data, pseudo)
    counts = consort_counts(entries)
    return StudyReport([(pseudo.subject(e.patient_id), e) for e in eps], study_endpoints(eps), entries, counts,
                       invariant_problems(counts, entries))
