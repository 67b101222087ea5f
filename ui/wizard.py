"""First run: either this PC creates the site (names it, creates the first
administrator) or it joins an existing site through enrollment with the
site's server (the staff directory arrives with the first pull, and every
staff member signs in with their usual password). Either way the
administrator writes down this PC's recovery code."""

from __future__ import annotations

from pathlib import Path

from bedside.crypto.kdf import KdfParams
from bedside.errors import BedsideError
from bedside.identity.join import join_site
from bedside.sync.client import SyncError, SyncRefused
from bedside.vault import Vault

from .errors import message_for
from .recovery_dialog import recovery_code_label
from .qt import (QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                 QRadioButton, QVBoxLayout, QWizard, QWizardPage)

PAGE_SITE, PAGE_ADMIN, PAGE_JOIN, PAGE_RECOVERY = range(4)


class _SitePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Bedside"))
        self.setSubTitle(self.tr("This workstation has no vault yet. Set it up once; "
                                 "nurses and investigators then sign in with their own accounts."))
        form = QFormLayout(self)
        self.create = QRadioButton(self.tr("Create a new site (the first PC of the ward)"),
                                   objectName="createSite")
        self.join = QRadioButton(self.tr("Join the site's other PCs (the site already has a "
                                         "sync server and staff accounts)"),
                                 objectName="joinSite")
        self.create.setChecked(True)
        self.site = QLineEdit(objectName="site")
        self.site.setPlaceholderText(self.tr("e.g. CHU de Liège — Soins intensifs"))
        self.workstation = QLineEdit(objectName="workstation")
        self.workstation.setPlaceholderText(self.tr("e.g. USI-PC-3 (bed 12)"))
        form.addRow(self.create)
        form.addRow(self.join)
        form.addRow(self.tr("Site name"), self.site)
        form.addRow(self.tr("This workstation"), self.workstation)
        self.registerField("workstation*", self.workstation)
        self.create.toggled.connect(self._mode)
        self.site.textChanged.connect(self.completeChanged)

    def _mode(self, creating: bool) -> None:
        self.site.setEnabled(creating)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return super().isComplete() and (self.join.isChecked() or bool(self.site.text().strip()))

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return PAGE_JOIN if self.join.isChecked() else PAGE_ADMIN


class _JoinPage(QWizardPage):
    """Server address, site certificate and the one-time enrollment code
    given by the server administrator (``bedside-server enroll``)."""

    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Join the site"))
        self.setSubTitle(self.tr("Staff accounts come from the site: after joining, everyone "
                                 "signs in here with their usual user name and password."))
        form = QFormLayout(self)
        self.url = QLineEdit(objectName="serverUrl")
        self.url.setPlaceholderText("https://sync.chu.local:8443")
        self.ca = QPlainTextEdit(objectName="caPem")
        self.ca.setPlaceholderText("-----BEGIN CERTIFICATE-----")
        self.ca.setMaximumHeight(110)
        self.code = QLineEdit(objectName="enrollCode")
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Site certificate"), self.ca)
        form.addRow(self.tr("Enrollment code"), self.code)
        form.addRow(self.error)

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return PAGE_RECOVERY

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.error.setText(self.tr("Connecting to the server and receiving the staff "
                                   "directory…"))
        try:
            self._wizard.join_vault(self.url.text(), self.ca.toPlainText(), self.code.text())
        except BedsideError as err:
            self.error.setText(message_for(err))
            return False
        except SyncRefused:
            self.error.setText(self.tr(
                "The server refused the code (unknown, already used or expired)."))
            return False
        except SyncError:
            self.error.setText(self.tr(
                "The server cannot be reached, or its certificate is not the site's."))
            return False
        return True


class _AdminPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("The administrator creates staff accounts. Choose a password "
                                 "of at least 8 characters."))
        form = QFormLayout(self)
        self.username = QLineEdit(objectName="username")
        self.display = QLineEdit(objectName="displayName")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(objectName="confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Printed name"), self.display)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.confirm)
        form.addRow(self.error)

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return PAGE_RECOVERY

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("The two passwords differ."))
            return False
        try:
            self._wizard.create_vault(self.username.text(), self.display.text(),
                                      self.password.text())
        except BedsideError as err:
            self.error.setText(message_for(err))
            return False
        self.password.clear()
        self.confirm.clear()
        return True


class _RecoveryPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(self.tr("If every password is lost, only this code opens the vault. "
                                 "Write it down or print it now and lock it away. "
                                 "It is shown only once."))
        lay = QVBoxLayout(self)
        self.code = recovery_code_label()
        self.done = QCheckBox(self.tr("I have written down the recovery code and stored it safely"),
                              objectName="writtenDown")
        lay.addStretch(1)
        lay.addWidget(self.code)
        lay.addStretch(1)
        lay.addWidget(self.done)
        self.registerField("writtenDown*", self.done)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.code.setText(self._wizard.recovery_code or "")


class FirstRunWizard(QWizard):
    def __init__(self, folder: Path, kdf: KdfParams | None = None, clock=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Bedside — first-run set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.folder = folder
        self.kdf = kdf
        self.clock = clock
        self.vault: Vault | None = None
        self.recovery_code: str | None = None
        self.site_page = _SitePage()
        self.admin_page = _AdminPage(self)
        self.join_page = _JoinPage(self)
        self.recovery_page = _RecoveryPage(self)
        for pid, page in ((PAGE_SITE, self.site_page), (PAGE_ADMIN, self.admin_page),
                          (PAGE_JOIN, self.join_page), (PAGE_RECOVERY, self.recovery_page)):
            self.setPage(pid, page)
        self.resize(760, 520)

    def create_vault(self, username: str, display: str, password: str) -> None:
        if self.vault is not None:
            return
        self.vault, self.recovery_code = Vault.create(
            self.folder, site_name=self.site_page.site.text(),
            workstation_name=self.site_page.workstation.text(), admin_username=username,
            admin_display_name=display, admin_password=password, kdf=self.kdf, clock=self.clock)

    def join_vault(self, server_url: str, ca_pem: str, code: str) -> None:
        if self.vault is not None:
            return
        self.vault, self.recovery_code = join_site(
            self.folder, workstation_name=self.site_page.workstation.text(),
            server_url=server_url, ca_pem=ca_pem, code=code, kdf=self.kdf, clock=self.clock)

    def accept(self) -> None:
        self.recovery_code = None  # shown once; not kept in memory longer than needed
        self.recovery_page.code.clear()
        super().accept()
