"""Render screens for what happens after an abnormal end (ui/render.py):
the sign-in page saying so, and the offer of the user's drafts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


def register(screen, demo_window, settle) -> None:
    @screen("login-abnormal-end")
    def _login_abnormal_end():
        from .render import SCREENS
        win = SCREENS["login"]()
        win.login.show_abnormal_end(datetime.now(timezone.utc) - timedelta(hours=5))
        return win

    def offered():
        win, ctx = demo_window("nurse2")   # the demo has nurse2's half-typed row for Dupont
        for _ in range(50):
            settle(ctx)
            if win.draft_offer is not None:
                break
        return win, ctx

    @screen("draft-offer")
    def _draft_offer():
        win, _ctx = offered()
        dialog = win.draft_offer
        dialog.resize(760, 260)
        return dialog

    @screen("draft-restored")
    def _draft_restored():
        win, ctx = offered()
        restore = next(b for b in win.draft_offer.findChildren(type(win.login.button))
                       if b.objectName() == "primary")
        restore.click()
        for _ in range(6):
            settle(ctx)
        return win
