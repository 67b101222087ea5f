"""Dashboard section: pending consent confirmations, most urgent first, with
days since the surrogate consent; plus patients due for re-consent."""
from __future__ import annotations

from bedside.consent.status import pending_confirmations, reconsent_due
from bedside.patients import get_patient
from ui.qt import QtCore


def _item(text: str, patient_id: str, urgency: int):
    try:
        from ui.dashboard_sections import DashboardItem
    except ImportError:  # foundation UI not merged yet
        from collections import namedtuple
        DashboardItem = namedtuple("DashboardItem", "text patient_id urgency")
    return DashboardItem(text, patient_id, urgency)


def overdue_after_days() -> int:
    import json
    from bedside.consent.forms import RESOURCES
    try:
        return int(json.loads((RESOURCES / "deferred_confirmation.json").read_text("utf-8"))["overdue_after_days"])
    except (OSError, ValueError, KeyError, TypeError):
        return 7


def _tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("ConsentDashboard", text)


class PendingConfirmationsSection:
    @staticmethod
    def title() -> str:
        return _tr("Consent: confirmations pending")

    @staticmethod
    def items(session) -> list:
        out = []
        overdue = overdue_after_days()
        for p in pending_confirmations(session):
            patient = get_patient(session, p.patient_id)
            who = _tr("representative") if p.pathway == "representative" else _tr("witness")
            if p.capable_now:
                text = _tr("{name} ({label}) — can decide now: ask to confirm (consent by {who}, {days} d ago)")
            else:
                text = _tr("{name} ({label}) — consent by {who} {days} d ago, confirmation pending")
            out.append(_item(text.format(name=patient.display_name, label=patient.label(), who=who, days=p.days),
                             p.patient_id, 2 if (p.capable_now or p.days >= overdue) else 1))
        for pid in reconsent_due(session):
            patient = get_patient(session, pid)
            out.append(_item(_tr("{name} ({label}) — re-consent due: new form version approved").format(
                name=patient.display_name, label=patient.label()), pid, 1))
        return out
