"""Plain words for consent codes (pathway, scope, outcome), translated."""
from __future__ import annotations

from ui.qt import QtCore

QT_TRANSLATE_NOOP = QtCore.QT_TRANSLATE_NOOP  # this exact name: lupdate looks for it
PATHWAY = {"patient": QT_TRANSLATE_NOOP("ConsentWords", "the patient"), "representative": QT_TRANSLATE_NOOP("ConsentWords", "the legal representative"),
           "witness": QT_TRANSLATE_NOOP("ConsentWords", "an impartial witness")}
SCOPE = {"stop_treatment": QT_TRANSLATE_NOOP("ConsentWords", "stop trial treatment"),
         "stop_follow_up": QT_TRANSLATE_NOOP("ConsentWords", "stop follow-up visits"),
         "object_data_use": QT_TRANSLATE_NOOP("ConsentWords", "object to use of data already collected")}
OUTCOME = {"refuse": QT_TRANSLATE_NOOP("ConsentWords", "refused to continue"), "died": QT_TRANSLATE_NOOP("ConsentWords", "died without regaining capacity"),
           "discharged": QT_TRANSLATE_NOOP("ConsentWords", "discharged without regaining capacity")}


def word(table: dict, key: str) -> str:
    return QtCore.QCoreApplication.translate("ConsentWords", table[key]) if key in table else key
