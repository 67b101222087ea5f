"""Background sync for the main window: a status bar item (not set up /
offline / syncing / synced at hh:mm / n conflicts), a "Sync now" button,
and the schedule (every minute when it works, back-off when it does not).

Each attempt is a network ``Op`` (ui/ops.py): it runs on a thread of its
own, so network waits never touch the UI thread nor the application's
database worker. This module owns sync in the window; the sync window
(``ui/sync_dialog.py``) receives the controller and is opened through the
callable ``install`` is given, so neither module imports the other."""

from __future__ import annotations

from bedside import localtime

from typing import Callable

# the states only: the service (HTTPS client, engine) loads at the first attempt
from bedside.sync.status import (ERROR, NOT_ENROLLED, OFFLINE, REFUSED, SYNCED, SYNCING,
                                 Backoff, SyncStatus)

from bedside.changes import Changed

from .ops import Op, wait_for_network
from .qt import QCoreApplication, QtCore, QHBoxLayout, QObject, QTimer, QWidget, Signal
from .widgets.buttons import Kind, Tone, push_button, set_look
from .widgets.layouts import flush

INTERVAL_S = 60


def _sync_service(session):
    """The real service, imported when first needed (not before the login window)."""
    from bedside.sync.service import SyncService
    return SyncService(session)


