"""A signature pad: draw with finger, pen or mouse. Produces the stroke data
the core validates (`bedside.consent.signature`)."""
from __future__ import annotations

import time

from ui.qt import QtCore, QtGui, QtWidgets, Qt, Signal
from ui.style import colour


class SignaturePad(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WA_StaticContents, True)
        self.setMinimumSize(520, 180)
        self.setSizePolicy(QtWidgets.QSizePolicy.Expanding, QtWidgets.QSizePolicy.Expanding)
        self.setCursor(Qt.CrossCursor)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setAccessibleName(self.tr("Signature pad"))
        self._strokes: list[list[list[float]]] = []
        self._canvas: tuple[float, float] | None = None  # pad size when the first stroke began
        self._drawing = False
        self._t0 = time.monotonic()

    # -- data ----------------------------------------------------------------
    def is_empty(self) -> bool:
        return not any(self._strokes)

    def clear(self) -> None:
        self._strokes = []
        self._canvas = None
        self._drawing = False
        self.update()
        self.changed.emit()

    def strokes(self) -> dict:
        w, h = self._canvas or (float(self.width()), float(self.height()))
        return {"width": w, "height": h,
                "strokes": [[list(p) for p in s] for s in self._strokes if s]}

    def set_strokes(self, data: dict | None) -> None:
        """Show existing strokes (scaled to this pad) read-only or for review."""
        self._strokes = []
        if data:
            sx = self.width() / max(1.0, data["width"])
            sy = self.height() / max(1.0, data["height"])
            s = min(sx, sy)
            self._strokes = [[[p[0] * s, p[1] * s, p[2]] for p in st] for st in data["strokes"]]
        self.update()

    # -- input ---------------------------------------------------------------
    def _ms(self) -> int:
        return int((time.monotonic() - self._t0) * 1000)

    def _add(self, pos: QtCore.QPointF, new: bool) -> None:
        if self._canvas is None:
            self._canvas = (float(self.width()), float(self.height()))
        x = min(max(pos.x(), 0.0), self._canvas[0])
        y = min(max(pos.y(), 0.0), self._canvas[1])
        if new or not self._strokes:
            self._strokes.append([])
        self._strokes[-1].append([x, y, self._ms()])
        self.update()

    def mousePressEvent(self, e):
        if e.button() == Qt.LeftButton:
            self._drawing = True
            self._add(e.position(), True)

    def mouseMoveEvent(self, e):
        if self._drawing:
            self._add(e.position(), False)

    def mouseReleaseEvent(self, e):
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def tabletEvent(self, e):  # pen: pressure-capable devices
        t = e.type()
        if t == QtCore.QEvent.TabletPress:
            self._drawing = True
            self._add(e.position(), True)
        elif t == QtCore.QEvent.TabletMove and self._drawing:
            self._add(e.position(), False)
        elif t == QtCore.QEvent.TabletRelease:
            self._drawing = False
            self.changed.emit()
        e.accept()

    def event(self, e):
        t = e.type()
        if t in (QtCore.QEvent.TouchBegin, QtCore.QEvent.TouchUpdate, QtCore.QEvent.TouchEnd):
            pts = e.points()
            if pts:
                pos = pts[0].position()
                if t == QtCore.QEvent.TouchBegin:
                    self._drawing = True
                    self._add(pos, True)
                elif t == QtCore.QEvent.TouchUpdate and self._drawing:
                    self._add(pos, False)
                else:
                    self._drawing = False
                    self.changed.emit()
            e.accept()
            return True
        return super().event(e)

    # -- painting ------------------------------------------------------------
    def paintEvent(self, _e):
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.Antialiasing)
        r = self.rect().adjusted(1, 1, -2, -2)
        p.fillRect(r, QtGui.QColor(colour("field_bg")))      # the theme's, read at each paint: night too
        p.setPen(QtGui.QPen(QtGui.QColor(colour("muted")), 2, Qt.DashLine))
        p.drawRoundedRect(r, 10, 10)
        base_y = int(self.height() * 0.75)
        p.setPen(QtGui.QPen(QtGui.QColor(colour("border")), 2))
        p.drawLine(30, base_y, self.width() - 30, base_y)
        if self.is_empty():
            f = p.font()
            f.setPointSize(14)
            p.setFont(f)
            p.setPen(QtGui.QColor(colour("muted")))
            p.drawText(self.rect().adjusted(0, 0, 0, -int(self.height() * 0.3)), Qt.AlignCenter,
                       self.tr("Sign here with finger, pen or mouse"))
            p.drawText(QtCore.QRect(26, base_y - 34, 30, 30), Qt.AlignCenter, "✕")
        scale = 1.0
        if self._canvas is not None and self._canvas[0] > 0 and self._canvas[1] > 0:
            scale = min(1.0, self.width() / self._canvas[0], self.height() / self._canvas[1])  # pad shrank since
        draw_strokes(p, self._strokes, scale, QtGui.QColor(colour("field_text")), 3.0)
        p.end()


def draw_strokes(p: QtGui.QPainter, strokes, scale: float, color: QtGui.QColor, width: float,
                 offset: QtCore.QPointF | None = None) -> None:
    ox, oy = (offset.x(), offset.y()) if offset is not None else (0.0, 0.0)
    pen = QtGui.QPen(color, width, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
    p.setPen(pen)
    for s in strokes:
        if len(s) == 1:
            p.drawPoint(QtCore.QPointF(ox + s[0][0] * scale, oy + s[0][1] * scale))
            continue
        path = QtGui.QPainterPath(QtCore.QPointF(ox + s[0][0] * scale, oy + s[0][1] * scale))
        for pt in s[1:]:
            path.lineTo(ox + pt[0] * scale, oy + pt[1] * scale)
        p.drawPath(path)
