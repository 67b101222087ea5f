"""Issue 16 item 9: "Paramètres du site" shows the site name the first-run
wizard set (it lives in the vault header until the settings change it)."""
from bedside.roles import Role
from ui.context import AppContext
from ui.settings_dialog import SettingsDialog


def test_site_settings_show_the_wizard_site_name(qtbot, tmp_vault, session_as):
    admin = session_as(Role.ADMINISTRATOR)
    named = tmp_vault.meta("site_name")
    assert named
    assert admin.settings.get("site_name") == named
    ctx = AppContext(tmp_vault)
    ctx.signed_in(admin)
    dlg = SettingsDialog(ctx)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.save_button.isEnabled, timeout=30000)     # the values in force, read on the worker
    assert dlg.fields["site_name"].text() == named
    admin.settings.update({"site_name": "CHU de Liège — USI 2"}, reason="renamed")
    assert admin.settings.get("site_name") == "CHU de Liège — USI 2"
    ctx.worker.stop()
