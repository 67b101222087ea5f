"""Drafts survive a SIGKILL mid-entry, come back to the user who typed them
and to nobody else, and are encrypted on disk like everything else."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sqlalchemy import func, select

from bedside import drafts, logs
from bedside.drafts import DraftStore
from bedside.errors import ValidationError
from bedside.storage.schema import AuditRow

from ..conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
MARKER = "ZQXDRAFTMARKER"

TYPIST = f"""
import sys
from bedside import __version__, logs
from bedside.drafts import DraftStore, VITAL_ROW, ADVERSE_EVENT
from bedside.paths import log_dir
from bedside.vault import Vault
logs.configure(log_dir())
v = Vault.open(sys.argv[1])
s = v.login("nurse", sys.argv[2])
store = DraftStore(s)
store.save(ADVERSE_EVENT, "new:p1", "p1", {{"infusion": 1}},
           {{"term": "Rash", "notes": "{MARKER} itchy"}})
try:
    patient = "{MARKER}"
    raise ValueError("bad value for " + patient)
except ValueError as exc:
    logs.get("typist").error("uncaught", exc_info=exc)
    logs.write_crash_record(log_dir(), exc, __version__)
i = 0
while True:          # the nurse keeps typing: each keystroke pause saves the row
    store.save(VITAL_ROW, "inf-1", "p1", {{"infusion": 1}},
               {{"hr": str(100 + i % 50), "spo2": "93", "time": "14:32", "note": "{MARKER}"}})
    if i == 0:
        print("typing", flush=True)
    i += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_a_draft_typed_before_a_kill_comes_back_to_its_user_only(tmp_vault, tmp_path):
    tmp_vault.lock()
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BEDSIDE_HOME": str(home)}
    proc = subprocess.Popen([sys.executable, "-c", TYPIST, str(tmp_vault.folder), PASSWORD],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "typing", proc.stderr.read()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)

    # plaintext scan: nothing typed is readable in the vault folder or the logs
    files = [p for p in list(tmp_vault.folder.rglob("*")) + list(home.rglob("*")) if p.is_file()]
    assert any(p.name == "vault.db-wal" or p.name == "vault.db" for p in files)
    for p in files:
        data = p.read_bytes()
        for needle in (MARKER.encode(), MARKER.encode("utf-16-le")):
            assert needle not in data, f"draft content in clear in {p.name}"
    records = logs.crash_records(home / "logs")
    assert len(records) == 1
    text = records[0].read_text()
    assert "builtins.ValueError" in text and "version:" in text and "time_utc:" in text
    assert "<string>:" in text                                    # file:line of the frame

    nurse = tmp_vault.login("nurse", PASSWORD)
    mine = {(d.kind, d.key): d for d in DraftStore(nurse).mine()}
    assert set(mine) == {(drafts.VITAL_ROW, "inf-1"), (drafts.ADVERSE_EVENT, "new:p1")}
    row = mine[(drafts.VITAL_ROW, "inf-1")]
    assert row.patient_id == "p1" and row.where == {"infusion": 1}
    assert row.fields["spo2"] == "93" and row.fields["time"] == "14:32"

    other = tmp_vault.login("nurse2", PASSWORD)                  # a rogue colleague
    assert DraftStore(other).mine() == []
    assert DraftStore(other).get(drafts.VITAL_ROW, "inf-1") is None
    DraftStore(other).discard(drafts.VITAL_ROW, "inf-1")         # cannot remove it either
    assert DraftStore(nurse).get(drafts.VITAL_ROW, "inf-1") is not None


def test_saving_the_form_removes_its_draft_and_drafts_leave_no_audit_or_record(session_as):
    nurse = session_as("nurse")
    store = DraftStore(nurse)
    audit_before = _audit_count(nurse)
    store.save(drafts.VITAL_ROW, "inf-9", "p9", {"infusion": 2}, {"hr": "88"})
    store.save(drafts.VITAL_ROW, "inf-9", "p9", {"infusion": 2}, {"hr": "89"})   # overwritten
    assert [d.fields for d in store.mine()] == [{"hr": "89"}]
    store.discard(drafts.VITAL_ROW, "inf-9")
    assert store.mine() == []
    assert nurse.records.list_latest("vital_reading") == []
    assert _audit_count(nurse) == audit_before


def _audit_count(session) -> int:
    with session.db.read() as orm:
        return orm.scalar(select(func.count()).select_from(AuditRow))


def test_unknown_kinds_and_oversized_drafts_are_refused(session_as):
    store = DraftStore(session_as("nurse"))
    with pytest.raises(ValidationError):
        store.save("clinical_record", "x", None, {}, {"a": "b"})
    with pytest.raises(ValidationError):
        store.save(drafts.VITAL_ROW, "x", None, {}, {"a": "b" * (drafts.MAX_CONTENT + 1)})
    assert store.mine() == []


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.dictionaries(st.text(min_size=1, max_size=12),
                              st.one_of(st.text(max_size=40), st.integers(), st.booleans(),
                                        st.none(), st.lists(st.text(max_size=8), max_size=4)),
                              max_size=8))
def test_any_typed_values_come_back_exactly(session_as, fields):
    store = DraftStore(session_as("nurse"))
    store.save(drafts.ADVERSE_EVENT, "new:p1", "p1", {"infusion": None}, fields)
    assert store.get(drafts.ADVERSE_EVENT, "new:p1").fields == fields
