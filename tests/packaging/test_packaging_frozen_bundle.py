"""Build the PyInstaller bundle on Linux and run the *frozen* program.

Slow (about a minute): marked ``bundle`` and skipped unless
BEDSIDE_BUNDLE_TEST=1, which build_scripts/ci_bundle_smoke.sh sets as its own
CI step. Checks the frozen --self-test (sign-in and main window, consent
PDF/A, French collation on the trimmed ICU data, the sync client against a
real bedside-server over HTTPS), the upgrade check on the previous release's
vault, an export of the demo vault by the frozen `bedside export`, the build
commit written into the bundle, and that the trimmed parts are really
absent and the bundle within its size budget (docs/PACKAGING.md)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from build_scripts import bundle_config as cfg
from tests.server.harness import ServerProcess

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "vault_v0001"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(os.environ.get("BEDSIDE_BUNDLE_TEST") != "1",
                       reason="builds the frozen bundle: run build_scripts/ci_bundle_smoke.sh"),
    pytest.mark.skipif(sys.platform == "win32", reason="the Windows bundle is built on Windows by hand"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    dist = Path(os.environ.get("BEDSIDE_BUNDLE_DIST") or tmp_path_factory.mktemp("dist"))
    work = Path(os.environ.get("BEDSIDE_BUNDLE_WORK") or tmp_path_factory.mktemp("work"))
    subprocess.run([sys.executable, str(ROOT / "build_scripts" / "build.py"), "--dist", str(dist),
                    "--work", str(work)], check=True, cwd=ROOT, timeout=900)
    return dist / "bedside"


def _frozen_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", BEDSIDE_HOME=str(tmp_path / "home"), HOME=str(tmp_path))
    return env


def test_frozen_self_test_passes_and_prints_one_line(bundle, tmp_path):
    server = ServerProcess(tmp_path / "srv").start()     # a real bedside-server, real HTTPS
    try:
        proc = subprocess.run([str(bundle / "bedside"), "--self-test", "--sync-server", server.url,
                               "--ca", str(server.cfg.ca_cert)], capture_output=True, text=True,
                              env=_frozen_env(tmp_path), timeout=180, cwd=tmp_path)
    finally:
        server.kill()
    lines = proc.stdout.strip().splitlines()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(lines) == 1 and lines[0].startswith("Bedside self-test OK: ")
    assert ", frozen)" in lines[0] and "main window rendered" in lines[0]
    assert "Qt binding keeps None alive" in lines[0]  # the issue-15 refcount guard ran inside the bundle
    # what the trimming could break: PDF (Qt writer, pikepdf, lxml), ICU data, the HTTPS client
    assert "consent PDF/A-2b" in lines[0] and "French collation ok" in lines[0]
    assert "sync server answered over HTTPS (refused not_enrolled" in lines[0]


def test_frozen_export_of_the_demo_vault(bundle, tmp_path):
    from bedside.demo import DEMO_PASSWORD, build

    build(tmp_path / "vault").lock()
    out = tmp_path / "out"
    out.mkdir()
    env = dict(_frozen_env(tmp_path), BEDSIDE_PASSWORD=DEMO_PASSWORD)
    proc = subprocess.run([str(bundle / "bedside"), "export", str(tmp_path / "vault"), "--user", "admin",
                           "--out", str(out), "--reviewed"], capture_output=True, text=True, env=env,
                          timeout=180)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [folder] = list(out.iterdir())
    for name in ("clinical_data_odm.xml", "fhir_r4_bundle.json", "consort_flow.svg", "csv/patient.csv",
                 "csv/vital_reading.csv", "redcap/records.csv"):
        assert (folder / name).stat().st_size > 0, name
    assert json.loads((folder / "fhir_r4_bundle.json").read_text(encoding="utf-8"))["entry"]


def test_frozen_version_flag(bundle, tmp_path):
    proc = subprocess.run([str(bundle / "bedside"), "--version"], capture_output=True, text=True,
                          env=_frozen_env(tmp_path), timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"bedside {cfg.read_version()} (build ") and ", frozen)" in proc.stdout


def test_frozen_build_opens_the_previous_release_vault(bundle, tmp_path):
    env = _frozen_env(tmp_path)
    env["BEDSIDE_PASSWORD"] = "correct horse 1"
    proc = subprocess.run([str(bundle / "bedside"), "--self-test", "--upgrade-check", str(FIXTURE),
                           "--user", "admin"], capture_output=True, text=True, env=env, timeout=180)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "upgrade 0001->" in proc.stdout and "chain intact" in proc.stdout


def test_bundle_carries_build_commit_licences_and_resources(bundle):
    internal = bundle / "_internal"
    info = json.loads((internal / "resources" / "build_info.json").read_text(encoding="utf-8"))
    head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    assert info["commit"] == (os.environ.get("BEDSIDE_BUILD_COMMIT") or head)
    assert info["version"] == cfg.read_version()
    bundled = json.loads((internal / "resources" / "licenses" / "bundled.json").read_text(encoding="utf-8"))
    names = {c["name"] for c in bundled["components"]}
    assert {"SQLAlchemy", "cryptography", "sqlcipher3"} <= names
    for component in bundled["components"]:
        for rel in component["licence_files"]:
            assert (internal / "resources" / "licenses" / rel).is_file()
    assert (internal / "resources" / "licenses" / "LGPL-3.0.txt").is_file()
    assert (internal / "resources" / "icons" / "bedside.svg").is_file()
    assert (internal / "bedside" / "storage" / "migrations" / "env.py").is_file()
    for sub in ("protocols", "consent"):
        if any((ROOT / "resources" / sub).glob("*")):
            assert (internal / "resources" / sub).is_dir()


def test_unused_qt_parts_are_not_in_the_bundle(bundle):
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    for unwanted in ("libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6Wayland", "libqgtk3", "libqeglfs",
                     "QtNetwork.abi3", "qtbase_de.qm", "libgtk-3"):
        assert not [f for f in files if unwanted in f], unwanted
    assert [f for f in files if f.endswith("platforms/libqoffscreen.so")]
    assert [f for f in files if f.endswith("platforms/libqxcb.so")]
    for unwanted in ("PIL/", "pillow.libs", "lxml/", "libqjpeg", "_codecs_jp", "libX11.so", "libfontconfig", "libstdc++",
                     "libsystemd", "libgcrypt", "libkrb5", "libreadline"):
        assert not [f for f in files if unwanted in f], unwanted
    icu = [p for p in bundle.rglob("libicudata.so.*") if not p.is_symlink()]
    assert icu and all(p.stat().st_size < 8_000_000 for p in icu)      # trimmed: 32 MB -> ~4.5 MB
    assert cfg.tree_size(bundle) <= cfg.SIZE_BUDGET_LINUX
