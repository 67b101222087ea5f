"""Append-only, versioned clinical records.

A record is a chain of versions. ``create`` writes version 1; ``correct``
writes a new version naming the one it replaces, with a required reason.
Nothing is ever updated or deleted (the database refuses it). Every write
adds its audit entry in the same transaction and commits durably once.
"""

from __future__ import annotations

import functools
import json
import operator
from collections import namedtuple
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session as OrmSession

from bedside.names import EntryId, PatientId, RecordId, RecordType
from . import audit, changes, entry_rules, record_types
from .canonical import canonical_json, content_hash, sha256_hex
from . import frozen_json
from .ids import new_id, new_random_id
from .errors import (BedsideError, Conflict, NotFound, PermissionDenied, ValidationError,
                     VaultTampered)
from .i18n import QT_TRANSLATE_NOOP
from .storage import rawsql
from .storage.schema import BlobRow, MergeRow, RecordRow
from .identity.entry_signing import sign_entry_here
from .identity import site_root
from .identity.directory_cache import directory_changed
from .identity.vault_directory import load_directory
from .record_version import FIELDS as VERSION_FIELDS, RecordVersion, assembled

if TYPE_CHECKING:  # pragma: no cover
    from .principal import Principal


def _intact(row: RecordRow) -> bool:
    """Its stored text is the text whose hash it was written with."""
    return isinstance(row.content, str) and sha256_hex(row.content) == row.content_hash


def _remembered(row: "StoredRow") -> RecordVersion | None:
    """The version already decoded from a row equal to *row* in every column."""
    known = _DECODED.get(row.id)
    return known[1] if known is not None and known[0] == row else None


def readable(row: RecordRow) -> RecordVersion | None:
    """A stored version as a RecordVersion, or None when it cannot be read
    or does not match its record type's declaration (a row written around
    the core: ``bedside verify`` names it).  Readers that list many
    records skip such a version instead of failing for everyone.

    A version read as a plain row (``StoredRow``) is decoded once: the
    result is remembered with the row it came from and given again only for
    a row equal to it in every column (a row changed on disk, in any byte,
    is checked and decoded afresh). Its content is read-only
    (``frozen_json``): every reader shares it."""
    shared = isinstance(row, tuple)
    known = _remembered(row) if shared else None
    if known is not None:
        return known
    try:
        if not _intact(row):
            return None        # altered after it was written
        if shared:
            values = dict(zip(VERSION_FIELDS, _VERSION_COLUMNS(row)))
            values["content"] = frozen_json.loads(row.content)
            values["created_utc"] = datetime.fromisoformat(row.created_utc)
            v = assembled(values)
        else:
            v = RecordVersion.from_row(row)
        if v.created_utc.tzinfo is None:
            return None
        v.created_utc.astimezone(timezone.utc)
    except (ValueError, TypeError, KeyError, OverflowError, RecursionError, UnicodeError):
        return None
    if not _valid_content(v.record_type, row.content_hash, v.content):
        return None
    if shared:
        if len(_DECODED) >= _DECODED_MAX:
            _DECODED.clear()
        _DECODED[row.id] = (row, v)
    return v


# Versions decoded from plain rows, by entry id: (the row, its RecordVersion).
_DECODED: dict[str, tuple[tuple, RecordVersion]] = {}
_DECODED_MAX = 20_000


def forget_decoded() -> None:
    """Drop the remembered versions (a vault is locked: its contents leave memory)."""
    _DECODED.clear()


_VALID: dict[tuple[str, str], bool] = {}
_VALID_MAX = 50_000


def _valid_content(record_type: str, checked_hash: str, content: dict) -> bool:
    """``record_types.is_valid``, remembered by record type and content hash:
    a content whose SHA-256 the caller has just checked is the same content
    as the last time that hash was declared valid or not (the declarations do
    not change while the program runs). Opening a patient re-reads hundreds
    of versions; validating each again was a fifth of the time."""
    key = (record_type, checked_hash)
    found = _VALID.get(key)
    if found is None:
        found = record_types.is_valid(record_type, content)
        if len(_VALID) >= _VALID_MAX:
            _VALID.clear()
        _VALID[key] = found
    return found


