"""Render the eligibility screens to PNG at 1366×768 for review:
``python -m ui.eligibility.render SCREEN out.png`` with SCREEN one of
checklist-groupb, checklist-incomplete, checklist-nurse, screening-log."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from ui.qt import QtWidgets

SIZE = (1366, 768)
SCREENS = ("checklist-groupb", "checklist-incomplete", "checklist-nurse", "screening-log", "checklist-groupb-branches")


def _demo_session(username: str):
    from bedside import demo
    folder = Path(tempfile.mkdtemp(prefix="bedside-render-")) / "vault"
    vault = demo.build(folder)
    return vault.login(username, demo.DEMO_PASSWORD)


def _patient(session, handle_mrn: str):
    from bedside.patients import list_patients
    return next(p for p in list_patients(session) if p.mrn == handle_mrn)


def build(screen: str):
    from .checklist import ChecklistWidget
    from .screening_log import ScreeningLogWidget
    if screen.startswith("checklist"):
        who = "nurse" if screen == "checklist-nurse" else "investigator"
        s = _demo_session(who)
        mrn = {"checklist-groupb": "H4410388", "checklist-groupb-branches": "H4410388",
               "checklist-incomplete": "H4410899", "checklist-nurse": "H4410231"}[screen]
        w = ChecklistWidget(s, _patient(s, mrn).id)
        if screen == "checklist-groupb-branches":
            w.resize(*SIZE)
            w.show()
            w.scroll.ensureWidgetVisible(w.branch_box, 0, 0)
            bar = w.scroll.verticalScrollBar()
            bar.setValue(w.branch_box.mapTo(w.scroll.widget(), w.branch_box.rect().topLeft()).y() - 120)
        return w
    if screen == "screening-log":
        return ScreeningLogWidget(_demo_session("investigator"))
    raise SystemExit(f"unknown screen {screen}; one of {', '.join(SCREENS)}")


def render(screen: str, out: str) -> None:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    w = build(screen)
    w.resize(*SIZE)
    w.show()
    app.processEvents()
    if screen == "checklist-groupb-branches":
        bar = w.scroll.verticalScrollBar()
        bar.setValue(w.branch_box.mapTo(w.scroll.widget(), w.branch_box.rect().topLeft()).y() - 150)
        app.processEvents()
    w.grab().save(out)


if __name__ == "__main__":
    render(sys.argv[1], sys.argv[2])
