"""Render screens to PNG offscreen at 1366×768 for review:
``python -m ui.render SCREEN out.png`` (``python -m ui.render list``).
Capabilities register their screens in ``SCREENS``."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)
SCREENS: dict[str, Callable] = {}


def screen(name: str, fr: str | None = None):
    """Register a screen under *name*; with *fr*, the same screen with the
    interface in French under that name too."""
    def register(fn):
        SCREENS[name] = fn
        if fr:
            SCREENS[fr] = in_french(fn)
        return fn
    return register


def in_french(fn: Callable) -> Callable:
    def french():
        _in_language("fr")
        return fn()
    return french


def demo_window(username: str = "nurse"):
    """A main window over a fresh demo vault, signed in as *username*, its
    first screen loaded."""
    from bedside.demo import DEMO_PASSWORD, build
    from .context import AppContext
    from .main_window import MainWindow
    vault = build(Path(tempfile.mkdtemp(prefix="bedside-render-")) / "vault")
    ctx = AppContext(vault, demo=True)
    win = MainWindow(ctx)
    win.resize(*SIZE)
    session = vault.login(username, DEMO_PASSWORD)
    win._signed_in(session, "")
    settle(ctx)
    return win, ctx


def demo_dialog(username: str, make: Callable, size: tuple[int, int] = SIZE):
    """``make(ctx, window)``'s dialog over a demo main window signed in as
    *username*, sized and with its rows loaded."""
    win, ctx = demo_window(username)
    dialog = make(ctx, win)
    dialog.resize(*size)
    settle(ctx)
    return dialog


def demo_patient_tab(win, ctx, is_patient: Callable, is_tab: Callable):
    """On a demo window: open the first patient for which ``is_patient(p)``
    holds and show its first tab page for which ``is_tab(page)`` holds.
    Returns the page."""
    from bedside.patients import list_patients
    win.show()          # as in the app: the patient screen is sized beside the narrowed list
    pid = next(p.id for p in list_patients(ctx.session) if is_patient(p))
    win.workspace.open_patient(pid)
    settle(ctx)
    view = win.workspace.views[pid]
    page = next(pg for pg in view.pages if is_tab(pg))
    view.tabs.setCurrentIndex(view.pages.index(page))   # pages sit inside scroll areas
    settle(ctx)
    return page


def settle(ctx=None, rounds: int | None = None) -> None:
    """Let queued events and the DB worker finish: up to ``rounds`` × 20 ms
    (10 s when there is a worker to wait for, a loaded machine included)."""
    from .qt import QApplication
    import time
    app = QApplication.instance()
    rounds = rounds if rounds is not None else (500 if ctx is not None else 30)
    for _ in range(rounds):
        app.processEvents()
        if ctx is not None and ctx.worker.pending() == 0:
            app.processEvents()
            break
        time.sleep(0.02)
    app.processEvents()


@screen("login", fr="login_fr")
def _login():
    from bedside.demo import build
    from .context import AppContext
    from .main_window import MainWindow
    vault = build(Path(tempfile.mkdtemp(prefix="bedside-render-")) / "vault")
    win = MainWindow(AppContext(vault, demo=True))
    win.resize(*SIZE)
    return win


@screen("login-not-received")
def _login_not_received():
    """A nurse created on another PC tries this PC before it has synced."""
    from bedside.errors import WrongPassword
    win = _login()
    page = win.findChild(__import__("ui.login_page", fromlist=["LoginPage"]).LoginPage)
    page.username.setText("nurse7")
    page.show_error(WrongPassword())
    return win


@screen("staff")
def _staff():
    """The site's staff accounts, as the administrator manages them."""
    from .users_dialog import UsersDialog
    return demo_dialog("admin", UsersDialog)


@screen("dashboard", fr="dashboard_fr")
def _dashboard():
    win, ctx = demo_window()
    return win


@screen("dashboard_admin", fr="dashboard_admin_fr")
def _dashboard_admin():
    """The administrator's dashboard: an entry from an outdated PC kept aside."""
    from .qt import QScrollArea
    win, ctx = demo_window("admin")
    for area in win.findChildren(QScrollArea):      # the new incident is the last section
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    return win


@screen("patient", fr="patient_fr")
def _patient():
    win, ctx = demo_window()
    pid = win.workspace.patients.model.patients[0].id
    win.workspace.open_patient(pid)
    settle(ctx)
    return win


