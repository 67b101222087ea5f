"""The signed-in workspace: the patient list beside the dashboard or an
open patient's screens, and the audit-trail dialog. Loaded at the first
sign-in, not before the login window (start-up time, issue 12)."""

from __future__ import annotations

from bedside.names import RecordType
from bedside.roles import Permission

from .dashboard import Dashboard
from .history_dialog import HistoryModel
from .patient_form import PatientFormDialog
from .patient_list import PatientListWidget
from .ops import Op
from .patient_view import PatientView
from .qt import QDialog, QHeaderView, QSplitter, QStackedWidget, Qt, QTableView, QVBoxLayout, QWidget


LIST_WIDE = 500    # patient list width beside the dashboard
LIST_NARROW = 300  # beside an open patient
LIST_SHOWS = frozenset({RecordType.PATIENT})   # the list shows identity and numbers only


class Workspace(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.split = split
        self.patients = PatientListWidget(ctx)
        self.right = QStackedWidget()
        self.dashboard = Dashboard(ctx)
        self.right.addWidget(self.dashboard)
        split.addWidget(self.patients)
        split.addWidget(self.right)
        split.setSizes([LIST_WIDE, 1366 - LIST_WIDE])
        lay.addWidget(split)
        self.views: dict[str, PatientView] = {}
        self.patients.patient_selected.connect(self.open_patient)
        self.dashboard.patient_selected.connect(self.open_patient)
        self.dashboard.target_selected.connect(self.open_patient)
        self.patients.register_requested.connect(self.register_patient)
        # a bound slot, not a lambda: Qt disconnects it when "Switch user" deletes this workspace
        ctx.data_changed.connect(self._data_changed)

    def _data_changed(self, changed) -> None:
        """The list shows patients' identity and numbers."""
        if changed.touches(LIST_SHOWS):
            self.patients.reload()

    def refresh(self) -> None:
        self.patients.register.setEnabled(self.ctx.session.can(Permission.REGISTER_PATIENT))
        self.patients.reload()
        self.dashboard.refresh()

    def open_patient(self, patient_id: str, target: str = "") -> None:
        """``target`` (from a dashboard item) names the tab and field to land on."""
        view = self.views.get(patient_id)
        if view is None:
            view = PatientView(self.ctx, patient_id)
            self.views[patient_id] = view
            self.right.addWidget(view)
        else:
            view.refresh()
        self.right.setCurrentWidget(view)
        # the patient's screen gets the room (flowsheet, checklist); the list stays usable
        self.split.setSizes([LIST_NARROW, self.width() - LIST_NARROW])
        self.patients.set_compact(True)
        if target:
            view.show_target(target)

    def show_dashboard(self) -> None:
        self.right.setCurrentWidget(self.dashboard)
        self.split.setSizes([LIST_WIDE, self.width() - LIST_WIDE])
        self.patients.set_compact(False)
        self.dashboard.refresh()

    def register_patient(self) -> None:
        dlg = PatientFormDialog(self.ctx, parent=self)
        if dlg.exec() and dlg.saved:
            self.open_patient(dlg.saved.id)


class AuditDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail (newest first)"))
        lay = QVBoxLayout(self)
        view = QTableView()
        self.model = HistoryModel(parent=self)
        view.setModel(self.model)
        session = ctx.session
        Op(ctx, lambda: session.audit_trail(limit=2000), parent=self).on_success(self.model.set_entries).run()
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(view)
        self.resize(1200, 600)
