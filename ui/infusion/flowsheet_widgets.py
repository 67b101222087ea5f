"""Pieces of the flowsheet screen: the next-due banner with its countdown
and the flowsheet table (the alert bar is ``alert_bar.py``)."""
from __future__ import annotations

from bedside.infusion import schedule
from bedside.infusion.flowsheet import Flowsheet
from bedside.infusion.protocol import InfusionProtocol
from ui.infusion.role_table import RoleCellDelegate
from ui.infusion.common import fit_column, local_time, set_sheet
from ui.infusion.flowsheet_model import FIXED_COLUMNS, FlowsheetModel, timepoint_name
from ui.style import colour
from ui.qt import QtCore, QtGui, QtWidgets, Signal, Qt


class NextDueBanner(QtWidgets.QFrame):
    """Impossible to miss: what is due next, when, and the countdown."""

    KINDS = ("upcoming", "due", "overdue", "idle")   # colour roles <kind>_text/_bg/_border

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("nextDue")
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(14, 4, 14, 4)
        self.what = QtWidgets.QLabel()
        self.what.setObjectName("nextDueWhat")
        self.count = QtWidgets.QLabel()
        self.count.setObjectName("nextDueCountdown")
        self.missed = QtWidgets.QLabel()
        self.missed.setObjectName("nextDueMissed")
        lay.addWidget(self.what, 1)
        lay.addWidget(self.missed)
        lay.addWidget(self.count)
        self.what.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.missed.setStyleSheet("font-size: 14pt; font-weight: bold; padding-right: 16px;")
        self.count.setStyleSheet("font-size: 23pt; font-weight: bold; font-family: monospace;")
        self.setMinimumHeight(50)
        self.state = "idle"

    def set_state(self, st: schedule.ScheduleState | None, started: bool, ended: bool):
        if st is None:
            self._paint("idle", self.tr("Record product, dose and checks to begin."), "", "")
            return
        missed = [t for t in st.overdue if t.id != (st.next.id if st.next else None)]
        # the same word as the table's rows: one state, one name
        missed_txt = self.tr("{n} overdue").format(n=len(missed)) if missed else ""
        nxt = st.next
        if nxt is None:
            self._paint("overdue" if st.overdue else "idle",
                        self.tr("Reading overdue: {what}").format(what=timepoint_name(st.overdue[0].id)) if st.overdue
                        else self.tr("All scheduled readings done"), missed_txt, "")
            return
        cd = schedule.format_countdown(st.seconds_to_next)
        when = local_time(nxt.due_utc)
        name = timepoint_name(nxt.id)
        if nxt.status == "due":
            text = self.tr("DUE NOW · {what} reading · {when}").format(what=name, when=when)
            late = st.seconds_to_next < 0
            self._paint("due", text, missed_txt,
                        self.tr("late {cd}").format(cd=schedule.format_countdown(-st.seconds_to_next)) if late
                        else self.tr("in {cd}").format(cd=cd))
        else:
            text = self.tr("Next reading · {what} · at {when}").format(what=name, when=when)
            self._paint("overdue" if missed else "upcoming", text, missed_txt, self.tr("in {cd}").format(cd=cd))

    def _paint(self, kind, text, missed, count):
        self.state = kind
        fg, bg, accent = (colour(f"{kind}_{part}") for part in ("text", "bg", "border"))
        set_sheet(self, f"#nextDue {{ background: {bg}; border: 3px solid {accent}; border-radius: 8px; }}"
                        f" QLabel {{ color: {fg}; background: transparent; }}")
        self.what.setText(text)
        self.missed.setText(missed)
        self.count.setText(count)


class FlowsheetTable(QtWidgets.QTableView):
    """The flowsheet (``FlowsheetModel``), alert cells in red. The time and
    timepoint columns are as wide as their widest text, measured once per
    flowsheet (Qt's ResizeToContents measured every cell at each change)."""
    correct_requested = Signal(str)   # reading record id

    def __init__(self, protocol: InfusionProtocol, language: str = "en", parent=None):
        super().__init__(parent)
        self.protocol = protocol
        self.lang = language
        self.flow = FlowsheetModel(protocol, language, self)
        self.setModel(self.flow)
        self.verticalHeader().hide()
        self.setEditTriggers(QtWidgets.QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SingleSelection)
        self.setFocusPolicy(Qt.NoFocus)
        f = self.font()
        f.setPointSize(14)
        self.setFont(f)
        hf = QtGui.QFont(f)
        hf.setPointSize(9)
        hf.setBold(True)
        self.horizontalHeader().setFont(hf)
        self.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.Stretch)
        self.horizontalHeader().setSectionResizeMode(0, QtWidgets.QHeaderView.Fixed)
        self.horizontalHeader().setSectionResizeMode(1, QtWidgets.QHeaderView.Fixed)
        self.horizontalHeader().setMinimumSectionSize(40)
        self.verticalHeader().setDefaultSectionSize(34)
        self.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.Fixed)
        self.setItemDelegate(RoleCellDelegate(self))   # alternating rows painted there
        self.doubleClicked.connect(self._dbl)
        self.setToolTip(self.tr("Double-click a reading to correct it"))
        self._newest = None

    MIN_ROWS = 3     # never squeezed below the header and three readings (issue 16 item 12)

    def rows_height(self, n: int) -> int:
        """Height that shows the header and n whole rows, frame included."""
        return (self.horizontalHeader().sizeHint().height() + n * self.verticalHeader().defaultSectionSize()
                + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self):
        """Asked at each layout, so the header's final height (two-line
        titles, the stylesheet's padding) counts, not the one at construction."""
        hint = super().minimumSizeHint()
        return QtCore.QSize(hint.width(), max(hint.height(), self.rows_height(self.MIN_ROWS)))

    def _dbl(self, index):
        rid = self.flow.rows[index.row()].reading_id
        if rid:
            self.correct_requested.emit(rid)

    def set_flowsheet(self, fs: Flowsheet | None):
        self.flow.set_flowsheet(fs)
        self._span_pending()
        self._fit_columns()
        # keep the newest reading and what is due after it in view
        self._newest = self.flow.newest_reading_row()
        self._show_newest()

    def _span_pending(self):
        """A timepoint still to record says so across its row's value cells
        ("en retard" whole, not cut to "en r…" in the narrow heart-rate column
        at 1366×768)."""
        self.clearSpans()
        first, n = len(FIXED_COLUMNS), len(self.flow.columns) - len(FIXED_COLUMNS)
        for i, r in enumerate(self.flow.rows):
            if r.reading_id is None and n > 1:
                self.setSpan(i, first, 1, n)

    def _fit_columns(self):
        """Time and timepoint columns as wide as their widest text or title."""
        for col, name in enumerate(FIXED_COLUMNS):
            fit_column(self, col, (self.flow.text(i, name) for i in range(len(self.flow.rows))))

    def _show_newest(self):
        last_done = self._newest
        if last_done is None or last_done >= self.flow.rowCount():
            return
        after = min(last_done + 1, self.flow.rowCount() - 1)
        self.scrollTo(self.flow.index(after, 0), QtWidgets.QAbstractItemView.PositionAtBottom)
        self.scrollTo(self.flow.index(last_done, 0))

    def resizeEvent(self, e):
        """The layout settles after the rows are filled (alerts appear above,
        the window is maximised): the newest reading stays in view."""
        super().resizeEvent(e)
        if e.size().height() != e.oldSize().height():
            self._show_newest()
