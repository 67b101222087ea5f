"""Replacing a dead ward PC, end to end with a real server process and its
administrator's commands (docs/REPLACING_A_PC.md): revoke the old device,
the new PC joins the site (pinning the site root), staff sign in there with
their site accounts, it gets every clinical entry and a new PC number, and the
old PC's own audit trail (sign-ins, second-person checks, user changes) is
readable by the auditor, checked against its hash chain."""

from __future__ import annotations

import csv
import json
import sys

from sqlalchemy import create_engine, text

from bedside.patients import correct_patient, list_patients, register_patient
from bedside.roles import Role
from bedside.sync.local import SyncState
from bedside.sync.service import REFUSED, SYNCED
from bedside.users import create_user
from tests import fork_server
from tests.conftest import PASSWORD
from tests.server.harness import ROOT
from tests.sync.workstations import Workstation

PATIENT = {"mrn": "H550001", "family_name": "Verhaegen", "given_name": "Lucie", "sex": "F",
           "date_of_birth": "1958-02-11", "weight_kg": 61, "height_cm": 160}


def server_cli(data, *args):
    return fork_server.run([sys.executable, "-m", "bedside_server", "--data", str(data), *args],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_dead_pc_replaced_and_its_audit_trail_readable(tmp_path, sqlite_server):
    srv = sqlite_server
    old = Workstation(tmp_path / "old", srv, "USI-PC-1")
    other = Workstation(tmp_path / "other", srv, "USI-PC-2")
    # the old PC's life: a user created, sign-ins, a two-person check, a correction
    create_user(old.admin, "nurse.lambert", "Inf. Claire Lambert", Role.NURSE, PASSWORD)
    old.vault.login("nurse.lambert", PASSWORD)
    old.nurse.authenticate_other("nurse2", PASSWORD)
    p = register_patient(old.nurse, PATIENT)
    correct_patient(old.nurse, p.id, {"family_name": "Verhaeghe"}, "spelling on the ID card")
    assert old.sync().state == SYNCED and other.sync().state == SYNCED
    old_device = SyncState(old.admin).get("device_id")
    old.close()                                            # the PC dies

    # 1. revoke the dead PC's device
    status = json.loads(server_cli(srv.data_dir, "status", "--json").stdout)
    dev = next(d for d in status["devices"] if d["name"] == "USI-PC-1")
    assert dev["id"] == old_device and dev["revoked_at"] is None      # still "active"
    assert server_cli(srv.data_dir, "revoke", dev["id"]).returncode == 0
    # 2. the replacement joins the site (a new vault: a new workstation) and pulls
    new = Workstation(tmp_path / "new", srv, "USI-PC-1-bis", site=other)
    try:
        assert new.vault.meta("site_root") == other.vault.meta("site_root")
        # 3. staff sign in with their site accounts, also one created on the dead PC
        lambert = new.vault.login("nurse.lambert", PASSWORD)
        assert lambert.user.role == Role.NURSE
        assert new.sync().state == SYNCED
        assert [q.family_name for q in list_patients(new.nurse)] == ["Verhaeghe"]
        assert set(old_entries := other.entries()) <= set(new.entries())
        assert old_entries
        assert SyncState(new.admin).get("station") == "3"   # never the dead PC's number 1
        # the dead PC, if it came back, is refused
        old.vault = type(old.vault).open(old.vault.folder)
        old.nurse = old.vault.login("nurse", PASSWORD)
        old.service = type(old.service)(old.nurse, client_factory=old._client)
        assert old.sync().state == REFUSED and old.sync().detail == "revoked"
    finally:
        new.close()
        old.close()

    # 4. the auditor reads every PC's trail, the dead one's included, verified
    out = tmp_path / "audit.csv"
    res = server_cli(srv.data_dir, "audit", "--out", str(out))
    assert res.returncode == 0, res.stdout + res.stderr
    line = next(x for x in res.stdout.splitlines() if x.startswith("USI-PC-1 "))
    assert "PC 01" in line and "revoked" in line and "chain ok" in line
    assert (out.stat().st_mode & 0o777) == 0o600
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    mine = [r for r in rows if r["device_name"] == "USI-PC-1"]
    actions = {r["action"] for r in mine}
    assert {"vault_create", "user_create", "login", "second_person_check",
            "create", "correct", "sync_enrolled"} <= actions
    assert any(r["action"] == "login" and r["username"] == "nurse.lambert" for r in mine)
    assert [int(r["seq"]) for r in mine] == list(range(1, len(mine) + 1))
    # changed values are not in the file (patient data): the field names are
    assert "Verhaegen" not in out.read_text(encoding="utf-8")
    fix = next(r for r in mine if r["action"] == "correct")
    assert json.loads(fix["details"])["changes"] == {"family_name": "[changed]"}

    # someone edits the dead PC's trail in the server database: named, exit 1
    eng = create_engine(srv.cfg.db_url)
    with eng.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_no_update"))
        conn.execute(text("UPDATE audit SET ciphertext = randomblob(length(ciphertext)) "
                          "WHERE device_id = :d AND seq = 3"), {"d": old_device})
    eng.dispose()
    res = server_cli(srv.data_dir, "audit", "--device", old_device)
    assert res.returncode == 1 and "broken: audit entry 3" in res.stdout
