"""Dashboard section: follow-up visits upcoming, due and overdue."""
from __future__ import annotations

from bedside.followup.dashboard import visits_due
from ui.dashboard_sections import DashboardItem, DashboardSection
from ui.i18n import current_language, localized
from ui.qt import QtCore

translate = QtCore.QCoreApplication.translate


def _visits_due(session) -> list[DashboardItem]:
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


FOLLOW_UP_DUE = DashboardSection(
    "follow_up_due", "FollowUpDashboard",
    QtCore.QT_TRANSLATE_NOOP("FollowUpDashboard", "Follow-up visits due"), _visits_due)
