"""Help ▸ About Bedside (ui/about_dialog.py), real widgets offscreen."""

import json

import pytest

pytest.importorskip("ui.qt")

from bedside import __version__, build_info  # noqa: E402
from ui.about_dialog import AboutDialog  # noqa: E402
from ui.qt import QApplication  # noqa: E402


@pytest.fixture
def dialog(qtbot):
    d = AboutDialog()
    qtbot.addWidget(d)
    d.show()
    return d


def test_shows_version_build_commit_and_protocols(dialog):
    facts = {k: w.text() for k, w in dialog.fact_labels.items()}
    assert facts["version"] == __version__
    assert facts["build"].startswith(build_info.current().short_commit)
    assert facts["protocol"]  # a list or "none found", never empty


def test_lists_qt_under_lgpl_and_the_python_dependencies(dialog):
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    qt = next(v for k, v in rows.items() if k.startswith("Qt 6"))
    assert qt[1] == "LGPL-3.0-only" and qt[0].startswith("6.")
    assert any(k.startswith("SQLCipher") for k in rows)
    for dist in ("SQLAlchemy", "cryptography", "sqlcipher3", "alembic"):
        assert dist in rows, dist


def test_selecting_a_component_shows_its_full_licence_text(dialog, qtbot):
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    dialog.table.selectRow(next(i for i, n in enumerate(names) if n.startswith("Qt 6")))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    dialog.table.selectRow(names.index("cryptography"))
    assert "Apache License" in dialog.licence_text.toPlainText()


def test_copy_details_puts_a_support_summary_on_the_clipboard(dialog):
    dialog.copy_button.click()
    text = QApplication.clipboard().text()
    assert text.startswith(f"Bedside {__version__}") and "LGPL-3.0-only" in text


def test_a_bundle_layout_is_read_from_its_resources(qtbot, tmp_path):
    res = tmp_path / "resources"
    (res / "protocols").mkdir(parents=True)
    (res / "licenses" / "python" / "tiny").mkdir(parents=True)
    (res / "protocols" / "p.json").write_text(json.dumps({"protocol_id": "TJT2012", "version": "7"}),
                                              encoding="utf-8")
    (res / "licenses" / "components.json").write_text(json.dumps({"components": []}), encoding="utf-8")
    (res / "licenses" / "python" / "tiny" / "LICENSE").write_text("TINY LICENCE TEXT", encoding="utf-8")
    (res / "licenses" / "bundled.json").write_text(json.dumps({"components": [
        {"name": "tiny", "version": "1.0", "licence": "Zlib", "licence_files": ["python/tiny/LICENSE"]}]}),
        encoding="utf-8")
    d = AboutDialog(resources=res)
    qtbot.addWidget(d)
    assert d.fact_labels["protocol"].text() == "TJT2012 v7"
    assert d.table.rowCount() == 1
    d.table.selectRow(0)
    assert "TINY LICENCE TEXT" in d.licence_text.toPlainText()


def test_a_missing_licence_file_is_said_not_crashed(qtbot, tmp_path):
    res = tmp_path / "resources"
    (res / "licenses").mkdir(parents=True)
    (res / "licenses" / "bundled.json").write_text(json.dumps({"components": [
        {"name": "gone", "version": "1", "licence": "MIT", "licence_files": ["python/gone/LICENSE"]}]}),
        encoding="utf-8")
    d = AboutDialog(resources=res)
    qtbot.addWidget(d)
    d.table.selectRow(0)
    assert "missing from this installation" in d.licence_text.toPlainText()


def test_help_menu_opens_about_from_the_main_window(qtbot, tmp_vault, monkeypatch):
    from ui import about_dialog
    from ui.context import AppContext
    from ui.main_window import MainWindow

    ctx = AppContext(tmp_vault)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    about_dialog.install_help_menu(window)
    opened = []
    monkeypatch.setattr(about_dialog.AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window.act_about.trigger()
    assert len(opened) == 1 and opened[0].parent() is window
    ctx.worker.stop()
