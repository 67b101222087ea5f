"""After a scripted session that stores a patient named with a marker, the
marker is in none of the files Bedside wrote: database, WAL, SHM, header,
backups, logs, temp folder."""

import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "ZQXMARKERPATIENT"

SCRIPT = f"""
import logging, tempfile
from pathlib import Path
from bedside import logs
from bedside.paths import default_vault_dir, log_dir
from bedside.crypto.kdf import KdfParams
from bedside.vault import Vault
from bedside.patients import register_patient, correct_patient
from bedside.errors import ValidationError
from bedside.users import create_user
logs.configure(log_dir())
log = logs.get("scan")
vault, code = Vault.create(default_vault_dir(), site_name="Site", workstation_name="PC",
                           admin_username="admin", admin_display_name="Admin",
                           admin_password="correct horse 1", kdf=KdfParams.for_tests())
s = vault.login("admin", "correct horse 1")
create_user(s, "nurse", "Nurse", "nurse", "correct horse 1")
n = vault.login("nurse", "correct horse 1")
p = register_patient(n, {{"mrn": "H999", "family_name": "{MARKER}", "given_name": "{MARKER}",
                         "date_of_birth": "1970-01-01", "sex": "F", "weight_kg": 60,
                         "height_cm": 160, "wristband": "{MARKER}"}})
correct_patient(n, p.id, {{"weight_kg": 61}}, "reweighed {MARKER}")
for i in range(50):
    n.records.create("note", {{"text": "{MARKER} note %d" % i}}, patient_id=p.id)
try:
    register_patient(n, {{"mrn": "H999", "family_name": "{MARKER}", "given_name": "x",
                         "date_of_birth": "1970-01-01", "sex": "F", "weight_kg": 60,
                         "height_cm": 160}})
except ValidationError as e:
    log.warning("refused %s", e.code)
try:
    raise ValueError("invalid value {MARKER}")
except ValueError as e:
    log.error("unexpected", exc_info=e)
with open(Path(tempfile.gettempdir()) / "probe.txt", "w") as f:
    f.write("temp works")
vault.lock()
print("done")
"""


def test_marker_is_in_no_file_written(tmp_path):
    home = tmp_path / "home"
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "BEDSIDE_HOME": str(home), "TMPDIR": str(tmp),
           "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                         text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    files = [p for p in list(home.rglob("*")) + list(tmp.rglob("*")) if p.is_file()]
    names = {p.name for p in files}
    assert "vault.db" in names and "vault.json" in names and "bedside.log" in names
    assert (home / "logs" / "bedside.log").read_text().count("ValueError") == 1
    needles = [MARKER.encode(), MARKER.lower().encode(), MARKER.encode("utf-16-le")]
    for p in files:
        data = p.read_bytes()
        for needle in needles:
            assert needle not in data, f"marker found in {p.relative_to(tmp_path)}"
