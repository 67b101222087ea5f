"""Build wire entries for tests and the benchmark (no vault needed)."""

from __future__ import annotations

import uuid

from bedside import audit
from bedside.crypto.kdf import KdfParams
from bedside.identity.directory import staff_content
from bedside.identity.entry_signing import sign_entry
from bedside.identity.keys import PersonKeys
from bedside.identity.slots import Credential
from bedside.roles import Role
from bedside.sync import wire

# A test site: an administrator (self-enrolled) and a nurse, with real keys.
ADMIN_ID, NURSE_ID = "u-admin", "u-nurse"
ADMIN_KEYS, NURSE_KEYS = PersonKeys.generate(), PersonKeys.generate()
SITE_ROOT = ADMIN_KEYS.public.sign_pub   # the test site's administrator root key
INVESTIGATOR_ID, INVESTIGATOR_KEYS = "u-investigator", PersonKeys.generate()
_DIRECTORY: dict[str, list[dict]] = {}


def _staff(workstation_id: str, user_id: str, username: str, role: Role, keys: PersonKeys,
           seq: int) -> dict:
    content = staff_content(username, username.title(), role, True,
                            Credential.make(user_id, "test password", keys,
                                            KdfParams.for_tests()))
    entry = {"id": f"staff-{user_id}-{workstation_id}", "record_id": user_id,
             "record_type": "staff", "patient_id": None, "version": 1, "replaces": None,
             "content": content, "content_hash": wire.content_hash(content),
             "author_id": ADMIN_ID, "author_name": "Admin",
             "created_utc": "2026-11-25T01:00:00+00:00", "utc_offset_min": 60, "reason": None,
             "workstation_id": workstation_id, "hlc": f"{seq:015d}-000000-{workstation_id}"}
    return sign_entry(entry, ADMIN_KEYS)


def site_directory(workstation_id: str) -> list[dict]:
    """The staff entries the server needs before it admits :func:`make_entry`'s
    entries (push them first, from *workstation_id*'s device)."""
    if workstation_id not in _DIRECTORY:
        _DIRECTORY[workstation_id] = [
            _staff(workstation_id, ADMIN_ID, "admin", Role.ADMINISTRATOR, ADMIN_KEYS, 1),
            _staff(workstation_id, NURSE_ID, "nurse", Role.NURSE, NURSE_KEYS, 2)]
    return _DIRECTORY[workstation_id]


def investigator_staff(workstation_id: str) -> dict:
    """An investigator for the test site (not in :func:`site_directory`,
    whose size other tests count): admit or push it after the directory."""
    return _staff(workstation_id, INVESTIGATOR_ID, "investigator", Role.INVESTIGATOR,
                  INVESTIGATOR_KEYS, 3)


def site_context(workstation_id: str):
    """The entry rules' context of a PC that holds :func:`site_directory`."""
    from bedside import entry_rules
    from bedside.identity.directory import Directory
    ctx = entry_rules.Context(Directory(root=SITE_ROOT))      # its root pinned
    for e in site_directory(workstation_id):
        ctx.admitted(entry_rules.admit(e, ctx))
    return ctx


def make_entry(workstation_id: str, content: dict | None = None, record_id: str | None = None,
               version: int = 1, replaces: str | None = None, hlc: str | None = None,
               keys: PersonKeys = NURSE_KEYS, author_id: str = NURSE_ID) -> dict:
    """A note signed by the test site's nurse (see :func:`site_directory`)."""
    content = content if content is not None else {"text": uuid.uuid4().hex}
    entry = {"id": uuid.uuid4().hex, "record_id": record_id or uuid.uuid4().hex,
             "record_type": "note", "patient_id": "P-TEST", "version": version,
             "replaces": replaces, "content": content, "content_hash": wire.content_hash(content),
             "author_id": author_id, "author_name": "Test Nurse",
             "created_utc": "2026-11-25T03:00:00+00:00", "utc_offset_min": 60,
             "reason": "fix" if version > 1 else None, "workstation_id": workstation_id,
             "hlc": hlc or f"{1795600000000:015d}-000000-{workstation_id}"}
    return sign_entry(entry, keys)


def audit_chain(n: int, start: int = 1, prev: str = audit.GENESIS, salt: str = "",
                workstation_id: str = "ws-a", reason: str | None = None) -> list[dict]:
    """Audit entries exactly as the core chains them (bedside.audit)."""
    out = []
    for seq in range(start, start + n):
        fields = {"seq": seq, "id": f"a{seq}{salt}", "ts_utc": "2026-11-25T03:00:00+00:00",
                  "utc_offset_min": 60, "user_id": "u1", "username": "nurse",
                  "workstation_id": workstation_id, "action": "create",
                  "record_type": "note", "record_id": f"r{seq}", "entry_id": f"e{seq}",
                  "version": 1, "details": "{}", "reason": reason, "prev_hash": prev}
        fields["hash"] = audit.entry_hash(fields)
        out.append(fields)
        prev = fields["hash"]
    return out