@screen("history", fr="history_fr")
def _history():
    """A record's history: the demo's most corrected record, every entry of
    its audit trail (created, corrected, received, printed…)."""
    from .history_dialog import HistoryDialog

    def make(ctx, _win):
        with ctx.session.db.read() as orm:
            rid = orm.execute(__import__("sqlalchemy").text(
                "SELECT record_id FROM records GROUP BY record_id "
                "ORDER BY count(*) DESC, record_id LIMIT 1")).scalar()
        return HistoryDialog(ctx, rid, ctx.session.records.latest(rid).record_type)
    return demo_dialog("nurse", make, (1100, 480))


@screen("patient_duplicate_number")
def _patient_duplicate_number():
    win, ctx = demo_window()
    pts = win.workspace.patients.model.patients
    numbers = [p.screening_number for p in pts]
    pid = next(p.id for p in reversed(pts) if numbers.count(p.screening_number) > 1)
    win.workspace.open_patient(pid)
    settle(ctx)
    return win


@screen("wizard")
def _wizard():
    from .wizard import FirstRunWizard
    w = FirstRunWizard(Path(tempfile.mkdtemp()) / "vault")
    w.resize(760, 520)
    return w


@screen("wizard-join")
def _wizard_join():
    """Joining the site: server address, site certificate, enrollment code."""
    w = _wizard()
    w.site_page.join.setChecked(True)
    w.site_page.workstation.setText("USI-PC-4 (lit 12)")
    w.show()
    w.next()
    w.join_page.url.setText("https://sync.chu.local:8443")
    w.join_page.code.setText("K7QM-3HXD-9TPW-ARZC")
    return w


@screen("recovery-code-renewed")
def _recovery_code_renewed():
    """An upgraded vault's key was rotated: the new recovery code, shown once."""
    from bedside.crypto.keyslots import new_recovery_code
    from .recovery_dialog import RecoveryCodeDialog
    d = RecoveryCodeDialog(new_recovery_code())
    d.resize(640, 300)
    return d


@screen("about")
def _about():
    from .about_dialog import AboutDialog
    d = AboutDialog()
    d.resize(1000, 680)
    d.table.selectRow(0)
    return d
def _in_language(code: str) -> None:
    from .app import apply_language, make_app
    apply_language(make_app(), code)


@screen("export", fr="export_fr")
def _export():
    win, ctx = demo_window("datamanager")
    dialog = win.open_export()
    dialog.folder.setText(tempfile.gettempdir())
    dialog.resize(900, 700)
    return dialog


@screen("export_review")
def _export_review():
    """Free text names a visitor no rule knows: the data manager reviews first."""
    dialog = _export()
    dialog.folder.setText(tempfile.mkdtemp(prefix="bedside-export-"))
    dialog.start()
    settle(dialog.ctx, rounds=200)
    return dialog


@screen("export_done")
def _export_done():
    dialog = _export_review()
    dialog.strike_button.click()
    settle(dialog.ctx, rounds=200)
    return dialog


@screen("dashboard_investigator", fr="dashboard_investigator_fr")
def _dashboard_investigator():
    win, ctx = demo_window("investigator")
    return win


@screen("settings", fr="settings_fr")
def _settings():
    from .settings_dialog import SettingsDialog
    return demo_dialog("admin", SettingsDialog)


@screen("vault_move", fr="vault_move_fr")
def _vault_move():
    from pathlib import PureWindowsPath
    from .vault_move import move_box
    box, _ = move_box(PureWindowsPath(r"C:\Users\mlejeune\AppData\Local\CHU-Liege\Bedside\vault"),
                      PureWindowsPath(r"C:\ProgramData\Bedside\vault"))
    return box


@screen("patient_damaged", fr="patient_damaged_fr")
def _patient_damaged():
    """A patient whose newest version was edited on disk with the key (a
    throwaway demo vault): the identity tab shows the last good version and
    says so."""
    from bedside.header import DB_NAME
    from bedside.patients import list_patients
    from bedside.storage.engine import keyed_connection
    win, ctx = demo_window()
    session = ctx.session
    patient = next(p for p in list_patients(session) if p.version > 1)
    head = session.records.latest(patient.id).id
    conn = keyed_connection(ctx.vault.folder / DB_NAME, bytes(ctx.vault._key))
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' "
                                "AND tbl_name='records'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE records SET content = '{not json' WHERE id = ?", (head,))
    conn.commit()
    conn.close()
    win.workspace.open_patient(patient.id)
    view = win.workspace.views[patient.id]
    view.tabs.setCurrentWidget(view.identity)
    settle(ctx)
    return win