class SyncController(QObject):
    """Owns the schedule; emits ``status_changed(SyncStatus)``."""

    status_changed = Signal(object)

    def __init__(self, ctx, parent: QObject | None = None,
                 service_factory: Callable | None = None, interval_s: float = INTERVAL_S,
                 backoff: Backoff | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service_factory = service_factory or _sync_service
        self.interval_s = interval_s
        self.backoff = backoff or Backoff()
        self.status: SyncStatus = SyncStatus(NOT_ENROLLED)
        self._running = False                      # an attempt is on its network thread
        self._again = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self._notifying = False
        ctx.session_changed.connect(self._session_changed)
        ctx.data_changed.connect(self._data_changed)

    @property
    def running(self) -> bool:
        return self._running

    def _open_session(self):
        s = self.ctx.session
        return s if s is not None and s.is_open else None

    def _session_changed(self) -> None:
        if self._open_session() is None:
            self.timer.stop()
            return
        self.refresh(schedule=True)

    def _data_changed(self, _changed: Changed) -> None:
        """Something was saved here: update the counts, and send it soon."""
        if self._notifying or self._open_session() is None:
            return
        self.refresh()
        if self.status.state not in (NOT_ENROLLED, SYNCING) and self.backoff.failures == 0 \
                and self.timer.isActive() and self.timer.remainingTime() > 3000:
            self.timer.start(3000)

    def refresh(self, schedule: bool = False) -> None:
        """Re-read the local status (counts, conflicts) on the DB worker;
        with *schedule*, start attempting shortly if this PC is enrolled."""
        session = self._open_session()
        if session is None or self.running:
            return
        Op(self.ctx, lambda: self.service_factory(session).status(), parent=self) \
            .on_success(lambda st: self._refreshed(st, schedule)).on_failure(lambda _err: None).run()

    def _refreshed(self, st: SyncStatus, schedule: bool) -> None:
        if self.running:
            return
        self._show(st)
        if schedule and st.state != NOT_ENROLLED and not self.timer.isActive():
            self.timer.start(1500)      # first attempt shortly after sign-in

    def sync_now(self) -> None:
        session = self._open_session()
        if session is None:
            return
        if self.running:
            self._again = True
            return
        self.timer.stop()
        self._show(SyncStatus(SYNCING, self.status.last_sync_utc, self.status.conflicts,
                              self.status.unsent, self.status.rejected))
        self._running = True
        Op(self.ctx, lambda: self.service_factory(session).run_once(), parent=self).network() \
            .on_success(self._finished).on_failure(self._failed).run()

    def _failed(self, err: BaseException) -> None:
        """Reported in the status (the class name only), never lost, never a dialog every minute."""
        self._finished(SyncStatus(ERROR, self.status.last_sync_utc, self.status.conflicts,
                                  self.status.unsent, detail=type(err).__name__))

    def _finished(self, status: SyncStatus) -> None:
        self._running = False
        self._show(status)
        if status.pulled:
            self._notifying = True       # new data from other PCs: the views showing it reload
            try:
                for changed in status.changed or (Changed(),):
                    self.ctx.notify(changed)
            finally:
                self._notifying = False
        if self._open_session() is None:
            return
        if status.state == SYNCED:
            self.backoff.success()
            delay = 0.2 if self._again else self.interval_s
        elif status.state == NOT_ENROLLED:
            return                        # nothing to do until an administrator sets it up
        else:
            delay = self.backoff.failure()
        self._again = False
        self.timer.start(int(delay * 1000))

    def _show(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def wait(self, ms: int = 10000) -> None:
        wait_for_network(ms)


def status_text(st: SyncStatus) -> str:
    """The one-line sync state shown in the status bar and the sync window."""
    if st.state == NOT_ENROLLED:
        text = QCoreApplication.translate("SyncStatus", "Sync: not set up")
    elif st.state == SYNCING:
        text = QCoreApplication.translate("SyncStatus", "Syncing…")
    elif st.state == SYNCED and st.last_sync_utc is not None:
        text = QCoreApplication.translate("SyncStatus", "Synced at {time}").format(
            time=localtime.hhmm(st.last_sync_utc))
    elif st.state == REFUSED:
        text = QCoreApplication.translate("SyncStatus", "Sync refused by the server")
    elif st.state == ERROR:
        text = QCoreApplication.translate("SyncStatus", "Sync error — will retry")
    else:
        text = QCoreApplication.translate("SyncStatus", "Offline")
    if st.unsent and st.state != SYNCED:
        text += " · " + QCoreApplication.translate("SyncStatus", "{n} to send").format(n=st.unsent)
    if st.conflicts:
        text += " · " + (QCoreApplication.translate("SyncStatus", "1 conflict") if st.conflicts == 1
                         else QCoreApplication.translate("SyncStatus", "{n} conflicts").format(n=st.conflicts))
    return text


class SyncStatusItem(QWidget):
    """The status bar item: a big flat button showing the state (opens the
    sync window) and "Sync now"."""

    open_requested = Signal()

    TONES = {SYNCED: Tone.OK, SYNCING: Tone.BUSY, OFFLINE: Tone.WAITING,
             NOT_ENROLLED: Tone.OFF, REFUSED: Tone.BAD, ERROR: Tone.BAD}   # colours: the theme's (ui/style.py)

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        lay = flush(QHBoxLayout(self))
        self.state_button = push_button("", "syncStatus", self.open_requested, kind=Kind.STATUS, min_height=34)
        self.state_button.setFlat(True)
        self.now_button = push_button(self.tr("Sync now"), "syncNow", controller.sync_now, min_height=34)
        lay.addWidget(self.state_button)
        lay.addWidget(self.now_button)
        controller.status_changed.connect(self.show_status)
        self.show_status(controller.status)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QtCore.QEvent.Type.LanguageChange:   # the language was switched at login
            self.now_button.setText(self.tr("Sync now"))
            self.show_status(self.controller.status)
        super().changeEvent(event)

    def show_status(self, st: SyncStatus) -> None:
        self.state_button.setText(status_text(st))
        set_look(self.state_button, tone=str(Tone.BAD if st.conflicts else self.TONES.get(st.state, Tone.OFF)))
        self.now_button.setEnabled(st.state not in (SYNCING, NOT_ENROLLED))


def install(window, ctx, show_dialog: Callable[[SyncController], None]) -> SyncController:
    """Put sync into a main window: the controller and the status bar item;
    the item opens the sync window through ``show_dialog(controller)``
    (given by the window: this module does not import the dialog).
    (Called once from ``MainWindow.__init__``.)"""
    controller = SyncController(ctx, window)
    item = SyncStatusItem(controller)
    window.statusBar().addPermanentWidget(item)

    def open_dialog() -> None:
        if ctx.session is not None and ctx.session.is_open:
            show_dialog(controller)

    item.open_requested.connect(open_dialog)
    window.sync_item = item
    window.open_sync_dialog = open_dialog
    return controller
