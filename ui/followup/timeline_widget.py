"""The patient's follow-up timeline, inclusion → day 90, painted: visit
windows coloured by state (upcoming grey, due amber, overdue red, done
green, closed pale), infusions, unscheduled visits, death, end of
participation and today."""
from __future__ import annotations

from ui.qt import QColor, QFont, QPainter, QPen, Qt, QtCore, QtGui, QtWidgets

WINDOW_COLOURS = {"upcoming": "#cfd8dc", "due": "#ffca28", "overdue": "#e57373", "done": "#81c784",
                  "closed": "#eceff1"}


class TimelineWidget(QtWidgets.QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("followUpTimeline")
        self.setMinimumHeight(150)
        self.setSizePolicy(QtWidgets.QSizePolicy.Expanding, QtWidgets.QSizePolicy.Fixed)
        self.overview = None

    def set_overview(self, ov) -> None:
        self.overview = ov
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The timeline in words (screen readers, tests)."""
        ov = self.overview
        if ov is None or ov.inclusion is None:
            return self.tr("Not included: no follow-up.")
        parts = []
        for m in ov.marks:
            parts.append(self._label(m) + (f" ({self._status(m.status)})" if m.status else ""))
        return " · ".join(parts)

    def _status(self, status: str) -> str:
        return {"upcoming": self.tr("upcoming"), "due": self.tr("due"), "overdue": self.tr("overdue"),
                "done": self.tr("done"), "closed": self.tr("closed")}.get(status, status)

    def _label(self, m) -> str:
        if m.kind == "inclusion":
            return self.tr("Inclusion")
        if m.kind == "infusion":
            return self.tr("Inf. {n}").format(n=m.text)
        if m.kind == "visit":
            return self.tr("Day {n}").format(n=m.day)
        if m.kind == "unscheduled":
            return self.tr("Unscheduled")
        if m.kind == "death":
            return self.tr("Death")
        if m.kind == "end":
            return self.tr("End")
        return self.tr("Today")

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        ov = self.overview
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        font = QFont(self.font())
        font.setPointSizeF(10.5)
        p.setFont(font)
        if ov is None or ov.inclusion is None:
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("Not included: no follow-up."))
            return
        last = max([ov.final_day + 10] + [m.day for m in ov.marks] + [(m.window or (0, 0))[1] for m in ov.marks])
        left, right = 40, self.width() - 40
        axis = 78

        def x(day: int) -> float:
            return left + (right - left) * max(0, day) / max(1, last)

        for m in ov.marks:                                  # visit windows under the axis line
            if m.window:
                r = QtCore.QRectF(x(m.window[0]), axis - 14, max(6.0, x(m.window[1]) - x(m.window[0])), 28)
                p.setPen(Qt.NoPen)
                p.setBrush(QColor(WINDOW_COLOURS.get(m.status, "#cfd8dc")))
                p.drawRoundedRect(r, 5, 5)
        p.setPen(QPen(QColor("#37474f"), 3))
        p.drawLine(QtCore.QPointF(left, axis), QtCore.QPointF(right, axis))
        metrics = QtGui.QFontMetrics(font)
        for i, m in enumerate(sorted(ov.marks, key=lambda m: (m.day, m.kind))):
            cx = x(m.day)
            text = self._label(m)
            above = m.kind in ("visit", "inclusion", "end", "death")
            colour = {"infusion": "#1565c0", "death": "#000000", "end": "#6a1b9a", "today": "#d84315",
                      "unscheduled": "#00838f"}.get(m.kind, "#263238")
            p.setPen(QPen(QColor(colour), 2, Qt.DashLine if m.kind == "today" else Qt.SolidLine))
            if m.kind == "today":
                p.drawLine(QtCore.QPointF(cx, axis - 40), QtCore.QPointF(cx, axis + 40))
            else:
                p.setBrush(QColor(colour))
                p.drawEllipse(QtCore.QPointF(cx, axis), 6, 6)
            if m.kind == "visit":
                text = f"{text} · {self._status(m.status)}"
            w = metrics.horizontalAdvance(text)
            tx = min(max(2.0, cx - w / 2), self.width() - w - 2)
            if above:
                ty = axis - 24 - (14 if i % 2 else 0)
            elif m.kind == "infusion":
                ty = axis + 28 + 15 * ((int(m.text) - 1) % 3 if m.text.isdigit() else 0)
            else:
                ty = axis + 30
            p.setPen(QColor(colour))
            p.drawText(QtCore.QPointF(tx, ty), text)
        p.end()
