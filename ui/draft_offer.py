"""At sign-in: "You were entering … for patient … at 14:32 when Bedside
closed. Restore / Discard" for each of the user's own drafts (bedside.drafts).
Restore puts the form back exactly as it was typed; Discard deletes the
draft; closing the window keeps the drafts for the next sign-in."""

from __future__ import annotations

from dataclasses import dataclass

from bedside.drafts import ADVERSE_EVENT, CONSENT, VITAL_ROW, Draft, DraftStore
from bedside.errors import NotFound
from bedside.patients import get_patient

from .ops import Op
from .qt import (QDialog, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget,
                 translate)
from .widgets.buttons import Kind, push_button


@dataclass(frozen=True)
class Offer:
    draft: Draft
    patient: str     # name and study number as the banner shows them


def load_offers(session) -> list[Offer]:
    """On the worker: the user's drafts with the patient they concern."""
    offers = []
    for draft in DraftStore(session).mine():
        who = ""
        if draft.patient_id:
            try:
                p = get_patient(session, draft.patient_id)
                who = f"{p.display_name} ({p.label()})"
            except NotFound:
                who = ""
        offers.append(Offer(draft, who))
    return offers


def describe(offer: Offer) -> str:
    d = offer.draft
    when = d.updated_utc.astimezone()
    n = d.where.get("infusion")
    what = {
        VITAL_ROW: translate("DraftOffer", "vital signs for infusion {n}").format(n=n),
        ADVERSE_EVENT: translate("DraftOffer", "an adverse event"),
        CONSENT: translate("DraftOffer", "a consent"),
    }.get(d.kind, d.kind)
    patient = offer.patient or translate("DraftOffer", "an unknown patient")
    return translate("DraftOffer", "You were entering {what} for {patient} at {time} on {date} "
                     "when Bedside closed, before it was saved.").format(what=what, patient=patient,
                                                    time=when.strftime("%H:%M"),
                                                    date=when.strftime("%d/%m/%Y"))


class DraftOfferDialog(QDialog):
    """Emits nothing: ``chosen`` lists the drafts to restore once it closes."""

    def __init__(self, ctx, offers: list[Offer], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("draftOffer")
        self.ctx = ctx
        self.chosen: list[Draft] = []
        self.setWindowTitle(self.tr("Unfinished entries"))
        self.setMinimumWidth(640)
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("Bedside closed while you were typing. What you typed was kept "
                              "(encrypted) and can be put back exactly as it was."))
        head.setObjectName("hint")
        head.setWordWrap(True)
        lay.addWidget(head)
        self.rows: list[QWidget] = []
        for offer in offers:
            lay.addWidget(self._row(offer))
        later = push_button(self.tr("Decide later"), "draftLater", self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(later)
        lay.addLayout(bottom)

    def _row(self, offer: Offer) -> QWidget:
        row = QFrame(objectName="draftRow")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QHBoxLayout(row)
        text = QLabel(describe(offer), objectName="draftText")
        text.setWordWrap(True)
        restore = push_button(self.tr("Restore"), "primary", kind=Kind.PRIMARY)
        restore.setAccessibleName(self.tr("Restore") + " " + describe(offer))
        discard = push_button(self.tr("Discard"), "draftDiscard", kind=Kind.DANGER)
        lay.addWidget(text, 1)
        lay.addWidget(restore)
        lay.addWidget(discard)
        restore.clicked.connect(lambda: self._decided(row, offer.draft, True))
        discard.clicked.connect(lambda: self._decided(row, offer.draft, False))
        self.rows.append(row)
        return row

    def _decided(self, row: QWidget, draft: Draft, keep: bool) -> None:
        row.setEnabled(False)
        row.hide()
        self.rows.remove(row)
        if keep:
            self.chosen.append(draft)
        else:
            session = self.ctx.session
            Op(self.ctx, lambda: DraftStore(session).discard(draft.kind, draft.key)).run()
        if not self.rows:
            self.accept()


def offer_drafts(window) -> None:
    """After a fresh sign-in: ask about the user's drafts, then put the
    chosen ones back (their forms take them from ctx.drafts_to_restore)."""
    ctx = window.ctx
    session = ctx.session

    def show(offers: list[Offer]) -> None:
        if not offers or ctx.session is not session or window.workspace is None:
            return
        dlg = DraftOfferDialog(ctx, offers, window)
        window.draft_offer = dlg      # tests reach the open dialog here
        dlg.finished.connect(lambda _r: _restore(window, dlg.chosen))
        dlg.open()

    Op(ctx, lambda: load_offers(session), parent=window).on_success(show).on_failure(lambda _err: None).run()


def _restore(window, chosen: list[Draft]) -> None:
    window.draft_offer = None
    ctx, workspace = window.ctx, window.workspace
    if not chosen or workspace is None:
        return
    for draft in chosen:
        ctx.drafts_to_restore[(draft.kind, draft.key)] = draft
    first = chosen[0]
    if first.patient_id:
        workspace.open_patient(first.patient_id)
        workspace.views[first.patient_id].show_draft(first)
