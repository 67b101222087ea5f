"""The sync window: state and counts, the list of conflicts to resolve,
and (administrators) the server address and enrollment of this PC."""

from __future__ import annotations

from dataclasses import dataclass

from bedside.errors import BedsideError
from bedside.patients import get_patient
from bedside.roles import Permission
from bedside.sync.client import SyncError, SyncRefused
from bedside.sync.conflicts import list_conflicts
from bedside.sync.enrollment import enroll, unenroll
from bedside.sync.local import SyncState

from .conflict_dialog import ResolveConflictDialog
from .errors import message_for, show_error
from .ops import Op
from .qt import (QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                 QLabel, QLineEdit, QPlainTextEdit, QTabWidget,
                 QVBoxLayout, QWidget, QtWidgets)
from .sync_status import SyncController, status_text
from .widgets.buttons import Kind, push_button
from .widgets.dialogs import ScreenDialog
from .widgets.labels import wrapped_label
from .widgets.tables import rows_to_pick


@dataclass(frozen=True)
class _Place:
    """Where this PC syncs, read on the DB worker (``read_place``)."""
    server_url: str
    ca_pem: str
    device_name: str
    station: str
    enrolled: bool


def read_place(session, workstation_name: str) -> _Place:
    state = SyncState(session)
    return _Place(state.get("server_url") or "", state.get("ca_pem") or "",
                  state.get("device_name") or workstation_name, state.get("station") or "",
                  state.enrollment() is not None)


def patient_label(session, patient_id: str | None) -> str:
    if not patient_id:
        return "—"
    try:
        p = get_patient(session, patient_id)
        return f"{p.family_name.upper()} {p.given_name} ({p.mrn})"
    except BedsideError:
        return patient_id[:8]


