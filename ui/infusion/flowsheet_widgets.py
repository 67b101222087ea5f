"""Pieces of the flowsheet screen: the next-due banner with its countdown
and the flowsheet table (the alert bar is ``alert_bar.py``)."""
from __future__ import annotations

from bedside.infusion import schedule
from bedside.infusion.flowsheet import Flowsheet
from bedside.infusion.protocol import InfusionProtocol
from ui.infusion.common import alert_text, local_time
from ui.style import colour
from ui.i18n import format_number, localized
from ui.qt import QtCore, QtGui, QtWidgets, Signal, Qt


def timepoint_name(tid: str | None) -> str:
    translate = QtCore.QCoreApplication.translate
    if not tid:
        return translate("Infusion", "extra")
    if tid == "baseline":
        return translate("Infusion", "Baseline")
    phase, _, minutes = tid.partition("_")
    if phase == "during":
        return translate("Infusion", "+{m} min").format(m=minutes)
    return translate("Infusion", "End +{m}").format(m=minutes)


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
        self.setStyleSheet(f"#nextDue {{ background: {bg}; border: 3px solid {accent}; border-radius: 8px; }}"
                           f" QLabel {{ color: {fg}; background: transparent; }}")
        self.what.setText(text)
        self.what.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.missed.setText(missed)
        self.missed.setStyleSheet("font-size: 14pt; font-weight: bold; padding-right: 16px;")
        self.count.setText(count)
        self.count.setStyleSheet("font-size: 23pt; font-weight: bold; font-family: monospace;")


class FlowsheetTable(QtWidgets.QTableWidget):
    """Each scheduled timepoint (done, due, overdue, upcoming) and each extra
    reading, in time order, with alert cells in red."""
    correct_requested = Signal(str)   # reading record id

    def __init__(self, protocol: InfusionProtocol, language: str = "en", parent=None):
        super().__init__(parent)
        self.protocol = protocol
        self.lang = language
        self.signs = [s for s in protocol.signs]
        heads = [self.tr("Time"), self.tr("Timepoint")] + [
            f"{localized(s.short, language)}\n{s.unit}" for s in self.signs]
        self.setColumnCount(len(heads))
        self.setHorizontalHeaderLabels(heads)
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
        self.horizontalHeader().setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(40)
        self.verticalHeader().setDefaultSectionSize(34)
        self.setAlternatingRowColors(True)
        self.itemDoubleClicked.connect(self._dbl)
        self.setToolTip(self.tr("Double-click a reading to correct it"))

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

    def _dbl(self, item):
        rid = self.item(item.row(), 0).data(Qt.UserRole)
        if rid:
            self.correct_requested.emit(rid)

    def set_flowsheet(self, fs: Flowsheet | None):
        self.setRowCount(0)
        if fs is None:
            return
        rows = []
        by_id = {r.reading_id: r for r in fs.rows}
        for t in fs.schedule.timepoints:
            r = by_id.get(t.reading_id) if t.reading_id else None
            # a reading sits at the time it was measured (corrections included), a gap at its due time
            rows.append((r.taken_utc if r else t.due_utc, t, r))
        for rid in fs.schedule.unscheduled:
            r = by_id[rid]
            rows.append((r.taken_utc, None, r))
        rows.sort(key=lambda x: x[0])
        status_txt = {"due": self.tr("due"), "overdue": self.tr("overdue"), "upcoming": self.tr("to come")}
        self.setRowCount(len(rows))
        for i, (when, tp, reading) in enumerate(rows):
            t_item = QtWidgets.QTableWidgetItem(local_time(reading.taken_utc if reading else when))
            t_item.setData(Qt.UserRole, reading.reading_id if reading else None)
            name = timepoint_name(tp.id if tp else None)
            if reading and reading.version > 1:
                name += " ✎"
            tp_item = QtWidgets.QTableWidgetItem(name)
            self.setItem(i, 0, t_item)
            self.setItem(i, 1, tp_item)
            if reading is None:
                st = tp.status
                bg = QtGui.QColor(colour(f"row_{st}_bg"))
                fg = QtGui.QColor(colour("row_pending_text"))
                for c in range(2, self.columnCount()):
                    it = QtWidgets.QTableWidgetItem(status_txt[st] if c == 2 else "")
                    it.setBackground(bg)
                    it.setForeground(fg)
                    self.setItem(i, c, it)
                for c in (0, 1):
                    self.item(i, c).setForeground(fg)
                    self.item(i, c).setBackground(bg)
                continue
            alert_signs = {a.sign for a in reading.alerts}
            for c, s in enumerate(self.signs, start=2):
                raw = reading.values.get(s.id, "")
                it = QtWidgets.QTableWidgetItem(format_number(raw) if raw else "")   # 37,2 in French
                it.setTextAlignment(Qt.AlignCenter)
                if s.id in alert_signs:
                    it.setBackground(QtGui.QColor(colour("cell_alert_bg")))
                    it.setForeground(QtGui.QColor(colour("cell_alert_text")))
                    fb = it.font()
                    fb.setBold(True)
                    it.setFont(fb)
                    it.setToolTip("\n".join(alert_text(a, self.protocol, self.lang) for a in reading.alerts if a.sign == s.id))
                self.setItem(i, c, it)
        # keep the newest reading and what is due after it in view
        self._newest = max((i for i, (_, tp, r) in enumerate(rows) if r), default=0) if rows else None
        self._show_newest()

    def _show_newest(self):
        last_done = getattr(self, "_newest", None)
        if last_done is None or last_done >= self.rowCount():
            return
        after = min(last_done + 1, self.rowCount() - 1)
        self.scrollToItem(self.item(after, 0), QtWidgets.QAbstractItemView.PositionAtBottom)
        self.scrollToItem(self.item(last_done, 0))

    def resizeEvent(self, e):
        """The layout settles after the rows are filled (alerts appear above,
        the window is maximised): the newest reading stays in view."""
        super().resizeEvent(e)
        if e.size().height() != e.oldSize().height():
            self._show_newest()
