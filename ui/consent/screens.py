"""Render every consent step to PNG at 1366x768 (for review; used by ui.render).

`render_all(session, patient_id, folder)` walks the flow like a user would and
saves one PNG per step."""
from __future__ import annotations

import math
from pathlib import Path

from ui.consent.flow import ConsentFlow
from ui.consent.widgets import Choice, YesNo
from ui.qt import QtCore, QtGui, QtWidgets, Qt

SIZE = QtCore.QSize(1366, 768)


def grab(widget: QtWidgets.QWidget, path: Path) -> Path:
    widget.resize(SIZE)
    widget.show()
    QtWidgets.QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def fake_signature(pad) -> None:
    w, h = pad.width(), pad.height()
    pad._strokes = [[[w * 0.1 + i * w * 0.016, h * 0.5 + h * 0.22 * math.sin(i / 3.0), i * 8] for i in range(51)],
                    [[w * 0.3 + i * 6, h * 0.3 + i * 2.5, 0] for i in range(30)]]
    pad.update()


def _pick(flow, name, key):
    flow.page.findChild(Choice, name).buttons[key].click()


def render_all(session, patient_id: str, folder: Path, password: str) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    flow = ConsentFlow(session, patient_id)
    shot = lambda name: out.append(grab(flow, folder / f"consent-{len(out) + 1:02d}-{name}.png"))
    shot("start")
    _pick(flow, "capacity-choice", "no")
    flow.page.findChild(QtWidgets.QPlainTextEdit, "capacity-reason").setPlainText("Sedated and intubated, RASS -4")
    shot("capacity-no")
    flow.page.findChild(QtWidgets.QLineEdit, "password").setText(password)
    flow.page.primary.click()
    shot("representative-reachable")
    _pick(flow, "representative-choice", "no")
    flow.page.rows[0]["whom"].setText("Mme Marie Dupont")
    shot("unreachable")
    flow.page.primary.click()
    shot("witness-intro")
    flow.page.primary.click()
    _pick(flow, "witness-role", "non_participating_physician")
    flow.page.findChild(QtWidgets.QLineEdit, "signer-name").setText("Dr Wendy Witness")
    flow.page.findChild(QtWidgets.QLineEdit, "signer-department").setText("Dermatology")
    flow.page.findChild(QtWidgets.QCheckBox, "independent").setChecked(True)
    shot("witness")
    flow.page.primary.click()
    shot("language")
    _pick(flow, "language", "fr")
    shot("read")
    flow.page.primary.click()
    for yn in flow.page.findChildren(YesNo):
        yn.buttons["yes"].click()
    shot("optional")
    flow.page.primary.click()
    fake_signature(flow.page.findChild(QtWidgets.QWidget, "signature-pad"))
    shot("signature")
    flow.page.primary.click()
    shot("obtainer")
    flow.page.findChild(QtWidgets.QLineEdit, "password").setText(password)
    flow.page.primary.click()
    shot("done")
    flow.page.primary.click()
    shot("pending")
    _pick(flow, "pending-choice", "capable")
    flow.page.findChild(QtWidgets.QLineEdit, "password").setText(password)
    flow.page.primary.click()
    shot("decision")
    _pick(flow, "decision", "withdraw")
    shot("withdraw")
    flow.close()
    flow.deleteLater()
    QtWidgets.QApplication.processEvents()
    return out


def render_tab(session, patient_id: str, path: Path) -> Path:
    from ui.consent.tab import ConsentTab
    tab = ConsentTab(session, patient_id)
    try:
        return grab(tab, Path(path))
    finally:
        tab.close()
        tab.deleteLater()
        QtWidgets.QApplication.processEvents()


def render_demo(folder: Path) -> list[Path]:
    """Build a demo vault in a temp folder and render the consent tab of each
    demo patient plus every step of the guided flow."""
    import tempfile
    from bedside import demo
    from bedside.patients import list_patients, register_patient
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="bedside-render-"))
    vault = demo.build(tmp / "vault")
    s = vault.login("investigator", demo.DEMO_PASSWORD)
    out = [render_tab(s, p.id, folder / f"consent-tab-{p.family_name.lower()}.png") for p in list_patients(s)]
    fresh = register_patient(s, {"mrn": "H9999001", "family_name": "Render", "given_name": "Rita",
                                 "date_of_birth": "1970-02-02", "sex": "F", "weight_kg": 70, "height_cm": 170,
                                 "wristband": "WB-H9999001"})
    out += render_all(s, fresh.id, folder, demo.DEMO_PASSWORD)
    vault.lock()
    return out
