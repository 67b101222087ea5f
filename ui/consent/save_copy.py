"""“Save a copy” of a PDF consent record for the patient's file: the vault
work (fetch or produce the PDF, write the copy, audit it) runs on the worker
(bedside/consent/copy.py); the user picks the file in a dialog that opens in
the site's export folder (ui/export_folder.py).  Nothing is written unless
the user chose a file."""
from __future__ import annotations

import os

from bedside.consent import copy as copy_mod
from bedside.consent import service
from ui.export_folder import start_folder
from ui.ops import Op
from ui.qt import QtCore, QtWidgets


def ask_path(parent, info: dict) -> str | None:
    """The file the user chose, or None if they cancelled."""
    folder = start_folder(info.get("folder", ""))
    name = copy_mod.suggested_name(info.get("study_id", ""), info.get("signed_at", ""), QtCore.QCoreApplication.translate("ConsentCopy", "consent"))
    dlg = QtWidgets.QFileDialog(parent, QtCore.QCoreApplication.translate("ConsentCopy", "Save a copy of the consent record"),
                                folder, QtCore.QCoreApplication.translate("ConsentCopy", "PDF documents (*.pdf)"))
    dlg.setObjectName("consentCopyDialog")
    dlg.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
    dlg.setFileMode(QtWidgets.QFileDialog.FileMode.AnyFile)
    dlg.setDefaultSuffix("pdf")
    dlg.selectFile(os.path.join(folder, name))
    try:
        if dlg.exec() != QtWidgets.QDialog.DialogCode.Accepted or not dlg.selectedFiles():
            return None
        return dlg.selectedFiles()[0]
    finally:      # not kept under the tab, with its file-system watcher thread, once answered
        dlg.deleteLater()


def save_consent_copy(parent, ctx, version, done, failed, path: str | None = None) -> None:
    """Ask where (unless *path* is given), then write the copy.  ``done(path)``
    gets the written path, or None when the user cancelled; ``failed(err)``
    a core error to show."""
    session = ctx.session

    def fetch():
        pdf = service.pdf_for(session, version)
        doc = service.document_data(session, version) if pdf is None else None
        return pdf, doc, copy_mod.copy_context(session, version)

    def have(result):
        pdf, doc, info = result
        attach = pdf is None
        if attach:                                  # seeded without Qt: produced now, on the GUI thread
            from ui.consent.pdf import render_consent_pdf
            pdf = render_consent_pdf(doc)
        target = path or ask_path(parent, info)
        if not target:
            done(None)
            return

        def write():
            if attach:
                service.attach_pdf(session, version, pdf)
            return str(copy_mod.save_copy(session, version, target, pdf))
        Op(ctx, write, parent=parent).on_success(done).on_failure(failed).run()
    Op(ctx, fetch, parent=parent).on_success(have).on_failure(failed).run()
