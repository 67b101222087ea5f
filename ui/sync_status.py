"""Background sync for the main window: a status bar item (not set up /
offline / syncing / synced at hh:mm / n conflicts), a "Sync now" button,
and the schedule (every minute when it works, back-off when it does not).

Each attempt runs on its own QThread: network waits never touch the UI
thread nor the application's database worker."""

from __future__ import annotations

from bedside import localtime

from typing import Callable

# the states only: the service (HTTPS client, engine) loads at the first attempt
from bedside.sync.status import (ERROR, NOT_ENROLLED, OFFLINE, REFUSED, SYNCED, SYNCING,
                                 Backoff, SyncStatus)

from .qt import (QCoreApplication, QtCore, QHBoxLayout, QObject, QPushButton, QThread, QTimer, QWidget,
                 Signal)

INTERVAL_S = 60


def _sync_service(session):
    """The real service, imported when first needed (not before the login window)."""
    from bedside.sync.service import SyncService
    return SyncService(session)


class _Attempt(QThread):
    done = Signal(object, object)       # SyncStatus | None, exception | None

    def __init__(self, fn: Callable[[], SyncStatus]) -> None:
        super().__init__()
        self._fn = fn

    def run(self) -> None:
        try:
            self.done.emit(self._fn(), None)
        except BaseException as exc:     # reported in the status, never lost
            self.done.emit(None, exc)


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
        self._attempt: _Attempt | None = None      # running attempt
        self._threads: set[_Attempt] = set()       # kept alive until their thread ends
        self._again = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self._notifying = False
        ctx.session_changed.connect(self._session_changed)
        ctx.data_changed.connect(self._data_changed)

    @property
    def running(self) -> bool:
        return self._attempt is not None

    def _open_session(self):
        s = self.ctx.session
        return s if s is not None and s.is_open else None

    def _session_changed(self) -> None:
        if self._open_session() is None:
            self.timer.stop()
            return
        self.refresh(schedule=True)

    def _data_changed(self, _patient_id: str) -> None:
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
        self.ctx.run(lambda: self.service_factory(session).status(),
                     lambda st: self._refreshed(st, schedule), lambda _err: None)

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
        attempt = _Attempt(lambda: self.service_factory(session).run_once())
        attempt.done.connect(self._finished)
        attempt.finished.connect(lambda: self._threads.discard(attempt))
        self._threads.add(attempt)
        self._attempt = attempt
        attempt.start()

    def _finished(self, status: SyncStatus | None, err: BaseException | None) -> None:
        self._attempt = None
        if status is None:
            status = SyncStatus(ERROR, self.status.last_sync_utc, self.status.conflicts,
                                self.status.unsent, detail=type(err).__name__)
        self._show(status)
        if status.pulled:
            self._notifying = True       # new data from other PCs: screens reload
            try:
                self.ctx.notify("")
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
        for t in list(self._threads):
            t.wait(ms)


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

    COLORS = {SYNCED: "#1e6b2e", SYNCING: "#0b5cad", OFFLINE: "#6b5a00",
              NOT_ENROLLED: "#555555", REFUSED: "#b3261e", ERROR: "#b3261e"}

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.state_button = QPushButton(objectName="syncStatus")
        self.state_button.setFlat(True)
        self.state_button.setMinimumHeight(34)
        self.state_button.clicked.connect(self.open_requested)
        self.now_button = QPushButton(self.tr("Sync now"), objectName="syncNow")
        self.now_button.setMinimumHeight(34)
        self.now_button.clicked.connect(controller.sync_now)
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
        color = "#b3261e" if st.conflicts else self.COLORS.get(st.state, "#555555")
        self.state_button.setStyleSheet(
            f"QPushButton {{ color: {color}; font-weight: bold; padding: 2px 10px; "
            f"border: 2px solid {color}; border-radius: 4px; }}")
        self.now_button.setEnabled(st.state not in (SYNCING, NOT_ENROLLED))


def install(window, ctx) -> SyncController:
    """Put sync into a main window: the controller, the status bar item and
    the sync window it opens.  (Called once from ``MainWindow.__init__``.)"""
    controller = SyncController(ctx, window)
    item = SyncStatusItem(controller)
    window.statusBar().addPermanentWidget(item)

    def open_dialog() -> None:
        from .sync_dialog import SyncDialog
        if ctx.session is not None and ctx.session.is_open:
            SyncDialog(ctx, controller, window).exec()

    item.open_requested.connect(open_dialog)
    window.sync_item = item
    window.open_sync_dialog = open_dialog
    return controller
