"""Trend chart of the vital signs over one infusion, drawn with QPainter:
one strip per sign sharing the time axis, baseline dashed grey, alert
thresholds dashed red, infusion period shaded; its labels placed by
``ui.infusion.chart_labels`` so that none overlaps another."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from bedside import localtime
from bedside.infusion import vitals
from ui.i18n import current_language, localized
from bedside.infusion.protocol import InfusionProtocol
from ui.infusion import chart_labels
from ui.qt import QtCore, QtGui, QtWidgets, Qt
from ui.style import colour, theme

STRIPS = (("hr",), ("sbp", "dbp"), ("spo2",), ("temp",), ("rr",))
MARGINS = (86, 12, 6, 26)     # left (names and units), right, top, bottom (minutes), in px


def _num(val: Decimal) -> str:
    """102,4 in French: the interface locale's decimal sign."""
    from ui.i18n import format_number
    return f"{int(val)}" if val == val.to_integral_value() else format_number(f"{float(val):.1f}")


DOT = 12                 # a reading's dot, in pixels: a 9.5 px disc with room for its antialiased edge
DISC = 9.5               # the disc itself: what a value label keeps off
_DOTS: dict[tuple[int, float], QtGui.QPixmap] = {}


def _dot(colour_: QtGui.QColor, ratio: float) -> QtGui.QPixmap:
    """The dot of one series colour at the screen's pixel ratio (made once)."""
    key = (colour_.rgba(), ratio)
    dot = _DOTS.get(key)
    if dot is None:
        dot = QtGui.QPixmap(round(DOT * ratio), round(DOT * ratio))
        dot.setDevicePixelRatio(ratio)
        dot.fill(Qt.transparent)
        q = QtGui.QPainter(dot)
        q.setRenderHint(QtGui.QPainter.Antialiasing)
        q.setPen(Qt.NoPen)
        q.setBrush(colour_)
        q.drawEllipse(QtCore.QPointF(DOT / 2, DOT / 2), DISC / 2, DISC / 2)
        q.end()
        _DOTS[key] = dot
    return dot


