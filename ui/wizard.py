"""First run: either this PC creates the site (names it, creates the first
administrator) or it joins an existing site through enrollment with the
site's server (the staff directory arrives with the first pull, and every
staff member signs in with their usual password). Either way the
administrator writes down this PC's recovery code."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from bedside.crypto.kdf import KdfParams
from bedside.identity.join import join_site
from bedside.sync.client import SyncError, SyncRefused
from bedside.vault import Vault

from .errors import message_for
from .ops import Op
from .recovery_dialog import recovery_code_label
from .qt import (QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QRadioButton, QVBoxLayout,
                 QWidget, QWizard, QWizardPage)
from .widgets.labels import wrapped_label

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


class _VaultPage(QWizardPage):
    """A page whose Next makes this PC's vault — creating the site or
    joining it. The work (deriving the key from the password, about a
    second; asking the site's server) runs off the UI thread (``ui/ops.py``
    ``Op``, before sign-in): meanwhile the window repaints, the page is
    incomplete (Next waits) and its fields, Back and Cancel are held; then
    the wizard moves on, or the page says why not and keeps what was typed."""

    def __init__(self, wizard: "FirstRunWizard", title: str, subtitle: str) -> None:
        super().__init__()
        self._wizard = wizard
        self.running = False
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = QFormLayout(self)
        self.status = wrapped_label("hint")        # what is being done, while it runs
        self.error = wrapped_label("fieldError")   # why not, after

    def _rows(self, *rows: tuple[str, QWidget]) -> None:
        for label, field in rows:
            self.form.addRow(label, field)
        self.form.addRow(self.status)
        self.form.addRow(self.error)

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return PAGE_RECOVERY

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.running and super().isComplete()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self._wizard.vault is not None:      # made: Next moves on
            return True
        job = None if self.running else self.job()
        if job is not None:
            self._start(job)
        return False

    def job(self) -> Callable[[], tuple[Vault, str]] | None:
        """What makes the vault from the fields, or None once the page has
        said why it cannot (checked on the spot, before any work)."""
        raise NotImplementedError

    def fields(self) -> list[QWidget]:
        raise NotImplementedError

    def refusal(self, err: BaseException) -> str:
        return message_for(err)

    def made(self) -> None:
        """The vault exists: forget what must not stay on screen."""

    def _start(self, job: Callable[[], tuple[Vault, str]]) -> None:
        self.error.clear()
        self.running = True
        self.completeChanged.emit()
        buttons = [self._wizard.button(b) for b in (QWizard.WizardButton.BackButton,
                                                    QWizard.WizardButton.CancelButton)]
        Op(None, job, parent=self).busy(*self.fields(), *buttons) \
            .on_success(self._made).on_failure(self._refused).run()

    def _made(self, vault_and_code: tuple[Vault, str]) -> None:
        self.running = False
        self.status.clear()
        self._wizard.vault, self._wizard.recovery_code = vault_and_code
        self.made()
        self.completeChanged.emit()
        self._wizard.next()

    def _refused(self, err: BaseException) -> None:
        self.running = False
        self.status.clear()
        self.error.setText(self.refusal(err))
        self.completeChanged.emit()


class _JoinPage(_VaultPage):
    """Server address, site certificate and the one-time enrollment code
    given by the server administrator (``bedside-server enroll``)."""

    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard, self.tr("Join the site"), self.tr(
            "Staff accounts come from the site: after joining, everyone signs in here with "
            "their usual user name and password."))
        self.url = QLineEdit(objectName="serverUrl")
        self.url.setPlaceholderText("https://sync.chu.local:8443")
        self.ca = QPlainTextEdit(objectName="caPem")
        self.ca.setPlaceholderText("-----BEGIN CERTIFICATE-----")
        self.ca.setMaximumHeight(110)
        self.code = QLineEdit(objectName="enrollCode")
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self._rows((self.tr("Server address"), self.url), (self.tr("Site certificate"), self.ca),
                   (self.tr("Enrollment code"), self.code))

    def fields(self) -> list[QWidget]:
        return [self.url, self.ca, self.code]

    def job(self):
        self.status.setText(self.tr("Connecting to the server and receiving the staff "
                                    "directory…"))
        w, url, ca, code = self._wizard, self.url.text(), self.ca.toPlainText(), self.code.text()
        workstation = w.site_page.workstation.text()
        return lambda: w.join(w.folder, workstation_name=workstation, server_url=url, ca_pem=ca,
                              code=code, kdf=w.kdf, clock=w.clock)

    def refusal(self, err: BaseException) -> str:
        if isinstance(err, SyncRefused):
            return self.tr("The server refused the code (unknown, already used or expired).")
        if isinstance(err, SyncError):
            return self.tr("The server cannot be reached, or its certificate is not the site's.")
        return message_for(err)


class _AdminPage(_VaultPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard, self.tr("First administrator"), self.tr(
            "The administrator creates staff accounts. Choose a password of at least 8 "
            "characters."))
        self.username = QLineEdit(objectName="username")
        self.display = QLineEdit(objectName="displayName")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(objectName="confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self._rows((self.tr("User name"), self.username), (self.tr("Printed name"), self.display),
                   (self.tr("Password"), self.password), (self.tr("Password again"), self.confirm))

    def fields(self) -> list[QWidget]:
        return [self.username, self.display, self.password, self.confirm]

    def job(self):
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("The two passwords differ."))
            return None
        self.status.setText(self.tr("Creating the vault and protecting it with the password…"))
        w, site = self._wizard, self._wizard.site_page
        kwargs = dict(site_name=site.site.text(), workstation_name=site.workstation.text(),
                      admin_username=self.username.text(), admin_display_name=self.display.text(),
                      admin_password=self.password.text(), kdf=w.kdf, clock=w.clock)
        return lambda: w.make_vault(w.folder, **kwargs)

    def made(self) -> None:
        self.password.clear()
        self.confirm.clear()


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
    make_vault = staticmethod(Vault.create)     # what the pages run off the UI thread
    join = staticmethod(join_site)

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

    def reject(self) -> None:
        """Cancel, Escape or the window's close box: not while the vault is
        being made (it would exist with no one shown its recovery code)."""
        if not (self.admin_page.running or self.join_page.running):
            super().reject()


    def accept(self) -> None:
        self.recovery_code = None  # shown once; not kept in memory longer than needed
        self.recovery_page.code.clear()
        super().accept()
