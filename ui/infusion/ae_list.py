"""Adverse events of one patient with their SAE clocks and sign-off state."""
from __future__ import annotations

from bedside.infusion.snapshot import AeRow
from bedside.infusion.store import InfusionStore
from bedside.roles import Permission
from ui.infusion.ae_model import COLUMNS, AeModel
from ui.infusion.role_table import RoleCellDelegate
from ui.infusion.common import fit_column
from ui.widgets.buttons import Kind, Size, push_button
from ui.i18n import current_language
from ui.qt import QtCore, QtWidgets, Qt, Signal


class AeList(QtWidgets.QWidget):
    action = Signal(str, str)   # ("new"|"correct"|"signoff"|"reported", record id)

    def __init__(self, store: InfusionStore, parent=None):
        super().__init__(parent)
        self.store = store
        self.lang = current_language()
        lay = QtWidgets.QVBoxLayout(self)
        bar = QtWidgets.QGridLayout()      # two rows: fits beside the patient list at 1366×768
        self.new = push_button(self.tr("+ New adverse event"), "aeNew", kind=Kind.DANGER, size=Size.LARGE)
        self.correct = push_button(self.tr("Correct…"), "aeCorrect", size=Size.LARGE)
        self.sign = push_button(self.tr("Investigator sign-off…"), "aeSignOff", size=Size.LARGE)
        self.reported = push_button(self.tr("Mark SAE reported"), "aeReported", size=Size.LARGE)
        self.history = push_button(self.tr("History…"), "aeHistory", size=Size.LARGE)
        for i, (b, k) in enumerate(((self.new, "new"), (self.correct, "correct"), (self.sign, "signoff"),
                                    (self.reported, "reported"), (self.history, "history"))):
            b.clicked.connect(lambda _=False, k=k: self.action.emit(k, self.current_id() or ""))
            bar.addWidget(b, i // 3, i % 3)
        bar.setColumnStretch(3, 1)
        lay.addLayout(bar)
        self.model = AeModel(store.protocol, self.lang, self)
        self._pending: list[AeRow] | None = None       # rows to list once the tab is shown
        self.table = QtWidgets.QTableView()
        self.table.setObjectName("aeTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(RoleCellDelegate(self.table, alternate=False))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SingleSelection)
        f = self.table.font()
        f.setPointSize(12)
        self.table.setFont(f)
        # the list fits beside the patient list at 1366×768 in French, with no
        # sideways scrolling: the term takes the width the others leave (cut
        # with "…", whole in its tooltip); onset, grade, SAE, SAE clock and
        # sign-off as wide as their texts, measured once per list
        # (fit_column); the protocol's longer words (AESI, relation, outcome)
        # at most CAPPED wide, cut with "…" and whole in their tooltips
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QtWidgets.QHeaderView.Interactive)
        hh.setSectionResizeMode(COLUMNS.index("term"), QtWidgets.QHeaderView.Stretch)
        hh.setMinimumSectionSize(40)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.Fixed)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda *_: self.action.emit("correct", self.current_id() or ""))
        lay.addWidget(self.table, 1)
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._enable()

    def current_id(self):
        return self.model.record_id(self.table.currentIndex().row())

    def _enable(self, *_):
        can = self.store.session.can
        cur = self.table.currentIndex().row()
        row = self.model.rows[cur] if 0 <= cur < len(self.model.rows) else None
        self.new.setEnabled(can(Permission.EDIT_CLINICAL))
        self.correct.setEnabled(row is not None and can(Permission.EDIT_CLINICAL))
        self.history.setEnabled(row is not None)
        self.sign.setEnabled(row is not None and not row.signed_off and can(Permission.SIGN_ADVERSE_EVENT))
        self.reported.setEnabled(row is not None and row.clock is not None and not row.clock.reported
                                 and can(Permission.SIGN_ADVERSE_EVENT))

    @property
    def rows(self) -> list[AeRow]:
        """The events as listed, newest first."""
        return self.model.rows

    def set_rows(self, rows: list[AeRow], shown: bool = True):
        """The events to list. *shown* False: the list is on a tab not shown
        (the flowsheet's, when a patient opens): it is filled when that tab is
        shown (:meth:`show_pending`), not at every opening."""
        self._pending = rows
        if shown:
            self.show_pending()

    def show_pending(self):
        rows, self._pending = self._pending, None
        if rows is None:
            return
        keep = self.current_id()
        self.model.set_rows(rows, self.store.now())
        self._fit_columns()
        for i in range(len(self.model.rows)):
            if keep and self.model.record_id(i) == keep:
                self.table.selectRow(i)
        self._enable()

    CAPPED = {"aesi": 100, "relation": 110, "outcome": 110}     # px, at most

    def _fit_columns(self, names=COLUMNS):
        m, R = self.model, Qt.ItemDataRole
        for name in names:
            col = COLUMNS.index(name)
            if name == "term":                      # takes the rest of the width
                continue
            cells = [m.cell(i, col) for i in range(m.rowCount())]
            width = fit_column(self.table, col, [c[R.DisplayRole] for c in cells],
                               [c[R.DisplayRole] for c in cells if R.FontRole in c], pad=10)   # as ResizeToContents gave
            if name in self.CAPPED and width > self.CAPPED[name]:
                self.table.setColumnWidth(col, self.CAPPED[name])

    def _tick(self):
        if self.model.tick(self.store.now()):
            self._fit_columns(("sae_clock",))     # "LATE by …" may be wider than "report within …"