@dataclass(frozen=True)
class _Strip:
    """One strip as painted, worked out once per :meth:`TrendChart.set_data`:
    numbers as floats (seconds from the axis start, values), labels as text."""
    signs: tuple[str, ...]
    names: str
    unit: str
    series: tuple[tuple[str, tuple[tuple[float, float], ...]], ...]   # sign, ((seconds, value), …)
    lines: tuple[tuple[str, float, str], ...]                         # "baseline"/rule id, value, label; top first
    lo: float
    hi: float


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
        self._range: tuple[datetime, datetime] | None = None
        self._strips: list[_Strip] = []
        self._picture: QtGui.QPixmap | None = None       # the last paint, and what it showed
        self._picture_key = None
        self.setMinimumSize(240, 160)   # beside the table: the readings keep the height
        self.setAccessibleName(self.tr("Vital-sign trend chart"))

    def set_data(self, rows, baseline, start, end, now):
        """Everything the paint needs that does not depend on the widget's
        size is worked out here (the Decimal readings, thresholds and labels),
        so a paint only maps floats to pixels."""
        rows = sorted(rows, key=lambda r: r[0])
        same = (rows, baseline, start, end) == (self.rows, self.baseline, self.start, self.end)
        self.rows, self.baseline, self.start, self.end, self.now = rows, baseline, start, end, now
        rng = self._time_range()
        if same and rng == self._range:
            return          # the same chart (a patient opened again): its picture stays
        self._range = rng
        self._strips = tuple(self._layout()) if self._range else ()
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

    def _layout(self) -> list[_Strip]:
        t0 = self._range[0]
        secs = [(t - t0).total_seconds() for t, _ in self.rows]
        strips = []
        for signs in STRIPS:
            series, pool, lines = [], [], []
            for s in signs:
                pts = tuple((x, float(v[s])) for x, (_, v) in zip(secs, self.rows) if s in v)
                series.append((s, pts))
                pool += [y for _, y in pts]
                lines += [(rid, val) for rid, val in vitals.threshold_lines(self.protocol, s, self.baseline)]
                if self.baseline and s in self.baseline:
                    lines.append(("baseline", Decimal(self.baseline[s])))
            pool += [float(v) for _, v in lines]
            if not pool:
                continue
            lo, hi = min(pool), max(pool)
            pad = max((hi - lo) * 0.12, 1.0)
            names = "/".join(localized(self.protocol.sign(s).short, self.language) for s in signs)
            strips.append(_Strip(signs, names, self.protocol.sign(signs[0]).unit, tuple(series),
                                 tuple((rid, float(val), _num(val))
                                       for rid, val in sorted(lines, key=lambda rv: -float(rv[1]))),
                                 lo - pad, hi + pad))
        return strips

    def paintEvent(self, _event):
        """The chart is drawn into a picture kept until what it shows changes
        (the readings, thresholds, time axis and now-line, the size, the pixel
        ratio, the theme): a patient opened again, the window uncovered or
        the tab shown again paints the picture, not every line and dot."""
        ratio = self.devicePixelRatioF()
        key = (self.size(), ratio, theme(), current_language(), self.font(), self._range, self._now_shown(),
               self.start, self.end, self._strips)
        if key != self._picture_key or self._picture is None:
            picture = QtGui.QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            q = QtGui.QPainter(picture)
            q.setFont(self.font())
            self._draw(q)
            q.end()
            self._picture, self._picture_key = picture, key
        p = QtGui.QPainter(self)
        p.drawPixmap(0, 0, self._picture)
        p.end()

    # --- geometry: one place for what the paint and the labels use
    def _plot(self) -> tuple[float, float, float, float] | None:
        """(left, top, width, height) of the plot area; None with nothing to
        plot or no room for it."""
        left, right, top, bottom = MARGINS
        w, h = self.width() - left - right, self.height() - top - bottom
        if self._range is None or w < 50 or h < 50:
            return None
        return left, top, w, h

    def _x_scale(self, plot) -> float:
        """Pixels per second along the time axis."""
        return plot[2] / max((self._range[1] - self._range[0]).total_seconds(), 1.0)

    def _points(self, plot, strip: _Strip, y_of) -> list[tuple[str, list[tuple[float, float]]]]:
        """Each series of *strip*: its sign and where its readings are, in pixels
        (the dots the paint stamps and the labels keep off)."""
        left, scale = plot[0], self._x_scale(plot)
        return [(s, [(left + x * scale, y_of(v)) for x, v in values]) for s, values in strip.series]

    def _bands(self, plot):
        """Each strip with its band: (strip, top, height, y of a value)."""
        _left, top, _w, h = plot
        strip_h = h / len(STRIPS)
        for strip in self._strips:
            y0 = top + STRIPS.index(strip.signs) * strip_h
            r_bottom, k = y0 + strip_h - 4, (strip_h - 8) / (strip.hi - strip.lo)
            yield strip, y0, strip_h, (lambda v, r=r_bottom, lo=strip.lo, k=k: r - (v - lo) * k)

    def _ticks(self, plot) -> list[tuple[float, str]]:
        """The time axis marks: (x, text), minutes from the start (clock time
        without a start), every 15 min up to 3 h, else every hour."""
        left = plot[0]
        t0, t1 = self._range
        span, scale = max((t1 - t0).total_seconds(), 1.0), self._x_scale(plot)
        ref = self.start or t0
        step = 15 if span <= 3 * 3600 else 60
        m = int(((t0 - ref).total_seconds() // 60) // step * step)
        out = []
        while (t := ref + timedelta(minutes=m)) <= t1:
            if t >= t0:
                out.append((left + (t - t0).total_seconds() * scale,
                            f"{m:+d}′" if self.start else localtime.hhmm(t)))
            m += step
        return out

    def _fonts(self) -> dict[str, QtGui.QFont]:
        small = QtGui.QFont(self.font())
        small.setPointSizeF(max(8.0, self.font().pointSizeF() * 0.85))
        bold = QtGui.QFont(self.font())
        bold.setBold(True)
        return {chart_labels.NAME: bold, chart_labels.UNIT: small, chart_labels.VALUE: small,
                chart_labels.TICK: small}

    def label_strips(self, plot) -> list[chart_labels.StripLabels]:
        """Each strip's band, lines and readings' dots, in pixels, for the labels."""
        out = []
        for strip, y0, strip_h, y_of in self._bands(plot):
            centres = [xy for _s, xy in self._points(plot, strip, y_of)]
            out.append(chart_labels.StripLabels(
                y0, strip_h, strip.signs[0], strip.names, strip.unit,
                tuple((rid, y_of(val), text) for rid, val, text in strip.lines),
                tuple(chart_labels.Box(x - DISC / 2, y - DISC / 2, DISC, DISC) for xy in centres for x, y in xy),
                tuple((*a, *b) for xy in centres for a, b in zip(xy, xy[1:]))))
        return out

    def labels(self) -> list[chart_labels.Label]:
        """The labels the chart draws at its present size, and where: none
        overlaps another (``ui.infusion.chart_labels.place``)."""
        plot = self._plot()
        if plot is None:
            return []
        left, top, w, h = plot
        metrics = {kind: QtGui.QFontMetricsF(font) for kind, font in self._fonts().items()}

        def measure(text: str, kind: str) -> tuple[float, float]:
            return math.ceil(metrics[kind].horizontalAdvance(text)) + 1, math.ceil(metrics[kind].height())
        strips = self.label_strips(plot)
        frame = chart_labels.Frame(self.width(), self.height(), left, left + w, top + h)
        return chart_labels.place(frame, strips, self._ticks(plot), measure)

    def _draw(self, p: QtGui.QPainter) -> None:
        p.fillRect(self.rect(), QtGui.QColor(colour("chart_bg")))
        plot = self._plot()
        if plot is None:
            p.setPen(QtGui.QColor(colour("chart_text")))
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("No readings yet"))
            return
        left, top, w, h = plot
        t0, t1 = self._range
        now = self._now_shown()
        scale = self._x_scale(plot)

        def x_of(t):
            return left + (t - t0).total_seconds() * scale

        colours = theme().colours
        text_colour = QtGui.QColor(colour("chart_text"))
        # infusion period shading
        if self.start:
            xs = x_of(self.start)
            xe = x_of(self.end or now or t1)
            p.fillRect(QtCore.QRectF(xs, top, max(xe - xs, 1), h), QtGui.QColor(colour("chart_band")))
        grid = QtGui.QPen(QtGui.QColor(colour("chart_grid")), 1)
        baseline_pen = QtGui.QPen(QtGui.QColor(colour("chart_baseline")), 1.5, Qt.DashLine)
        limit_pen = QtGui.QPen(QtGui.QColor(colour("chart_limit")), 1.2, Qt.DashLine)
        for strip, y0, strip_h, y_of in self._bands(plot):
            p.setPen(grid)
            p.drawLine(QtCore.QPointF(left, y0 + strip_h), QtCore.QPointF(left + w, y0 + strip_h))
            for rid, val, _text in strip.lines:          # thresholds and baseline
                y = y_of(val)
                p.setPen(baseline_pen if rid == "baseline" else limit_pen)
                p.drawLine(QtCore.QPointF(left, y), QtCore.QPointF(left + w, y))
            # series: antialiased lines, then each reading's dot stamped from one
            # small image per colour (the disc of the old 3.5-radius ellipse with
            # its 2.5 pen), half as dear as stroking round points
            p.setRenderHint(QtGui.QPainter.Antialiasing)
            for s, xy in self._points(plot, strip, y_of):
                if not xy:
                    continue
                series = QtGui.QColor(colours[f"series_{s}"]) if f"series_{s}" in colours else text_colour
                p.setPen(QtGui.QPen(series, 2.5))
                p.drawLines([QtCore.QLineF(*a, *b) for a, b in zip(xy, xy[1:])])
                dot, half = _dot(series, self.devicePixelRatioF()), DOT // 2
                for x, y in xy:                  # whole pixels, as the painter places an image anyway
                    p.drawPixmap(round(x) - half, round(y) - half, dot)
            p.setRenderHint(QtGui.QPainter.Antialiasing, False)
        # time axis marks
        p.setPen(text_colour)
        for x, _text in self._ticks(plot):
            p.drawLine(QtCore.QPointF(x, top + h), QtCore.QPointF(x, top + h + 4))
        self._draw_labels(p, colours, text_colour)
        if now and t0 <= now <= t1:
            x = x_of(now)
            p.setPen(QtGui.QPen(text_colour, 1, Qt.DotLine))
            p.drawLine(QtCore.QPointF(x, top), QtCore.QPointF(x, top + h))

    def _draw_labels(self, p: QtGui.QPainter, colours: dict[str, str], text_colour: QtGui.QColor) -> None:
        fonts = self._fonts()
        align = {chart_labels.NAME: Qt.AlignLeft, chart_labels.UNIT: Qt.AlignLeft,
                 chart_labels.VALUE: Qt.AlignRight, chart_labels.TICK: Qt.AlignHCenter}
        for label in self.labels():
            if label.kind == chart_labels.NAME:
                pen = QtGui.QColor(colours.get(f"series_{label.ref}", text_colour.name()))
            elif label.kind == chart_labels.VALUE:
                pen = QtGui.QColor(colour("chart_baseline" if label.ref == "baseline" else "chart_limit"))
            else:
                pen = text_colour
            p.setFont(fonts[label.kind])
            p.setPen(pen)
            b = label.box
            p.drawText(QtCore.QRectF(b.x, b.y, b.w, b.h), align[label.kind] | Qt.AlignVCenter, label.text)
