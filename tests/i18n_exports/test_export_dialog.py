"""Export dialog on a real vault and the real DB worker: progress, no freeze, roles."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD
from ui.context import AppContext
from ui.export_dialog import ExportDialog


@pytest.fixture
def ctx(tmp_vault):
    c = AppContext(tmp_vault)
    yield c
    c.worker.stop()


def _sign_in(ctx, username):
    ctx.signed_in(ctx.vault.login(username, PASSWORD))


def test_export_runs_in_background_with_progress(qtbot, ctx, tmp_path):
    _sign_in(ctx, "nurse")
    from bedside.patients import register_patient
    register_patient(ctx.session, {"mrn": "H1234567", "family_name": "Testeur", "given_name": "Paul",
                                   "date_of_birth": "1970-01-02", "sex": "M", "weight_kg": 80, "height_cm": 180})
    _sign_in(ctx, "datamanager")
    dialog = ExportDialog(ctx, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    assert not dialog.identified.isVisibleTo(dialog)  # data manager: pseudonymised only
    values = []
    dialog.progress.valueChanged.connect(values.append)
    dialog.export_button.click()
    assert dialog.running and not dialog.export_button.isEnabled()  # returned at once: work is on the worker
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert values[-1] == 100 and len(values) >= 3
    assert "pseudonymised" in dialog.result.folder.name
    assert "Testeur" not in (dialog.result.folder / "csv" / "patient.csv").read_text("utf-8-sig")
    assert str(dialog.result.folder) in dialog.status.text()
    assert dialog.export_button.isEnabled()
    assert dialog.open_button.isVisibleTo(dialog)


def test_bad_folder_shows_a_message_and_writes_nothing(qtbot, ctx, tmp_path):
    _sign_in(ctx, "datamanager")
    dialog = ExportDialog(ctx, folder=str(tmp_path / "missing"))
    qtbot.addWidget(dialog)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert "folder" in dialog.error.text().lower() and dialog.result is None
    assert not (tmp_path / "missing").exists()


def test_administrator_may_choose_identified(qtbot, ctx, tmp_path):
    _sign_in(ctx, "admin")
    dialog = ExportDialog(ctx, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.identified.isVisibleTo(dialog)
    dialog.identified.setChecked(True)
    for fmt, cb in dialog.format_boxes.items():
        cb.setChecked(fmt == "csv")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert dialog.result.folder.name.endswith("IDENTIFIED")


def test_language_is_remembered_per_user(tmp_vault):
    from bedside.users import set_language
    s = tmp_vault.login("nurse", PASSWORD)
    set_language(s, "en")
    assert tmp_vault.login("nurse", PASSWORD).user.language == "en"
    assert tmp_vault.login("investigator", PASSWORD).user.language == "fr"


def test_export_action_only_for_roles_that_may_export(qtbot, ctx):
    from ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    for username, visible in (("nurse", False), ("investigator", False), ("datamanager", True), ("admin", True)):
        win._signed_in(ctx.vault.login(username, PASSWORD), "")
        assert win.act_export.isVisible() is visible, username


def test_french_export_dialog_renders(qtbot, ctx, tmp_path, qapp):
    from ui.i18n import install_language

    _sign_in(ctx, "datamanager")
    install_language(qapp, "fr")
    try:
        dialog = ExportDialog(ctx, folder=str(tmp_path))
        qtbot.addWidget(dialog)
        dialog.resize(900, 620)
        dialog.show()
        assert dialog.windowTitle() == "Exporter les données de l'étude"
        assert dialog.format_boxes["fhir"].text() == "Bundle HL7 FHIR R4"
        png = tmp_path / "export_fr.png"
        assert dialog.grab().save(str(png)) and png.stat().st_size > 10_000
    finally:
        install_language(qapp, "en")


def _patient_with_free_text(ctx):
    _sign_in(ctx, "nurse")
    from bedside.patients import correct_patient, register_patient
    p = register_patient(ctx.session, {"mrn": "H7654321", "family_name": "Testeur", "given_name": "Paul",
                                       "date_of_birth": "1970-01-02", "sex": "M", "weight_kg": 80,
                                       "height_cm": 180})
    correct_patient(ctx.session, p.id, {"weight_kg": 81},
                    reason="Weighed again; daughter Sophie Lemaire confirmed, file 4455667")
    _sign_in(ctx, "datamanager")


def _exports(folder):
    return [p for p in folder.iterdir() if p.name.startswith("TJT2012_export")]


def _all_text(folder):
    return "\n".join(f.read_text("utf-8-sig") for f in folder.rglob("*") if f.is_file())


def _review_shown(qtbot, ctx, folder) -> ExportDialog:
    """Export asked for a patient with free text: the dialog shows its review."""
    _patient_with_free_text(ctx)
    dialog = ExportDialog(ctx, folder=str(folder))
    qtbot.addWidget(dialog)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.review_box.isVisibleTo(dialog), timeout=20000)
    return dialog


def test_words_no_rule_decides_are_reviewed_before_anything_is_written(qtbot, ctx, tmp_path):
    dialog = _review_shown(qtbot, ctx, tmp_path)
    listed = {dialog.review_table.item(i, 0).text() for i in range(dialog.review_table.rowCount())}
    assert {"Sophie", "Lemaire", "4455667"} <= listed
    assert _exports(tmp_path) == []  # nothing released yet
    dialog.strike_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    text = _all_text(dialog.result.folder)
    assert "Lemaire" not in text and "Sophie" not in text and "4455667" not in text
    assert "Weighed again" in text  # the rest of the reason stays


def test_review_cancelled_writes_nothing(qtbot, ctx, tmp_path):
    dialog = _review_shown(qtbot, ctx, tmp_path)
    dialog.cancel_review.click()
    assert _exports(tmp_path) == [] and dialog.result is None


def test_core_refuses_to_release_unreviewed_free_text(ctx, tmp_path):
    from bedside.export.service import ExportNeedsReview, export_vault
    _patient_with_free_text(ctx)
    with pytest.raises(ExportNeedsReview):
        export_vault(ctx.session, tmp_path)
    assert _exports(tmp_path) == []
    result = export_vault(ctx.session, tmp_path, reviewed=True)
    assert "Lemaire" in _all_text(result.folder)  # released as checked by the data manager


def test_administrator_chooses_the_csv_separator_in_site_settings(qtbot, ctx, tmp_path):
    from ui.settings_dialog import SettingsDialog
    _sign_in(ctx, "admin")
    dlg = SettingsDialog(ctx)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)
    combo = dlg.fields["export_csv_separator"]
    assert combo.currentData() == ";"  # a French site's default: opens in columns in Excel
    combo.setCurrentIndex(combo.findData(","))
    dlg.reason.setText("the sponsor imports the CSV by script")
    dlg.save()
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=30000)
    assert dlg.result() == dlg.DialogCode.Accepted
    assert ctx.session.settings["export_csv_separator"] == ","
    _sign_in(ctx, "datamanager")
    from bedside.export.service import export_vault
    result = export_vault(ctx.session, tmp_path, ["csv"])
    assert (result.folder / "csv" / "data_dictionary.csv").read_text("utf-8-sig").startswith("form,form_label")
