"""The demo vault shows the directory's history: a revoked leaver whose
note still verifies and a reset password (two keys for one person); and
what arrived from the site's other PCs, signed by the staff who made it
there, passes the entry rules: a screening number given twice (an
incident), a site setting changed by another PC's administrator and a
patient corrected on another PC (a conflict)."""

from bedside.demo import DEMO_PASSWORD, build
from bedside.demo.staff_history import LEAVER
from bedside.errors import WrongPassword
from bedside.users import list_users
from bedside.verify import verify_vault
from bedside import number_incidents
from bedside.settings import SETTING_TYPE
from bedside.sync import quarantine
from bedside.sync.local import VaultLocal

import pytest


def test_demo_directory_history_verifies(tmp_path):
    vault = build(tmp_path / "demo")
    with pytest.raises(WrongPassword):
        vault.login(LEAVER[0], DEMO_PASSWORD)
    admin = vault.login("admin", DEMO_PASSWORD)
    assert LEAVER[0] in {u.username for u in list_users(admin, include_inactive=True)}
    nurse2 = next(u for u in list_users(admin) if u.username == "nurse2")
    keys = {v.content["credential"]["key_id"] for v in admin.records.history(nurse2.id)}
    assert len(keys) == 2
    notes = admin.records.list_latest("note")
    assert [n.author_name for n in notes] == [LEAVER[1]]
    assert vault.login("nurse2", DEMO_PASSWORD)
    # entered on another PC, signed there, received here
    inv = vault.login("investigator", DEMO_PASSWORD)
    assert [d.field for d in number_incidents.incidents(inv)] == ["screening_number"]
    assert admin.settings.get("enrollment_target") == 24
    setting = admin.records.list_latest(SETTING_TYPE)
    assert any(v.author_name == "Ir Gaspard Vandamme" and v.workstation_id != vault.workstation_id
               for v in setting)
    assert inv.records.conflicted()
    # only the outdated PC's unknown record type is kept aside: nothing for a signature
    kept_aside = VaultLocal(admin).quarantined()      # entry id -> reason code, every rule
    assert [i.reason for i in quarantine.incidents(admin)] and kept_aside
    assert set(kept_aside.values()) == {"record_type"}
    vault.lock()
    assert verify_vault(tmp_path / "demo", username="admin", password=DEMO_PASSWORD).ok
