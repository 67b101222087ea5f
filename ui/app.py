"""Start the GUI: logging, error hook, the vault (wizard on first run, a
throwaway demo vault with ``--demo``), then the main window."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from bedside import __version__, logs, run_marker
from bedside.errors import VaultAlreadyOpen
from bedside.instance import VaultInstance, own_app_mutex
from bedside.paths import default_vault_dir, log_dir
from bedside.vault import Vault
from bedside.vault_folder import settle_legacy

from .context import AppContext
from .errors import install_excepthook, show_error
from .main_window import MainWindow
from .qt import QApplication, QDialog
from .single_instance import ForwardRequests, ask_running_to_come_forward
from .startup_probe import arm as arm_startup_probe
from . import gui_gc, style


def apply_language(app: QApplication, code: str) -> None:
    """Install the user's interface language if translations are available."""
    from .i18n import install_language
    install_language(app, code)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    gui_gc.install(app)   # cycles collected on this thread only, never under a worker
    app.setApplicationName("Bedside")
    app.setOrganizationName("CHU Liège")
    style.apply(app)   # the current theme (day unless a user chose night), focus ring included
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
        from .vault_move import ask_move
        folder = settle_legacy(default_vault_dir(), ask_move)
        if folder is None:
            return None, None
    folder = folder or default_vault_dir()
    if Vault.exists(folder):
        return Vault.open(folder), None
    from .wizard import FirstRunWizard   # first run only: not on the everyday path
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


def main_window(ctx: AppContext) -> MainWindow:
    """The window for a vault this process holds: marks the run as started
    (saying so if the last one ended abnormally) and answers later starts."""
    previous = run_marker.begin(ctx.vault.folder, __version__, ctx.vault.clock.now())
    window = MainWindow(ctx)
    ForwardRequests(ctx.vault.folder, window)
    if previous is not None:
        logs.get("app").warning("previous run ended abnormally")
        window.login.show_abnormal_end(previous.started)
    return window


def run(vault_dir: Path | None = None, demo: bool = False) -> int:
    logs.configure(log_dir())
    logs.record_fatal_errors(log_dir())  # a native abort still leaves file:line for IT
    log = logs.get("app")
    from .xcb_check import refuse_missing_libraries
    refuse_missing_libraries()  # Linux: name the missing xcb libraries instead of Qt's abort
    app = make_app()
    arm_startup_probe(app)  # no-op unless BEDSIDE_STARTUP_PROBE=1 (bench/startup.py)
    install_excepthook()
    apply_language(app, "fr")
    instance = None
    if not demo:  # one app per vault: a second start hands over to the first
        folder = vault_dir or default_vault_dir()
        instance = VaultInstance(folder)
        if not instance.try_claim():
            if ask_running_to_come_forward(folder):
                log.info("second start on an open vault: handed over")
                return 0
            show_error(None, VaultAlreadyOpen())
            return 1
    mutex = own_app_mutex()  # noqa: F841 - held for the installer's AppMutex until exit
    try:
        vault, throwaway = open_vault(app, vault_dir, demo)
    except Exception as err:  # shown in words, logged without content
        show_error(None, err)
        return 1
    if vault is None:
        return 0
    if instance is None:  # the demo's throwaway vault
        instance = VaultInstance(vault.folder).claim()
    ctx = AppContext(vault, demo=demo)
    window = main_window(ctx)
    window.language_chosen.connect(lambda code: apply_language(app, code))
    show_fitted(window)
    from . import prewarm
    prewarm.start(window, ctx)   # what sign-in needs loads after the first paint, not before
    log.info("started demo=%s", demo)
    try:
        return app.exec()
    finally:
        # a window closed while the prewarm still imports (seconds on a busy PC):
        # let it finish, or the worker thread is destroyed running and Qt aborts
        ctx.worker.drain(timeout_s=60)
        ctx.close()
        run_marker.end(vault.folder)
        instance.release()
        if throwaway:
            shutil.rmtree(throwaway, ignore_errors=True)
