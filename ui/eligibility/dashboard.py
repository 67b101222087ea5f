"""Dashboard section (``ui.dashboard_sections.SECTIONS``): provisional
eligibility awaiting PCR/serology, overdue first, and the enrollment target."""
from __future__ import annotations

from bedside.eligibility import service
from ui.dashboard_sections import DashboardItem, DashboardSection
from ui.qt import QtCore

translate = QtCore.QCoreApplication.translate


def _confirmations(session) -> list[DashboardItem]:
    """Provisional eligibility awaiting PCR/serology (overdue first), and
    the enrollment target as it is approached."""
    out = []
    for c in service.provisional_confirmations(session):
        day = c.due[8:10] + "/" + c.due[5:7] + "/" + c.due[:4]
        if c.overdue:
            text = translate("Eligibility", "{label}: positive PCR/serology confirmation OVERDUE (due {due})")
            out.append(DashboardItem(text.format(label=c.label, due=day), c.patient_id, 2))
        else:
            text = translate("Eligibility", "{label}: provisionally eligible, positive PCR/serology due by {due}")
            out.append(DashboardItem(text.format(label=c.label, due=day), c.patient_id, 1))
    n, target, state = service.enrollment(session)
    if state == "reached":
        out.append(DashboardItem(translate("Eligibility", "Enrollment target reached: {n} of {target} included.")
                                 .format(n=n, target=target), None, 1))
    elif state == "near":
        out.append(DashboardItem(translate("Eligibility", "Enrollment target nearly reached: {n} of {target} "
                                           "included.").format(n=n, target=target), None, 1))
    return out


CONFIRMATIONS = DashboardSection(
    "confirmations", "Eligibility",
    QtCore.QT_TRANSLATE_NOOP("Eligibility", "Eligibility: PCR/serology confirmations and enrollment"),
    _confirmations)
