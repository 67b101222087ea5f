"""Render every consent step to PNG at 1366x768 (for review; used by ui.render).

`render_all(ctx, patient_id, folder)` walks the flow like a user would and
saves one PNG per step."""
from __future__ import annotations

import math
from pathlib import Path

from ui.consent.flow import ConsentFlow
from ui.consent.widgets import Choice, YesNo
from ui.qt import QtCore, QtWidgets

SIZE = QtCore.QSize(1366, 768)


def grab(widget: QtWidgets.QWidget, path: Path) -> Path:
    widget.resize(SIZE)
    widget.show()
    QtWidgets.QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def fake_signature(pad) -> None:
    QtWidgets.QApplication.processEvents()
    w, h = pad.width(), pad.height()
    pad._canvas = (float(w), float(h))
    pad._strokes = [[[w * 0.1 + i * w * 0.016, h * 0.5 + h * 0.22 * math.sin(i / 3.0), i * 8] for i in range(51)],
                    [[w * 0.3 + i * 6, h * 0.3 + i * 2.5, 0] for i in range(30)]]
    pad.update()


def _settled(flow) -> None:
    """The flow's vault work has answered (it runs on the DB worker)."""
    from ui.render import settle
    settle(flow.ctx)


def _pick(flow, name, key):
    flow.page.findChild(Choice, name).buttons[key].click()
    _settled(flow)


def _next(flow) -> None:
    flow.page.primary.click()
    _settled(flow)


STEPS = ["start", "capacity-no", "representative-reachable", "unreachable", "witness-intro", "witness",
         "language", "read", "optional", "signature", "obtainer", "done", "pending", "decision", "withdraw"]


def walk(flow, password: str):
    """Drive the flow through every step like a user; yields each step name."""
    yield "start"
    _pick(flow, "capacity-choice", "no")
    flow.page.findChild(QtWidgets.QPlainTextEdit, "capacity-reason").setPlainText("Sedated and intubated, RASS -4")
    yield "capacity-no"
    flow.page.findChild(QtWidgets.QLineEdit, "password").setText(password)
    _next(flow)
    yield "representative-reachable"
    _pick(flow, "representative-choice", "no")
    flow.page.rows[0]["whom"].setText("Mme Marie Dupont")
    flow.page.rows[0]["outcome"].setText("No answer, message left")
    yield "unreachable"
    _next(flow)                               # straight on to the witness; the intro is one Back away
    flow.go_back()
    yield "witness-intro"
    _next(flow)
    _pick(flow, "witness-role", "non_participating_physician")
    flow.page.findChild(QtWidgets.QLineEdit, "signer-name").setText("Dr Wendy Witness")
    flow.page.findChild(QtWidgets.QLineEdit, "signer-department").setText("Dermatology")
    flow.page.findChild(QtWidgets.QCheckBox, "independent").setChecked(True)
    yield "witness"
    _next(flow)
    yield "language"
    _pick(flow, "language", "fr")
    yield "read"
    _next(flow)
    for yn in flow.page.findChildren(YesNo):
        yn.buttons["yes"].click()
    _settled(flow)
    yield "optional"
    _next(flow)
    fake_signature(flow.page.findChild(QtWidgets.QWidget, "signature-pad"))
    yield "signature"
    _next(flow)
    yield "obtainer"
    flow.page.findChild(QtWidgets.QLineEdit, "password").setText(password)
    _next(flow)
    yield "done"
    _next(flow)
    yield "pending"
    _pick(flow, "pending-choice", "capable")
    flow.page.findChild(QtWidgets.QLineEdit, "password").setText(password)
    _next(flow)
    yield "decision"
    _pick(flow, "decision", "withdraw")
    yield "withdraw"


def render_all(ctx, patient_id: str, folder: Path, password: str) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    flow = ConsentFlow(ctx, patient_id)
    _settled(flow)
    for name in walk(flow, password):
        out.append(grab(flow, folder / f"consent-{len(out) + 1:02d}-{name}.png"))
    flow.close()
    flow.deleteLater()
    QtWidgets.QApplication.processEvents()
    return out


def _demo_session():
    import tempfile
    from bedside import demo
    vault = demo.build(Path(tempfile.mkdtemp(prefix="bedside-render-")) / "vault")
    return vault, vault.login("investigator", demo.DEMO_PASSWORD), demo.DEMO_PASSWORD


