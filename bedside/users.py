"""Staff accounts: each person has a role, key pairs (bedside.identity) and
a key slot in the vault header. Every change is a new version of the
person's ``staff`` directory record, signed by the administrator who made
it, mirrored in the local ``users`` table and audited. Revoking removes the
slot; a password reset gives the person new keys (their old public key stays
in the directory to verify what they signed before)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select

from bedside.names import RecordType
from . import audit
from .account import LANGUAGES, User, check_display_name, check_password, check_username
from .errors import NotFound, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .identity.directory import staff_content
from .identity.keys import PersonKeys
from .identity.rotation import rotate_data_key
from .identity.slots import Credential
from .roles import Permission, Role
from .storage.schema import UserRow

if TYPE_CHECKING:  # pragma: no cover
    from .session import Session


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
    with session.db.read() as orm:
        if orm.scalar(select(UserRow.id).where(UserRow.username == username)):
            raise ValidationError("username", QT_TRANSLATE_NOOP(
                "core", "This user name is already taken."))
    user_id = uuid.uuid4().hex
    credential = Credential.make(user_id, password, PersonKeys.generate(), vault.kdf)
    session.records._create(RecordType.STAFF, staff_content(username, display_name, role, True,
                                                      credential), record_id=user_id)
    with session.db.write() as orm:
        orm.add(UserRow(id=user_id, username=username, display_name=display_name,
                        role=role.value, active=1, language=language,
                        created_utc=session.clock.now().isoformat()))
        audit.append(orm, session.actor, "user_create", when=session.clock.now(),
                     utc_offset_min=session.clock.utc_offset_minutes(), record_type="user",
                     record_id=user_id, details={"username": username, "role": role.value})
        vault.add_slot(user_id, username, credential, orm_for_audit=orm, actor=session.actor)
    return get_user(session, user_id)


def _staff_version(session: "Session", user_id: str, reason: str,
                   credential: Credential | None = None, **changes) -> None:
    """A new signed version of the person's directory entry. An account that
    has not signed in since the upgrade to personal keys has none yet: a
    password reset enrols it (first version signed by the administrator);
    other changes only touch the local account until then."""
    from sqlalchemy import exists
    from .records import of_record_clause
    from .storage.schema import RecordRow
    with session.db.read() as orm:
        enrolled = orm.scalar(select(exists().where(RecordRow.record_type == RecordType.STAFF,
                                                    of_record_clause(user_id))))
    if not enrolled:
        if credential is not None:
            u = get_user(session, user_id)
            session.records._create(RecordType.STAFF, staff_content(
                u.username, u.display_name, u.role, u.active, credential), record_id=user_id)
        return
    content = dict(session.records.latest(user_id).content)
    content.update(changes)
    if credential is not None:
        content["credential"] = credential.to_dict()
    session.records.correct(user_id, content, reason, action="staff_change")


def _change(session: "Session", user_id: str, action: str, **fields) -> User:
    session.require(Permission.MANAGE_USERS)
    get_user(session, user_id)
    staff = {"role": fields["role"]} if "role" in fields else {"active": bool(fields["active"])}
    _staff_version(session, user_id, action.replace("_", " "), **staff)
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
    rotate_data_key(session.vault, session.actor, "revocation")
    return user


def reset_password(session: "Session", user_id: str, new_password: str) -> None:
    session.require(Permission.MANAGE_USERS)
    check_password(new_password)
    user = get_user(session, user_id)
    if not user.active:
        raise ValidationError("user", QT_TRANSLATE_NOOP(
            "core", "This account is revoked; create a new one instead."))
    credential = Credential.make(user_id, new_password, PersonKeys.generate(),
                                 session.vault.kdf)
    _staff_version(session, user_id, "password reset", credential=credential)
    session.vault.replace_slot(user_id, user.username, credential, actor=session.actor)
    rotate_data_key(session.vault, session.actor, "password reset")