DAMAGED_NOTICE = QT_TRANSLATE_NOOP(
    "core", "The latest version of this record cannot be read: it was damaged or altered "
    "outside Bedside. The last good version is shown. Tell the data manager (bedside verify "
    "names it); a correction saved now replaces the damaged version.")


class RecordDamaged(BedsideError):
    """No version of a record can be read (every one damaged on disk)."""
    template = QT_TRANSLATE_NOOP(
        "core", "This record cannot be read: every version of it was damaged or altered "
        "outside Bedside. Tell the data manager (bedside verify names it).")


def good_version(orm: OrmSession, row: RecordRow) -> RecordVersion | None:
    """*row* as a RecordVersion, or when *row* cannot be read (damaged on
    disk) the newest earlier version of its record that can."""
    v = readable(row)
    if v is not None:
        return v
    for older in orm.scalars(select(RecordRow).where(of_record_clause(row.record_id),
                                                     RecordRow.version < row.version)
                             .order_by(RecordRow.version.desc(), RecordRow.hlc.desc())):
        v = readable(older)
        if v is not None and v.record_type == row.record_type:
            return v
    return None


def good_content(orm: OrmSession, row: RecordRow) -> dict | None:
    """What a correction replacing *row* is compared against: its content,
    or its record's last good content when *row* is damaged."""
    v = good_version(orm, row)
    return v.content if v is not None else None


def previous_content(orm: OrmSession):
    """``previous(entry_id) -> content`` over the stored versions (a version
    damaged on disk counts as its record's last good content)."""
    def look(entry_id: EntryId) -> dict | None:
        row = orm.get(RecordRow, entry_id)
        return good_content(orm, row) if row is not None else None
    return look


@dataclass(frozen=True)
class GoodVersion:
    """The version to show: the current one, or, when that one cannot be
    read, the newest version that can (``damaged`` then says so)."""
    version: RecordVersion
    damaged: bool


def _encode(content: Any) -> str:
    if not isinstance(content, dict):
        raise ValidationError("content", QT_TRANSLATE_NOOP("core", "A record must be a set of named fields."))
    try:
        encoded = canonical_json(content)
        encoded.encode("utf-8")         # a lone surrogate cannot be stored
        return encoded
    except (TypeError, ValueError, RecursionError):
        raise ValidationError("content", QT_TRANSLATE_NOOP(
            "core", "A record holds a value that cannot be stored (only text, numbers, "
            "yes/no, lists and named fields can).")) from None


# The head rule, once, as SQL over the table called ``records``: a version is
# a head unless a later version replaces it or a later version *of the same
# record* merged it (a merge row pointing from any other version, inserted
# with the key, hides nothing). Raw reads use it as it is, ORM queries
# through :func:`_head_clause`.
HEAD_SQL = ("NOT EXISTS (SELECT 1 FROM records AS later WHERE later.replaces = records.id) "
            "AND NOT EXISTS (SELECT 1 FROM record_merges AS m JOIN records AS merger "
            "ON merger.id = m.entry_id WHERE m.supersedes = records.id "
            "AND merger.record_id = records.record_id AND merger.version > records.version)")


# The versions of one record, found through two indexes (migration 0011). A
# record made by this version is named by its first version (its record id is
# that version's entry id): the primary key finds that version, and
# ``ix_records_record_id`` holds only the versions whose record id is not
# their own id -- the later versions, and every version of a record named
# otherwise (a patient, a record with one per patient, a staff member, a
# record from before). So the first version of a new record -- most saves --
# enters one index fewer. A query written ``record_id = ?`` alone is still
# right but reads the whole table: every lookup by record id goes through
# :func:`of_record` (raw SQL) or :func:`of_record_clause` (ORM), and
# ``tests/test_record_lookup.py`` holds the code to it.
OF_RECORD_SQL = "((id = ? AND record_id = id) OR (record_id = ? AND record_id <> id))"


