"""Shared builders: a fresh real vault per test (real SQLCipher file, real
AES-GCM key slots; Argon2id cost lowered through the explicit test setting
``KdfParams.for_tests()``), sessions per role, a registered patient, the app
context and the real main window (signed in or not), and offscreen Qt.

Clinical states (an included patient, a consent given, …) live in the
capability conftests; pure data builders in ``tests/<capability>/data.py``.
No test module imports another test module (tests/test_test_layout.py)."""

from __future__ import annotations

import os
import sys

if not os.environ.get("QT_QPA_PLATFORM"):  # headless unless a platform is chosen explicitly
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Every test's tmp_path (its vaults, servers' data) in RAM when the machine has a
# tmpfs: each SQLCipher commit's fsync on the CI disk cost ~4 ms, half of a vault's
# creation, and the suite commits tens of thousands of times (docs/TESTING.md).
# Durability is still tested: the crash tests kill processes, which tmpfs survives
# like a disk does. An explicit PYTEST_DEBUG_TEMPROOT (pytest's own knob) wins.
if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
    os.environ.setdefault("PYTEST_DEBUG_TEMPROOT", "/dev/shm")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from bedside.clock import FakeClock  # noqa: E402
from bedside.crypto.kdf import KdfParams  # noqa: E402
from bedside.roles import Role  # noqa: E402
from bedside.users import create_user  # noqa: E402
from bedside.vault import Vault  # noqa: E402

# No Hypothesis deadline: a per-example time limit is a wall-clock assertion, and
# on a shared 2-core CI machine one slow example failed a correct property.
settings.register_profile("bedside", deadline=None)
settings.load_profile("bedside")

# The real bedside-server fixtures (sqlite_server, server over both databases,
# pg_cluster), registered once for the whole suite instead of imported per module.
pytest_plugins = ["tests.server.fixtures"]

if hasattr(os, "fork"):
    # Every bedside-server the tests start is forked from one process that
    # imported the server once (tests/fork_server.py): a real process each,
    # without ~1.5 CPU-seconds of Python start-up and imports per start.
    from bedside_server import localserver  # noqa: E402
    from tests import fork_server  # noqa: E402
    localserver.LAUNCH = fork_server.spawn


def pytest_collection_modifyitems(session, config, items):
    """The longest tests start first, so the suite does not end with one
    core running a minute-long test alone (tests/suite_order.py)."""
    from tests.suite_order import heavy_first
    items[:] = heavy_first(items, config.rootpath)


PASSWORD = "correct horse 1"
STAFF = {
    "nurse": ("Inf. Test Nurse", Role.NURSE),
    "nurse2": ("Inf. Second Nurse", Role.NURSE),
    "investigator": ("Dr Test Investigator", Role.INVESTIGATOR),
    "datamanager": ("Test Data Manager", Role.DATA_MANAGER),
}
ROLE_USER = {Role.ADMINISTRATOR: "admin", Role.NURSE: "nurse",
             Role.INVESTIGATOR: "investigator", Role.DATA_MANAGER: "datamanager"}
# A fictitious ICU patient; ``make_patient`` overrides what a test cares about.
PATIENT = {"mrn": "H100001", "family_name": "Test", "given_name": "Paul", "date_of_birth": "1965-04-02",
           "sex": "M", "weight_kg": 80, "height_cm": 178}
# A patient whose stored versions the rogue-insider tests edit on disk.
LAMBERT = {"mrn": "H700002", "family_name": "Lambert", "given_name": "Sophie",
           "date_of_birth": "1961-07-14", "sex": "F", "weight_kg": 64, "height_cm": 168}
WAIT_MS = 30000     # a condition wait returns as soon as it holds; generous for a loaded machine


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test ever touches a real user's vault or log folder."""
    monkeypatch.setenv("BEDSIDE_HOME", str(tmp_path_factory.mktemp("bedside-home")))


