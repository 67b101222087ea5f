"""Versions decoded once and shared (issue 12, open-patient speed): what
``records.readable`` remembers is read-only for every reader, is given
again only for a row identical on disk, and leaves memory with the key."""
from __future__ import annotations

import copy
import json
import pickle

import pytest
from hypothesis import given, settings, strategies as st

from bedside import records
from bedside.canonical import canonical_json, sha256_hex
from bedside import frozen_json
from bedside.frozen_json import freeze
from bedside.patients import get_patient, register_patient
from bedside.roles import Role
from tests.conftest import LAMBERT, with_key

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda kids: st.lists(kids, max_size=3)
                    | st.dictionaries(st.text(max_size=3), kids, max_size=3), max_leaves=12)


def _containers(value):
    if isinstance(value, (dict, list)):
        yield value
        for v in (value.values() if isinstance(value, dict) else value):
            yield from _containers(v)


def _types(value):
    yield type(value)
    for box in _containers(value):
        yield from (type(v) for v in (box.values() if isinstance(box, dict) else box))


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.text(max_size=4), JSON, max_size=4))
def test_frozen_content_reads_like_the_json_and_refuses_every_change(content):
    frozen = freeze(json.loads(json.dumps(content)))
    assert frozen == content and canonical_json(frozen) == canonical_json(content)
    text = json.dumps([content, [content]])     # frozen as decoded (records.readable): the same, arrays too
    once = frozen_json.loads(text)
    assert once == freeze(json.loads(text)) and list(_types(once)) == list(_types(freeze(json.loads(text))))
    for box in _containers(frozen):
        with pytest.raises(TypeError):
            if isinstance(box, dict):
                box["new"] = 1
            else:
                box.append(1)
    for thawed in (copy.deepcopy(frozen), pickle.loads(pickle.dumps(frozen))):
        assert thawed == content
        for box in _containers(thawed):
            assert type(box) in (dict, list)      # a copy is the caller's own, mutable
    assert type(dict(frozen)) is dict and type({**frozen}) is dict


def test_a_version_read_twice_is_shared_and_cannot_be_changed_by_a_reader(session_as):
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, LAMBERT)
    first, again = nurse.records.latest(p.id), nurse.records.latest(p.id)
    assert again is first                              # decoded once
    with pytest.raises(TypeError):
        first.content["family_name"] = "Changed"
    with pytest.raises(TypeError):
        first.content.update(family_name="Changed")
    assert nurse.records.latest(p.id).content["family_name"] == "Lambert"
    assert sha256_hex(canonical_json(first.content)) == first.content_hash


def test_a_row_edited_on_disk_while_the_app_runs_is_not_served_from_memory(tmp_vault, session_as):
    """A rogue insider with the key edits the live file between two readings
    of the same patient: the second reading sees the edit (damaged, last good
    version shown), not the version remembered from the first."""
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, LAMBERT)
    from bedside.patients import correct_patient
    correct_patient(nurse, p.id, {"weight_kg": 66}, "weighed again")
    assert get_patient(nurse, p.id).weight_kg == 66
    head = nurse.records.latest(p.id).id
    with_key(tmp_vault.folder, bytes(tmp_vault._key),
             "UPDATE records SET content=replace(content, '66', '99') WHERE id=?", params=(head,))
    shown = get_patient(nurse, p.id)
    assert shown.weight_kg == 64 and shown.damaged_notice == records.DAMAGED_NOTICE
    bad = '{"mrn":5}'          # a new content with its hash recomputed: checked afresh, refused
    with_key(tmp_vault.folder, bytes(tmp_vault._key),
             "UPDATE records SET content=?, content_hash=? WHERE id=?", params=(bad, sha256_hex(bad), head))
    assert get_patient(nurse, p.id).damaged_notice == records.DAMAGED_NOTICE


def test_locking_the_vault_drops_the_decoded_versions(tmp_vault, session_as):
    nurse = session_as(Role.NURSE)
    p = register_patient(nurse, LAMBERT)
    v = nurse.records.latest(p.id)
    assert records._DECODED[v.id][1] is v
    tmp_vault.lock()
    assert v.id not in records._DECODED
