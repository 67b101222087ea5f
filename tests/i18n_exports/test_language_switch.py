"""Language chosen at sign-in: the screen switches at once and the choice is remembered per user."""

from __future__ import annotations

from tests.conftest import PASSWORD
from ui.context import AppContext
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.qt import QApplication


def test_login_language_switches_the_screen_and_is_remembered(qtbot, tmp_vault):
    app = QApplication.instance()
    ctx = AppContext(tmp_vault)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.language_chosen.connect(lambda code: install_language(app, code))
    try:
        login = win.login
        login.language.setCurrentIndex(login.language.findData("fr"))
        install_language(app, "fr")
        qtbot.waitUntil(lambda: login.title.text() == "Bedside — connexion", timeout=30000)
        assert win.help_menu.title() == "&Aide" and win.sync_item.now_button.text() != "Sync now"
        login.language.setCurrentIndex(login.language.findData("en"))
        qtbot.waitUntil(lambda: login.title.text() == "Bedside — sign in", timeout=30000)
        assert login.button.text() == "Sign in"

        login.username.setText("nurse")
        login.password.setText(PASSWORD)
        login.button.click()
        qtbot.waitUntil(lambda: ctx.session is not None, timeout=30000)
        assert ctx.session.user.language == "en"
        assert win.act_dashboard.text() == "Dashboard"
        # issue 16 item 19: the menu and the sync item switch too
        assert win.help_menu.title() == "&Help" and win.act_about.text() == "About Bedside"
        assert win.sync_item.now_button.text() == "Sync now"
        assert tmp_vault.login("nurse", PASSWORD).user.language == "en"
    finally:
        install_language(app, "en")
        ctx.worker.stop()
