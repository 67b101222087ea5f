"""A staff account as the core reads it (``User``) and the values an
account accepts (user name, password, printed name, language). A leaf: the
session (bedside/session.py), the vault's sign-in and first administrator
(bedside/vault.py) and account management (bedside/users.py) use it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .inputs import typed_text
from .roles import Role
from .storage.schema import UserRow

MIN_PASSWORD = 8
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class User:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    language: str

    @classmethod
    def from_row(cls, row: UserRow) -> "User":
        return cls(id=row.id, username=row.username, display_name=row.display_name,
                   role=Role(row.role), active=bool(row.active), language=row.language or "fr")


def check_username(username: str) -> str:
    u = username.strip().lower() if isinstance(username, str) else ""
    if not USERNAME_RE.match(u):
        raise ValidationError("username", QT_TRANSLATE_NOOP(
            "core", "A user name is 2 to 32 lower-case letters, digits, dots, dashes or "
            "underscores, starting with a letter or digit."))
    return u


def check_password(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError("password", QT_TRANSLATE_NOOP(
            "core", "A password needs at least {n} characters."), n=MIN_PASSWORD)
    return password


def check_display_name(name: str) -> str:
    n = typed_text(name, "display_name", label=QT_TRANSLATE_NOOP("core", "Printed name"))
    if not n or len(n) > 80:
        raise ValidationError("display_name", QT_TRANSLATE_NOOP(
            "core", "Enter the person's printed name (1 to 80 characters)."))
    return n
