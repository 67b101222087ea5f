"""Saving a copy of the PDF consent record outside the vault (issue 16): the
dialog opens in the site's export folder (else the user's Documents, never
the working directory), nothing is written unless the user chose a file, the
file name carries no patient name, and the audit trail records who saved
which consent record where.  Real vault, real Qt file dialog (offscreen)."""
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from bedside.consent import copy as copy_mod
from bedside.consent import service
from bedside.errors import BedsideError, ValidationError
from bedside.roles import Role
from tests.conftest import PASSWORD
from tests.consent.data import consent_event, good_signature, new_patient
from ui.consent.tab import CONSENT_TAB
from ui.qt import QtCore, QtWidgets


@pytest.fixture
def consented(inv):
    pid = new_patient(inv, name="Jeanne Lecomte", mrn="MRN-77")
    version, _esig, _pdf = service.record_consent(inv, pid, consent_event("patient"), signature=good_signature(),
                                                  password=PASSWORD)
    return pid, version


def _copies(session):
    return [e for e in session.audit_trail() if e.action == copy_mod.AUDIT_ACTION]


def _open_tab(qtbot, ctx, pid):
    tab = CONSENT_TAB.create(ctx, pid)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.loaded and tab.pdf.isEnabled(), timeout=20000)
    return tab


def _answer_dialog(qtbot, seen: dict, choose: Path | None):
    """When the save dialog shows: note where it opened, then pick *choose* (or cancel)."""
    def answer():
        dlg = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(dlg, QtWidgets.QFileDialog):
            QtCore.QTimer.singleShot(50, answer)
            return
        seen["folder"] = Path(dlg.directory().absolutePath())
        seen["name"] = Path(dlg.selectedFiles()[0]).name if dlg.selectedFiles() else ""
        if choose is None:
            dlg.reject()
        else:
            # typed, as a user does: selectFile() leaves the name alone once
            # the name field has focus, which it may or may not have by now
            dlg.findChild(QtWidgets.QLineEdit, "fileNameEdit").setText(str(choose))
            dlg.accept()
    QtCore.QTimer.singleShot(50, answer)


def test_copy_opens_in_the_site_export_folder_and_is_audited(qtbot, tmp_vault, session_as, inv_ctx, inv,
                                                              consented, tmp_path):
    pid, version = consented
    site_folder = tmp_path / "exports"
    site_folder.mkdir()
    admin = session_as(Role.ADMINISTRATOR)
    admin.settings.update({"export_folder": str(site_folder)}, "site share for printed copies")
    tab = _open_tab(qtbot, inv_ctx, pid)
    seen: dict = {}
    _answer_dialog(qtbot, seen, site_folder / "copie-dossier.pdf")
    tab.pdf.click()
    qtbot.waitUntil(lambda: tab.pdf_saved is not None, timeout=20000)
    assert seen["folder"] == site_folder
    assert seen["name"].startswith("consent-") and "Lecomte" not in seen["name"] and "Jeanne" not in seen["name"]
    written = Path(tab.pdf_saved)
    assert written == site_folder / "copie-dossier.pdf"
    assert written.read_bytes() == service.pdf_for(inv, version)
    assert tab.copy_note.isVisible() and str(written) in tab.copy_note.text()
    (entry,) = _copies(inv)
    assert entry.record_id == version.record_id and entry.username == inv.user.username
    assert entry.details["folder"] == str(site_folder) and entry.details["file"] == "copie-dossier.pdf"
    from bedside.field_words import AUDIT_ACTIONS
    assert copy_mod.AUDIT_ACTION in AUDIT_ACTIONS          # the audit trail says it in words


