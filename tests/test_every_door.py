"""Every door runs the same ordered list of entry rules (bedside/entry_rules.py).

One poison entry per rule goes through each door and is refused there with
the same rule and reason code:

* the server on push (a real ``bedside-server`` over HTTPS),
* a PC on pull (the entries stored as an older server would have, pulled by
  a real vault over HTTPS: quarantined, sync goes on),
* ``bedside verify`` (the rows written into a copy of the real SQLCipher file with the
  key, as an insider would),
* this PC's push filter (``VaultLocal.unfit``: what it would not send),
* this PC writing through the core, for the rules a session can break
  (the screen-level checks refuse the others earlier, in words).

Generated poisons (Hypothesis) go through the pull door of a real vault.
"""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bedside import entry_rules, record_types
from bedside.clock import FakeClock
from bedside.header import DB_NAME
from bedside.identity.entry_signing import sign_entry
from bedside.roles import Role
from bedside.session import Session
from bedside.storage.engine import keyed_connection
from bedside.sync import wire
from bedside.sync.client import SyncRefused
from bedside.sync.local import VaultLocal
from bedside.sync.service import SYNCED
from bedside.verify import verify_vault
from tests.conftest import PASSWORD
from tests.identity.forgery import ROGUE_WS, invented, store_as_an_older_server_did
from tests.server.entries import (ADMIN_ID, ADMIN_KEYS, INVESTIGATOR_ID, INVESTIGATOR_KEYS,
                                  NURSE_ID, NURSE_KEYS, investigator_staff, make_entry,
                                  site_context)
from tests.sync.workstations import Workstation


def _resign(entry: dict, keys=NURSE_KEYS) -> dict:
    entry["content_hash"] = wire.content_hash(entry["content"])
    entry.pop("entry_sig", None)
    entry.pop("author_key_id", None)
    return sign_entry(entry, keys)


END = {"reason": "investigator_decision", "end_date": "2026-11-20",
       "explanation": "Transferred abroad; follow-up by the local team"}


def poisons(ws: str, nurse=(NURSE_KEYS, NURSE_ID), admin=(ADMIN_KEYS, ADMIN_ID),
            investigator=(INVESTIGATOR_KEYS, INVESTIGATOR_ID)) -> dict[str, tuple[dict, str]]:
    """rule -> (an entry that breaks it and no earlier rule, expected reason);
    *nurse*, *admin* and *investigator*: (signing keys, user id) of the
    site's real staff."""
    def entry(**kw) -> dict:
        keys, uid = kw.pop("by", nurse)
        return make_entry(ws, keys=keys, author_id=uid, **kw)
    no_clock = entry()
    del no_clock["hlc"]
    offset = entry()
    offset["utc_offset_min"] = 19 * 60
    unknown = entry()
    unknown["record_type"] = "vital_signs_v0"
    empty_patient = entry()
    empty_patient.update(record_type="patient", content={})
    unsigned = entry()
    del unsigned["entry_sig"]
    # a "new administrator" signed by a key of its own: it does not chain to the site root
    rogue_admin, _, _ = invented(Role.ADMINISTRATOR, ws, f"{1795600000000:015d}-000001-{ws}")
    by_admin = entry(by=admin)          # an administrator makes no clinical writes
    fixes_refused = entry(record_id=by_admin["record_id"], version=2, replaces=by_admin["id"])
    # a rogue device's second end of participation for a patient: another record id
    second_end = entry(by=investigator)
    second_end.update(record_type="end_of_participation", patient_id="P-ENDED", content=END)
    second_end = _resign(second_end, investigator[0])
    return {
        "wire": (no_clock, "wire"),
        "envelope": (_resign(offset, nurse[0]), "envelope"),
        "record_type": (_resign(unknown, nurse[0]), "record_type"),
        "content": (_resign(empty_patient, nurse[0]), "content"),
        "signature": (unsigned, "unsigned"),
        "chain": (rogue_admin, "not_anchored"),
        "authority": (by_admin, "not_allowed"),
        "base": (fixes_refused, "base_refused"),
        "one_per_patient": (second_end, "one_per_patient"),
    }


