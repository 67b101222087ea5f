"""The consent step in progress as a draft (bedside.drafts, kind
``consent``): who signs, the form version and language, the optional
answers, the drawn signature and what is typed on the current step. Kept
while the consent is being obtained, removed when it is recorded or the
flow is left; restored by rebuilding that step with the same values."""

from __future__ import annotations

from bedside.drafts import CONSENT

from ui.consent.signature_pad import SignaturePad
from ui.consent.widgets import Choice
from ui.drafts import DraftKeeper
from ui.qt import QtWidgets

# steps of the obtaining path a draft can come back to (hub questions are one click)
STEPS = ("representative", "witness", "language", "read", "optional", "signature", "obtainer")


def capture(flow) -> dict:
    """The flow's draft and the current step's inputs; {} outside the obtaining path."""
    page = flow.page if flow._history else None
    if page is None or page.name not in STEPS or "pathway" not in flow.draft:
        return {}
    d = flow.draft
    form = d.get("form")
    inputs: dict = {}
    for w in page.findChildren(QtWidgets.QLineEdit):
        if w.objectName() and w.echoMode() == QtWidgets.QLineEdit.EchoMode.Normal:
            inputs[w.objectName()] = w.text()
    for w in page.findChildren(Choice):
        if w.objectName() and page.name != "language":
            inputs[w.objectName()] = w.value()
    for w in page.findChildren(QtWidgets.QCheckBox):
        if w.objectName():
            inputs[w.objectName()] = w.isChecked()
    for w in page.findChildren(QtWidgets.QComboBox):        # e.g. why a step of the legal order was passed over
        if w.objectName() and isinstance(w.currentData(), str):
            inputs[w.objectName()] = w.currentData()
    for w in page.findChildren(SignaturePad):
        if not w.is_empty():
            inputs["signature-pad"] = w.strokes()
    return {"step": page.name, "pathway": d["pathway"], "signer": d.get("signer", {}),
            "form": [form.form_id, form.version, form.language] if form is not None else None,
            "answers": d.get("answers", {}), "strokes": d.get("strokes"), "inputs": inputs}


def restore(flow, fields: dict) -> bool:
    """Rebuild the step the draft was taken on, with its values."""
    step, pathway = fields.get("step"), fields.get("pathway")
    if step not in STEPS or pathway not in ("patient", "representative", "witness"):
        return False
    if step in ("representative", "witness"):
        flow._signer(step)
    else:
        flow.draft = {"pathway": pathway, "signer": dict(fields.get("signer") or {})}
        if fields.get("form"):
            form_id, version, language = fields["form"]
            flow.draft["form"] = flow.config.catalogue.get(form_id, version, language)
        if fields.get("answers"):
            flow.draft["answers"] = dict(fields["answers"])
        if fields.get("strokes"):
            flow.draft["strokes"] = fields["strokes"]
        needs = {"read": "form", "optional": "form", "signature": "form", "obtainer": "strokes"}
        if step in needs and needs[step] not in flow.draft:
            return False
        {"language": flow._language, "read": flow._read, "optional": flow._optional,
         "signature": flow._signature, "obtainer": flow._obtainer}[step]()
    _apply_inputs(flow.page, fields.get("inputs") or {})
    return True


def _apply_inputs(page, inputs: dict) -> None:
    for w in page.findChildren(QtWidgets.QLineEdit):
        if w.objectName() in inputs and isinstance(inputs[w.objectName()], str):
            w.setText(inputs[w.objectName()])
    for w in page.findChildren(Choice):
        if inputs.get(w.objectName()) is not None:
            w.set_value(inputs[w.objectName()])
    for w in page.findChildren(QtWidgets.QCheckBox):
        if w.objectName() in inputs:
            w.setChecked(bool(inputs[w.objectName()]))
    for w in page.findChildren(QtWidgets.QComboBox):        # after the choices that create them
        if isinstance(inputs.get(w.objectName()), str) and w.findData(inputs[w.objectName()]) >= 0:
            w.setCurrentIndex(w.findData(inputs[w.objectName()]))
    for w in page.findChildren(SignaturePad):
        if inputs.get("signature-pad"):
            w.set_strokes(inputs["signature-pad"])


class ConsentDraft:
    """Binds a ConsentFlow to its draft: saved as steps change and as the
    person types; restored once the flow has loaded its state."""

    def __init__(self, ctx, flow, pending=None) -> None:
        self.flow = flow
        self.pending = pending
        self.keeper = DraftKeeper(ctx, CONSENT, self._state, flow)
        flow.page_shown.connect(self._shown)

    def _state(self):
        return (self.flow.patient_id, self.flow.patient_id, {}, capture(self.flow))

    def _shown(self, page) -> None:
        if self.pending is not None and len(self.flow._history) == 1:
            draft, self.pending = self.pending, None   # the hub is up: the state is loaded
            restore(self.flow, draft.fields)
            return
        for w in page.findChildren(QtWidgets.QLineEdit):
            w.textEdited.connect(self.keeper.changed)
        for w in page.findChildren(Choice):
            w.changed.connect(self.keeper.changed)
        for w in page.findChildren(QtWidgets.QCheckBox):
            w.toggled.connect(self.keeper.changed)
        for w in page.findChildren(SignaturePad):
            w.changed.connect(self.keeper.changed)
        self.keeper.changed()

    def discard(self) -> None:
        self.keeper.discard()
