"""Keeping an open form's draft in the vault while someone types (see
bedside.drafts): saved on the database worker a moment after the last
change — the window never waits — and removed when the form is saved or
cancelled. Drafts chosen for restoring at sign-in wait in
``ctx.drafts_to_restore`` until their form opens and takes them."""

from __future__ import annotations

from typing import Callable

from bedside import logs
from bedside.drafts import Draft, DraftStore

from .ops import Op
from .qt import QObject, QTimer

_log = logs.get("drafts")
SAVE_DELAY_MS = 700

# what a form reports: (key, patient_id, where, fields); empty fields = nothing typed
DraftState = tuple[str, str | None, dict, dict]


class DraftKeeper(QObject):
    """One form's draft. ``collect()`` returns its DraftState, or None when
    the form has nothing to keep (e.g. no infusion selected)."""

    def __init__(self, ctx, kind: str, collect: Callable[[], DraftState | None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.collect = ctx, kind, collect
        self._saved_key: str | None = None
        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)

    def changed(self, *_args) -> None:
        """Something was typed: save once typing pauses."""
        self.timer.start()

    def save_now(self) -> None:
        self.timer.stop()
        session = self.ctx.session
        state = self.collect()
        if session is None or not session.is_open or state is None:
            return
        key, patient_id, where, fields = state
        store, kind = DraftStore(session), self.kind
        if not any(v not in ("", None, False, [], {}) for v in fields.values()):
            self.discard()
            return
        self._saved_key = key
        Op(self.ctx, lambda: store.save(kind, key, patient_id, where, fields)).on_failure(_failed).run()

    def discard(self) -> None:
        """The form was saved or cancelled: its draft goes."""
        self.timer.stop()
        key, self._saved_key = self._saved_key, None
        if key is None and (state := self.collect()) is not None:
            key = state[0]
        session = self.ctx.session
        if key is None or session is None or not session.is_open:
            return
        store, kind = DraftStore(session), self.kind
        Op(self.ctx, lambda: store.discard(kind, key)).on_failure(_failed).run()


def take_restore(ctx, kind: str, key: str) -> Draft | None:
    """The draft chosen for restoring into this form, if any (taken once)."""
    return getattr(ctx, "drafts_to_restore", {}).pop((kind, key), None)


def pending_restore(ctx, kind: str, patient_id: str) -> Draft | None:
    """A draft of *kind* for *patient_id* waiting for its form (taken once)."""
    waiting = getattr(ctx, "drafts_to_restore", {})
    for (k, key), draft in list(waiting.items()):
        if k == kind and draft.patient_id == patient_id:
            return waiting.pop((k, key))
    return None


def _failed(err: BaseException) -> None:
    # a draft that cannot be kept (vault locked meanwhile) must not interrupt the nurse
    _log.warning("draft not kept: %s", type(err).__name__)