@pytest.fixture(autouse=True)
def _gui_thread_gc():
    """As the app (``ui/app.py make_app``): once a QApplication exists, cycles
    are collected on the GUI thread only (``ui/gui_gc.py``), by its timer in
    event loops and here after each test. Core-only tests never imported Qt."""
    qt = sys.modules.get("ui.qt")
    if qt is not None and qt.QApplication.instance() is not None:
        from ui import gui_gc
        gui_gc.install(qt.QApplication.instance())
    yield
    gui_gc = sys.modules.get("ui.gui_gc")
    if gui_gc is not None and gui_gc.installed() is not None:
        gui_gc.installed().collect_due()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_vault(folder: Path, clock: FakeClock | None = None) -> tuple[Vault, str]:
    vault, code = Vault.create(folder, site_name="CHU de Liège (test)",
                               workstation_name="TEST-PC-1", admin_username="admin",
                               admin_display_name="Dr Test Admin", admin_password=PASSWORD,
                               kdf=KdfParams.for_tests(), clock=clock)
    admin = vault.login("admin", PASSWORD)
    for username, (name, role) in STAFF.items():
        create_user(admin, username, name, role, PASSWORD)
    return vault, code


def make_patient(session, **overrides):
    """Register a patient through the real core (``bedside.patients``): the
    default ``PATIENT``, its wristband ``WB-<mrn>``, with *overrides* (a
    value None leaves the field out). Returns the Patient."""
    from bedside.patients import register_patient
    data = {**PATIENT, **overrides}
    data.setdefault("wristband", "WB-" + data["mrn"])
    return register_patient(session, {k: v for k, v in data.items() if v is not None})


@pytest.fixture
def vault_with_code(tmp_path, clock):
    vault, code = make_vault(tmp_path / "vault", clock)
    yield vault, code
    _stop_screen_workers()
    vault.lock()


def _stop_screen_workers() -> None:
    """As the app does before it closes the vault (lock, switch user): every
    screen's DB worker finishes its jobs first. A screen closed by qtbot
    after this fixture's teardown would otherwise leave its worker reading a
    database that is being closed under it (a segfault in SQLCipher, seen
    once under load). Core-only tests never imported the UI: nothing to do."""
    context = sys.modules.get("ui.context")
    if context is None:
        return
    for ctx in context.AppContext.running():
        ctx.worker.stop(discard=True)


@pytest.fixture
def tmp_vault(vault_with_code) -> Vault:
    return vault_with_code[0]


@pytest.fixture
def session_as(tmp_vault):
    """``session_as(Role.NURSE)`` or ``session_as("nurse2")``: a signed-in session."""
    def login(who):
        username = ROLE_USER[who] if isinstance(who, Role) else who
        return tmp_vault.login(username, PASSWORD)
    return login


@pytest.fixture
def inv(session_as):
    """The investigator's session."""
    return session_as(Role.INVESTIGATOR)


@pytest.fixture
def french(qapp):
    """The interface in French for one test (Qt's own strings included),
    English again afterwards."""
    from ui.i18n import install_language
    assert install_language(qapp, "fr")
    yield qapp
    install_language(qapp, "en")


def cut_texts(root) -> list[str]:
    """Texts drawn narrower than they need (a button, check box or one-line
    label whose text does not fit its width): what a user sees cut."""
    from ui.qt import QtWidgets, Qt
    out = []
    kinds = (QtWidgets.QPushButton, QtWidgets.QCheckBox, QtWidgets.QRadioButton, QtWidgets.QLabel)
    for w in root.findChildren(QtWidgets.QWidget):
        if not isinstance(w, kinds) or not w.isVisibleTo(root) or not w.text():
            continue
        if isinstance(w, QtWidgets.QLabel) and (w.wordWrap() or w.textFormat() == Qt.RichText or not w.text().strip()):
            continue
        if w.sizeHint().width() > w.width() + 1:
            out.append(f"{type(w).__name__} {w.objectName()!r}: {w.text()!r} needs {w.sizeHint().width()} px, "
                       f"has {w.width()}")
    return out


