"""Dashboard section: pending consent confirmations, most urgent first, with
days since the surrogate consent; plus patients due for re-consent."""
from __future__ import annotations

from bedside.consent.status import pending_confirmations, reconsent_due
from bedside.patients import get_patient
from ui.dashboard_sections import DashboardItem, DashboardSection
from ui.qt import QtCore


def _item(text: str, patient_id: str, urgency: int) -> DashboardItem:
    return DashboardItem(text, patient_id, urgency)


def overdue_after_days() -> int:
    import json
    from bedside.consent.forms import RESOURCES
    try:
        return int(json.loads((RESOURCES / "deferred_confirmation.json").read_text("utf-8"))["overdue_after_days"])
    except (OSError, ValueError, KeyError, TypeError):
        return 7



def _pending(session) -> list[DashboardItem]:
    out = []
    overdue = overdue_after_days()
    for p in pending_confirmations(session):
        patient = get_patient(session, p.patient_id)
        who = QtCore.QCoreApplication.translate("ConsentDashboard", "representative") if p.pathway == "representative" else QtCore.QCoreApplication.translate("ConsentDashboard", "witness")
        if p.capable_now:
            text = QtCore.QCoreApplication.translate("ConsentDashboard", "{name} ({label}) — can decide now: ask to confirm (consent by {who}, {days} d ago)")
        else:
            text = QtCore.QCoreApplication.translate("ConsentDashboard", "{name} ({label}) — consent by {who} {days} d ago, confirmation pending")
        out.append(_item(text.format(name=patient.display_name, label=patient.label(), who=who, days=p.days),
                         p.patient_id, 2 if (p.capable_now or p.days >= overdue) else 1))
    for pid in reconsent_due(session):
        patient = get_patient(session, pid)
        out.append(_item(QtCore.QCoreApplication.translate("ConsentDashboard", "{name} ({label}) — re-consent due: new form version approved").format(
            name=patient.display_name, label=patient.label()), pid, 1))
    return out


PENDING_CONFIRMATIONS = DashboardSection(
    "pending_confirmations", "ConsentDashboard",
    QtCore.QT_TRANSLATE_NOOP("ConsentDashboard", "Consent: confirmations pending"), _pending)
