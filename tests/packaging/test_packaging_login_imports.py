"""Start-up (issue 12): the login window is shown before anything it does not
need is imported. Structural, not timed: the real launcher runs on a real
vault until its login window is exposed and idle (ui/startup_probe.py), then
reports which modules it had loaded; the database layer, records, sync,
PDF, HL7 and the workspace screens must not be among them. The same
process then checks that what the prewarm loads afterwards is real."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.packaging.startup_probe_env import probe_env

ROOT = Path(__file__).resolve().parents[2]

# Third-party packages the login window must not wait for.
HEAVY_PACKAGES = {"sqlalchemy", "alembic", "mako", "sqlcipher3", "httpx", "httpcore", "anyio",
                  "pikepdf", "lxml", "PIL", "pydantic", "pydantic_core", "hl7", "reportlab", "pypdf"}
# Bedside modules that belong to a signed-in user's work, not to the login window.
HEAVY_OWN = ("bedside.storage", "bedside.session", "bedside.records", "bedside.audit",
             "bedside.entry_rules", "bedside.record_types", "bedside.users", "bedside.sync.client",
             "bedside.sync.service", "bedside.hl7feed", "bedside.export", "bedside.consent",
             "bedside.infusion", "bedside.eligibility", "bedside.followup", "bedside.demo",
             "ui.workspace", "ui.dashboard", "ui.patient_view", "ui.patient_list", "ui.wizard",
             "ui.export_dialog", "ui.sync_dialog", "ui.infusion", "ui.consent")

# The prewarm (ui/prewarm.py) starts loading right after the first paint, on
# another thread: it is held back here so the snapshot is exactly what the
# login window needed, then run to show it loads what it lists.
PROBE = """
import json, sys
sys.argv = ["bedside"]
from ui import prewarm
scheduled = []
prewarm.start = lambda window, ctx: scheduled.append(type(window).__name__)
from ui.launcher import main
code = main([])
at_login = sorted(sys.modules)
loaded = prewarm.load_core()
print("MODULES " + json.dumps({"code": code, "at_login": at_login, "scheduled": scheduled,
                               "prewarmed": loaded}), flush=True)
"""


def test_login_window_shows_before_the_heavy_modules_load(tmp_path):
    env = probe_env(tmp_path)
    proc = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    ready = [line for line in proc.stdout.splitlines() if line.startswith("BEDSIDE_READY")]
    assert len(ready) == 1 and "mainWindow" in ready[0].split()[-1].split(","), proc.stdout
    report = json.loads(next(line for line in proc.stdout.splitlines()
                             if line.startswith("MODULES "))[len("MODULES "):])
    assert report["code"] == 0
    at_login = set(report["at_login"])
    assert "ui.login_page" in at_login and "bedside.header" in at_login   # the real login path ran
    heavy = sorted(m for m in at_login if m.split(".")[0] in HEAVY_PACKAGES)
    assert heavy == [], f"imported before the login window was usable: {heavy[:20]}"
    own = sorted(m for m in at_login if m.startswith(HEAVY_OWN))
    assert own == [], f"Bedside modules loaded before the login window was usable: {own}"
    from ui import prewarm
    assert report["scheduled"] == ["MainWindow"]          # the launcher schedules the prewarm
    assert report["prewarmed"] == len(prewarm.CORE_MODULES)