def of_record(record_id: RecordId) -> tuple[str, tuple]:
    """The WHERE term selecting every version of *record_id*, and its parameters."""
    return OF_RECORD_SQL, (record_id, record_id)


def of_record_clause(record_id: RecordId):
    """:func:`of_record` for an ORM query over :class:`RecordRow`."""
    return or_(and_(RecordRow.id == record_id, RecordRow.record_id == RecordRow.id),
               and_(RecordRow.record_id == record_id, RecordRow.record_id != RecordRow.id))


@functools.cache
def _head_clause():
    """:data:`HEAD_SQL` for an ORM query over ``records``."""
    return text(HEAD_SQL)


COLUMN_NAMES = tuple(c.name for c in RecordRow.__table__.columns)
StoredRow = namedtuple("StoredRow", COLUMN_NAMES)      # a version as read, not an ORM object
_VERSION_COLUMNS = operator.itemgetter(*(COLUMN_NAMES.index(f) for f in VERSION_FIELDS))   # its fields, in order
_SELECT = f"SELECT {', '.join(COLUMN_NAMES)} FROM records"


def stored_rows(orm: OrmSession, where: str, params: tuple, order: str = "hlc") -> list:
    return [StoredRow._make(r) for r in rawsql.fetch_all(
        orm, f"{_SELECT} WHERE {where} ORDER BY {order}", params)]


_BORN_ASKED_MAX = 500      # records whose creation is looked up by id; more: one grouped query


def _creation_clocks(orm: OrmSession, heads: list, where: str, params: tuple) -> dict[tuple[str, str], str]:
    """(record type, record id) -> the clock of the record's first version
    (the earliest, with several), for the records of *heads* (the head rows
    read with *where*). A record whose only head is its version 1 was
    created by that very row: every other version of a record replaces or
    merges an earlier one, so a second version-1 row would leave a head of
    version 2 or more, or a second head. Only the other records (corrected,
    several heads) are looked up, by id: reading every row of the
    patient's types again for this was a third of opening a patient."""
    seen: dict[tuple[str, str], int] = {}
    for r in heads:
        key = (r.record_type, r.record_id)
        seen[key] = seen.get(key, 0) + 1
    born, ask = {}, set()
    for r in heads:
        key = (r.record_type, r.record_id)
        if r.version == 1 and seen[key] == 1:
            born[key] = r.hlc
        else:
            ask.add(r.record_id)
    if not ask:
        return born
    if len(ask) <= _BORN_ASKED_MAX:
        where, params = (f"{where} AND record_id IN ({rawsql.marks(len(ask))})", params + tuple(ask))
    born.update(((t, rid), hlc) for t, rid, hlc in rawsql.fetch_all(
        orm, f"SELECT record_type, record_id, min(hlc) FROM records WHERE {where} "
        "AND version = 1 GROUP BY record_type, record_id", params))
    return born


def _current_versions(rows: list, born: dict, fallback) -> dict[str, list[RecordVersion]]:
    """Per record type, the current version of each record of the head
    *rows*, in creation order (*born*): with several heads the latest clock;
    a head damaged on disk gives way to ``fallback(row)``, its last good
    version (or None)."""
    latest: dict[tuple[str, str], RecordVersion] = {}
    damaged: dict[tuple[str, str], Any] = {}
    for r in rows:  # several heads of one record: keep the latest clock
        v = readable(r)
        if v is not None:
            latest[(r.record_type, r.record_id)] = v
        else:
            damaged[(r.record_type, r.record_id)] = r
    for key, r in damaged.items():   # a head damaged on disk: its last good version
        if key not in latest:
            good = fallback(r)
            if good is not None:
                latest[key] = good
    out: dict[str, list[RecordVersion]] = {}
    for (rtype, _rid), v in latest.items():
        out.setdefault(rtype, []).append(v)
    for rtype, found in out.items():
        found.sort(key=lambda v: (born.get((rtype, v.record_id), v.hlc), v.hlc))
    return out