def test_cancelling_writes_nothing_and_records_nothing(qtbot, inv_ctx, inv, consented, tmp_path, monkeypatch):
    pid, _version = consented
    cwd = tmp_path / "install"
    cwd.mkdir()
    monkeypatch.chdir(cwd)               # the working directory is not where the dialog opens
    tab = _open_tab(qtbot, inv_ctx, pid)
    seen: dict = {}
    _answer_dialog(qtbot, seen, None)
    tab.pdf.click()
    qtbot.waitUntil(lambda: "folder" in seen, timeout=20000)
    qtbot.waitUntil(lambda: inv_ctx.worker.pending() == 0, timeout=20000)
    assert seen["folder"] != cwd                            # Documents or home, no site folder set
    assert list(cwd.iterdir()) == []
    assert tab.pdf_saved is None and not _copies(inv)


def test_each_copy_dialog_is_gone_once_answered(qtbot, inv_ctx, inv, consented, tmp_path):
    """A shift of saved copies leaves no file dialog (each with its file-system
    watcher thread) kept under the consent tab."""
    pid, _version = consented
    tab = _open_tab(qtbot, inv_ctx, pid)
    for n in range(3):
        seen: dict = {}
        tab.pdf_saved = None
        _answer_dialog(qtbot, seen, tmp_path / f"copie-{n}.pdf")
        tab.pdf.click()
        qtbot.waitUntil(lambda: tab.pdf_saved is not None, timeout=20000)
    qtbot.waitUntil(lambda: not tab.findChildren(QtWidgets.QFileDialog), timeout=20000)
    assert sorted(p.name for p in tmp_path.glob("copie-*.pdf")) == ["copie-0.pdf", "copie-1.pdf", "copie-2.pdf"]
    assert len(_copies(inv)) == 3


def test_core_refuses_a_missing_folder_or_bytes_that_are_not_a_pdf(qapp, inv, consented, tmp_path):
    from ui.consent.pdf import render_consent_pdf
    _pid, version = consented
    pdf = render_consent_pdf(service.document_data(inv, version))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(BedsideError):
        copy_mod.save_copy(inv, version, out_dir / "nowhere" / "c.pdf", pdf)
    with pytest.raises(BedsideError):
        copy_mod.save_copy(inv, version, out_dir / "c.pdf", b"<html>not a pdf</html>")
    assert list(out_dir.iterdir()) == [] and not _copies(inv)
    out = copy_mod.save_copy(inv, version, out_dir / "sans-extension", pdf)
    assert out.name == "sans-extension.pdf" and out.read_bytes() == pdf


def test_a_failed_write_is_said_in_the_tab_and_not_audited(qtbot, inv_ctx, inv, consented, tmp_path):
    pid, _version = consented
    tab = _open_tab(qtbot, inv_ctx, pid)
    tab.save_latest_pdf(str(tmp_path / "gone" / "c.pdf"))
    qtbot.waitUntil(tab.copy_note.isVisible, timeout=20000)
    assert tab.copy_note.property("role") == "error" and "folder" in tab.copy_note.text()
    assert not _copies(inv)


@settings(max_examples=40, deadline=None)
@given(sid=st.text(max_size=40), signed=st.text(max_size=30), word=st.text(max_size=20))
def test_suggested_names_are_safe_file_names(sid, signed, word):
    name = copy_mod.suggested_name(sid, signed, word)
    assert name.endswith(".pdf") and len(name) < 120
    assert all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in name)
    assert "/" not in name and "\\" not in name and not name.startswith(".")


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=60))
def test_export_folder_setting_takes_only_a_full_path(value):
    from bedside.settings import check_value, export_folder_ok
    if export_folder_ok(value):
        check_value("export_folder", value)
        assert value == "" or value.startswith(("/", "\\\\")) or value[1:3] in (":\\", ":/")
    else:
        with pytest.raises(ValidationError):
            check_value("export_folder", value)


def test_export_folder_setting_refused_at_the_core_door(session_as):
    admin = session_as(Role.ADMINISTRATOR)
    with pytest.raises(ValidationError):
        admin.settings.update({"export_folder": "exports"}, "relative path")
    assert admin.settings.get("export_folder") == ""
