"""The local write does not verify again the signature it has just made
(issue 12: one Ed25519 verification was a fifth of a save). That is only
sound if what is stored is exactly what was signed: these tests read the
versions back from the SQLCipher file on disk and verify their signatures
for real with the author's public key from the staff directory, and show
the shortcut never admits bytes other than those signed."""

from __future__ import annotations

import pytest

from bedside import entry_rules
from bedside.identity.entry_signing import signature_ok, sign_entry_here, signing_message
from bedside.identity.keys import PersonKeys
from bedside.identity.vault_directory import load_directory
from bedside.records import RecordVersion
from bedside.roles import Role
from bedside.storage.engine import keyed_connection
from bedside.storage.schema import RecordRow
from bedside.verify import verify_vault
from tests.conftest import PASSWORD
from tests.identity.forgery import entry


def _stored_from_disk(session, entry_id: str) -> dict:
    """The version as the file holds it, through a connection of its own."""
    cols = [c.name for c in RecordRow.__table__.columns]
    conn = keyed_connection(session.db.path, session.vault._key)
    try:
        values = conn.execute(f"SELECT {', '.join(cols)} FROM records WHERE id = ?",
                              (entry_id,)).fetchone()
    finally:
        conn.close()
    return RecordVersion.from_fields(dict(zip(cols, values))).to_wire()


def test_stored_versions_carry_the_signature_of_their_stored_bytes(session_as):
    nurse = session_as(Role.NURSE)
    first = nurse.records.create("note", {"text": "patient settled"}, patient_id="P-1")
    second = nurse.records.correct(first.record_id, {"text": "patient settled, febrile"},
                                   "typo")
    with nurse.db.read() as orm:
        directory = load_directory(nurse.db, orm)
    for saved in (first, second):
        stored = _stored_from_disk(nurse, saved.id)
        key = directory.keys[stored["author_key_id"]]
        assert key.user_id == nurse.user.id
        assert signature_ok(stored, key.sign_pub)           # a real Ed25519 verification
        assert not signature_ok({**stored, "content_hash": "0" * 64}, key.sign_pub)
    vault = nurse.vault
    vault.lock()
    result = verify_vault(vault.folder, username="admin", password=PASSWORD)
    assert result.ok, result.line


def _door(session, signed):
    with session.db.read() as orm:
        return entry_rules.Context(load_directory(session.db, orm), signed_here=signed)


def test_a_signature_made_here_admits_only_the_bytes_it_signed(session_as):
    nurse = session_as(Role.NURSE)
    e = entry(nurse, "note", {"text": "ok"})
    signed = sign_entry_here(e, nurse.signing_keys())
    assert entry_rules.refusal(dict(e), _door(nurse, signed)) is None
    changed = {**e, "patient_id": "P-2"}        # a signed field changed after signing
    with pytest.raises(entry_rules.EntryRefused) as refused:
        entry_rules.admit(changed, _door(nurse, signed))
    assert (refused.value.rule, refused.value.reason) == ("signature", "bad_signature")


def test_a_signature_made_with_another_key_is_verified_for_real(session_as):
    """A signature made here with a key that is not the author's key in the
    directory proves nothing: the rule verifies it, and it is refused."""
    nurse = session_as(Role.NURSE)
    e = entry(nurse, "note", {"text": "ok"})
    claim = sign_entry_here(dict(e), PersonKeys.generate())
    e["entry_sig"] = claim.signature           # the stranger's signature under the nurse's key id
    with pytest.raises(entry_rules.EntryRefused) as refused:
        entry_rules.admit(e, _door(nurse, claim))
    assert (refused.value.rule, refused.value.reason) == ("signature", "bad_signature")