@pytest.fixture
def investigator_window(qtbot, tmp_vault, session_as):
    """The real main window at 1366×768, an investigator signed in:
    (window, app context, session)."""
    from bedside.roles import Role
    from ui.context import AppContext
    from ui.main_window import MainWindow
    inv = session_as(Role.INVESTIGATOR)
    ctx = AppContext(tmp_vault)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win._signed_in(inv, "")
    yield win, ctx, inv
    ctx.worker.stop()


@pytest.fixture
def app_ctx():
    """``app_ctx(session)``: the application context over the session's
    vault (and its clock), that session signed in; its DB worker is stopped
    after the test (the vault stays open: its fixture locks it)."""
    from ui.context import AppContext
    made = []

    def build(session):
        ctx = AppContext(session.vault, session.clock)
        ctx.signed_in(session)
        made.append(ctx)
        return ctx
    yield build
    for ctx in made:
        ctx.worker.drain()
        ctx.worker.stop()


@pytest.fixture
def open_window(qtbot, tmp_vault):
    """``open_window()``: the real main window over the test vault, on its
    sign-in page. It locks the vault, as at start: prepare data before.
    ``size=(1366, 768)`` resizes it before it shows."""
    from ui.context import AppContext
    from ui.main_window import MainWindow
    made = []

    def build(size=None):
        tmp_vault.lock()
        ctx = AppContext(tmp_vault)
        made.append(ctx)
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        if size is not None:
            win.resize(*size)
        win.show()
        return win
    yield build
    for ctx in made:
        ctx.worker.stop()


@pytest.fixture
def window(open_window):
    """The real main window on its sign-in page (the vault locked, as at start)."""
    return open_window()


def show_active(qtbot, widget, size=(1366, 768)):
    """*widget* shown at *size* as the active window (keyboard focus goes
    there), closed after the test. Returns it."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT_MS)
    return widget


def wizard_to_admin(qtbot, wizard, confirm: str = "long enough 1"):
    """On a first-run wizard: create a site (CHU de Liège, USI-PC-3), go to
    the first administrator's page and type chef / Dr Chef / "long enough 1"
    and ``confirm``. Returns the page (Next not pressed)."""
    wizard.site_page.site.setText("CHU de Liège")  # QTest cannot type non-ASCII keys
    qtbot.keyClicks(wizard.site_page.workstation, "USI-PC-3")
    wizard.next()
    page = wizard.admin_page
    for field, text in ((page.username, "chef"), (page.display, "Dr Chef"),
                        (page.password, "long enough 1"), (page.confirm, confirm)):
        qtbot.keyClicks(field, text)
    return page


def wizard_next(qtbot, wizard) -> None:
    """Press Next on a first-run wizard and wait until the work the page
    started off the UI thread (creating or joining the vault) has answered."""
    page = wizard.currentPage()
    wizard.next()
    qtbot.waitUntil(lambda: not getattr(page, "running", False), timeout=WAIT_MS)


def finish_wizard(wizard) -> str:
    """On a first-run or join wizard's recovery page: the code shown (32
    characters), Finish only once the user confirms it is written down;
    confirm and finish. Returns the recovery code."""
    from ui.qt import QWizard
    assert wizard.currentPage() is wizard.recovery_page
    code = wizard.recovery_page.code.text()
    assert len(code.replace("-", "")) == 32
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.recovery_page.done.setChecked(True)
    wizard.accept()
    return code


def sign_in(qtbot, win, username="nurse", password=PASSWORD) -> bool:
    """Type a user name and password on the window's sign-in page and press
    Enter; wait until the workspace shows or the page says why not.
    True when the workspace shows."""
    from ui.qt import Qt
    win.login.username.setText(username)
    win.login.password.setText(password)
    qtbot.keyClick(win.login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.ctx.worker.pending() == 0 and
                    (win.workspace is not None and win.stack.currentWidget() is win.workspace
                     or bool(win.login.error.text()) and win.login.error.text() != "Checking…"),
                    timeout=WAIT_MS)   # generous: a loaded CI machine derives the key slowly
    return win.workspace is not None and win.stack.currentWidget() is win.workspace


@pytest.fixture
def signed_in(qtbot, open_window):
    """``signed_in("nurse")`` (a user name or a Role): the real main window
    with that user signed in through its sign-in page (prepare data before:
    the window locks the vault). ``size`` as for ``open_window``."""
    def go(who="nurse", size=None):
        win = open_window(size)
        username = ROLE_USER[who] if isinstance(who, Role) else who
        assert sign_in(qtbot, win, username), win.login.error.text()
        return win
    return go


def settle(qtbot, ctx=None, timeout: int = 30000) -> None:
    """Wait until every job on the context's DB worker has answered (never a
    sleep); without ``ctx``, every running app context's."""
    from ui.context import AppContext
    contexts = [ctx] if ctx is not None else AppContext.running()
    for c in contexts:
        qtbot.waitUntil(lambda c=c: c.worker.pending() == 0, timeout=timeout)


