"""A rogue insider with the data key (a valid password) edits the real
SQLCipher file with raw SQL, around the core API: each edit of a table that
can change a decision is named by ``bedside verify``, and the app refuses
or keeps its decision instead of silently obeying the edit."""

from __future__ import annotations

import pytest

from bedside.consent import service
from bedside.consent.gate import may_infuse
from bedside.errors import VaultTampered
from bedside.header import DB_NAME
from bedside.roles import Role
from bedside.storage.engine import keyed_connection
from bedside.vault import Vault
from bedside.verify import verify_vault
from tests.consent.helpers import consent_event, good_signature, new_patient

from .conftest import PASSWORD

PDF = b"%PDF-1.4\n% consent form signed by the patient\n%%EOF\n"


def with_key(folder, key, *sql, params=()):
    """Raw SQL on the real encrypted file, append-only triggers dropped first."""
    conn = keyed_connection(folder / DB_NAME, key)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for stmt in sql:
        conn.execute(stmt, params)
    conn.commit()
    conn.close()


def verify(folder):
    return verify_vault(folder, username="admin", password=PASSWORD)


@pytest.fixture
def closed(tmp_vault):
    """Close the vault; return (folder, key)."""
    def close():
        key = bytes(tmp_vault._key)
        tmp_vault.lock()
        assert verify(tmp_vault.folder).ok
        return tmp_vault.folder, key
    return close


def test_consent_pdf_bytes_replaced_are_named_and_refused_on_read(tmp_vault, session_as, closed):
    sha = session_as(Role.INVESTIGATOR).records.put_blob(PDF)
    folder, key = closed()
    with_key(folder, key, "UPDATE blobs SET data=? WHERE sha256=?",
             params=(PDF.replace(b"patient", b"nobody!"), sha))
    r = verify(folder)
    assert not r.ok and "does not match its SHA-256" in r.line
    session = Vault.open(folder).login("investigator", PASSWORD)
    with pytest.raises(VaultTampered):
        session.records.get_blob(sha)


def test_merge_row_hiding_a_withdrawal_is_named_and_the_gate_still_refuses(
        tmp_vault, session_as, closed):
    inv = session_as(Role.INVESTIGATOR)
    pid = new_patient(inv)
    consent_v, _, _ = service.record_consent(inv, pid, consent_event(),
                                             signature=good_signature(), password=PASSWORD)
    withdrawal = service.record_step(session_as(Role.NURSE), pid, {
        "kind": "withdrawal", "by": "patient", "by_name": "Jean Dupont",
        "scope": ["stop_treatment"]})
    ok, reasons = may_infuse(inv, pid)
    assert not ok and any("withdrawn" in r for r in reasons)
    folder, key = closed()
    with_key(folder, key, "INSERT INTO record_merges(entry_id, supersedes) VALUES (?, ?)",
             params=(consent_v.id, withdrawal.id))
    r = verify(folder)
    assert not r.ok and f"record version {withdrawal.id} is hidden by a merge" in r.line
    inv = Vault.open(folder).login("investigator", PASSWORD)
    ok, reasons = may_infuse(inv, pid)
    assert not ok and any("withdrawn" in r for r in reasons)


def test_workstation_identity_changed_with_the_key_is_named(tmp_vault, closed):
    folder, key = closed()
    with_key(folder, key, "UPDATE meta SET value='otherpc00001' WHERE key='workstation_id'")
    r = verify(folder)
    assert not r.ok and "workstation id differs" in r.line
