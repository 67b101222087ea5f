"""A rogue insider with the data key (a valid password) edits the real
SQLCipher file with raw SQL, around the core API: each edit of a table that
can change a decision is named by ``bedside verify``, and the app refuses
or keeps its decision instead of silently obeying the edit."""

from __future__ import annotations

import pytest

from bedside.consent import service
from bedside.infusion.gate import may_infuse
from bedside.errors import VaultTampered
from bedside.header import DB_NAME
from bedside.roles import Role
from bedside.storage.engine import keyed_connection
from bedside.vault import Vault
from bedside.verify import verify_vault
from tests.consent.data import consent_event, good_signature, new_patient

from .conftest import LAMBERT, PASSWORD, with_key

PDF = b"%PDF-1.4\n% consent form signed by the patient\n%%EOF\n"


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
    ans = may_infuse(inv, pid)
    assert not ans.allowed and any("withdrawn" in r for r in ans.texts())
    folder, key = closed()
    with_key(folder, key, "INSERT INTO record_merges(entry_id, supersedes) VALUES (?, ?)",
             params=(consent_v.id, withdrawal.id))
    r = verify(folder)
    assert not r.ok and f"record version {withdrawal.id} is hidden by a merge" in r.line
    inv = Vault.open(folder).login("investigator", PASSWORD)
    ans = may_infuse(inv, pid)
    assert not ans.allowed and any("withdrawn" in r for r in ans.texts())


def test_workstation_identity_changed_with_the_key_is_named(tmp_vault, closed):
    folder, key = closed()
    with_key(folder, key, "UPDATE meta SET value='otherpc00001' WHERE key='workstation_id'")
    r = verify(folder)
    assert not r.ok and "workstation id differs" in r.line


@pytest.mark.parametrize("damage", [
    "content='{not json'",                 # not JSON at all
    "valid JSON, matching sha256",         # hash recomputed: not a patient record
    "created_utc='not-a-date'",
])
def test_damaged_patient_version_gives_the_last_good_one_and_says_so(
        tmp_vault, session_as, closed, damage):
    """A patient's newest version edited on disk with the key: the patient
    screen, the list and a correction keep working on the last good version,
    with a message in words, never an exception."""
    from bedside.patients import correct_patient, get_patient, list_patients, register_patient
    from bedside.canonical import sha256_hex
    from bedside.records import DAMAGED_NOTICE
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, LAMBERT)
    v2 = correct_patient(nurse, p.id, {"weight_kg": 66}, "weighed again")
    head = nurse.records.latest(p.id).id
    folder, key = closed()
    if "sha256" in damage:       # valid JSON, right hash, but not a patient record
        bad = '{"mrn":5}'
        with_key(folder, key, "UPDATE records SET content=?, content_hash=? WHERE id=?",
                 params=(bad, sha256_hex(bad), head))
    else:
        with_key(folder, key, f"UPDATE records SET {damage} WHERE id=?", params=(head,))
    assert not verify(folder).ok
    nurse = Vault.open(folder).login("nurse", PASSWORD)
    shown = get_patient(nurse, p.id)
    assert shown.version == 1 and shown.weight_kg == 64          # the last good version
    assert shown.damaged_notice == DAMAGED_NOTICE
    assert [x.id for x in list_patients(nurse)] == [p.id]
    fixed = correct_patient(nurse, p.id, {"weight_kg": 66}, "damaged version re-entered")
    assert fixed.version == v2.version + 1 and fixed.weight_kg == 66
    again = get_patient(nurse, p.id)
    assert again.damaged_notice is None and again.weight_kg == 66
    assert [v.version for v in nurse.records.history(p.id)] == [1, 3]   # the damaged one is named by verify


