"""Shared fixtures: a fresh real vault per test (real SQLCipher file, real
AES-GCM key slots; Argon2id cost lowered through the explicit test setting
``KdfParams.for_tests()``), sessions per role, and offscreen Qt."""

from __future__ import annotations

import os

if not os.environ.get("QT_QPA_PLATFORM"):  # headless unless a platform is chosen explicitly
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

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

PASSWORD = "correct horse 1"
STAFF = {
    "nurse": ("Inf. Test Nurse", Role.NURSE),
    "nurse2": ("Inf. Second Nurse", Role.NURSE),
    "investigator": ("Dr Test Investigator", Role.INVESTIGATOR),
    "datamanager": ("Test Data Manager", Role.DATA_MANAGER),
}
ROLE_USER = {Role.ADMINISTRATOR: "admin", Role.NURSE: "nurse",
             Role.INVESTIGATOR: "investigator", Role.DATA_MANAGER: "datamanager"}


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test ever touches a real user's vault or log folder."""
    monkeypatch.setenv("BEDSIDE_HOME", str(tmp_path_factory.mktemp("bedside-home")))


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


@pytest.fixture
def vault_with_code(tmp_path, clock):
    vault, code = make_vault(tmp_path / "vault", clock)
    yield vault, code
    vault.lock()


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
def app_ctx(tmp_vault, qapp):
    """The UI's context over ``tmp_vault`` (one DB worker), nobody signed in;
    ``app_ctx.signed_in(session)`` signs someone in."""
    from ui.context import AppContext
    ctx = AppContext(tmp_vault)
    yield ctx
    ctx.worker.stop()


def settle(qtbot, ctx=None, timeout: int = 30000) -> None:
    """Wait until every job on the context's DB worker has answered (never a
    sleep); without ``ctx``, every running app context's."""
    from ui.context import AppContext
    contexts = [ctx] if ctx is not None else [c for c in list(AppContext.alive) if c.worker.running()]
    for c in contexts:
        qtbot.waitUntil(lambda c=c: c.worker.pending() == 0, timeout=timeout)


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
    from ui.qt import Qt
    ctx = AppContext(vault)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    request.addfinalizer(ctx.worker.stop)
    win.login.username.setText(username)
    win.login.password.setText(PASSWORD)
    qtbot.keyClick(win.login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.workspace is not None, timeout=30000)
    return win
