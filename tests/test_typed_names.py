"""Issue 13, typed names: the `RecordType` and `Meaning` StrEnums name
exactly what the registries declare, and a member is the stored string, so
nothing written to a vault or sent over sync changes."""
from __future__ import annotations

import sqlite3

from bedside import record_types
from bedside.canonical import canonical_json
from bedside.names import Meaning, RecordType
from bedside.roles import MEANING_LABELS, SIGNATURE_MEANINGS, Role


def test_the_record_type_enum_is_the_registry():
    assert set(record_types.all_types()) == {t.value for t in RecordType}
    for t in RecordType:
        assert record_types.require(t.value).name == t and record_types.get(t) is record_types.get(t.value)


def test_the_meaning_enum_is_what_signatures_may_attest():
    assert set(SIGNATURE_MEANINGS) == set(MEANING_LABELS) == set(Meaning)


def test_members_are_the_stored_strings():
    for t in [*RecordType, *Meaning]:
        assert isinstance(t, str) and str(t) == t.value and f"{t}" == t.value
    assert canonical_json({"record_type": RecordType.CONSENT_STEP, "meaning": Meaning.CONSENT_OBTAINED}) \
        == canonical_json({"record_type": "consent_step", "meaning": "consent obtained"})


def test_a_record_written_with_a_member_reads_back_as_plain_text(session_as, tmp_vault):
    nurse = session_as(Role.NURSE)
    v = nurse.records.create(RecordType.NOTE, {"text": "typed"})
    again = nurse.records.latest(v.record_id)
    assert type(again.record_type) is str and again.record_type == "note"
    assert [n.record_id for n in nurse.records.list_latest("note")] == [v.record_id]
    assert [n.record_id for n in nurse.records.list_latest(RecordType.NOTE)] == [v.record_id]
