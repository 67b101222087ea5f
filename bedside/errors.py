"""Errors the core raises. Each carries an English template (translatable in
the UI, context "core") and its parameters; none carries patient data unless
the caller puts it there, and the log formatter never logs ``params``."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP
from .messages import Message


class BedsideError(Exception):
    template: str = QT_TRANSLATE_NOOP("core", "Something went wrong.")

    def __init__(self, template: str | None = None, **params: object) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template

    @property
    def code(self) -> str:
        return type(self).__name__

    @property
    def messages(self) -> list[Message]:
        """What went wrong, as messages for the screen (``ui.errors.text``);
        an error that found several problems lists them all."""
        return [Message(self.template, dict(self.params), getattr(self, "field", None), self.code)]

    def __str__(self) -> str:
        return self.message


class ValidationError(BedsideError):
    """Input refused; nothing was stored. ``field`` names the input."""

    template = QT_TRANSLATE_NOOP("core", "This value is not valid.")

    def __init__(self, field: str, template: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


class PermissionDenied(BedsideError):
    template = QT_TRANSLATE_NOOP("core", "Your role ({role}) does not allow this action: {action}.")


class AccountInactive(PermissionDenied):
    template = QT_TRANSLATE_NOOP(
        "core", "This account is no longer active. Ask an administrator.")


class WrongPassword(BedsideError):
    template = QT_TRANSLATE_NOOP("core", "Unknown user or wrong password.")


class LockedOut(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "Too many failed attempts. Try again in {seconds} seconds.")


class VaultTampered(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "The vault failed its integrity check and may have been tampered with: {detail}")


class VaultCorrupt(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "The vault file is damaged or incomplete and cannot be opened: {detail}")


class VaultInUse(BedsideError):
    """Another program holds the database locked (a second Bedside, a backup
    agent, an antivirus scan): nothing is wrong with the vault itself."""

    template = QT_TRANSLATE_NOOP(
        "core", "The vault is in use by another program (another Bedside window, a backup "
        "or an antivirus scan). Wait a moment and try again.")


class VaultUnreadable(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "The vault database could not be read ({detail}). Check the disk and the "
        "folder's permissions, then try again.")


class VaultTooNew(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "This vault was written by a newer version of Bedside ({found}). "
        "Install that version or newer to open it.")


class VaultMissing(BedsideError):
    template = QT_TRANSLATE_NOOP("core", "No vault found in {path}.")


class VaultExists(BedsideError):
    template = QT_TRANSLATE_NOOP("core", "A vault already exists in {path}.")


class VaultLocked(BedsideError):
    template = QT_TRANSLATE_NOOP("core", "The vault is locked. Sign in again to continue.")


class NotFound(BedsideError):
    template = QT_TRANSLATE_NOOP("core", "No {what} found with this identifier.")


class Conflict(BedsideError):
    template = QT_TRANSLATE_NOOP(
        "core", "This record was changed elsewhere in the meantime; reload it and try again.")


class VaultBusy(BedsideError):
    """Another program kept the vault header locked for too long."""

    template = QT_TRANSLATE_NOOP(
        "core", "The vault is busy in another Bedside window or program. Try again in a moment.")


class VaultAlreadyOpen(BedsideError):
    """The vault is already open in another running Bedside."""

    template = QT_TRANSLATE_NOOP(
        "core", "Bedside is already open on this vault on this computer. Use the window that "
        "is already open, or close it first.")


class HeaderChanged(BedsideError):
    """A compare-and-swap of ``vault.json`` found it changed since it was read."""

    template = QT_TRANSLATE_NOOP(
        "core", "The vault's sign-in settings were changed by another Bedside window meanwhile; "
        "nothing was overwritten. Try again.")
