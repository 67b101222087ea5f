"""The patient list: a table model with named columns (tested without a
view) and the searchable list widget around it."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from bedside.patients import Patient, search_patients

from .ops import Op
from .qt import (QHeaderView, QLabel, QLineEdit,
                 QTableView, QtCore, Qt, QVBoxLayout, QWidget, Signal)
from .widgets.buttons import push_button
from .widgets.tables import rows_to_pick


class Col(IntEnum):
    LABEL = 0
    NAME = 1
    MRN = 2
    AGE = 3
    SEX = 4


class PatientTableModel(QtCore.QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.patients: list[Patient] = []
        self.today = date.today()

    def headers(self) -> dict[Col, str]:
        return {Col.LABEL: self.tr("No."), Col.NAME: self.tr("Name"),
                Col.MRN: self.tr("Hospital no."), Col.AGE: self.tr("Age"),
                Col.SEX: self.tr("Sex")}

    def set_patients(self, patients: list[Patient], today: date | None = None) -> None:
        self.beginResetModel()
        self.patients = list(patients)
        self.today = today or date.today()
        self.endResetModel()

    def rowCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.patients)

    def columnCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[Col(section)]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.patients[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = Col(index.column())
        if col == Col.LABEL:
            return p.subject_id or p.screening_number
        if col == Col.NAME:
            return p.display_name
        if col == Col.MRN:
            return p.mrn
        if col == Col.AGE:
            return str(p.age_on(self.today))
        return p.sex

    def patient_at(self, row: int) -> Patient:
        return self.patients[row]


class PatientListWidget(QWidget):
    patient_selected = Signal(str)
    register_requested = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        # the search on a row of its own: beside an open patient the list is
        # narrow, and the placeholder must be read whole, in French too
        top = QVBoxLayout()
        self.search = QLineEdit(objectName="patientSearch")
        self.search.setPlaceholderText(self.tr("Name, no. or wristband (scan)"))
        self.search.setToolTip(self.tr("Search name, study no. or hospital no. "
                                       "(or scan the wristband)"))
        self.search.setAccessibleName(self.search.toolTip())
        self.search.setClearButtonEnabled(True)
        self.register = push_button(self.tr("+ New patient"), "registerPatient")
        top.addWidget(self.search)
        top.addWidget(self.register)
        self.count = QLabel(objectName="hint")
        self.model = PatientTableModel(self)
        self.table = QTableView(objectName="patientTable")
        self.table.setModel(self.model)
        rows_to_pick(self.table, row_height=36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count)
        self._timer = QtCore.QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._open_single_match)
        self.table.activated.connect(self._open_row)
        self.table.clicked.connect(self._open_row)
        self.register.clicked.connect(self.register_requested)
        self._open_when_loaded = False

    def set_compact(self, compact: bool) -> None:
        """Beside an open patient the list is narrow: keep number and name."""
        for col in (Col.MRN, Col.AGE, Col.SEX):
            self.table.setColumnHidden(col, compact)

    def reload(self) -> None:
        session = self.ctx.session
        if session is None or not session.is_open:
            return
        text = self.search.text()
        today = self.ctx.clock.now().date()
        Op(self.ctx, lambda: search_patients(session, text), parent=self) \
            .on_success(lambda pts: self._loaded(pts, today)).run()

    def _loaded(self, patients: list[Patient], today: date) -> None:
        self.model.set_patients(patients, today)
        self.count.setText(self.tr("{n} patient(s)").format(n=len(patients)))
        if self._open_when_loaded and len(patients) == 1:
            self.patient_selected.emit(patients[0].id)
        self._open_when_loaded = False

    def _open_single_match(self) -> None:
        """Enter in the search box (a wristband scanner types the code + Enter)."""
        self._timer.stop()
        self._open_when_loaded = True
        self.reload()

    def _open_row(self, index) -> None:
        self.patient_selected.emit(self.model.patient_at(index.row()).id)
