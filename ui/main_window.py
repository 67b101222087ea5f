"""The main window: sign-in / lock screen in front, the workspace (patient
list, dashboard, patient screens) behind it. Locking drops the key but
keeps the workspace and any half-filled form for the same user's return."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bedside.errors import BedsideError
from bedside.idle import IdleLock
from bedside.localtime import set_display_zone, site_zone
from bedside.roles import Permission

from .widgets.buttons import push_button
from .widgets.elided_label import ElidedLabel
from .about_dialog import help_tool_button, install_help_menu, retranslate_help_menu
from .errors import show_error, show_notices
from .login_page import LoginPage
from .ops import Op
from .sync_status import install as install_sync
from .qt import (QAction, QLabel, QMainWindow, QStackedWidget, Qt, QTimer, QWidget,
                 QtCore, QtWidgets, Signal, QApplication)

if TYPE_CHECKING:
    from .workspace import Workspace

# Only the sign-in page is built before the first paint. The workspace
# (patient list, dashboard, patient screens, dialogs) and what it imports
# (SQLAlchemy, records, sync, PDF) load at the first sign-in: ui/workspace.py.


class MainWindow(QMainWindow):
    language_chosen = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Bedside — TJT2012"))
        self.stack = QStackedWidget()
        self.login = LoginPage()
        self.workspace: Workspace | None = None
        self.stack.addWidget(self.login)
        self.setCentralWidget(self.stack)
        self._locked_user: str | None = None
        self.draft_offer = None
        self._build_toolbar()
        self._build_status()
        install_help_menu(self)
        self.toolbar.insertWidget(self.act_night, help_tool_button(self))
        self.sync = install_sync(self, ctx, self._show_sync_dialog)
        self.login.submitted.connect(self._try_login)
        self.login.language_changed.connect(self.language_chosen)
        self.idle = IdleLock(ctx.clock, 15)
        self._idle_timer = QTimer(self, interval=5000)
        self._idle_timer.timeout.connect(self.check_idle)
        self._idle_timer.start()
        QApplication.instance().installEventFilter(self)
        self.show_login()
        self.resize(1366, 768)

    # -- chrome --------------------------------------------------------------
    def _build_toolbar(self) -> None:
        tb = self.addToolBar(self.tr("Main"))
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_dashboard = QAction(self.tr("Dashboard"), self, objectName="actDashboard")
        self.act_lock = QAction(self.tr("Lock screen"), self, objectName="actLock")
        self.act_lock.setShortcut("Ctrl+L")
        self.act_switch = QAction(self.tr("Switch user"), self, objectName="actSwitch")
        self.act_users = QAction(self.tr("Staff accounts"), self, objectName="actUsers")
        self.act_settings = QAction(self.tr("Site settings"), self, objectName="actSettings")
        self.act_audit = QAction(self.tr("Audit trail"), self, objectName="actAudit")
        self.act_screening = QAction(self.tr("Screening log"), self, objectName="actScreening")
        self.act_export = QAction(self.tr("Export data"), self, objectName="actExport")
        self.act_endpoints = QAction(self.tr("Endpoints and CONSORT"), self, objectName="actEndpoints")
        for a in (self.act_dashboard, self.act_screening, self.act_endpoints):
            tb.addAction(a)
        # the occasional office work in one menu: with each of them on the bar,
        # an administrator's French toolbar ran past 1366 px and hid
        # Switch user and Lock behind its » button
        self.admin_menu = QtWidgets.QMenu(self.tr("Administration"), self)
        self.admin_menu.setObjectName("adminMenu")
        for a in (self.act_users, self.act_settings, self.act_audit, self.act_export):
            self.admin_menu.addAction(a)
        self.admin_button = QtWidgets.QToolButton(objectName="adminButton")
        self.admin_button.setText(self.tr("Administration"))
        self.admin_button.setMenu(self.admin_menu)
        self.admin_button.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        self.act_admin = tb.addWidget(self.admin_button)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy())
        tb.addWidget(spacer)
        self.lock_button = push_button(self.tr("Lock"), "lockButton", self.lock)
        # night mode: dark, low glare, remembered for this user on this workstation
        self.act_night = QAction(self.tr("Night mode"), self, objectName="actNightMode")
        self.act_night.setCheckable(True)
        self.act_night.setToolTip(self.tr("Dark low-glare colours for night shifts"))
        self.act_night.toggled.connect(self._night_mode)
        tb.addAction(self.act_night)
        tb.addAction(self.act_switch)
        tb.addWidget(self.lock_button)
        self.toolbar = tb
        self.act_dashboard.triggered.connect(lambda: self.workspace and self.workspace.show_dashboard())
        self.act_lock.triggered.connect(self.lock)
        self.addAction(self.act_lock)
        self.act_switch.triggered.connect(lambda: self.lock(switch=True))
        self.act_users.triggered.connect(self._users)
        self.act_settings.triggered.connect(self._settings)
        self.act_audit.triggered.connect(self._audit)
        self.act_screening.triggered.connect(self._screening_log)
        self.act_endpoints.triggered.connect(self.open_endpoints)
        self.act_export.triggered.connect(self.open_export)

    def _night_mode(self, on: bool) -> None:
        from . import night_mode
        night_mode.switch(on)
        session = self.ctx.session
        if session is not None and session.is_open:
            night_mode.remember(self.ctx, session.user.id, on)

    def _show_sync_dialog(self, controller) -> None:
        from .sync_dialog import SyncDialog      # loaded when first opened (start-up time)
        SyncDialog(self.ctx, controller, self).exec()

    def _users(self) -> None:
        from .users_dialog import UsersDialog
        UsersDialog(self.ctx, self).exec()

    def _audit(self) -> None:
        from .workspace import AuditDialog
        AuditDialog(self.ctx, self).exec()

    def _settings(self) -> None:
        from .settings_dialog import SettingsDialog
        if SettingsDialog(self.ctx, self).exec():
            session = self.ctx.session
            Op(self.ctx, lambda: _idle_minutes(session), parent=self) \
                .on_success(lambda minutes: setattr(self.idle, "minutes", minutes)).run()

    def _screening_log(self) -> None:
        from .eligibility.tab import ScreeningLogDialog
        ScreeningLogDialog(self.ctx, self).exec()

    def open_endpoints(self):
        from .followup.endpoints_view import EndpointsDialog
        dialog = EndpointsDialog(self.ctx, self)
        dialog.open()
        return dialog

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """A translator was installed: re-read the texts built once."""
        self.setWindowTitle(self.tr("Bedside — TJT2012"))
        self.toolbar.setWindowTitle(self.tr("Main"))
        for action, text in ((self.act_dashboard, self.tr("Dashboard")), (self.act_lock, self.tr("Lock screen")),
                             (self.act_switch, self.tr("Switch user")), (self.act_users, self.tr("Staff accounts")),
                             (self.act_audit, self.tr("Audit trail")), (self.act_export, self.tr("Export data")),
                             (self.act_screening, self.tr("Screening log")),
                             (self.act_endpoints, self.tr("Endpoints and CONSORT")),
                             (self.act_settings, self.tr("Site settings"))):
            action.setText(text)
        self.lock_button.setText(self.tr("Lock"))
        self.admin_menu.setTitle(self.tr("Administration"))
        self.admin_button.setText(self.tr("Administration"))
        retranslate_help_menu(self)
        self.login.retranslate()
        self._update_status()

    def open_export(self):
        from .export_dialog import ExportDialog
        dialog = ExportDialog(self.ctx, self)
        dialog.open()
        return dialog

    def _build_status(self) -> None:
        self.user_label = QLabel(objectName="statusUser")
        # the vault state and the site give way (elided, whole in the tooltip)
        # so that the sync state is never cut (issue 16 audit, dashboard_admin)
        self.vault_label = ElidedLabel(objectName="statusVault")
        self.site_label = ElidedLabel(objectName="statusSite")
        sb = self.statusBar()
        sb.addWidget(self.user_label)
        sb.addWidget(self.vault_label)
        sb.addPermanentWidget(self.site_label)

    def _update_status(self) -> None:
        s = self.ctx.session
        if s is not None and s.is_open:
            from .users_dialog import role_label
            self.user_label.setText(self.tr("Signed in: {name} ({role})").format(
                name=s.user.display_name, role=role_label(s.user.role)))
            self.vault_label.setText(self.tr("Vault: encrypted, unlocked"))
            self.site_label.setText(f"{self.ctx.vault.meta('site_name') or ''} · "
                                    f"{self.ctx.vault.meta('workstation_name') or ''}")
        else:
            self.user_label.setText(self.tr("Nobody signed in"))
            self.vault_label.setText(self.tr("Vault: encrypted, locked"))
        signed = s is not None and s.is_open
        self.toolbar.setVisible(signed)
        self.menuBar().setVisible(not signed)     # signed in, Help is in the toolbar
        if signed:
            self.act_users.setVisible(s.can(Permission.MANAGE_USERS))
            self.act_settings.setVisible(s.can(Permission.MANAGE_SETTINGS))
            self.act_audit.setVisible(s.can(Permission.VIEW_AUDIT))
            self.act_export.setVisible(s.can(Permission.EXPORT))
            self.act_endpoints.setVisible(s.can(Permission.SIGN_FOLLOW_UP) or s.can(Permission.EXPORT))
            self.act_admin.setVisible(any(a.isVisible() for a in self.admin_menu.actions()))

    # -- sign in, lock, idle ------------------------------------------------------
    def show_login(self) -> None:
        s = self.ctx.session
        language = s.user.language if (self._locked_user and s is not None) else None
        self.login.prepare(locked_user=self._locked_user, demo=self.ctx.demo, language=language)
        self.stack.setCurrentWidget(self.login)
        self._update_status()

    def _try_login(self, username: str, password: str, language: str) -> None:
        vault = self.ctx.vault
        Op(self.ctx, lambda: _sign_in(vault, username, password, language), parent=self) \
            .busy(self.login.button).on_success(lambda found: self._signed_in(*found)) \
            .on_failure(self._login_failed).run()

    def _login_failed(self, err: BaseException) -> None:
        if isinstance(err, BedsideError):
            self.login.show_error(err)
        else:
            show_error(self, err)

    def _signed_in(self, session, facts: "_SignInFacts | str" = "") -> None:
        """``facts``: what sign-in read from the vault on the worker; tools
        and the render script that sign in themselves pass the chosen
        language ("" keeps the user's) and it is read here."""
        if not isinstance(facts, _SignInFacts):
            facts = _read_sign_in_facts(session, facts)
        notices = list(getattr(session, "notices", []))
        previous = self.ctx.session
        same_user = previous is not None and previous.user.id == session.user.id \
            and self.workspace is not None
        if same_user:
            session = previous  # same object: open forms keep working
        else:
            self._drop_workspace()
        if facts.user is not None:
            session.user = facts.user
        self.language_chosen.emit(session.user.language)
        self.ctx.signed_in(session)
        set_display_zone(facts.zone)
        from . import night_mode
        self.act_night.setChecked(night_mode.remembered(self.ctx, session.user.id))
        self._locked_user = None
        self.login.clear_abnormal_end()
        self.idle.minutes = facts.idle_minutes
        self.idle.touch()
        fresh = self.workspace is None
        if fresh:
            from .workspace import Workspace
            self.workspace = Workspace(self.ctx)
            self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.refresh()
        self._update_status()
        if fresh:  # forms typed before an abnormal end (an unlock keeps its own forms open)
            from .draft_offer import offer_drafts
            offer_drafts(self)
        show_notices(self, notices)
        code, session.new_recovery_code = session.new_recovery_code, None
        if code:
            self.show_new_recovery_code(session, code)

    def show_new_recovery_code(self, session, code: str) -> None:
        """A key rotation renewed an upgraded vault's recovery code: the
        administrator writes it down; only then does the vault forget it."""
        from bedside.identity.recovery import code_written_down

        from .recovery_dialog import RecoveryCodeDialog
        self.recovery_dialog = RecoveryCodeDialog(code, self)
        self.recovery_dialog.accepted.connect(
            lambda: Op(self.ctx, lambda: code_written_down(session), parent=self).run())
        self.recovery_dialog.open()

    def _drop_workspace(self) -> None:
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None

    def lock(self, switch: bool = False) -> None:
        """Drop the key from memory. The workspace (and what is typed in it)
        stays for the same user; another user gets a fresh one."""
        s = self.ctx.session
        if s is None or not s.is_open:
            return
        # let the worker finish what it is reading: closing the database under
        # a running query aborts the process (found by tests/test_journey.py)
        self.ctx.worker.drain()
        self.sync.wait(2000)  # a sync attempt in flight finishes its database step
        try:
            s.audit_event("lock" if not switch else "switch_user")
        except BedsideError:
            pass
        self._locked_user = None if switch else s.user.username
        if switch:
            self._drop_workspace()
            self.ctx.session = None
        self.ctx.vault.lock()
        self.ctx.session_changed.emit()
        self.show_login()

    def check_idle(self) -> None:
        if self.stack.currentWidget() is self.login:
            return
        if self.idle.due():
            self.lock()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.MouseButtonPress,
                            QtCore.QEvent.Type.TouchBegin, QtCore.QEvent.Type.Wheel):
            self.idle.touch()
        return False

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        QApplication.instance().removeEventFilter(self)
        self.sync.wait()
        super().closeEvent(event)


@dataclass(frozen=True)
class _SignInFacts:
    """What the window needs from the vault at sign-in, read on the worker."""
    user: object | None          # the user with the language chosen at login, if it changed
    zone: object                 # the site's time zone
    idle_minutes: float


def _idle_minutes(session) -> float:
    return float(session.settings.get("idle_lock_minutes", 15))


def _read_sign_in_facts(session, language: str) -> _SignInFacts:
    user = None
    if language and language != session.user.language:
        from bedside.users import set_language
        try:
            user = set_language(session, language)
        except BedsideError:
            pass
    return _SignInFacts(user, site_zone(session), _idle_minutes(session))


def _sign_in(vault, username: str, password: str, language: str):
    """On the DB worker: open the vault for this person and read what the window needs."""
    session = vault.login(username, password)
    return session, _read_sign_in_facts(session, language)