def test_the_poisons_cover_every_rule_in_order():
    built = poisons(ROGUE_WS)
    assert list(built) == [name for name, _ in entry_rules.RULES]
    ctx = site_context(ROGUE_WS)
    ctx.admitted(entry_rules.admit(investigator_staff(ROGUE_WS), ctx))
    for rule, (entry, reason) in built.items():
        found = entry_rules.refusal(entry, ctx)
        assert (found.rule, found.reason) == (rule, reason)
        ctx.refused.add(entry["id"])


def _code(text: str) -> str:
    return text.split(":", 1)[0]


def test_every_door_refuses_each_rule_with_the_same_reason(tmp_path, sqlite_server):
    pc = Workstation(tmp_path / "pc", sqlite_server, "USI-PC-1")   # creates the site: its root
    assert pc.sync().state == SYNCED                               # its staff on the server
    rogue = sqlite_server.enrolled_client("ROGUE-PC", ROGUE_WS)      # a rogue enrolled device
    try:
        # written with the keys of the site's real nurse and administrator
        built = poisons(ROGUE_WS, nurse=(pc.nurse.signing_keys(), pc.nurse.user.id),
                        admin=(pc.admin.signing_keys(), pc.admin.user.id),
                        investigator=(pc.investigator.signing_keys(), pc.investigator.user.id))
        # -- the server on push --------------------------------------------------
        at_server: dict[str, str] = {}
        for rule, (entry, _) in built.items():
            batch = [built["authority"][0], entry] if rule == "base" else [entry]
            try:
                answer = rogue.push(batch)
            except SyncRefused as refused:          # record rules: the batch refused whole
                assert refused.status == 422
                at_server[rule] = _code(refused.message.split(f"{entry['id']}: ", 1)[1])
            else:
                assert answer["entries"][entry["id"]] == "invalid"
                at_server[rule] = _code(answer["errors"][entry["id"]])
        # -- a PC on pull: stored by an older server, pulled over HTTPS -------------
        store_as_an_older_server_did(sqlite_server, [e for e, _ in built.values()])
        assert pc.sync().state == SYNCED
        at_pull = VaultLocal(pc.admin).quarantined()
        # -- this PC's push filter ---------------------------------------------------
        unfit = VaultLocal(pc.admin).unfit([e for e, _ in built.values()])
        # -- bedside verify: each poison written into a copy of the vault file --------
        at_verify: dict[str, str] = {}
        key = bytes(pc.vault._key)
        pc.close()
        for rule, (entry, _) in built.items():
            if rule == "base":
                continue        # verify stops at the first refused version: its base
            folder = tmp_path / f"verify-{rule}"
            shutil.copytree(pc.vault.folder, folder)
            conn = keyed_connection(folder / DB_NAME, key)
            conn.execute(
                "INSERT INTO records (id, record_id, record_type, patient_id, version, replaces,"
                " content, content_hash, author_id, author_name, created_utc, utc_offset_min,"
                " reason, workstation_id, hlc, author_key_id, entry_sig) VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (entry["id"], entry["record_id"], entry["record_type"], entry["patient_id"],
                 entry["version"], entry["replaces"], wire.canonical_json(entry["content"]),
                 entry["content_hash"], entry["author_id"], entry["author_name"],
                 entry["created_utc"], entry["utc_offset_min"], entry["reason"],
                 entry["workstation_id"], entry.get("hlc", "not-a-clock"),
                 entry.get("author_key_id"), entry.get("entry_sig")))
            conn.commit()
            conn.close()
            result = verify_vault(folder, username="admin", password=PASSWORD)
            assert not result.ok and entry["id"] in result.line, (rule, result.line)
            at_verify[rule] = result.line.split("breaks the entry rules (", 1)[1].split(")")[0]
        for rule, (entry, reason) in built.items():
            assert at_server[rule] == reason, (rule, at_server[rule])
            assert at_pull[entry["id"]] == reason, (rule, at_pull)
            assert unfit.get(entry["id"]) == "invalid", rule
            if rule != "base":
                assert at_verify[rule] == f"{rule}/{reason}", (rule, at_verify[rule])
    finally:
        pc.close()
        rogue.close()