def test_hand_edited_content_with_a_stale_hash_is_not_shown_as_current(
        tmp_vault, session_as, closed):
    from bedside.patients import get_patient, register_patient
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, LAMBERT)
    head = nurse.records.latest(p.id).id
    folder, key = closed()
    with_key(folder, key, "UPDATE records SET content=replace(content, 'Lambert', 'Intrus') "
             "WHERE id=?", params=(head,))
    nurse = Vault.open(folder).login("nurse", PASSWORD)
    from bedside.records import RecordDamaged
    with pytest.raises(RecordDamaged) as err:
        get_patient(nurse, p.id)
    assert "damaged" in err.value.message


def test_role_raised_in_the_users_table_is_named_against_the_signed_directory(
        tmp_vault, session_as, closed):
    nurse_id = session_as(Role.NURSE).user.id
    folder, key = closed()
    with_key(folder, key, "UPDATE users SET role='investigator' WHERE id=?", params=(nurse_id,))
    r = verify(folder)
    assert not r.ok and r.exit_code == 1
    assert "user account nurse: role is 'investigator' but the signed staff directory " \
           "says 'nurse'" in r.line


def test_account_added_with_raw_sql_is_named(tmp_vault, closed):
    folder, key = closed()
    with_key(folder, key, "INSERT INTO users(id, username, display_name, role, active, language, "
             "created_utc) VALUES ('intruder', 'mallory', 'Mallory', 'administrator', 1, 'fr', "
             "'2026-11-25T01:00:00+00:00')")
    r = verify(folder)
    assert not r.ok and "user account mallory has no audit entry" in r.line


def test_key_slot_added_for_an_outsider_is_named(tmp_vault, closed):
    """With the data key an insider seals it to a key pair of their own:
    that slot would open the vault, so verify names it."""
    from bedside.crypto.kdf import KdfParams
    from bedside.header import Header
    from bedside.identity.keys import PersonKeys
    from bedside.identity.slots import Credential, PersonSlot
    folder, key = closed()
    header = Header.load(folder)
    cred = Credential.make("outsider", "a password of mine", PersonKeys.generate(),
                           KdfParams.for_tests())
    header.slots.append(PersonSlot.for_credential(header.vault_id, "outsider",
                                                  tmp_vault.lookup("mallory"), cred, key))
    header.save(folder)
    r = verify(folder)
    assert not r.ok and "a key slot belongs to no active person of the staff directory" in r.line


def test_key_slot_of_a_revoked_person_put_back_is_named(tmp_vault, session_as, closed):
    from bedside.header import Header
    from bedside.users import revoke_user
    nurse_id = session_as(Role.NURSE).user.id
    kept = next(s for s in tmp_vault.header.slots if s.user_id == nurse_id)
    revoke_user(session_as(Role.ADMINISTRATOR), nurse_id)
    folder, key = closed()
    header = Header.load(folder)
    header.slots.append(kept.resealed(header.vault_id, key))   # the current data key
    header.save(folder)
    r = verify(folder)
    assert not r.ok and "a key slot belongs to no active person" in r.line


def test_a_role_raised_with_raw_sql_is_not_obeyed(tmp_vault, session_as, closed):
    """Not only named by verify: while a session is open the edited row is
    refused at its next action; at the next sign-in the account is put back
    as the signed directory says, and the trail records it."""
    from bedside.errors import PermissionDenied
    from bedside.roles import Permission
    nurse = session_as(Role.NURSE)
    conn = keyed_connection(tmp_vault.folder / DB_NAME, bytes(tmp_vault._key))
    conn.execute("UPDATE users SET role='administrator' WHERE id=?", (nurse.user.id,))
    conn.commit()
    conn.close()
    with pytest.raises(VaultTampered):
        nurse.require(Permission.MANAGE_USERS)
    nurse = session_as(Role.NURSE)                     # the next sign-in
    assert nurse.user.role == Role.NURSE
    with pytest.raises(PermissionDenied):
        nurse.require(Permission.MANAGE_USERS)
    put_back = [a for a in session_as(Role.ADMINISTRATOR).audit_trail()
                if a.action == "user_from_directory" and a.record_id == nurse.user.id]
    assert put_back and "administrator" in str(put_back[-1].details)
    assert verify(closed()[0]).ok
