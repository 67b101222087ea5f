"""The site's administrator root key: the anchor every staff directory
entry chains to.

The root is the Ed25519 public key of the site's first administrator, made
when the site is created (first-run wizard, *Create a new site*). It is
pinned, never learnt from entries:

- on the PC that creates the site, at creation (vault ``meta.site_root``,
  inside the encrypted database, with an audit entry ``site_root_pinned``);
- on the server, at that PC's enrollment (the first enrollment that
  presents a root; every later enrollment presenting another root is
  refused);
- on every PC that joins, at enrollment, from the server's answer over the
  pinned site certificate with the one-time code -- beside the CA.

Exactly one staff entry may be signed by a key the directory does not yet
hold: the first version of the root administrator's own entry, signed by
the pinned root key. Every other staff entry must be signed by an active
administrator of the directory built, in clock order, from entries that
themselves chained to the root (rule ``chain`` of ``bedside/entry_rules.py``,
which every door runs). A device that signs a "new administrator" with a key
of its own is refused everywhere.

Accounts upgraded from before per-person keys enrol at their first sign-in
with their own new key; this PC vouches for them (their old password slot
proved them) by listing those entry ids in ``meta.vouched_enrolments``,
which only this PC's entry rules and ``bedside verify`` read."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session as OrmSession

from .. import audit
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..storage.schema import Meta
from .directory_cache import directory_changed
from .keys import key_id_of, unb64

ROOT_META = "site_root"
VOUCHED_META = "vouched_enrolments"
PINNED_ACTION = "site_root_pinned"


def check_root(value: object) -> str:
    """A pinnable root: an Ed25519 public key, 32 raw bytes in base64."""
    try:
        if isinstance(value, str) and len(unb64(value)) == 32:
            return value
    except ValueError:
        pass
    raise ValidationError("site_root", QT_TRANSLATE_NOOP(
        "core", "The server sent a site administrator key that is not valid."))


def fingerprint(root: str) -> str:
    """The root key as a person compares it (16 hex digits in groups of 4)."""
    kid = key_id_of(root)[:16].upper()
    return " ".join(kid[i:i + 4] for i in range(0, 16, 4))


def pinned(db) -> str | None:
    return db.get_meta(ROOT_META)


class OtherSite(ValidationError):
    pass


def pin(db, orm: OrmSession, actor: audit.Actor, root: str, now, offset: int) -> None:
    """Pin *root* in this vault (once). Pinning a different root over an
    existing one is refused: replacing the root is a documented procedure
    (docs/SECURITY.md), not something a sync or an enrollment does."""
    root = check_root(root)
    have = orm.get(Meta, ROOT_META)
    if have is not None:
        if have.value != root:
            raise OtherSite("site_root", QT_TRANSLATE_NOOP(
                "core", "This PC belongs to another site: its site administrator key "
                "differs from the server's."))
        return
    db.set_meta(orm, ROOT_META, root)
    directory_changed(db, orm)
    audit.append(orm, actor, PINNED_ACTION, when=now, utc_offset_min=offset,
                 details={"site_root": root, "fingerprint": fingerprint(root)})


def vouched(db) -> frozenset[str]:
    raw = db.get_meta(VOUCHED_META)
    return frozenset(json.loads(raw)) if raw else frozenset()


def vouch(db, orm: OrmSession, entry_id: str) -> None:
    have = orm.get(Meta, VOUCHED_META)
    ids = set(json.loads(have.value)) if have is not None else set()
    db.set_meta(orm, VOUCHED_META, json.dumps(sorted(ids | {entry_id})))
    directory_changed(db, orm)


def self_signed_first(entry: dict) -> bool:
    """A staff entry's first version signed by the key it introduces."""
    c = entry.get("content") or {}
    cred = c.get("credential") or {}
    return (entry.get("record_type") == "staff" and entry.get("version") == 1
            and entry.get("record_id") == entry.get("author_id")
            and bool(entry.get("author_key_id")) and cred.get("key_id") == entry["author_key_id"])


def legacy_anchor(entries) -> tuple[str | None, frozenset[str]]:
    """For a vault or server from before the root was pinned: the root is
    the key of the first self-enrolled active administrator in *entries*
    (stored order: the order they were accepted), and every other
    self-enrolled entry already stored is vouched for (it was accepted
    under the earlier rule). Trust on first use of what is already held,
    said in docs/SECURITY.md."""
    root, vouched = None, set()
    for e in entries:
        if not self_signed_first(e):
            continue
        c = e["content"]
        if root is None and c.get("role") == "administrator" and c.get("active") is True:
            root = c["credential"]["sign_pub"]
        else:
            vouched.add(e["id"])
    return root, frozenset(vouched)


def adopt_held(db, actor: audit.Actor, clock) -> None:
    """A vault from before the root was pinned (it holds staff entries but
    no ``site_root``): pin what it already holds (:func:`legacy_anchor`).
    Nothing to do on any other vault."""
    if db.get_meta(ROOT_META) is not None:
        return
    with db.write() as orm:
        if orm.get(Meta, ROOT_META) is not None:
            return
        root, held = legacy_anchor(_staff_in_stored_order(orm))
        if root is None:
            return
        pin(db, orm, actor, root, clock.now(), clock.utc_offset_minutes())
        for eid in sorted(held):
            vouch(db, orm, eid)


def _staff_in_stored_order(orm: OrmSession):
    from sqlalchemy import literal_column, select
    from ..storage.schema import RecordRow
    for row in orm.scalars(select(RecordRow).where(RecordRow.record_type == "staff",
                                                   RecordRow.version == 1)
                           .order_by(literal_column("records.rowid"))):
        yield {"id": row.id, "record_type": row.record_type, "version": row.version,
               "record_id": row.record_id, "author_id": row.author_id,
               "author_key_id": row.author_key_id, "content": json.loads(row.content)}


def anchor_upgraded(db, orm: OrmSession, actor: audit.Actor, entry: dict, now,
                    offset: int) -> None:
    """An account from before per-person keys enrols (identity/upgrade.py):
    on a vault with no root yet, an administrator's key becomes the root;
    anyone else is vouched for by this PC (their old slot proved them)."""
    c = entry["content"]
    if orm.get(Meta, ROOT_META) is None and c.get("role") == "administrator":
        pin(db, orm, actor, c["credential"]["sign_pub"], now, offset)
    else:
        vouch(db, orm, entry["id"])
