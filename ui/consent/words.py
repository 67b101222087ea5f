"""Plain words for consent codes (pathway, scope, outcome), translated."""
from __future__ import annotations

from ui.qt import QtCore

_T = QtCore.QT_TRANSLATE_NOOP
PATHWAY = {"patient": _T("ConsentWords", "the patient"), "representative": _T("ConsentWords", "the legal representative"),
           "witness": _T("ConsentWords", "an impartial witness")}
SCOPE = {"stop_treatment": _T("ConsentWords", "stop trial treatment"),
         "stop_follow_up": _T("ConsentWords", "stop follow-up visits"),
         "object_data_use": _T("ConsentWords", "object to use of data already collected")}
OUTCOME = {"refuse": _T("ConsentWords", "refused to continue"), "died": _T("ConsentWords", "died without regaining capacity"),
           "discharged": _T("ConsentWords", "discharged without regaining capacity")}


def word(table: dict, key: str) -> str:
    return QtCore.QCoreApplication.translate("ConsentWords", table[key]) if key in table else key
