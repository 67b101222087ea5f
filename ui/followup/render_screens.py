"""Follow-up screens for ``python -m ui.render`` (``register_screens``)."""
from __future__ import annotations

SCREENS: dict = {}


def _screen(name):
    """A follow-up screen, in English and (``name_fr``) in French."""
    def register(fn):
        SCREENS[name] = fn
        return fn
    return register


def open_tab(handle: str, username: str = "investigator"):
    from ui.render import demo_patient_tab, demo_window
    win, ctx = demo_window(username)
    tab = demo_patient_tab(win, ctx, lambda p: p.family_name.lower() == handle,
                           lambda page: page.__class__.__name__ == "FollowUpTab")
    tab.refresh()
    wait_for(ctx, lambda: tab.ov is not None)
    return win, ctx, tab


def wait_for(ctx, condition, rounds: int = 200) -> None:
    """Let the worker answer and the screen take it (bounded)."""
    import time
    from ui.render import settle
    for _ in range(rounds):
        settle(ctx)
        if condition():
            break
        time.sleep(0.05)
    settle(ctx)


@_screen("followup_tab")
def _tab():
    """Simon: day-28 visit done and signed, then lost to follow-up."""
    win, _ctx, _tab = open_tab("simon")
    return win


@_screen("followup_due")
def _due():
    """Gillet: day 29, the day-28 visit due, an infection in the AE log."""
    win, _ctx, _tab = open_tab("gillet", "nurse")
    return win


@_screen("visit_form")
def _visit_form():
    from ui.render import settle
    win, ctx, tab = open_tab("gillet", "nurse")
    dlg = tab.open_visit("d28")
    dlg.vital.set_value("alive")
    dlg.aesi["infection"][0].set_value("yes")
    for cb, _rid in dlg.aesi["infection"][1]:
        cb.setChecked(True)
    dlg.resize(1300, 720)
    settle(ctx)
    return dlg


@_screen("end_dialog")
def _end_dialog():
    from ui.render import settle
    win, ctx, tab = open_tab("gillet")
    dlg = tab.open_end()
    dlg.reason.setCurrentIndex(dlg.reason.findData("lost_to_follow_up"))
    settle(ctx)
    return dlg


@_screen("endpoints")
def _endpoints():
    from ui.render import demo_dialog
    dlg = demo_dialog("datamanager", lambda _ctx, win: win.open_endpoints())
    wait_for(dlg.ctx, lambda: dlg.report is not None)
    return dlg


@_screen("consort")
def _consort():
    dlg = _endpoints()
    dlg.tabs.setCurrentIndex(1)
    return dlg


def register_screens(screen) -> None:
    """Add the follow-up screens to ``ui.render`` (ui/capabilities.py)."""
    for name, fn in SCREENS.items():
        screen(name, fr=f"{name}_fr")(fn)
