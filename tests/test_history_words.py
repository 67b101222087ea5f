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


def test_every_change_is_shown_in_full_one_a_line(qtbot, session_as, app_ctx):
    """A correction of three fields: the dialog shows the three, each on its
    own line, the row as tall as them -- not cut to "poids (kg) : 82,…" with
    the rest behind a tooltip a gloved hand cannot reach."""
    from tests.conftest import settle
    from ui.history_dialog import HistoryDialog
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, {"mrn": "H400002", "family_name": "Roux", "given_name": "Anne",
                                 "date_of_birth": "1958-03-02", "sex": "F", "weight_kg": 80.5,
                                 "height_cm": 165, "wristband": "WB-H400002"})
    correct_patient(nurse, p.id, {"weight_kg": 81.5, "height_cm": 166,
                                  "wristband": "WB-H400002-B"}, reason="weighed and measured again")
    ctx = app_ctx(nurse)
    dialog = HistoryDialog(ctx, p.id, "patient")
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    col = HistoryModel.COLUMNS.index("changes")
    text = dialog.model.data(dialog.model.index(0, col))
    assert len(text.splitlines()) == 3 and "81.5" in text and "WB-H400002-B" in text
    assert dialog.model.data(dialog.model.index(0, col), QtCore.Qt.ItemDataRole.ToolTipRole) == text
    lines = dialog.view.fontMetrics().lineSpacing()
    assert dialog.view.rowHeight(0) >= 3 * lines > dialog.view.rowHeight(1)
