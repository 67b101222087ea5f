"""Staff accounts: each has a role and a key slot in the vault header. Every
change is audited; revoking removes the slot; an administrator resets a
password by rewrapping the data key (no clinical data is touched)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from . import audit
from .errors import NotFound, ValidationError
from .inputs import typed_text
from .i18n import QT_TRANSLATE_NOOP
from .roles import Permission, Role
from .storage.schema import UserRow

if TYPE_CHECKING:  # pragma: no cover
    from .session import Session

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


def list_users(session: "Session", include_inactive: bool = False) -> list[User]:
    with session.db.read() as orm:
        q = select(UserRow).order_by(UserRow.username)
        if not include_inactive:
            q = q.where(UserRow.active == 1)
        return [User.from_row(r) for r in orm.scalars(q).all()]


def get_user(session: "Session", user_id: str) -> User:
    with session.db.read() as orm:
        row = orm.get(UserRow, user_id)
        if row is None:
            raise NotFound(what="user")
        return User.from_row(row)


def create_user(session: "Session", username: str, display_name: str, role: Role | str,
                password: str, language: str = "fr") -> User:
    session.require(Permission.MANAGE_USERS)
    username, display_name = check_username(username), check_display_name(display_name)
    check_password(password)
    role = Role(role)
    vault = session.vault
    if vault.header.slot_for_lookup(vault.lookup(username)) is not None:
        raise ValidationError("username", QT_TRANSLATE_NOOP(
            "core", "This user name is already taken."))
    user_id = uuid.uuid4().hex
    with session.db.write() as orm:
        orm.add(UserRow(id=user_id, username=username, display_name=display_name,
                        role=role.value, active=1, language=language,
                        created_utc=session.clock.now().isoformat()))
        audit.append(orm, session.actor, "user_create", when=session.clock.now(),
                     utc_offset_min=session.clock.utc_offset_minutes(), record_type="user",
                     record_id=user_id, details={"username": username, "role": role.value})
        vault.add_slot(user_id, username, password, orm_for_audit=orm, actor=session.actor)
    return get_user(session, user_id)


def _change(session: "Session", user_id: str, action: str, **fields) -> User:
    session.require(Permission.MANAGE_USERS)
    with session.db.write() as orm:
        row = orm.get(UserRow, user_id)
        if row is None:
            raise NotFound(what="user")
        changes = {k: [getattr(row, k), v] for k, v in fields.items() if getattr(row, k) != v}
        for k, v in fields.items():
            setattr(row, k, v)
        audit.append(orm, session.actor, action, when=session.clock.now(),
                     utc_offset_min=session.clock.utc_offset_minutes(), record_type="user",
                     record_id=user_id, details={"changes": changes})
    return get_user(session, user_id)


def change_role(session: "Session", user_id: str, role: Role | str) -> User:
    return _change(session, user_id, "user_role_change", role=Role(role).value)


def set_language(session: "Session", language: str) -> User:
    """A user's own interface language (no special permission needed)."""
    if language not in LANGUAGES:
        raise ValidationError("language")
    with session.db.write() as orm:
        row = orm.get(UserRow, session.user.id)
        row.language = language
        audit.append(orm, session.actor, "user_language", when=session.clock.now(),
                     utc_offset_min=session.clock.utc_offset_minutes(), record_type="user",
                     record_id=row.id, details={"language": language})
    return get_user(session, session.user.id)


def revoke_user(session: "Session", user_id: str) -> User:
    if user_id == session.user.id:
        raise ValidationError("user", QT_TRANSLATE_NOOP(
            "core", "You cannot revoke your own account."))
    user = _change(session, user_id, "user_revoke", active=0)
    session.vault.remove_slot(user_id, actor=session.actor)
    return user


def reset_password(session: "Session", user_id: str, new_password: str) -> None:
    session.require(Permission.MANAGE_USERS)
    check_password(new_password)
    user = get_user(session, user_id)
    if not user.active:
        raise ValidationError("user", QT_TRANSLATE_NOOP(
            "core", "This account is revoked; create a new one instead."))
    session.vault.replace_slot(user_id, user.username, new_password, actor=session.actor)