class DeferredHeads:
    """The head rows of one record type, read with the others
    (``list_latest_many(..., deferred=...)``) and decoded when asked:
    :meth:`versions` gives what ``list_latest`` gives, or only the records
    whose content holds a given member (``versions(containing=("infusion_id",
    rid))``) without decoding the others.

    The filter reads the stored JSON text: a content is stored as canonical
    JSON (``canonical_json``: sorted keys, no spaces; the local write and the
    sync pull both store it so), so an intact row -- its SHA-256 equal to its
    content hash -- whose text lacks ``"member":value`` does not hold that
    top-level member and is passed over undecoded. A row already decoded is
    tested on its content. A row that is not intact is always decoded, so a
    version damaged on disk still gives way to its last good version, which
    is tested like any other; the caller tests the member exactly again on
    what it is given."""

    def __init__(self, store: "RecordStore", rows: list, born: dict) -> None:
        self._store, self._rows, self._born = store, rows, born

    def __len__(self) -> int:
        return len({r.record_id for r in self._rows})

    def versions(self, containing: tuple[str, Any] | None = None) -> list[RecordVersion]:
        rows = self._rows
        if containing is not None:
            name, value = containing
            text = canonical_json({name: value})[1:-1]       # "name":value as stored
            rows = [r for r in rows if _may_hold(r, name, value, text)]
        if not rows:
            return []

        def fallback(r):
            with self._store._s.db.read() as orm:
                return good_version(orm, r)
        return next(iter(_current_versions(rows, self._born, fallback).values()), [])


def _may_hold(row, name: str, value: Any, text: str) -> bool:
    known = _remembered(row)
    if known is not None:
        return known.content.get(name) == value
    if not _intact(row):
        return True               # damaged: decoded, so its last good version is found
    return text in row.content


