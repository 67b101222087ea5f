"""The floor for bench/startup.py: a bare PySide6 window that opens the same
vault's SQLCipher file, with nothing of Bedside but its readiness probe.

What it does, in order: import PySide6's widgets (through ``ui.qt``, as the
app does) and ``sqlcipher3``; open ``$BEDSIDE_HOME/vault/vault.db`` with
SQLCipher (``PRAGMA cipher_version``; its pages stay unreadable until a
password gives the key, which is sign-in, not start-up) and read its first
page (the salt) from disk; read the vault's plaintext header ``vault.json``; show a
1366×768 main window holding a user-name field, a password field and a
button. Ready is decided by the same probe as the app's
(``ui.startup_probe``: first window exposed, event loop idle), so the two
figures measure the same moment.

    BEDSIDE_HOME=... BEDSIDE_STARTUP_PROBE=1 python bench/_bare_login.py

Also frozen by ``bench/startup.py --bare-bundle`` (PyInstaller, same trim
rules as the app), to give the frozen floor.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

if not getattr(sys, "frozen", False):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlcipher3  # noqa: E402

from ui.qt import QApplication, QLineEdit, QMainWindow, QPushButton, QVBoxLayout, QWidget  # noqa: E402
from ui.startup_probe import arm  # noqa: E402


def open_vault_file(folder: Path) -> int:
    """Open the SQLCipher database and read the plaintext header, as far as
    anything can go before a password is typed. Returns SQLCipher's version."""
    json.loads((folder / "vault.json").read_text(encoding="utf-8"))
    con = sqlcipher3.connect(str(folder / "vault.db"))
    try:
        version = con.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        con.close()
    with open(folder / "vault.db", "rb") as fh:
        fh.read(4096)
    return version


def main() -> int:
    folder = Path(os.environ["BEDSIDE_HOME"]) / "vault"
    app = QApplication(sys.argv[:1])
    arm(app)
    open_vault_file(folder)
    window = QMainWindow()
    window.setObjectName("mainWindow")
    central = QWidget()
    lay = QVBoxLayout(central)
    for placeholder in ("user name", "password"):
        lay.addWidget(QLineEdit(placeholderText=placeholder))
    lay.addWidget(QPushButton("Sign in"))
    window.setCentralWidget(central)
    window.resize(1366, 768)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