class SyncDialog(ScreenDialog):
    def __init__(self, ctx, controller: SyncController, parent=None) -> None:
        super().__init__(ctx, parent, size=(1100, 640))
        self.setWindowTitle(self.tr("Sync with the ward server"))
        self.controller, self.session = controller, ctx.session
        lay = QVBoxLayout(self)
        self.state_label = QLabel(objectName="title")
        self.detail_label = wrapped_label("hint")
        self.warning = wrapped_label("fieldError", hidden=True)
        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        self.sync_button = push_button(self.tr("Sync now"), "primary", controller.sync_now, kind=Kind.PRIMARY)
        top.addWidget(self.sync_button)
        lay.addLayout(top)
        lay.addWidget(self.detail_label)
        lay.addWidget(self.warning)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts"))
        if self.session.can(Permission.MANAGE_SYNC):
            self.tabs.addTab(self._settings_tab(), self.tr("Server and enrollment"))
        lay.addWidget(self.tabs, 1)
        if self.tabs.count() > 1 and controller.status.state == "not_enrolled":
            self.tabs.setCurrentIndex(1)          # nothing else to do before enrolling
        close = push_button(self.tr("Close"), clicked=self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        lay.addLayout(row)
        controller.status_changed.connect(self.show_status)
        self.show_status(controller.status)
        self.reload_conflicts()

    # -- state -------------------------------------------------------------
    def show_status(self, st) -> None:
        session, workstation = self.session, self.ctx.vault.meta("workstation_name") or ""
        Op(self.ctx, lambda: read_place(session, workstation), parent=self) \
            .on_success(lambda place: self._show_status(st, place)).run()

    def _show_status(self, st, place: _Place) -> None:
        self.state_label.setText(status_text(st))
        self._fill_settings(place)
        server = place.server_url or self.tr("none")
        name = place.device_name or "—"
        station = place.station                 # the PC's series of patient numbers
        if station and station.isdigit():
            name = f"{name} (PC {int(station):02d})"
        self.detail_label.setText(
            self.tr("Server: {server} · This PC: {name} · Waiting to be sent: {unsent} · "
                    "Refused by the server: {rejected}").format(
                server=server, name=name, unsent=st.unsent, rejected=st.rejected))
        if st.audit_status not in ("ok", ""):
            self.warning.setText(self.tr(
                "The server reports that this PC's history differs from what it received "
                "before (restored from an old copy, or altered). Nothing was overwritten. "
                "Tell the data manager."))
            self.warning.show()
        elif st.state == "refused":
            self.warning.setText(self.tr(
                "The server refused this PC ({code}). An administrator must enroll it again.")
                .format(code=st.detail))
            self.warning.show()
        else:
            self.warning.hide()
        self.sync_button.setEnabled(st.state not in ("syncing", "not_enrolled"))
        if st.state != "syncing":
            self.reload_conflicts()

    # -- conflicts ---------------------------------------------------------
    def _conflicts_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        hint = QLabel(self.tr(
            "The same record was corrected on two PCs while they were offline. Both versions "
            "are kept; an investigator chooses one or merges them."), objectName="hint")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.table = QtWidgets.QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Patient"), self.tr("Record"),
                                              self.tr("Fields that differ"),
                                              self.tr("Versions")])
        rows_to_pick(self.table, row_height=40)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.resolve_selected())
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.empty_label = QLabel(self.tr("No conflicts."), objectName="hint")
        row.addWidget(self.empty_label)
        row.addStretch(1)
        self.resolve_button = push_button(self.tr("Resolve…"), "primary", self.resolve_selected, kind=Kind.PRIMARY)
        can = self.session.can(Permission.RESOLVE_CONFLICT)
        self.resolve_button.setEnabled(can)
        if not can:
            self.resolve_button.setToolTip(self.tr("An investigator resolves conflicts."))
        row.addWidget(self.resolve_button)
        lay.addLayout(row)
        self.conflicts = []
        return w

    def reload_conflicts(self) -> None:
        session = self.session
        Op(self.ctx, lambda: [(c, patient_label(session, c.patient_id)) for c in list_conflicts(session)],
           parent=self).on_success(self._fill_conflicts).on_failure(lambda err: None).run()

    def _fill_conflicts(self, rows) -> None:
        self.conflicts = [c for c, _ in rows]
        self.table.setRowCount(len(rows))
        for i, (c, patient) in enumerate(rows):
            for col, text in enumerate((patient, c.record_type.replace("_", " "),
                                        ", ".join(c.changed_fields()) or "—",
                                        str(len(c.heads)))):
                self.table.setItem(i, col, QtWidgets.QTableWidgetItem(text))
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.selectRow(0)

    def resolve_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.conflicts):
            return
        if not self.session.can(Permission.RESOLVE_CONFLICT):
            return
        dlg = ResolveConflictDialog(self.ctx, self.conflicts[row], self)
        if dlg.exec():                    # its Op told the views what the resolution changed
            self.reload_conflicts()
            self.controller.refresh()

    # -- settings (administrator) ------------------------------------------
    def _settings_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        box = QGroupBox(self.tr("Enroll this PC with the ward server"))
        form = QFormLayout(box)
        self.url_edit = QLineEdit(objectName="syncServerUrl")      # filled from the vault (_fill_settings)
        self.url_edit.setPlaceholderText("https://sync.chu.local:8443")
        self.name_edit = QLineEdit()
        self.code_edit = QLineEdit(objectName="syncCode")
        self.code_edit.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self.ca_edit = QPlainTextEdit(objectName="syncCa")
        self.ca_edit.setPlaceholderText(self.tr("Paste the site certificate (ca.pem) here"))
        self.ca_edit.setMinimumHeight(120)
        form.addRow(self.tr("Server address"), self.url_edit)
        form.addRow(self.tr("Name of this PC"), self.name_edit)
        form.addRow(self.tr("One-time enrollment code"), self.code_edit)
        form.addRow(self.tr("Site certificate"), self.ca_edit)
        lay.addWidget(box, 1)
        row = QHBoxLayout()
        self.enroll_result = QLabel(objectName="hint")
        self.enroll_result.setWordWrap(True)
        row.addWidget(self.enroll_result, 1)
        self.forget_button = push_button(self.tr("Forget this server"), "syncForget", self.do_forget, kind=Kind.DANGER)
        self.forget_button.setEnabled(False)
        row.addWidget(self.forget_button)
        self.enroll_button = push_button(self.tr("Enroll"), "primary", self.do_enroll, kind=Kind.PRIMARY)
        row.addWidget(self.enroll_button)
        lay.addLayout(row)
        return w

    def _fill_settings(self, place: _Place) -> None:
        """What is stored, put in the fields nobody has typed into yet."""
        if not hasattr(self, "url_edit"):
            return                                    # no settings tab (not an administrator)
        for edit, value in ((self.url_edit, place.server_url), (self.name_edit, place.device_name)):
            if not edit.text():
                edit.setText(value)
        if not self.ca_edit.toPlainText():
            self.ca_edit.setPlainText(place.ca_pem)
        self.forget_button.setEnabled(place.enrolled)

    def do_enroll(self) -> None:
        session = self.session
        args = (self.url_edit.text(), self.ca_edit.toPlainText(), self.code_edit.text(),
                self.name_edit.text())
        self.enroll_result.setText(self.tr("Contacting the server…"))
        Op(self.ctx, lambda: enroll(session, *args), parent=self).network().busy(self.enroll_button) \
            .on_success(lambda _device_id: self._enrolled(None)).on_failure(self._enrolled).run()

    def do_forget(self) -> None:
        """Drop the device key (e.g. after a revocation), keeping what was
        acknowledged; the PC can then be enrolled again with a new code."""
        session = self.session
        Op(self.ctx, lambda: unenroll(session), parent=self).busy(self.forget_button) \
            .on_success(lambda _r: self._forgotten()).run()

    def _forgotten(self) -> None:
        self.forget_button.setEnabled(False)
        self.enroll_result.setText(self.tr("This PC no longer syncs. Enroll it again with a "
                                           "new code."))
        self.controller.refresh()

    def _enrolled(self, err: BaseException | None) -> None:
        if err is None:
            self.forget_button.setEnabled(True)
            self.code_edit.clear()
            self.enroll_result.setText(self.tr("Enrolled. This PC now syncs with the server."))
            self.controller.sync_now()
        elif isinstance(err, SyncRefused) and err.code == "other_site":
            self.enroll_result.setText(self.tr(
                "This PC belongs to another site: its site administrator key differs from "
                "the server's. To work with this server, install a new vault and join the "
                "site (first-run wizard)."))
        elif isinstance(err, SyncRefused):
            self.enroll_result.setText(self.tr(
                "The server refused the code (unknown, already used or expired)."))
        elif isinstance(err, SyncError):
            self.enroll_result.setText(self.tr(
                "The server cannot be reached, or its certificate is not the site's."))
        elif isinstance(err, BedsideError):
            self.enroll_result.setText(message_for(err))      # what to fix, in place
        else:
            self.enroll_result.setText("")
            show_error(self, err)
