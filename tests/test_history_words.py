"""Issue 16 items 18 and 20: the history and audit tables show words, not
stored keys (login, create, weight_kg), one date format and decimal commas."""
from bedside.patients import correct_patient, register_patient
from bedside.roles import Role
from ui.history_dialog import HistoryModel
from ui.qt import QtCore


def _column(model, name):
    col = HistoryModel.COLUMNS.index(name)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_history_in_french_has_no_internal_keys(session_as, french):
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, {"mrn": "H400001", "family_name": "Roux", "given_name": "Anne",
                                 "date_of_birth": "1958-03-02", "sex": "F", "weight_kg": 80.5,
                                 "height_cm": 165, "wristband": "WB-H400001"})
    correct_patient(nurse, p.id, {"weight_kg": 81.5}, reason="pesée")
    model = HistoryModel(nurse.audit_trail(p.id))
    what = _column(model, "what")
    assert set(what) <= {"création", "correction", "enregistrement"} and "création" in what
    changes = " ".join(_column(model, "changes"))
    assert "poids (kg)\u00a0: 80,5 → 81,5" in changes
    assert "weight" not in changes and "80.5" not in changes
    when = _column(model, "when")[0]
    assert QtCore.QRegularExpression(r"^\d\d/\d\d/\d{4} \d\d:\d\d:\d\d \(UTC").match(when).hasMatch()


def test_audit_trail_words_for_sign_in(session_as, french):
    admin = session_as(Role.ADMINISTRATOR)
    model = HistoryModel(admin.audit_trail(limit=50))
    what = _column(model, "what")
    assert "connexion" in what and "login" not in what
