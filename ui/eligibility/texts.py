"""Translated words for eligibility statuses, verdicts and choices (core
messages go through ``ui.errors.text``)."""
from __future__ import annotations

from ui.qt import QtCore


translate = QtCore.QCoreApplication.translate


def status_text(status: str, kind: str = "inclusion") -> str:
    if kind == "exclusion":
        return {"met": translate("Eligibility", "Clear"), "not_met": translate("Eligibility", "Excludes"), "missing": translate("Eligibility", "To enter")}.get(status, status)
    return {"met": translate("Eligibility", "Met"), "not_met": translate("Eligibility", "Not met"), "missing": translate("Eligibility", "To enter"),
            "provisional": translate("Eligibility", "Provisional"), "pending": translate("Eligibility", "Pending"),
            "cannot_be_met": translate("Eligibility", "Cannot be met")}.get(status, status)


def overall_text(status: str) -> str:
    return {"eligible": translate("Eligibility", "ELIGIBLE"), "provisionally_eligible": translate("Eligibility", "PROVISIONALLY ELIGIBLE"),
            "not_eligible": translate("Eligibility", "NOT ELIGIBLE"), "incomplete": translate("Eligibility", "INCOMPLETE")}.get(status, status)


OVERALL_CHIP = {"eligible": "met", "provisionally_eligible": "provisional", "not_eligible": "not_met",
                "incomplete": "missing"}


def choice_text(value: str) -> str:
    return {"yes": translate("Eligibility", "Yes"), "no": translate("Eligibility", "No"), "A": translate("Eligibility", "Group A"), "B": translate("Eligibility", "Group B"),
            "negative": translate("Eligibility", "Negative"), "positive": translate("Eligibility", "Positive"), "pcr": translate("Eligibility", "PCR"),
            "serology": translate("Eligibility", "Serology"), "female": translate("Eligibility", "Female"), "male": translate("Eligibility", "Male")}.get(value, value)
