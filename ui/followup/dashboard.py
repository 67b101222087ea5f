"""Dashboard section: follow-up visits upcoming, due and overdue."""
from __future__ import annotations

from bedside.followup.dashboard import visits_due
from ui.i18n import current_language, localized
from ui.qt import QtCore

translate = QtCore.QCoreApplication.translate


class FollowUpDue:
    @staticmethod
    def title() -> str:
        return translate("FollowUpDashboard", "Follow-up visits due")

    @staticmethod
    def items(session) -> list:
        from ui.dashboard_sections import DashboardItem
        lang = current_language()
        out = []
        for d in visits_due(session):
            p = d.params
            tmpl = {"due": translate("FollowUpDashboard", "{who} · {visit} due {a} – {b}"),
                    "overdue": translate("FollowUpDashboard", "{who} · {visit} OVERDUE (window {a} – {b})"),
                    "upcoming": translate("FollowUpDashboard", "{who} · {visit} from {a}")}[p["status"]]
            out.append(DashboardItem(tmpl.format(who=d.patient_label, visit=localized(p["label"], lang),
                                                 a=p["start"].strftime("%d/%m"), b=p["end"].strftime("%d/%m")),
                                     d.patient_id, d.urgency))
        return out
