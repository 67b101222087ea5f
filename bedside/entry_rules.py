"""The entry rules: one ordered list of checks every record version passes
before it is stored or trusted, at every door.

The doors (each calls :func:`admit` with a :class:`Context`):

* this PC writing (``RecordStore._new_row``, after the screen's own checks),
* the server on push (``bedside_server/store.py``),
* every PC on pull (``VaultLocal.apply``; a refused entry is quarantined),
* ``bedside verify`` re-reading a vault (``bedside/verify.py``),
* a PC about to push its own pending entries (``VaultLocal.unfit``: what
  the server would refuse is not sent).

:data:`RULES` is the list, in order; the first rule an entry breaks is the
one named. Each refusal is an :class:`EntryRefused` carrying ``rule`` (the
rule's name in :data:`RULES`), ``reason`` (a code from :data:`REASONS`) and
a message in words that never quotes clinical content.

1. ``wire``        the sync format: fields, types, ids, clock stamp, the
                   content hash.
2. ``envelope``    bounds: ids ≤ 64 safe characters, 1 ≤ version ≤ 1,000,000,
                   a first version replaces nothing, |offset| ≤ 18 h, an aware
                   creation time, author name and reason as clean text,
                   content ≤ 512 KiB.
3. ``record_type`` a type of the registry (``bedside/record_types.py``).
4. ``content``     the content against its type's declaration.
5. ``signature``   signed with a key of the site's staff directory, the
                   author's own, over this very entry.
6. ``chain``       a staff entry signed by a key the directory does not yet
                   hold (a person's own new key) chains to the site root
                   (``identity/site_root.py``): the first version of the root
                   administrator's own entry, signed by the pinned root key,
                   active administrator -- or an upgraded account this PC
                   vouches for. Every other staff entry is signed by a key
                   of the directory (rule 5) by an administrator (rule 7).
7. ``authority``   the author was on the directory at the entry's time,
                   active, with that key, allowed to write this type (and
                   each reserved field); a signature record made by its
                   signer; a staff entry that is a valid person.
8. ``base``        a correction of a version that was itself refused.
9. ``one_per_patient`` a record type a patient has only one of (the end of
                   participation) under the record id derived from the
                   patient id (``record_types.patient_record_id``): a second
                   record is refused; concurrent first versions of the one
                   record are a sync conflict.

Versions from before personal keys (``Context.legacy``, verify only) pass
rules 1-4, 8 and 9 only: they were never signed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from bedside.names import EntryId, RecordType
from . import record_types
from .canonical import canonical_json, sha256_hex
from .errors import BedsideError, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .identity.directory import Directory, SigningKey, state_from_entry
from .identity.entry_signing import SignedHere, signature_ok
from .record_fields import FieldProblem, parse_aware, text_problem
from .record_types import record_write_permission
from .roles import SIGNATURE_MEANINGS, Permission, Role, allows
from .sync import wire

MAX_VERSION = 1_000_000                 # corrections of one record
MAX_OFFSET_MIN = 18 * 60                # ISO 8601 / Python allow ±18 h
MAX_CONTENT_BYTES = 512 * 1024          # one record version's canonical content
MAX_REASON = 4000

# field -> the permission needed to set or change it (record type "patient")
RESERVED_FIELDS: dict[tuple[str, str], Permission] = {
    ("patient", "subject_id"): Permission.SIGN_ELIGIBILITY,
}

REASONS = {
    # rules 1-4: the record rules (detail: which field or bound, never a value)
    "wire": QT_TRANSLATE_NOOP("core", "entry {entry} is not in the sync format: {detail}"),
    "envelope": QT_TRANSLATE_NOOP("core", "entry {entry} breaks the envelope rules: {detail}"),
    "record_type": QT_TRANSLATE_NOOP("core", "entry {entry}: its record type is not a "
                                     "registered type"),
    "content": QT_TRANSLATE_NOOP("core", "entry {entry}: content field {detail} does not "
                                 "match its declaration"),
    # rule 5: the signature
    "unsigned": QT_TRANSLATE_NOOP("core", "entry {entry} is not signed by its author"),
    "unknown_key": QT_TRANSLATE_NOOP("core", "entry {entry} is signed by a key this site "
                                     "does not know"),
    "other_key": QT_TRANSLATE_NOOP("core", "entry {entry} claims author {author} but is "
                                   "signed with another person's key"),
    "bad_signature": QT_TRANSLATE_NOOP("core", "entry {entry}: the signature of {author} "
                                       "does not match its content"),
    # rule 7: the author's authority at the entry's time
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
    "bad_staff": QT_TRANSLATE_NOOP("core", "entry {entry}: a staff directory entry that is "
                                   "not valid"),
    # rule 6: the chain to the site root
    "not_anchored": QT_TRANSLATE_NOOP("core", "entry {entry}: a staff directory entry "
                                      "signed by a key that does not chain to the site's "
                                      "administrator key"),
    "unreadable": QT_TRANSLATE_NOOP("core", "entry {entry} holds a value the {which} rule "
                                    "cannot read ({detail})"),
    # rule 8
    "base_refused": QT_TRANSLATE_NOOP("core", "entry {entry} corrects a version that was "
                                      "refused"),
    # rule 9: one record per patient where the record type allows only one
    "one_per_patient": QT_TRANSLATE_NOOP("core", "entry {entry}: a second {record_type} "
                                         "record for one patient (a patient has only one; "
                                         "a change is a new version of it)"),
}


class EntryRefused(BedsideError, wire.WireError):
    """An entry refused at a door. ``rule`` names the rule of :data:`RULES`
    it broke, ``reason`` the code in :data:`REASONS`."""

    def __init__(self, rule: str, reason: str, **params: object) -> None:
        self.rule, self.reason = rule, reason
        params.setdefault("entry", "?")
        BedsideError.__init__(self, REASONS[reason], **params)


@dataclass
class Context:
    """What the door knows where it stands: the site's staff directory as
    this store holds it, the stored content of a version an entry replaces
    (for reserved fields), and the ids refused before (rule 8). Entries
    admitted earlier in the same batch count (:meth:`admitted`)."""
    directory: Directory = field(default_factory=Directory)
    stored: Callable[[str], dict | None] = lambda _id: None
    refused: set[str] = field(default_factory=set)
    legacy: bool = False          # a version made before personal keys (verify)
    batch: dict[str, dict] = field(default_factory=dict)
    # the local write only: the signature it has just made (rule 5 still
    # checks the key, its owner and that the entry's bytes are those signed)
    signed_here: SignedHere | None = None
    # the local write only: the content object it decoded from its own
    # canonical JSON, and that JSON (rules 1 and 2 read it rather than
    # encode the same content again)
    encoded_here: tuple[Any, str] | None = None

    def content_json(self, entry: dict) -> str | None:
        """The canonical JSON of *entry*'s content when this write made that
        very object from it (``encoded_here``), else None (encode it)."""
        here = self.encoded_here
        return here[1] if here is not None and entry.get("content") is here[0] else None

    def previous(self, entry_id: EntryId) -> dict | None:
        return self.batch.get(entry_id) or self.stored(entry_id)

    def admitted(self, entry: dict) -> None:
        """Count an admitted entry for the rest of the batch (a staff
        version extends the directory)."""
        self.batch[entry["id"]] = entry["content"]
        if entry["record_type"] == RecordType.STAFF:
            self.directory.add(state_from_entry(entry))


def _refuse(rule: str, reason: str, entry: dict, **params: object) -> EntryRefused:
    eid = entry.get("id")
    return EntryRefused(rule, reason, entry=eid if record_types.is_id(eid) else "?", **params)


# -- 1. wire -------------------------------------------------------------------
def _wire(entry: dict, ctx: Context) -> dict:
    """The entry restricted to its wire fields (what :func:`admit` returns)."""
    try:
        return wire.check_entry(entry, ctx.content_json(entry))
    except wire.WireError as exc:
        raise _refuse("wire", "wire", entry, detail=str(exc)[:200]) from None
    except (ValueError, TypeError, OverflowError, RecursionError, UnicodeError):
        raise _refuse("wire", "wire", entry, detail="entry cannot be encoded") from None


# -- 2. envelope ---------------------------------------------------------------
def _envelope(entry: dict, ctx: Context) -> None:
    def bad(detail: str) -> EntryRefused:
        return _refuse("envelope", "envelope", entry, detail=detail)
    for name in ("id", "record_id", "workstation_id"):
        if not record_types.is_id(entry[name]):
            raise bad(f"{name} is not an identifier")
    for name in ("patient_id", "replaces", "author_id"):
        if entry[name] is not None and not record_types.is_id(entry[name]):
            raise bad(f"{name} is not an identifier")
    if not 1 <= entry["version"] <= MAX_VERSION:
        raise bad("version out of range")
    if entry["version"] == 1 and entry["replaces"] is not None:
        raise bad("a first version cannot replace another")
    if not -MAX_OFFSET_MIN <= entry["utc_offset_min"] <= MAX_OFFSET_MIN:
        raise bad("utc_offset_min out of range")
    try:
        parse_aware(entry["created_utc"])
    except FieldProblem:
        raise bad("created_utc is not an aware date and time") from None
    for name, limit in (("author_name", 200), ("reason", MAX_REASON)):
        value = entry[name]
        if value is not None and (len(value) > limit or text_problem(
                value, multiline=name == "reason")):
            raise bad(f"{name} is too long or holds forbidden characters")
    encoded = ctx.content_json(entry)
    if encoded is None:
        encoded = wire.canonical_json(entry["content"])
    if len(encoded.encode("utf-8")) > MAX_CONTENT_BYTES:
        raise bad("content too large")


# -- 3. record type, 4. content -------------------------------------------------
def _record_type(entry: dict, ctx: Context) -> None:
    if record_types.get(entry["record_type"]) is None:
        raise _refuse("record_type", "record_type", entry)


def _content(entry: dict, ctx: Context) -> None:
    try:
        record_types.check_content(entry["record_type"], entry["content"])
    except ValidationError as exc:
        raise _refuse("content", "content", entry,
                      detail=str(getattr(exc, "field", "content"))[:80]) from None


# -- 5. signature ------------------------------------------------------------------
def _self_enrolment_key(entry: dict) -> SigningKey | None:
    """The key a staff entry's first version names for its own person, if
    it signs with it (site creation, upgraded accounts)."""
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


def _names(entry: dict) -> dict:
    return {"author": entry.get("author_name") or entry.get("author_id")}


def _signing_key(entry: dict, ctx: Context) -> SigningKey | None:
    key = ctx.directory.keys.get(entry.get("author_key_id"))
    if key is None and entry["record_type"] == RecordType.STAFF:
        key = _self_enrolment_key(entry)
    return key


def _self_enrolment(entry: dict, ctx: Context) -> SigningKey | None:
    """The person's own new key when a staff entry is signed by a key the
    directory does not hold yet (rule 6 decides whether it chains)."""
    if entry["record_type"] != RecordType.STAFF \
            or entry.get("author_key_id") in ctx.directory.keys:
        return None
    return _self_enrolment_key(entry)


def _signature(entry: dict, ctx: Context) -> None:
    if ctx.legacy:
        return
    if not entry.get("entry_sig") or not entry.get("author_key_id"):
        raise _refuse("signature", "unsigned", entry, **_names(entry))
    key = _signing_key(entry, ctx)
    if key is None:
        raise _refuse("signature", "unknown_key", entry, **_names(entry))
    if key.user_id != entry["author_id"]:
        raise _refuse("signature", "other_key", entry, **_names(entry))
    if not signature_ok(entry, key.sign_pub, ctx.signed_here):
        raise _refuse("signature", "bad_signature", entry, **_names(entry))


# -- 6. chain to the site root -----------------------------------------------------
def _chain(entry: dict, ctx: Context) -> None:
    if ctx.legacy:
        return
    own = _self_enrolment(entry, ctx)
    if own is None:
        return          # signed by a key of the directory: rule 7 asks for an administrator
    if ctx.directory.current(entry["author_id"]) is None and _anchored(entry, own, ctx.directory):
        return
    raise _refuse("chain", "not_anchored", entry, **_names(entry))


def _anchored(entry: dict, own: SigningKey, directory: Directory) -> bool:
    """A self-signed first staff version is the root administrator's own
    (signed by the pinned root key, administrator, active) or an upgraded
    account this PC vouches for (identity/site_root.py)."""
    if entry["id"] in directory.vouched:
        return True
    if directory.root is None or own.sign_pub != directory.root:
        return False
    content = entry["content"]
    return content.get("role") == Role.ADMINISTRATOR.value and content.get("active") is True


# -- 7. authority ------------------------------------------------------------------
def genuine_signature(content: dict, author_id: str, version: int,
                      replaces: str | None) -> bool:
    """A signature record as only ``Session.sign`` writes it: a first
    version by the signer whose binding hash covers its content."""
    return (version == 1 and replaces is None and author_id == content.get("signer_id")
            and sha256_hex(canonical_json({k: x for k, x in content.items()
                                           if k != "binding"})) == content.get("binding"))


def _authority(entry: dict, ctx: Context) -> None:
    if ctx.legacy:
        return
    author, rtype = entry["author_id"], entry["record_type"]
    names = _names(entry)

    def refuse(reason: str, **more: object) -> EntryRefused:
        return _refuse("authority", reason, entry, **names, **more)
    if _self_enrolment(entry, ctx) is not None:
        return      # the root administrator's first entry or a vouched upgrade (rule 6)
    state = ctx.directory.state_at(author, entry["hlc"])
    if state is None:
        raise refuse("unknown_author")
    if not state.active:
        raise refuse("revoked")
    if state.credential.key_id != _signing_key(entry, ctx).key_id:
        raise refuse("old_key")
    names["role"] = state.role.value
    content = entry["content"]
    if rtype == RecordType.SIGNATURE:
        needed = SIGNATURE_MEANINGS.get(content.get("meaning"))
        if not genuine_signature(content, author, entry["version"], entry["replaces"]):
            raise refuse("not_genuine")
        if needed is None or not allows(state.role, needed):
            raise refuse("not_allowed", record_type=rtype)
        return
    if not allows(state.role, record_write_permission(rtype)):
        raise refuse("not_allowed", record_type=rtype)
    if rtype == RecordType.STAFF:
        try:
            state_from_entry(entry)
        except (KeyError, ValueError, TypeError):
            raise refuse("bad_staff") from None
    before = ctx.previous(entry["replaces"]) if entry.get("replaces") else None
    for (ftype, fname), perm in RESERVED_FIELDS.items():
        if rtype == ftype and content.get(fname) != (before or {}).get(fname) \
                and not allows(state.role, perm):
            raise refuse("field_reserved", field=fname)


# -- 8. base -------------------------------------------------------------------------
def _base(entry: dict, ctx: Context) -> None:
    if any(b in ctx.refused for b in [entry["replaces"], *(entry.get("supersedes") or [])] if b):
        raise _refuse("base", "base_refused", entry)


# -- 9. one record per patient ----------------------------------------------------
def _one_per_patient(entry: dict, ctx: Context) -> None:
    """A record type a patient has only one of (``one_per_patient``: the end
    of participation) lives under the record id derived from the patient id,
    the same on every PC. Checked on the entry alone, so every door -- the
    server included, which keeps no index of patients -- decides the same
    way whatever it holds and in whatever order entries arrive: a second
    record (another id) is refused; two PCs that write it offline make two
    heads of one record, a sync conflict an investigator resolves
    (docs/followup.md)."""
    rt = record_types.get(entry["record_type"])
    if rt is None or not rt.one_per_patient:
        return
    pid = entry["patient_id"]
    if pid is None or entry["record_id"] != record_types.patient_record_id(rt.name, pid):
        raise _refuse("one_per_patient", "one_per_patient", entry, record_type=rt.name)


Rule = Callable[[dict, Context], Any]   # raises EntryRefused; rule 1 returns the wire fields

RULES: list[tuple[str, Rule]] = [
    ("wire", _wire), ("envelope", _envelope), ("record_type", _record_type),
    ("content", _content), ("signature", _signature), ("chain", _chain),
    ("authority", _authority), ("base", _base), ("one_per_patient", _one_per_patient),
]

# The rules about a version's own shape and content (1-4): a server refuses
# a whole batch holding one such entry (422); the others are per entry.
RECORD_RULES = frozenset({"wire", "envelope", "record_type", "content"})


def admit(entry: Any, ctx: Context | None = None) -> dict:
    """Run :data:`RULES` in order on *entry*; return it restricted to its
    wire fields, or raise :class:`EntryRefused` naming the first rule it
    breaks. Without *ctx*, an empty directory: nothing signed is known."""
    ctx = ctx if ctx is not None else Context()
    if not isinstance(entry, dict):
        raise EntryRefused("wire", "wire", entry="?", detail="entry is not an object")
    wired = None
    for name, rule in RULES:
        try:
            out = rule(entry, ctx)
        except EntryRefused:
            raise
        except (KeyError, TypeError, ValueError, OverflowError, RecursionError,
                UnicodeError, AttributeError) as exc:   # a value the rule cannot even read
            raise _refuse(name, "unreadable", entry, which=name,
                          detail=type(exc).__name__) from None
        if name == "wire":
            wired = out     # the rules read the entry, never change it: checked once
    return wired if wired is not None else wire.check_entry(entry)


def refusal(entry: Any, ctx: Context | None = None) -> EntryRefused | None:
    """The refusal *entry* meets, or None when it is admitted."""
    try:
        admit(entry, ctx)
    except EntryRefused as exc:
        return exc
    return None


def reason_of(entry: Any, ctx: Context | None = None) -> str | None:
    """Why *entry* is refused, in words, or None when it is admitted."""
    found = refusal(entry, ctx)
    return found.message if found is not None else None
