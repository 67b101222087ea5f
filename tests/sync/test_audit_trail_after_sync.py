"""A record's audit trail on the PC that receives it (migration 0012, issue
12): the versions another PC wrote come with no link to an audit entry of
this PC (the wire carries none), their "sync_received" entries stay in the
record index, and a correction made here afterwards is read through its
version. ``bedside verify`` passes on both PCs."""
from bedside.header import DB_NAME
from bedside.storage.engine import keyed_connection
from bedside.verify import verify_vault
from tests.conftest import PASSWORD


def test_received_versions_keep_their_trail_and_a_local_correction_joins_it(workstations):
    a, b = workstations(2)
    note = a.note("written on A")
    fixed = a.nurse.records.correct(note.record_id, {"text": "corrected on A"}, "typo")
    a.sync()
    b.sync()
    got = [(e.action, e.entry_id) for e in b.nurse.audit_trail(note.record_id)]
    assert got == [("sync_received", fixed.id), ("sync_received", note.id)]
    again = b.nurse.records.correct(note.record_id, {"text": "corrected on B"}, "second look")
    got = [(e.action, e.entry_id) for e in b.nurse.audit_trail(note.record_id)]
    assert got == [("correct", again.id), ("sync_received", fixed.id), ("sync_received", note.id)]
    assert [(e.action, e.entry_id) for e in a.nurse.audit_trail(note.record_id)] == [
        ("correct", fixed.id), ("create", note.id)]
    conn = keyed_connection(b.vault.folder / DB_NAME, bytes(b.vault._key))
    try:
        links = dict(conn.execute("SELECT id, audit_seq FROM records WHERE id IN (?, ?, ?)",
                                  (note.id, fixed.id, again.id)).fetchall())
    finally:
        conn.close()
    assert links[note.id] is None and links[fixed.id] is None and links[again.id] is not None
    for ws in (a, b):
        folder = ws.vault.folder
        ws.vault.lock()
        result = verify_vault(folder, username="admin", password=PASSWORD)
        assert result.ok, result.line