class RecordStore:
    """Reads and writes records as the session's user, on its workstation."""

    def __init__(self, principal: "Principal") -> None:
        self._s = principal
        record_types.all_types()    # load the declarations at sign-in, not at the first save

    # -- writing ---------------------------------------------------------
    def create(self, record_type: RecordType, content: dict, *, patient_id: PatientId | None = None,
               record_id: RecordId | None = None, reason: str | None = None) -> RecordVersion:
        if not record_type or not isinstance(record_type, str):
            raise ValidationError("record_type")
        if record_type in (RecordType.SIGNATURE, RecordType.STAFF):  # Session.sign / bedside.users only
            raise PermissionDenied(role=self._s.user.role.value,
                                   action=f"write a {record_type} record")
        return self._create(record_type, content, patient_id=patient_id, record_id=record_id,
                            reason=reason)

    def _create(self, record_type: str, content: dict, *, patient_id: PatientId | None = None,
                record_id: RecordId | None = None, reason: str | None = None,
                self_enrol: bool = False) -> RecordVersion:
        rt = record_types.require(record_type)
        with self._s.db.write() as orm:
            # the account is re-read inside the write block, under the vault's write
            # lock: no other write of this vault (one process holds it: filelock.py)
            # can change it before this version commits
            if not (self_enrol and record_type == RecordType.STAFF and record_id == self._s.user.id):
                self._s.require(rt.write_permission, orm)
            encoded = _encode(content)    # its declaration is checked by entry rule 4
            record_types.check_field_permissions(rt, content, None, self._s.can,
                                                 self._s.user.role.value)
            for name, value in (("patient_id", patient_id), ("record_id", record_id)):
                if value is not None and not record_types.is_id(value):
                    raise ValidationError(name)
            if record_id is None and rt.one_per_patient and patient_id is not None:
                record_id = record_types.patient_record_id(rt.name, patient_id)  # entry rule 9
            entry_id = new_id()
            if record_id is not None:
                rid = record_id
            elif record_type == RecordType.PATIENT:     # the patient id: says nothing (ids.py)
                rid = new_random_id()
            else:
                rid = entry_id              # named by its first version (OF_RECORD_SQL)
            if patient_id is None and record_type == RecordType.PATIENT:
                patient_id = rid
            if record_id is not None and orm.scalar(
                    select(RecordRow.id).where(of_record_clause(rid)).limit(1)):
                raise Conflict()
            now, off = self._now, self._off
            row, stored, link = self._new_row(orm, rid, record_type, patient_id, 1, None,
                                              encoded, reason, now, off, self_enrol=self_enrol,
                                              entry_id=entry_id)
            audit.append(orm, self._s.actor, "create", when=now, utc_offset_min=off,
                         record_type=record_type, record_id=rid, entry_id=row["id"], version=1,
                         details={"content_hash": row["content_hash"], "fields": sorted(content)},
                         reason=reason, head=link)
            return RecordVersion.from_fields(row, stored)

    def correct(self, record_id: RecordId, content: dict, reason: str, *,
                replaces: str | None = None, action: str = "correct") -> RecordVersion:
        """New version of *record_id*. *replaces* must be given when the record
        has several heads (a sync conflict): the new version then supersedes
        every head, keeping them all in the history."""
        if not reason or not str(reason).strip():
            raise ValidationError("reason", QT_TRANSLATE_NOOP(
                "core", "A correction needs a reason."))
        if action not in audit.VERSION_ACTIONS:  # its audit entry is found through the version
            raise ValueError(f"not an action that writes a version: {action}")
        encoded = _encode(content)
        with self._s.db.write() as orm:
            heads = self._heads(orm, record_id)
            if not heads:
                raise NotFound(what="record")
            if heads[0].record_type == RecordType.STAFF and action != "staff_change":
                raise PermissionDenied(role=self._s.user.role.value,
                                       action="correct a staff record")
            if heads[0].record_type == RecordType.SIGNATURE:  # a signature is never edited
                raise PermissionDenied(role=self._s.user.role.value,
                                       action="correct a signature record")
            rt = record_types.require(heads[0].record_type)
            self._s.require(rt.write_permission, orm)
            if replaces is None:
                if len(heads) > 1:
                    raise Conflict()
                base = heads[0]
            else:
                base = next((h for h in heads if h.id == replaces), None)
                if base is None:
                    raise Conflict()
            before = good_content(orm, base) or {}
            record_types.check_field_permissions(rt, content, before,
                                                 self._s.can, self._s.user.role.value)
            if base.content == encoded and len(heads) == 1 and readable(base) is not None:
                raise ValidationError("content", QT_TRANSLATE_NOOP(
                    "core", "Nothing was changed, so there is nothing to save."))
            version = max(h.version for h in heads) + 1
            others = [h.id for h in heads if h.id != base.id]
            now, off = self._now, self._off
            row, stored, link = self._new_row(orm, record_id, base.record_type,
                                              base.patient_id, version, base.id, encoded,
                                              reason.strip(), now, off, supersedes=others)
            for other in others:
                orm.add(MergeRow(entry_id=row["id"], supersedes=other))
            changes = audit.field_changes(before, content)
            audit.append(orm, self._s.actor, action, when=now, utc_offset_min=off,
                         record_type=base.record_type, record_id=record_id, entry_id=row["id"],
                         version=version,
                         details={"content_hash": row["content_hash"], "replaces": base.id,
                                  "other_heads": [h.id for h in heads if h.id != base.id],
                                  "changes": changes},
                         reason=reason.strip(), head=link)
            return RecordVersion.from_fields(row, stored)

    def put_blob(self, data: bytes) -> str:
        if not isinstance(data, (bytes, bytearray)) or not data:
            raise ValidationError("blob")
        sha = sha256_hex(bytes(data))
        with self._s.db.write() as orm:
            if orm.get(BlobRow, sha) is None:
                orm.add(BlobRow(sha256=sha, data=bytes(data), created_utc=self._now.isoformat()))
                audit.append(orm, self._s.actor, "blob", when=self._now,
                             utc_offset_min=self._off, details={"sha256": sha,
                                                                "size": len(data)})
        return sha

    # -- reading ---------------------------------------------------------
    def merges_of(self, entry_id: EntryId) -> list[str]:
        """The other heads a resolving version superseded."""
        with self._s.db.read() as orm:
            return list(orm.scalars(select(MergeRow.supersedes)
                                    .where(MergeRow.entry_id == entry_id)).all())

    def get_blob(self, sha: str) -> bytes:
        with self._s.db.read() as orm:
            row = orm.get(BlobRow, sha)
            if row is None:
                raise NotFound(what="file")
            if sha256_hex(bytes(row.data)) != sha:   # bytes replaced in the database
                raise VaultTampered(detail="a stored file does not match its SHA-256")
            return row.data

    def get_version(self, entry_id: EntryId) -> RecordVersion:
        with self._s.db.read() as orm:
            row = orm.get(RecordRow, entry_id)
            if row is None:
                raise NotFound(what="record version")
            return RecordVersion.from_row(row)

    def latest(self, record_id: RecordId) -> RecordVersion:
        """The current version. With a sync conflict (several heads), the one
        with the latest hybrid clock; ``heads`` shows them all. A current
        version damaged on disk gives way to the last good one
        (:meth:`latest_good` says which)."""
        return self.latest_good(record_id).version

    def latest_good(self, record_id: RecordId) -> GoodVersion:
        """The current version as :meth:`latest` gives it when it can be
        read; otherwise the newest readable version of the record, marked
        ``damaged`` (a version edited on disk must not stop a screen).
        Raises NotFound, or RecordDamaged when no version can be read."""
        with self._s.db.read() as orm:
            heads = self._heads(orm, record_id)
            if not heads:
                raise NotFound(what="record")
            current = readable(heads[-1])
            if current is not None:
                return GoodVersion(current, False)
            older = good_version(orm, heads[-1])
            if older is not None:
                return GoodVersion(older, True)
        raise RecordDamaged()

    def heads(self, record_id: RecordId) -> list[RecordVersion]:
        """Every head (several after concurrent corrections); a head damaged
        on disk is given as its record's last good version."""
        with self._s.db.read() as orm:
            found = [good_version(orm, r) for r in self._heads(orm, record_id)]
        return [v for v in found if v is not None]

    def history(self, record_id: RecordId) -> list[RecordVersion]:
        """Every readable version, oldest first; a version damaged on disk
        is left out (``bedside verify`` names it) rather than stopping the
        history screen."""
        with self._s.db.read() as orm:
            rows = stored_rows(orm, *of_record(record_id), order="version, hlc")
            return [v for v in map(readable, rows) if v is not None]

    def list_latest(self, record_type: RecordType, patient_id: PatientId | None = None) -> list[RecordVersion]:
        """Current versions of every record of a type (for one patient if
        given), in creation order of the record's first version."""
        return self.list_latest_many((record_type,), patient_id)[record_type]

    def list_latest_many(self, record_types: Iterable[RecordType], patient_id: PatientId | None = None,
                         *, deferred: Iterable[RecordType] = ()) -> dict[str, list[RecordVersion]]:
        """:meth:`list_latest` of several types at once: one heads query and
        one creation-order query for them all (a patient's screen asks for a
        dozen types; each asked alone paid the statement's overhead again).
        The types in *deferred* are read in the same query but given as
        :class:`DeferredHeads`, decoded when asked (a screen that shows some
        of them: one infusion's readings of three)."""
        types = list(dict.fromkeys(record_types))
        later = set(deferred) & set(types)
        where = f"record_type IN ({rawsql.marks(len(types))})"
        params: tuple = tuple(types)
        if patient_id is not None:
            where, params = where + " AND patient_id = ?", params + (patient_id,)
        with self._s.db.read() as orm:
            rows = stored_rows(orm, f"{where} AND {HEAD_SQL}", params)
            born = _creation_clocks(orm, rows, where, params)
            out: dict[str, Any] = _current_versions([r for r in rows if r.record_type not in later], born,
                                                    lambda r: good_version(orm, r))
        for t in types:
            out.setdefault(t, [])
        for t in later:
            out[t] = DeferredHeads(self, [r for r in rows if r.record_type == t], born)
        return out

    def conflicted(self) -> list[str]:
        """Record ids with more than one head (concurrent offline corrections).
        The pre-issue-17 site settings record is not one: settings are
        decided by their stated rule (settings.py), nothing to resolve."""
        with self._s.db.read() as orm:
            q = (select(RecordRow.record_id).where(_head_clause(),
                                                   RecordRow.record_type != RecordType.SITE_SETTINGS)
                 .group_by(RecordRow.record_id).having(func.count() > 1))
            return list(orm.scalars(q).all())

    # -- internals -------------------------------------------------------
    @property
    def _now(self) -> datetime:
        return self._s.clock.now()

    @property
    def _off(self) -> int:
        return self._s.clock.utc_offset_minutes()

    def _heads(self, orm: OrmSession, record_id: RecordId) -> list[StoredRow]:
        where, params = of_record(record_id)
        return stored_rows(orm, f"{where} AND {HEAD_SQL}", params)

    def _new_row(self, orm: OrmSession, record_id: RecordId, record_type: str,
                 patient_id: PatientId | None, version: int, replaces: str | None,
                 encoded: str, reason: str | None, now: datetime, off: int,
                 supersedes: list[str] | None = None,
                 self_enrol: bool = False,
                 entry_id: EntryId | None = None) -> tuple[dict[str, Any], dict, tuple[int, str]]:
        """Sign the new version with the author's key and pass it through the
        entry rules (bedside/entry_rules.py: the list every other PC, the
        server and ``bedside verify`` run) before it is inserted. Returns the
        row inserted, its content decoded from the stored JSON (the rules
        read that object; the version returned holds it), and the audit
        chain's next link, which the row names (``audit_seq``): the caller
        appends the entry logging this version there, next."""
        user = self._s.user
        row = dict(id=entry_id or new_id(), record_id=record_id, record_type=record_type,
                   patient_id=patient_id, version=version, replaces=replaces,
                   content=encoded, content_hash=sha256_hex(encoded),
                   author_id=user.id, author_name=user.display_name,
                   created_utc=now.isoformat(), utc_offset_min=off,
                   reason=reason, workstation_id=self._s.db.workstation_id,
                   hlc=self._s.db.hlc.now())
        entry = {**row, "content": json.loads(encoded), "supersedes": supersedes or []}
        signed = sign_entry_here(entry, self._s.signing_keys())
        if self_enrol:      # an upgraded account: anchored by this PC (identity/site_root.py)
            site_root.anchor_upgraded(self._s.db, orm, self._s.actor, entry, now, off)
        try:
            entry_rules.admit(entry, entry_rules.Context(
                load_directory(self._s.db, orm, private=False), previous_content(orm),
                signed_here=signed, encoded_here=(entry["content"], encoded)))
        except entry_rules.EntryRefused as exc:
            if exc.rule in entry_rules.RECORD_RULES:   # the person's own words name the field
                record_types.check_content(record_type, entry["content"])
            raise
        row["author_key_id"], row["entry_sig"] = entry["author_key_id"], entry["entry_sig"]
        link = audit.next_link(orm)     # read after the anchor of an upgraded account, audited above
        row["audit_seq"] = link[0]
        rawsql.insert(orm, "records", row)
        changes.wrote(patient_id, record_type)
        if record_type == RecordType.STAFF:
            directory_changed(self._s.db, orm)
        return row, entry["content"], link


__all__ = ["RecordStore", "RecordVersion", "content_hash"]
