"""Infusion screens for ``python -m ui.render`` (``register_screens``)."""
from __future__ import annotations


def _open(handle: str, username: str = "nurse"):
    from ui.render import demo_patient_tab, demo_window
    win, ctx = demo_window(username)
    tab = demo_patient_tab(win, ctx, lambda p: p.family_name.lower() == handle,
                           lambda page: page.__class__.__name__ == "InfusionTab")
    return win, ctx, tab


def _running():
    """Dupont: infusion 1 running, 40 min in, SpO2 drop alert just raised."""
    from ui.render import settle
    win, ctx, tab = _open("dupont")
    settle(ctx)
    snap = tab.panel.snap
    if snap and snap.readings:
        last = max(snap.readings, key=lambda r: r["taken_utc"])
        from bedside.infusion import vitals
        base = tab.panel.fs.baseline if tab.panel.fs else None
        tab.panel.alerts.show_alerts(last["taken_utc"], vitals.alerts(tab.store.protocol, last["values"], base))
    tab.panel.entry.fields["hr"].setText("96")
    tab.panel.entry.fields["sbp"].setText("121")
    return win


def _held_review():
    """Dupont: the monitor message held because its name differs, under review."""
    from ui.render import settle
    win, ctx, tab = _open("dupont")
    settle(ctx)
    tab.panel.review_held()
    settle(ctx)
    settle(ctx)
    dlg = tab.panel.held_dialog
    dlg.resize(1000, 420)
    return dlg


def _done():
    """Leclercq: infusion 1 complete (full flowsheet); infusion 2 due today."""
    win, ctx, tab = _open("leclercq")
    tab.select(1)
    from ui.render import settle
    settle(ctx)
    settle(ctx)
    return win


def _aes():
    """Janssens: adverse events with a running SAE clock (investigator)."""
    win, ctx, tab = _open("janssens", "investigator")
    tab.inner.setCurrentIndex(1)
    return win


def _product_dialog():
    from ui.infusion.dialogs import ProductDoseDialog
    win, ctx, tab = _open("leclercq")
    snap = tab.snap
    planned = snap.plan[1] if snap.plan else None
    dlg = ProductDoseDialog(ctx, tab.store, snap.patient_id, 2, snap.patient, planned, snap.patient_recorded_utc, win)
    dlg.set_previous(snap.infusions)
    dlg.bag.setText("BAG-2611-02")
    dlg.donor.setText("DON-0042")
    dlg.cells.setText("170")
    dlg.volume.setText("100")
    dlg.expiry.setText("25/11 16:30")
    dlg.resize(640, 640)
    return dlg


def _ae_form():
    from ui.infusion.ae_form import AeForm
    win, ctx, tab = _open("janssens")
    row = tab.snap.aes[-1]
    dlg = AeForm(ctx, tab.store, tab.patient_id, existing=row.version, parent=win)
    dlg.resize(700, 720)
    return dlg


def _running_night():
    """Dupont's running infusion in night mode (dark, low glare)."""
    from ui import night_mode
    night_mode.switch(True)
    win = _running()
    win.act_night.setChecked(True)
    return win


def _time_question():
    """A reading typed with a time later than now: the row asks with the full date."""
    from ui.render import settle
    win, ctx, tab = _open("dupont")
    entry = tab.panel.entry
    later = tab.store.now().astimezone(tab.store.zone()).replace(second=0, microsecond=0)
    from datetime import timedelta
    later += timedelta(hours=3)
    for fid, v in zip(("time", "hr", "sbp", "dbp", "rr", "spo2", "temp"),
                      (later.strftime("%H:%M"), "92", "118", "70", "20", "95", "37.4")):
        entry.fields[fid].setText(v)
    entry._submit()
    settle(ctx)
    settle(ctx)
    return win


SCREENS = {
    "infusion_running": _running,
    "infusion_running_night": _running_night,
    "infusion_time_question": _time_question,
    "infusion_done": _done,
    "infusion_adverse_events": _aes,
    "infusion_product_dose": _product_dialog,
    "infusion_ae_form": _ae_form,
    "infusion_held_review": _held_review,
}


def _app_infusion():
    """The whole window at 1366×768, Dupont's Infusions tab open (infusion 1
    running): the flowsheet must fit beside the narrowed patient list."""
    win, _ctx, _tab = _open("dupont")
    return win


def register_screens(screen) -> None:
    """Add the infusion screens to ``ui.render`` (ui/capabilities.py)."""
    for name, fn in SCREENS.items():
        screen(name)(fn)
    screen("app-infusion")(_app_infusion)
