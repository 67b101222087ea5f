"""Where a file the user saves out of the vault starts: the site's export
folder (site setting ``export_folder``) when it exists on this PC, else the
user's Documents, else the home folder — never the working directory, which
the Windows shortcut makes the install folder (not writable for a nurse)."""
from __future__ import annotations

from pathlib import Path

from ui.qt import QtCore


def start_folder(site_folder: str = "") -> str:
    if site_folder and Path(site_folder).is_dir():
        return site_folder
    docs = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return docs
    return str(Path.home())
