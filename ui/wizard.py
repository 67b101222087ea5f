"""First run: the site administrator names the site and this workstation,
creates the first administrator account and writes down the recovery code."""

from __future__ import annotations

from pathlib import Path

from bedside.crypto.kdf import KdfParams
from bedside.errors import BedsideError
from bedside.vault import Vault

from .errors import message_for
from .qt import (QCheckBox, QFormLayout, QLabel, QLineEdit, Qt, QVBoxLayout, QWizard,
                 QWizardPage, QFont)


class _SitePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Bedside"))
        self.setSubTitle(self.tr("This workstation has no vault yet. Set it up once; "
                                 "nurses and investigators then sign in with their own accounts."))
        form = QFormLayout(self)
        self.site = QLineEdit(objectName="site")
        self.site.setPlaceholderText(self.tr("e.g. CHU de Liège — Soins intensifs"))
        self.workstation = QLineEdit(objectName="workstation")
        self.workstation.setPlaceholderText(self.tr("e.g. USI-PC-3 (bed 12)"))
        form.addRow(self.tr("Site name"), self.site)
        form.addRow(self.tr("This workstation"), self.workstation)
        self.registerField("site*", self.site)
        self.registerField("workstation*", self.workstation)


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
        self.code = QLabel(objectName="recoveryCode")
        f = QFont("DejaVu Sans Mono")
        f.setPointSize(18)
        f.setBold(True)
        self.code.setFont(f)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self.recovery_page = _RecoveryPage(self)
        for page in (self.site_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        self.resize(760, 520)

    def create_vault(self, username: str, display: str, password: str) -> None:
        if self.vault is not None:
            return
        self.vault, self.recovery_code = Vault.create(
            self.folder, site_name=self.site_page.site.text(),
            workstation_name=self.site_page.workstation.text(), admin_username=username,
            admin_display_name=display, admin_password=password, kdf=self.kdf, clock=self.clock)

    def accept(self) -> None:
        self.recovery_code = None  # shown once; not kept in memory longer than needed
        self.recovery_page.code.clear()
        super().accept()
