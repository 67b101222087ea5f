"""The demo vault shows the directory's history: a revoked leaver whose
note still verifies and a reset password (two keys for one person)."""

from bedside.demo import DEMO_PASSWORD, build
from bedside.demo.staff_history import LEAVER
from bedside.errors import WrongPassword
from bedside.users import list_users
from bedside.verify import verify_vault

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
    vault.lock()
    assert verify_vault(tmp_path / "demo", username="admin", password=DEMO_PASSWORD).ok
