"""`bedside export` run as a data manager would script it: a real process on
a real vault, same roles, review and audit as the dialog."""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

import pytest

from bedside.patients import correct_patient, register_patient
from tests import fork_server
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def _run(vault, *args, password=PASSWORD):
    env = dict(os.environ, BEDSIDE_PASSWORD=password, PYTHONPATH=str(ROOT))
    return fork_server.run([sys.executable, "-m", "ui.launcher", "export", str(vault.folder), *args],
                           env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture
def vault_with_patient(tmp_vault, session_as):
    nurse = session_as("nurse")
    p = register_patient(nurse, {"mrn": "H7654321", "family_name": "Testeur", "given_name": "Paul",
                                 "date_of_birth": "1970-01-02", "sex": "M", "weight_kg": 80, "height_cm": 180})
    correct_patient(nurse, p.id, {"weight_kg": 81}, reason="Weighed again; son Xavier Lemaire present")
    return tmp_vault


def _exports(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith("TJT2012_export")]


def test_review_then_strike_then_written(vault_with_patient, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    first = _run(vault_with_patient, "--user", "datamanager", "--out", str(out), "--format", "csv,odm")
    assert first.returncode == 3 and "Lemaire" in first.stderr and _exports(out) == []
    done = _run(vault_with_patient, "--user", "datamanager", "--out", str(out), "--format", "csv,odm",
                "--strike", "Xavier", "--strike", "Lemaire")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok: ")
    (folder,) = _exports(out)
    text = "\n".join(p.read_text("utf-8-sig") for p in folder.rglob("*") if p.is_file())
    assert "Lemaire" not in text and "Testeur" not in text and "Weighed again" in text
    rows = list(csv.DictReader((folder / "csv" / "patient.csv").open(encoding="utf-8-sig"), delimiter=";"))
    assert rows and "weight_kg" in rows[0] and "mrn" not in rows[0]  # the site's ";" (French Excel)
    assert rows[0]["weight_kg"] in {"81", "81,0"}  # a decimal comma if the weight is stored as a decimal
    admin = vault_with_patient.login("admin", PASSWORD)
    exports = [e for e in admin.audit_trail() if e.action == "export"]
    assert len(exports) == 1 and exports[0].username == "datamanager"
    assert exports[0].details["review"] == {"listed": 0, "redacted_on_review": 2}  # both struck


def test_roles_and_password_hold_on_the_command_line(vault_with_patient, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    nurse = _run(vault_with_patient, "--user", "nurse", "--out", str(out), "--reviewed")
    assert nurse.returncode == 1 and "does not allow" in nurse.stderr
    wrong = _run(vault_with_patient, "--user", "datamanager", "--out", str(out), password="nope")
    assert wrong.returncode == 1 and "wrong password" in wrong.stderr.lower()
    identified = _run(vault_with_patient, "--user", "datamanager", "--out", str(out), "--identified",
                      "--reviewed")
    assert identified.returncode == 1
    assert _exports(out) == []
    usage = _run(vault_with_patient, "--out", str(out))
    assert usage.returncode == 2
