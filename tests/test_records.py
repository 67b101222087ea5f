import sqlcipher3
import pytest

from bedside.errors import Conflict, NotFound, ValidationError
from bedside.roles import Role
from bedside.storage.engine import keyed_connection

CRP = {"lab": "crp", "time": "2026-11-20T08:00:00+00:00", "unit": "mg/L", "entered": "80"}


def test_create_correct_history_latest(session_as, clock):
    s = session_as(Role.NURSE)
    v1 = s.records.create("lab_value", dict(CRP, value=80.0), patient_id="p1")
    clock.advance(60)
    v2 = s.records.correct(v1.record_id, dict(CRP, value=85.0), "transcription error")
    assert v2.version == 2 and v2.replaces == v1.id
    assert s.records.latest(v1.record_id).content["value"] == 85
    hist = s.records.history(v1.record_id)
    assert [h.content["value"] for h in hist] == [80, 85]
    assert hist[1].reason == "transcription error"
    assert hist[1].author_name == "Inf. Test Nurse"
    assert hist[1].created_utc > hist[0].created_utc
    assert [v.content["value"] for v in s.records.list_latest("lab_value", "p1")] == [85]


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_correction_requires_a_reason(session_as, reason):
    s = session_as(Role.NURSE)
    v1 = s.records.create("note", {"text": "1"})
    with pytest.raises(ValidationError) as e:
        s.records.correct(v1.record_id, {"text": "2"}, reason)
    assert e.value.field == "reason"
    assert len(s.records.history(v1.record_id)) == 1


def test_unchanged_correction_and_unknown_record_refused(session_as):
    s = session_as(Role.NURSE)
    v1 = s.records.create("note", {"text": "1"})
    with pytest.raises(ValidationError):
        s.records.correct(v1.record_id, {"text": "1"}, "why")
    with pytest.raises(NotFound):
        s.records.correct("nope", {"text": "1"}, "why")


def test_content_that_cannot_be_stored_is_refused(session_as):
    s = session_as(Role.NURSE)
    with pytest.raises(ValidationError):
        s.records.create("note", {"x": float("nan")})
    with pytest.raises(ValidationError):
        s.records.create("note", {"x": object()})
    with pytest.raises(ValidationError):
        s.records.create("note", ["not", "a", "dict"])


def test_database_refuses_update_and_delete(tmp_vault, session_as):
    s = session_as(Role.NURSE)
    v1 = s.records.create("note", {"text": "1"})
    conn = keyed_connection(tmp_vault.db.path, tmp_vault._key)
    for sql in ("UPDATE records SET content='{}' WHERE id=?", "DELETE FROM records WHERE id=?",
                "UPDATE audit SET reason='x' WHERE entry_id=?",
                "DELETE FROM audit WHERE entry_id=?"):
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            conn.execute(sql, (v1.id,))
    conn.close()
    assert s.records.latest(v1.record_id).content == {"text": "1"}


def _insert_remote_version(s, base, content):
    """What sync does with another workstation's concurrent correction."""
    import uuid
    from bedside.canonical import canonical_json, sha256_hex
    from bedside.storage.schema import RecordRow
    enc = canonical_json(content)
    with s.db.write() as orm:
        orm.add(RecordRow(id=uuid.uuid4().hex, record_id=base.record_id,
                          record_type=base.record_type, patient_id=base.patient_id,
                          version=base.version + 1, replaces=base.id, content=enc,
                          content_hash=sha256_hex(enc), author_id="other", author_name="Other PC",
                          created_utc=base.created_utc.isoformat(), utc_offset_min=60,
                          reason="pc B", workstation_id="pc-b", hlc="9" * 15 + "-000000-pc-b"))


def test_two_heads_are_a_conflict_until_resolved(session_as):
    s = session_as(Role.NURSE)
    v1 = s.records.create("note", {"text": "1"})
    a = s.records.correct(v1.record_id, {"text": "2"}, "pc A")
    _insert_remote_version(s, v1, {"text": "3"})
    assert s.records.conflicted() == [v1.record_id]
    assert len(s.records.heads(v1.record_id)) == 2
    with pytest.raises(Conflict):
        s.records.correct(v1.record_id, {"text": "4"}, "no head chosen")
    resolved = s.records.correct(v1.record_id, {"text": "2"}, "kept PC A's value", replaces=a.id,
                                 action="resolve_conflict")
    # both heads stay in the history; the resolution supersedes both
    assert len(s.records.history(v1.record_id)) == 4
    assert resolved.version == 3
    assert s.records.conflicted() == []
    assert s.records.latest(v1.record_id).id == resolved.id
    assert len(s.records.merges_of(resolved.id)) == 1


def test_blobs_round_trip(session_as):
    s = session_as(Role.NURSE)
    sha = s.records.put_blob(b"\x00stroke data")
    assert s.records.get_blob(sha) == b"\x00stroke data"
    assert s.records.put_blob(b"\x00stroke data") == sha


def test_current_versions_are_listed_in_the_order_their_records_were_created(session_as, clock):
    """``list_latest`` orders by each record's first version, whatever came
    after: records corrected in another order, one with two heads (a sync
    conflict whose remote head has the latest clock of all)."""
    s = session_as(Role.NURSE)
    made = []
    for i in range(4):
        made.append(s.records.create("note", {"text": f"n{i}"}, patient_id="p1"))
        clock.advance(5)
    s.records.correct(made[2].record_id, {"text": "n2 fixed"}, "typo")
    clock.advance(5)
    s.records.correct(made[0].record_id, {"text": "n0 fixed"}, "typo")
    s.records.correct(made[1].record_id, {"text": "n1 here"}, "pc A")
    _insert_remote_version(s, made[1], {"text": "n1 from B"})
    listed = s.records.list_latest("note", "p1")
    assert [v.record_id for v in listed] == [v.record_id for v in made]
    assert [v.content["text"] for v in listed] == ["n0 fixed", "n1 from B", "n2 fixed", "n3"]
    assert s.records.list_latest_many(["note", "lab_value"], "p1") == {"note": listed, "lab_value": []}