# -- sync --------------------------------------------------------------------
@screen("sync_status")
def _sync_status():
    win, ctx = demo_window("nurse")
    return win


@screen("sync_conflicts")
def _sync_conflicts():
    from .sync_dialog import SyncDialog
    return demo_dialog("investigator", lambda ctx, win: SyncDialog(ctx, win.sync, win))


@screen("sync_settings")
def _sync_settings():
    from .sync_dialog import SyncDialog
    dlg = demo_dialog("admin", lambda ctx, win: SyncDialog(ctx, win.sync, win))
    dlg.tabs.setCurrentIndex(1)
    settle(dlg.ctx)
    return dlg


@screen("sync_resolve")
def _sync_resolve():
    from bedside.sync.conflicts import list_conflicts
    from .conflict_dialog import ResolveConflictDialog
    return demo_dialog("investigator", lambda ctx, win: ResolveConflictDialog(
        ctx, list_conflicts(ctx.session)[0], win))


def render(name: str, out: Path, night: bool = False) -> Path:
    """Render screen *name* into *out*; with *night*, switch to night mode
    after the screen is built (what a switch with the screen open shows)."""
    from .app import make_app
    make_app()
    widget = SCREENS[name]()
    widget.show()
    if night:
        _switch_to_night(widget)
    settle(getattr(widget, "ctx", None))
    settle(getattr(widget, "ctx", None))
    widget.grab().save(str(out))
    ctx = getattr(widget, "ctx", None)
    if ctx is not None:  # let the worker threads finish before the interpreter exits
        sync = getattr(widget, "sync", None)
        if sync is not None and hasattr(sync, "wait"):
            sync.wait()
        ctx.worker.stop()
    return out


def _switch_to_night(widget) -> None:
    """As the toolbar does: its switch on a main window, else the theme."""
    from . import night_mode
    settle(getattr(widget, "ctx", None))
    switch = getattr(widget, "act_night", None)
    if switch is not None:
        switch.setChecked(True)
    else:
        night_mode.switch(True)


# -- after an abnormal end (ui/draft_screens.py) --------------------------------------
from ui.draft_screens import register as _register_drafts  # noqa: E402

_register_drafts(screen, demo_window, settle)

# -- the capabilities' screens: each registers its own (ui/capabilities.py) -----------
from ui import capabilities  # noqa: E402

capabilities.load_screens(screen)


USAGE = """usage: python -m ui.render SCREEN [OUT.png] [--lang fr|en] [--night]
       python -m ui.render list

Renders SCREEN offscreen at 1366×768 into OUT.png (default SCREEN.png) and
prints the file's path; ``list`` names the screens.
  --lang fr|en   the interface language (default en)
  --night        switch to night mode once the screen is built, as the
                 toolbar's switch does with the screen open"""


def main(argv: list[str]) -> int:
    """``python -m ui.render SCREEN out.png [--lang fr|en] [--night]``;
    0 when rendered, 2 with the usage on a wrong command line."""
    args = list(argv)
    if any(a in ("-h", "--help", "help") for a in args):
        print(USAGE)
        return 0
    night = "--night" in args
    args = [a for a in args if a != "--night"]
    if "--lang" in args:
        i = args.index("--lang")
        if i + 1 >= len(args) or args[i + 1] not in ("fr", "en"):
            return _wrong("--lang takes fr or en")
        lang, args = args[i + 1], args[:i] + args[i + 2:]
        _in_language(lang)
    if not args or args[0] == "list":
        print("\n".join(sorted(SCREENS)))
        return 0
    unknown = [a for a in args if a.startswith("-")]
    if unknown or len(args) > 2:
        return _wrong(f"unexpected {' '.join(unknown or args[2:])}")
    name, out = args[0], Path(args[1] if len(args) > 1 else f"{args[0]}.png")
    if name not in SCREENS:
        return _wrong(f"no screen named {name!r} (python -m ui.render list)")
    render(name, out, night=night)
    print(out)
    return 0


def _wrong(problem: str) -> int:
    print(f"{problem}\n\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