def test_local_write_runs_the_same_rules(session_as, tmp_vault):
    """Through the core, a session can still break the envelope (a clock
    offset no zone has) and the signature (another person's key): the
    rules refuse both with the reasons the other doors give."""
    nurse = session_as(Role.NURSE)
    odd_clock = Session(tmp_vault, nurse.user, FakeClock(offset_minutes=19 * 60),
                        nurse.signing_keys())
    with pytest.raises(entry_rules.EntryRefused) as refused:
        odd_clock.records.create("note", {"text": "pulse 80"}, patient_id="P-1")
    assert (refused.value.rule, refused.value.reason) == ("envelope", "envelope")
    other_keys = Session(tmp_vault, nurse.user, nurse.clock,
                         session_as(Role.INVESTIGATOR).signing_keys())
    with pytest.raises(entry_rules.EntryRefused) as refused:
        other_keys.records.create("note", {"text": "pulse 80"}, patient_id="P-1")
    assert (refused.value.rule, refused.value.reason) == ("signature", "other_key")
    assert nurse.records.list_latest("note") == []           # nothing stored
    # an investigator's session writing around bedside.followup: a second end
    # of participation (another record id) for a patient is refused by rule 9
    investigator = session_as(Role.INVESTIGATOR)
    first = investigator.records.create("end_of_participation", END, patient_id="P-1")
    with pytest.raises(entry_rules.EntryRefused) as refused:
        investigator.records.create("end_of_participation", dict(END, explanation="again"),
                                    patient_id="P-1", record_id="second-end-of-p1")
    assert (refused.value.rule, refused.value.reason) == ("one_per_patient", "one_per_patient")
    assert [v.id for v in investigator.records.list_latest("end_of_participation")] == [first.id]


_SAFE = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=30)


@st.composite
def generated_poison(draw) -> tuple[dict, str]:
    entry = make_entry("ws-generated")
    rule = draw(st.sampled_from(["envelope", "record_type", "content"]))
    if rule == "envelope":
        field = draw(st.sampled_from(["utc_offset_min", "version", "created_utc"]))
        if field == "utc_offset_min":
            entry[field] = draw(st.one_of(st.integers(max_value=-1081),
                                          st.integers(min_value=1081)))
        elif field == "version":
            entry.update(version=draw(st.integers(min_value=1_000_001)), replaces="x1")
        else:
            entry[field] = draw(st.sampled_from(["not-a-date", "2026-11-25T08:00:00",
                                                 "0001-01-01T00:00:00+05:00"]))
    elif rule == "record_type":
        name = draw(_SAFE.filter(lambda t: record_types.get(t) is None))
        entry["record_type"] = name
    else:
        entry.update(record_type="patient",
                     content=draw(st.dictionaries(_SAFE, st.one_of(
                         st.none(), st.integers(), st.text(max_size=20)), max_size=4)))
    return _resign(entry), rule


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(generated_poison())
def test_generated_poison_is_quarantined_at_the_pull_door_with_its_rule(session_as, poison):
    entry, rule = poison
    local = VaultLocal(session_as(Role.ADMINISTRATOR))
    before = local.quarantine_count()
    assert local.apply([entry], [], local.cursor() + 1, seqs=[7]) == 0
    assert local.quarantine_count() == before + 1
    found = entry_rules.refusal(entry, None)
    assert found is not None and found.rule == rule
    assert local.quarantined()[entry["id"]] == found.reason