def flow_at(step: str):
    """A consent flow (new demo patient) stopped at `step` (see STEPS)."""
    from bedside.patients import register_patient
    vault, s, password = _demo_session()
    fresh = register_patient(s, {"mrn": "H9999001", "family_name": "Render", "given_name": "Rita",
                                 "date_of_birth": "1970-02-02", "sex": "F", "weight_kg": 70, "height_cm": 170,
                                 "wristband": "WB-H9999001"})
    from ui.context import AppContext
    ctx = AppContext(vault)
    ctx.signed_in(s)
    flow = ConsentFlow(ctx, fresh.id)
    flow.resize(SIZE)
    flow.show()
    _settled(flow)
    for name in walk(flow, password):
        if name == step:
            break
    flow._vault = vault  # keep alive while rendered
    return flow


def consent_window(family_name: str = "Leclercq"):
    """The main window on a demo patient's consent tab."""
    from ui.render import demo_patient_tab, demo_window
    win, ctx = demo_window("investigator")
    win.consent_tab = demo_patient_tab(win, ctx, lambda p: p.family_name == family_name,
                                       lambda page: page.objectName() == "ConsentTab")
    win.ctx = ctx
    return win


def consent_window_at(step: str, family_name: str = "Lambert"):
    """The main window, consent tab, guided flow stopped at `step`."""
    from ui.render import settle
    win = consent_window(family_name)
    ctx, tab = win.ctx, win.consent_tab
    tab.open_flow.click()
    settle(ctx)
    from bedside.demo import DEMO_PASSWORD
    steps = walk(tab.flow, DEMO_PASSWORD)
    for name in steps:
        settle(ctx)
        if name == step:
            break
    return win


def representative_step():
    """The representative step at the mother (step 5 of the legal order): why
    each earlier step was passed over."""
    flow = flow_at("representative-reachable")
    _pick(flow, "representative-choice", "yes")
    _pick(flow, "relationship", "parent")
    flow.page.findChild(QtWidgets.QLineEdit, "signer-name").setText("Hilde Render")
    flow.page.findChild(QtWidgets.QLineEdit, "signer-contact").setText("+32 4 555 03 04")
    for step, why in (("designated", "none"), ("administrator", "none"), ("spouse_partner", "unreachable"),
                      ("adult_child", "declined")):
        box = flow.page.findChild(QtWidgets.QComboBox, f"passed-over-{step}")
        box.setCurrentIndex(box.findData(why))
    QtWidgets.QApplication.processEvents()
    return flow


def register_screens(screen) -> None:
    """Add the consent screens to ``ui.render`` (ui/capabilities.py)."""
    screen("consent-step-representative", fr="consent-step-representative-fr")(representative_step)
    screen("consent-tab")(lambda: consent_window("Leclercq"))
    screen("consent-tab-withdrawn")(lambda: consent_window("Wouters"))
    for name in STEPS:
        screen(f"consent-step-{name}")(lambda name=name: flow_at(name))
    screen("consent-in-app-signature")(lambda: consent_window_at("signature"))
    screen("consent-in-app-unreachable")(lambda: consent_window_at("unreachable"))


def render_tab(ctx, patient_id: str, path: Path) -> Path:
    import time
    from ui.consent.tab import ConsentTab
    tab = ConsentTab(ctx, patient_id)
    tab.resize(SIZE)
    tab.refresh()
    for _ in range(200):
        QtWidgets.QApplication.processEvents()
        if tab.loaded:
            break
        time.sleep(0.01)
    try:
        return grab(tab, Path(path))
    finally:
        tab.close()
        tab.deleteLater()
        QtWidgets.QApplication.processEvents()


def render_demo(folder: Path) -> list[Path]:
    """Render the consent tab of each demo patient plus every step of the flow."""
    from bedside.patients import list_patients, register_patient
    from ui.context import AppContext
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    vault, s, password = _demo_session()
    ctx = AppContext(vault)
    ctx.signed_in(s)
    out = [render_tab(ctx, p.id, folder / f"consent-tab-{p.family_name.lower()}.png") for p in list_patients(s)]
    fresh = register_patient(s, {"mrn": "H9999002", "family_name": "Render", "given_name": "Rita",
                                 "date_of_birth": "1970-02-02", "sex": "F", "weight_kg": 70, "height_cm": 170,
                                 "wristband": "WB-H9999002"})
    out += render_all(ctx, fresh.id, folder, password)
    ctx.close()
    return out