def when_modal(act, object_name: str | None = None, every_ms: int = 20) -> None:
    """Call ``act(dialog)`` as soon as a modal dialog (named *object_name*, if
    given) is open — polled on the event loop, since the caller is about to
    block in that dialog's ``exec()``. A fixed delay raced the dialog under
    load: it found no dialog, and the test hung or failed."""
    from ui.qt import QtCore, QtWidgets

    def poll():
        dlg = QtWidgets.QApplication.activeModalWidget()
        if dlg is None or object_name is not None and dlg.objectName() != object_name:
            QtCore.QTimer.singleShot(every_ms, poll)
            return
        act(dlg)
    QtCore.QTimer.singleShot(every_ms, poll)


def screen_for(qtbot, build, session):
    """``build(ctx)`` a screen on an app context signed in as ``session``
    (its own DB worker, stopped when qtbot closes the screen); waits for its
    first load."""
    from ui.context import AppContext
    ctx = AppContext(session.vault, session.clock)
    ctx.signed_in(session)
    widget = build(ctx)
    qtbot.addWidget(widget)
    # stopped when the screen goes, however it goes (qtbot skips a widget already collected)
    widget.destroyed.connect(lambda: ctx.worker.stop(discard=True))
    settle(qtbot, ctx)
    return widget


def count_reloads(view):
    """Count each tab's ``refresh()`` calls on a patient screen from now on,
    by the tab's class name (a ``collections.Counter``)."""
    from collections import Counter
    counts: Counter = Counter()
    for page in view.pages:
        name, original = type(page).__name__, page.refresh

        def counted(*args, _name=name, _original=original, **kwargs):
            counts[_name] += 1
            return _original(*args, **kwargs)
        page.refresh = counted
    return counts


def main_window_signed_in(qtbot, vault, username: str, request):
    """The real main window over ``vault`` (its own context and DB worker,
    stopped at the end of the test), ``username`` signed in through the
    login page; returns the window once its workspace is up."""
    from ui.context import AppContext
    from ui.main_window import MainWindow
    ctx = AppContext(vault)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    request.addfinalizer(ctx.worker.stop)
    assert sign_in(qtbot, win, username)
    return win


def with_key(folder, key, *sql, params=()):
    """Raw SQL on the real encrypted file, append-only triggers dropped first
    (a rogue insider with the key)."""
    from bedside.header import DB_NAME
    from bedside.storage.engine import keyed_connection
    conn = keyed_connection(folder / DB_NAME, key)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for stmt in sql:
        conn.execute(stmt, params)
    conn.commit()
    conn.close()


@pytest.fixture
def traced(tmp_path, clock):
    """``(vault, statements)``: a vault whose every connection reports each
    statement it runs into *statements* (SQLite's trace callback)."""
    from sqlalchemy import event
    from sqlalchemy.pool import Pool
    statements: list[str] = []

    def on_connect(dbapi_conn, _record):
        dbapi_conn.set_trace_callback(statements.append)
    event.listen(Pool, "connect", on_connect)
    vault, _ = make_vault(tmp_path / "vault", clock)
    try:
        yield vault, statements
    finally:
        event.remove(Pool, "connect", on_connect)
        vault.lock()
