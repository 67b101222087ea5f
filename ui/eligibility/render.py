"""Eligibility screens for ``python -m ui.render`` (``register_screens``):
the checklist inside the app's patient screen, the dashboard section and the
screening log, over a fresh demo vault at 1366×768."""
from __future__ import annotations

MRN = {"groupb": "H4410388", "incomplete": "H4410899", "included": "H4410231", "not-eligible": "H4410602"}


def checklist(which: str, username: str = "investigator", scroll_to: str | None = None):
    from ui.render import demo_patient_tab, demo_window, settle
    win, ctx = demo_window(username)
    page = demo_patient_tab(win, ctx, lambda p: p.mrn == MRN[which], lambda _page: True)
    if scroll_to == "branches":
        bar = page.scroll.verticalScrollBar()
        bar.setValue(page.branch_box.mapTo(page.scroll.widget(), page.branch_box.rect().topLeft()).y() - 170)
    elif scroll_to == "labs":
        settle(ctx)
        box = page.lab_rows["lymphocytes"]
        page.scroll.verticalScrollBar().setValue(box.mapTo(page.scroll.widget(), box.rect().topLeft()).y())
    elif scroll_to == "exclusions-end":
        box = page.rows["EXC-07"]
        page.scroll.verticalScrollBar().setValue(box.mapTo(page.scroll.widget(), box.rect().topLeft()).y() - 60)
    elif scroll_to == "exclusions":
        box = page.rows["EXC-01"]
        page.scroll.verticalScrollBar().setValue(box.mapTo(page.scroll.widget(), box.rect().topLeft()).y() - 60)
    settle(ctx)
    win.ctx = ctx
    return win


def screening_log():
    from ui.render import demo_dialog, settle
    from .tab import ScreeningLogDialog
    dlg = demo_dialog("investigator", lambda ctx, _win: ScreeningLogDialog(ctx))
    settle(dlg.log.ctx)         # the rows come from the DB worker
    log = dlg.log               # the demo's retracted screen failure (Jacobs), selected
    for i, row in enumerate(log.rows):
        if row.retracted_why:
            log.table.selectRow(i)
            log.table.scrollToItem(log.table.item(i, 0))
    return dlg


def register_screens(screen) -> None:
    """Add the eligibility screens to ``ui.render`` (ui/capabilities.py)."""
    screen("eligibility-groupb")(lambda: checklist("groupb"))
    # Leclercq's lab rows with the lab system's results offered (docs/hl7.md)
    screen("eligibility-lab-feed")(lambda: checklist("groupb", "nurse", scroll_to="labs"))
    screen("eligibility-groupb-branches")(lambda: checklist("groupb", scroll_to="branches"))
    screen("eligibility-incomplete-nurse")(
        lambda: checklist("incomplete", username="nurse", scroll_to="exclusions"))
    screen("eligibility-not-eligible")(lambda: checklist("not-eligible"))
    screen("screening-log", fr="screening-log-fr")(screening_log)
    # structured exclusion facts: a skin carcinoma (excepted), compassionate use
    screen("eligibility-exclusions", fr="eligibility-exclusions-fr")(
        lambda: checklist("groupb", scroll_to="exclusions-end"))
    # Group B lab series with a value recorded as not done (D-dimers not requested)
    screen("eligibility-lab-not-done", fr="eligibility-lab-not-done-fr")(
        lambda: checklist("incomplete", username="nurse", scroll_to="labs"))
    # a malignancy diagnosed more than 2 years before inclusion, with its numbers
    screen("eligibility-malignancy-window")(
        lambda: checklist("included", scroll_to="exclusions-end"))
