"""Trend chart of the vital signs over one infusion, drawn with QPainter:
one strip per sign sharing the time axis, baseline dashed grey, alert
thresholds dashed red, infusion period shaded."""
from __future__ import annotations

from bedside import localtime

from datetime import datetime, timedelta
from decimal import Decimal

from bedside.infusion import vitals
from ui.i18n import localized
from bedside.infusion.protocol import InfusionProtocol
from ui.qt import QtCore, QtGui, QtWidgets, Qt
from ui.style import colour, theme

STRIPS = (("hr",), ("sbp", "dbp"), ("spo2",), ("temp",), ("rr",))


def _num(val: Decimal) -> str:
    """102,4 in French: the interface locale's decimal sign."""
    from ui.i18n import format_number
    return f"{int(val)}" if val == val.to_integral_value() else format_number(f"{float(val):.1f}")


class TrendChart(QtWidgets.QWidget):
    def __init__(self, protocol: InfusionProtocol, language: str = "en", parent=None):
        super().__init__(parent)
        self.protocol = protocol
        self.language = language
        self.rows: list[tuple[datetime, dict]] = []
        self.baseline: dict | None = None
        self.start: datetime | None = None
        self.end: datetime | None = None
        self.now: datetime | None = None
        self.setMinimumSize(240, 160)   # beside the table: the readings keep the height
        self.setAccessibleName(self.tr("Vital-sign trend chart"))

    def set_data(self, rows, baseline, start, end, now):
        self.rows = sorted(rows, key=lambda r: r[0])
        self.baseline, self.start, self.end, self.now = baseline, start, end, now
        self.update()

    # --- geometry helpers
    def _now_shown(self):
        """None for a finished infusion: do not stretch the axis to today."""
        if self.end is not None and self.now is not None and self.now > self.end + timedelta(hours=3):
            return None
        return self.now

    def _time_range(self):
        now = self._now_shown()
        times = [t for t, _ in self.rows] + [t for t in (self.start, self.end, now) if t]
        if not times:
            return None
        t0, t1 = min(times), max(times)
        if t1 - t0 < timedelta(minutes=30):
            t1 = t0 + timedelta(minutes=30)
        return t0, t1

    def paintEvent(self, _event):
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.Antialiasing)
        p.fillRect(self.rect(), QtGui.QColor(colour("chart_bg")))
        rng = self._time_range()
        now = self._now_shown()
        left, right, top, bottom = 86, 12, 6, 26
        w = self.width() - left - right
        h = self.height() - top - bottom
        if rng is None or w < 50 or h < 50:
            p.setPen(QtGui.QColor(colour("chart_text")))
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("No readings yet"))
            p.end()
            return
        t0, t1 = rng
        span = max((t1 - t0).total_seconds(), 1.0)

        def x_of(t):
            return left + (t - t0).total_seconds() / span * w

        strip_h = h / len(STRIPS)
        small = QtGui.QFont(self.font())
        small.setPointSizeF(max(8.0, self.font().pointSizeF() * 0.85))
        bold = QtGui.QFont(self.font())
        bold.setBold(True)
        # infusion period shading
        if self.start:
            xs = x_of(self.start)
            xe = x_of(self.end or now or t1)
            p.fillRect(QtCore.QRectF(xs, top, max(xe - xs, 1), h), QtGui.QColor(colour("chart_band")))
        for i, signs in enumerate(STRIPS):
            y0 = top + i * strip_h
            rect = QtCore.QRectF(left, y0 + 4, w, strip_h - 8)
            p.setPen(QtGui.QPen(QtGui.QColor(colour("chart_grid")), 1))
            p.drawLine(QtCore.QPointF(left, y0 + strip_h), QtCore.QPointF(left + w, y0 + strip_h))
            values = [Decimal(v[s]) for _, v in self.rows for s in signs if s in v]
            lines = []
            for s in signs:
                lines += [(rid, val) for rid, val in vitals.threshold_lines(self.protocol, s, self.baseline)]
                if self.baseline and s in self.baseline:
                    lines.append(("baseline", Decimal(self.baseline[s])))
            pool = values + [v for _, v in lines]
            if not pool:
                continue
            lo, hi = float(min(pool)), float(max(pool))
            pad = max((hi - lo) * 0.12, 1.0)
            lo, hi = lo - pad, hi + pad

            def y_of(v, rect=rect, lo=lo, hi=hi):
                return rect.bottom() - (float(v) - lo) / (hi - lo) * rect.height()

            # labels
            p.setFont(bold)
            p.setPen(QtGui.QColor(colour(f"series_{signs[0]}") if f"series_{signs[0]}" in theme().colours else colour("chart_text")))
            names = "/".join(localized(self.protocol.sign(s).short, self.language) for s in signs)
            p.drawText(QtCore.QRectF(2, y0 + 2, left - 6, 20), Qt.AlignLeft | Qt.AlignVCenter, names)
            p.setFont(small)
            p.setPen(QtGui.QColor(colour("chart_text")))
            p.drawText(QtCore.QRectF(2, y0 + 22, left - 6, 18), Qt.AlignLeft | Qt.AlignVCenter,
                       self.protocol.sign(signs[0]).unit)
            # thresholds and baseline (labels skipped where they would overlap)
            used_y: list[float] = []
            for rid, val in sorted(lines, key=lambda rv: -float(rv[1])):
                y = y_of(val)
                if rid == "baseline":
                    pen = QtGui.QPen(QtGui.QColor(colour("chart_baseline")), 1.5, Qt.DashLine)
                else:
                    pen = QtGui.QPen(QtGui.QColor(colour("chart_limit")), 1.2, Qt.DashLine)
                p.setPen(pen)
                p.drawLine(QtCore.QPointF(left, y), QtCore.QPointF(left + w, y))
                if all(abs(y - u) > 13 for u in used_y):
                    used_y.append(y)
                    p.drawText(QtCore.QRectF(left + w - 60, y - 15, 58, 14), Qt.AlignRight, _num(val))
            # series: the dots in one call (round points as wide as the old
            # 3.5-radius disc with its 2.5 pen), not one ellipse per reading
            for s in signs:
                pts = [QtCore.QPointF(x_of(t), y_of(v[s])) for t, v in self.rows if s in v]
                series = QtGui.QColor(colour(f"series_{s}") if f"series_{s}" in theme().colours else colour("chart_text"))
                p.setPen(QtGui.QPen(series, 2.5))
                for a, b in zip(pts, pts[1:]):
                    p.drawLine(a, b)
                p.setPen(QtGui.QPen(series, 9.5, Qt.SolidLine, Qt.RoundCap))
                p.drawPoints(QtGui.QPolygonF(pts))
        # time axis (minutes from start)
        p.setFont(small)
        p.setPen(QtGui.QColor(colour("chart_text")))
        ref = self.start or t0
        step = 15 if span <= 3 * 3600 else 60
        first = int(((t0 - ref).total_seconds() // 60) // step * step)
        m = first
        while True:
            t = ref + timedelta(minutes=m)
            if t > t1:
                break
            if t >= t0:
                x = x_of(t)
                p.drawLine(QtCore.QPointF(x, top + h), QtCore.QPointF(x, top + h + 4))
                p.drawText(QtCore.QRectF(x - 30, top + h + 4, 60, 18), Qt.AlignCenter,
                           f"{m:+d}′" if self.start else localtime.hhmm(t))
            m += step
        if now and t0 <= now <= t1:
            x = x_of(now)
            p.setPen(QtGui.QPen(QtGui.QColor(colour("chart_text")), 1, Qt.DotLine))
            p.drawLine(QtCore.QPointF(x, top), QtCore.QPointF(x, top + h))
        p.end()
