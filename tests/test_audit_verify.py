"""Someone with the key and raw SQL edits, deletes or reorders the trail:
``verify`` names the first broken entry. Also the ``bedside verify`` CLI."""

import os
import sys
from pathlib import Path

import pytest

from bedside.header import DB_NAME
from bedside.roles import Role
from bedside.storage.engine import keyed_connection
from bedside.verify import verify_vault

from tests import fork_server
from .conftest import PASSWORD

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def populated(tmp_vault, session_as):
    s = session_as(Role.NURSE)
    for i in range(5):
        v = s.records.create("note", {"text": f"note {i}"})
    s.records.correct(v.record_id, {"text": "note 99"}, "typo")
    key = bytes(tmp_vault._key)
    tmp_vault.lock()
    conn = keyed_connection(tmp_vault.folder / DB_NAME, key)
    n = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    conn.close()
    return tmp_vault.folder, key, n


def _attack(folder, key, *sql):
    conn = keyed_connection(folder / DB_NAME, key)
    for t in ("audit_no_update", "audit_no_delete", "records_no_update"):
        conn.execute(f"DROP TRIGGER {t}")
    for stmt in sql:
        conn.execute(stmt)
    conn.commit()
    conn.close()


def _verify(folder):
    return verify_vault(folder, username="admin", password=PASSWORD)


def test_untouched_vault_verifies(populated):
    folder, _, n = populated
    r = _verify(folder)
    assert r.ok and r.line == f"ok: {n} entries"


def test_edit_is_reported_at_that_entry(populated):
    folder, key, _ = populated
    _attack(folder, key, "UPDATE audit SET reason='nothing to see' WHERE seq=7")
    assert _verify(folder).line.startswith("broken: audit entry 7:")


def test_delete_is_reported_at_that_entry(populated):
    folder, key, _ = populated
    _attack(folder, key, "DELETE FROM audit WHERE seq=8")
    assert _verify(folder).line.startswith("broken: audit entry 8:")


def test_reorder_is_reported(populated):
    folder, key, _ = populated
    _attack(folder, key, "UPDATE audit SET seq=-1 WHERE seq=9", "UPDATE audit SET seq=9 WHERE seq=10",
            "UPDATE audit SET seq=10 WHERE seq=-1")
    assert _verify(folder).line.startswith("broken: audit entry 9:")


def test_truncated_tail_is_reported(populated):
    """The last save taken away whole -- its record version and its audit
    entry -- leaves a shorter chain, consistent in itself, every version
    audited: the seal (outside the database, under the data key) says how
    far the trail had reached (the database holds no mark of its own since
    migration 0010: a save no longer writes ``sqlite_sequence``)."""
    folder, key, n = populated
    _attack(folder, key, "DROP TRIGGER records_no_delete",
            f"DELETE FROM records WHERE id = (SELECT entry_id FROM audit WHERE seq = {n})",
            f"DELETE FROM audit WHERE seq = {n}")
    line = _verify(folder).line
    assert line.startswith("broken: The vault's database is behind its last recorded audit "
                           f"entry: entries {n} to {n} are missing"), line


def test_an_audit_entry_cut_off_the_end_is_reported(populated):
    folder, key, n = populated
    _attack(folder, key, f"DELETE FROM audit WHERE seq={n}")
    assert not _verify(folder).ok


def test_record_content_edit_is_reported(populated):
    folder, key, _ = populated
    _attack(folder, key, "UPDATE records SET content='{\"i\":42}' WHERE rowid=(SELECT min(rowid) FROM records WHERE record_type='note')")
    line = _verify(folder).line
    assert line.startswith("broken: record version") and "hash" in line


def test_cli_prints_ok_and_exit_codes(populated):
    folder, key, _ = populated
    env = {**os.environ, "BEDSIDE_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    ok = fork_server.run([sys.executable, "-m", "bedside", "verify", str(folder), "--user", "admin"],
                         capture_output=True, text=True, env=env, cwd=ROOT)
    assert ok.returncode == 0 and ok.stdout.startswith("ok: ")
    assert ok.stdout.splitlines()[1] == "quarantine: none"
    _attack(folder, key, "UPDATE audit SET action='nothing' WHERE seq=3")
    bad = fork_server.run([sys.executable, "-m", "bedside", "verify", str(folder), "--user", "admin"],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    assert bad.returncode == 1 and bad.stdout.startswith("broken: audit entry 3:")
    wrong = fork_server.run([sys.executable, "-m", "bedside", "verify", str(folder), "--user", "admin"],
                            capture_output=True, text=True, cwd=ROOT,
                            env={**env, "BEDSIDE_PASSWORD": "wrong one"})
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
