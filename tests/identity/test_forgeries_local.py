"""Each forgery of issue #17, tried with the public core API: refused by the
PC that writes, by a PC that pulls it (``VaultLocal.apply``, the very call
used to forge signatures before) and named by ``bedside verify``."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from bedside import audit
from bedside.entry_rules import EntryRefused
from bedside.errors import AccountInactive, PermissionDenied
from bedside.patients import assign_subject_id, register_patient
from bedside.roles import Role
from bedside.storage.schema import RecordRow
from bedside.sync.local import VaultLocal
from bedside.users import revoke_user
from bedside.verify import verify_vault
from tests.conftest import PASSWORD
from tests.identity.forgery import entry, signature_content

PATIENT = {"mrn": "123456", "family_name": "Dupont", "given_name": "Jean",
           "date_of_birth": "1960-03-02", "sex": "M", "weight_kg": 80, "height_cm": 175,
           "wristband": "WB-1"}


def _pulled(session, e) -> tuple[int, dict]:
    local = VaultLocal(session)
    n = local.apply([e], [], local.cursor() + 1)
    return n, local.quarantined()


def test_nurse_signature_claiming_the_investigator_is_refused_on_pull(session_as):
    nurse, inv = session_as(Role.NURSE), session_as(Role.INVESTIGATOR)
    v = nurse.records.create("note", {"text": "assessment ready for signature"}, patient_id="P-1")
    forged_other_key = entry(nurse, "signature", signature_content(inv.user, v), author=inv.user)
    forged_own_key = entry(nurse, "signature", signature_content(inv.user, v))
    unsigned = entry(nurse, "signature", signature_content(inv.user, v), author=inv.user)
    del unsigned["entry_sig"]
    assert _pulled(nurse, forged_other_key)[0] == 0
    assert _pulled(nurse, forged_own_key)[0] == 0
    n, quarantined = _pulled(nurse, unsigned)
    assert n == 0
    assert quarantined == {forged_other_key["id"]: "other_key",
                           forged_own_key["id"]: "not_genuine", unsigned["id"]: "unsigned"}
    assert inv.valid_signatures(v, "eligibility confirmed") == []
    refusals = [a for a in inv.audit_trail() if a.action == "sync_quarantined"]
    assert {a.entry_id for a in refusals} == set(quarantined)


def test_signature_with_a_tampered_content_is_refused(session_as):
    nurse = session_as(Role.NURSE)
    e = entry(nurse, "note", {"text": "pulse 80"})
    e["content"] = {"text": "pulse 40"}
    from bedside.canonical import content_hash
    e["content_hash"] = content_hash(e["content"])
    assert _pulled(nurse, e) == (0, {e["id"]: "bad_signature"})


def test_data_manager_clinical_write_refused_at_every_local_door(session_as):
    dm = session_as(Role.DATA_MANAGER)
    with pytest.raises(PermissionDenied):
        dm.records.create("note", {"text": "x"}, patient_id="P-1")
    e = entry(dm, "note", {"text": "x"})
    assert _pulled(dm, e) == (0, {e["id"]: "not_allowed"})


def test_nurse_cannot_set_subject_id_by_correction_or_pull(session_as):
    nurse, inv = session_as(Role.NURSE), session_as(Role.INVESTIGATOR)
    p = register_patient(nurse, PATIENT)
    current = nurse.records.latest(p.id)
    # refused on write by the record rules (per-field permission) before the identity door
    with pytest.raises((EntryRefused, PermissionDenied)) as refused:
        nurse.records.correct(p.id, {**current.content, "subject_id": "TJT-001"}, "inclusion")
    assert getattr(refused.value, "reason", "field_reserved") == "field_reserved"
    e = entry(nurse, "patient", {**current.content, "subject_id": "TJT-001"}, record_id=p.id,
              patient_id=p.id, version=2, replaces=current.id)
    assert _pulled(nurse, e) == (0, {e["id"]: "field_reserved"})
    # a nurse may still correct the rest; the investigator includes
    nurse.records.correct(p.id, {**current.content, "weight_kg": 81}, "weighed again")
    assert assign_subject_id(inv, p.id, "included").subject_id == "TJT-001"


def test_revoked_persons_open_session_and_keys_are_refused(session_as):
    admin, nurse = session_as(Role.ADMINISTRATOR), session_as(Role.NURSE)
    revoke_user(admin, nurse.user.id)
    with pytest.raises(AccountInactive):
        nurse.records.create("note", {"text": "after leaving"}, patient_id="P-1")
    e = entry(nurse, "note", {"text": "after leaving"})     # their key still signs
    assert _pulled(admin, e) == (0, {e["id"]: "revoked"})


def test_directory_change_by_a_non_administrator_is_refused(session_as):
    nurse, inv = session_as(Role.NURSE), session_as(Role.INVESTIGATOR)
    staff = nurse.records.latest(nurse.user.id)
    promoted = {**staff.content, "role": "investigator"}
    with pytest.raises(PermissionDenied):
        nurse.records.correct(nurse.user.id, promoted, "promotion")
    e = entry(nurse, "staff", promoted, record_id=nurse.user.id, patient_id=None,
              version=2, replaces=staff.id)
    assert _pulled(inv, e) == (0, {e["id"]: "not_allowed"})


def test_bedside_verify_names_an_entry_slipped_into_the_database(tmp_vault, session_as):
    """An insider with the database key inserts a forged signature (with an
    audit entry, so the hash checks pass): verify names it."""
    nurse, inv = session_as(Role.NURSE), session_as(Role.INVESTIGATOR)
    v = nurse.records.create("note", {"text": "assessment ready for signature"}, patient_id="P-1")
    assert verify_vault(tmp_vault.folder, username="admin", password=PASSWORD).ok
    e = entry(nurse, "signature", signature_content(inv.user, v), author=inv.user)
    row = {k: e[k] for k in e if k not in ("supersedes",)}
    from bedside.canonical import canonical_json
    row["content"] = canonical_json(e["content"])
    with tmp_vault.db.write() as orm:
        orm.execute(insert(RecordRow), [row])
        audit.append(orm, nurse.actor, "create", when=nurse.clock.now(), utc_offset_min=0,
                     record_type="signature", record_id=e["record_id"], entry_id=e["id"],
                     version=1, details={"content_hash": e["content_hash"]})
    result = verify_vault(tmp_vault.folder, username="admin", password=PASSWORD)
    assert not result.ok
    assert e["id"] in result.line and inv.user.id in result.line
    assert "another person's key" in result.line
