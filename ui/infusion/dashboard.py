"""Dashboard sections for infusions (added to ui/dashboard_sections.py by
``ui.infusion.register``);
follow-up visits: ui/followup/dashboard.py."""
from __future__ import annotations

from bedside.infusion import dashboard as core
from bedside.infusion import schedule
from ui.dashboard_sections import DashboardItem as Item
from ui.dashboard_sections import DashboardSection
from ui.qt import QtCore


def DashboardItem(text, patient_id=None, urgency=0, target="infusion"):  # noqa: N802 - an item that opens the infusion tab
    return Item(text, patient_id, urgency, target)





def _infusions_due(session) -> list[DashboardItem]:
    out = []
    for d in core.infusions_due(session):
        p = d.params
        if d.kind == "running":
            text = QtCore.QCoreApplication.translate("InfusionDashboard", "{who} · infusion {n} in progress ({status})").format(
                who=d.patient_label, n=p["number"],
                status=QtCore.QCoreApplication.translate("InfusionDashboard", "running") if p["status"] == "running" else QtCore.QCoreApplication.translate("InfusionDashboard", "paused"))
            if p["overdue"]:
                text += " · " + QtCore.QCoreApplication.translate("InfusionDashboard", "{k} reading(s) overdue").format(k=p["overdue"])
        else:
            tmpl = {"due": QtCore.QCoreApplication.translate("InfusionDashboard", "{who} · infusion {n} due today ({a} – {b})"),
                    "overdue": QtCore.QCoreApplication.translate("InfusionDashboard", "{who} · infusion {n} OVERDUE (window {a} – {b})"),
                    "upcoming": QtCore.QCoreApplication.translate("InfusionDashboard", "{who} · infusion {n} from {a} (window to {b})")}[p["status"]]
            text = tmpl.format(who=d.patient_label, n=p["number"], a=p["start"].strftime("%d/%m"),
                               b=p["end"].strftime("%d/%m"))
        out.append(DashboardItem(text, d.patient_id, d.urgency))
    return out


def _sae_clocks(session) -> list[DashboardItem]:
    out = []
    for d in core.sae_clocks(session):
        p = d.params
        if p["overdue"]:
            text = QtCore.QCoreApplication.translate("InfusionDashboard", "{who} · SAE “{term}” report LATE by {t}").format(
                who=d.patient_label, term=p["term"], t=schedule.format_countdown(-p["seconds_left"]))
        else:
            text = QtCore.QCoreApplication.translate("InfusionDashboard", "{who} · SAE “{term}” report within {t}").format(
                who=d.patient_label, term=p["term"], t=schedule.format_countdown(p["seconds_left"]))
        out.append(DashboardItem(text, d.patient_id, d.urgency, "infusion:ae"))
    return out


INFUSIONS_DUE = DashboardSection(
    "infusions_due", "InfusionDashboard", QtCore.QT_TRANSLATE_NOOP("InfusionDashboard", "Infusions due"),
    _infusions_due)
SAE_CLOCKS = DashboardSection(
    "sae_clocks", "InfusionDashboard",
    QtCore.QT_TRANSLATE_NOOP("InfusionDashboard", "Serious adverse events: 24 h reporting"), _sae_clocks)
SECTIONS = [INFUSIONS_DUE, SAE_CLOCKS]
