"""Start the GUI: logging, error hook, the vault (wizard on first run, a
throwaway demo vault with ``--demo``), then the main window."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from bedside import logs
from bedside.paths import default_vault_dir, log_dir
from bedside.vault import Vault
from bedside.vault_folder import settle_legacy

from .context import AppContext
from .errors import install_excepthook, show_error
from .main_window import MainWindow
from .qt import QApplication, QDialog
from .startup_probe import arm as arm_startup_probe
from . import style
from .vault_move import ask_move
from .wizard import FirstRunWizard


def apply_language(app: QApplication, code: str) -> None:
    """Install the user's interface language if translations are available."""
    try:
        from .i18n import install_language
    except ImportError:
        return
    install_language(app, code)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Bedside")
    app.setOrganizationName("CHU Liège")
    style.apply(app)   # the current theme (day unless a user chose night); no restyle if unchanged
    return app


def open_vault(app: QApplication, folder: Path | None, demo: bool) -> tuple[Vault | None, Path | None]:
    """The vault to use, or None if the user cancelled the first-run wizard.
    Returns the throwaway folder to delete at exit for the demo."""
    if demo:
        from bedside.demo import build
        tmp = Path(tempfile.mkdtemp(prefix="bedside-demo-"))
        return build(tmp / "vault"), tmp
    if folder is None and not os.environ.get("BEDSIDE_HOME"):
        # this PC's vault; an earlier version's may still be in the user's profile
        folder = settle_legacy(default_vault_dir(), ask_move)
        if folder is None:
            return None, None
    folder = folder or default_vault_dir()
    if Vault.exists(folder):
        return Vault.open(folder), None
    wizard = FirstRunWizard(folder)
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.vault is None:
        return None, None
    wizard.vault.lock()
    return Vault.open(folder), None


def show_fitted(window, area=None) -> None:
    """1366×768 client area where the screen has room; on a ward PC's
    1366×768 screen the window is maximised instead, so the title bar, the
    status bar and the Sync button all stay on screen (issue 16 item 13)."""
    from .qt import QtCore
    from .screen_fit import available_area, fit_window
    area = area or available_area(window)
    fit_window(window, QtCore.QSize(1366, 768), area)
    if area.width() <= 1366 + 40 or area.height() <= 768 + 40:
        window.showMaximized()
    else:
        window.show()


def run(vault_dir: Path | None = None, demo: bool = False) -> int:
    logs.configure(log_dir())
    log = logs.get("app")
    from .xcb_check import refuse_missing_libraries
    refuse_missing_libraries()  # Linux: name the missing xcb libraries instead of Qt's abort
    app = make_app()
    arm_startup_probe(app)  # no-op unless BEDSIDE_STARTUP_PROBE=1 (bench/startup.py)
    install_excepthook()
    apply_language(app, "fr")
    try:
        vault, throwaway = open_vault(app, vault_dir, demo)
    except Exception as err:  # shown in words, logged without content
        show_error(None, err)
        return 1
    if vault is None:
        return 0
    ctx = AppContext(vault, demo=demo)
    window = MainWindow(ctx)
    window.language_chosen.connect(lambda code: apply_language(app, code))
    show_fitted(window)
    log.info("started demo=%s", demo)
    try:
        return app.exec()
    finally:
        ctx.close()
        if throwaway:
            shutil.rmtree(throwaway, ignore_errors=True)
