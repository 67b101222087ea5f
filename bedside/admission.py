"""The one door every entry passes before it is stored or trusted: the
record store when this PC writes, every PC when it pulls, the server when a
PC pushes, and ``bedside verify`` when it re-reads a vault.

``admit`` checks that the entry is signed by its author's key and that the
author held, at the entry's time, the permission its record type (and, for
``subject_id``, its field) requires. Anything else is refused and named.
"""

from __future__ import annotations

from typing import Callable

from .canonical import canonical_json, sha256_hex
from .errors import BedsideError
from .i18n import QT_TRANSLATE_NOOP
from .identity.directory import STAFF_TYPE, Directory, state_from_entry
from .identity.entry_signing import signature_ok
from .roles import SIGNATURE_MEANINGS, SIGNATURE_TYPE, Permission, allows, record_write_permission

# field -> the permission needed to set or change it (record type "patient")
RESERVED_FIELDS: dict[tuple[str, str], Permission] = {
    ("patient", "subject_id"): Permission.SIGN_ELIGIBILITY,
}

REASONS = {
    "unsigned": QT_TRANSLATE_NOOP("core", "entry {entry} is not signed by its author"),
    "unknown_key": QT_TRANSLATE_NOOP("core", "entry {entry} is signed by a key this site "
                                     "does not know"),
    "other_key": QT_TRANSLATE_NOOP("core", "entry {entry} claims author {author} but is "
                                   "signed with another person's key"),
    "bad_signature": QT_TRANSLATE_NOOP("core", "entry {entry}: the signature of {author} "
                                       "does not match its content"),
    "unknown_author": QT_TRANSLATE_NOOP("core", "entry {entry}: {author} was not on the "
                                        "staff directory at that time"),
    "revoked": QT_TRANSLATE_NOOP("core", "entry {entry}: the account of {author} was "
                                 "revoked at that time"),
    "old_key": QT_TRANSLATE_NOOP("core", "entry {entry}: {author} signed with a key they "
                                 "had replaced at that time"),
    "not_allowed": QT_TRANSLATE_NOOP("core", "entry {entry}: {author} ({role}) was not "
                                     "allowed to write a {record_type} record"),
    "field_reserved": QT_TRANSLATE_NOOP("core", "entry {entry}: {author} ({role}) was not "
                                        "allowed to set {field}"),
    "not_genuine": QT_TRANSLATE_NOOP("core", "entry {entry}: a signature record not made "
                                     "by its signer"),
    "base_refused": QT_TRANSLATE_NOOP("core", "entry {entry} corrects a version that was "
                                      "refused"),
    "bad_staff": QT_TRANSLATE_NOOP("core", "entry {entry}: a staff directory entry that is "
                                   "not valid"),
}


class EntryRefused(BedsideError):
    """An entry failed admission. ``reason`` is one of :data:`REASONS`."""

    def __init__(self, reason: str, **params: object) -> None:
        self.reason = reason
        super().__init__(REASONS[reason], **params)


def genuine_signature(content: dict, author_id: str, version: int,
                      replaces: str | None) -> bool:
    """A signature record as only ``Session.sign`` writes it: a first
    version by the signer whose binding hash covers its content."""
    return (version == 1 and replaces is None and author_id == content.get("signer_id")
            and sha256_hex(canonical_json({k: x for k, x in content.items()
                                           if k != "binding"})) == content.get("binding"))


def admit(entry: dict, directory: Directory,
          previous: Callable[[str], dict | None] = lambda _id: None) -> None:
    """Raise :class:`EntryRefused` unless *entry* (wire form, with
    ``author_key_id`` and ``entry_sig``) may be stored. *previous(entry_id)*
    returns the content of a version this one replaces (for reserved fields).
    A staff entry that is admitted should then be added to *directory*."""
    eid, author = entry.get("id"), entry.get("author_id")
    names = dict(entry=eid, author=entry.get("author_name") or author)
    if not entry.get("entry_sig") or not entry.get("author_key_id"):
        raise EntryRefused("unsigned", **names)
    rtype = entry["record_type"]
    key = directory.keys.get(entry["author_key_id"])
    if key is None and rtype == STAFF_TYPE:
        key = _self_enrolment_key(entry)
    if key is None:
        raise EntryRefused("unknown_key", **names)
    if key.user_id != author:
        raise EntryRefused("other_key", **names)
    if not signature_ok(entry, key.sign_pub):
        raise EntryRefused("bad_signature", **names)
    if rtype == STAFF_TYPE and _self_enrolment_key(entry) is not None \
            and directory.current(author) is None:
        return      # a person's first directory entry, signed by their own new key
    state = directory.state_at(author, entry["hlc"])
    if state is None:
        raise EntryRefused("unknown_author", **names)
    if not state.active:
        raise EntryRefused("revoked", **names)
    if state.credential.key_id != key.key_id:
        raise EntryRefused("old_key", **names)
    names["role"] = state.role.value
    content = entry["content"]
    if rtype == SIGNATURE_TYPE:
        needed = SIGNATURE_MEANINGS.get(content.get("meaning"))
        if not genuine_signature(content, author, entry["version"], entry["replaces"]):
            raise EntryRefused("not_genuine", **names)
        if needed is None or not allows(state.role, needed):
            raise EntryRefused("not_allowed", record_type=rtype, **names)
        return
    if not allows(state.role, record_write_permission(rtype)):
        raise EntryRefused("not_allowed", record_type=rtype, **names)
    if rtype == STAFF_TYPE:
        try:
            state_from_entry(entry)
        except (KeyError, ValueError, TypeError):
            raise EntryRefused("bad_staff", **names) from None
    before = previous(entry["replaces"]) if entry.get("replaces") else None
    for (ftype, fname), perm in RESERVED_FIELDS.items():
        if rtype == ftype and content.get(fname) != (before or {}).get(fname) \
                and not allows(state.role, perm):
            raise EntryRefused("field_reserved", field=fname, **names)


def _self_enrolment_key(entry: dict):
    """The key a staff entry's first version names for its own person, if
    it signs with it (site creation, upgraded accounts)."""
    from .identity.directory import SigningKey
    if entry["version"] != 1 or entry["record_id"] != entry["author_id"]:
        return None
    try:
        state = state_from_entry(entry)
    except (KeyError, ValueError, TypeError):
        return None
    cred = state.credential
    if cred.key_id != entry.get("author_key_id"):
        return None
    return SigningKey(cred.key_id, state.user_id, cred.sign_pub)
