"""Does this Qt binding leak references to ``None``? (issue 15)

Calls the void-returning methods that brought the flowsheet down
(``QPainter.setPen/setBrush/setFont/drawLine/drawEllipse`` on a ``QImage``,
``QLabel.setText``, ``QWidget.update``) ``rounds`` times each and compares
``sys.getrefcount(None)`` before and after.

On a sound runtime the count does not move (CPython 3.12+ reports a constant:
``None`` is immortal). With PySide6 6.12 on CPython 3.11 each call drops one
reference, so the drop is ``VOID_CALLS_PER_ROUND × rounds``; ``None`` starts
with ~5,000 references once Qt is imported, so a long run aborts the process
(``Fatal Python error: none_dealloc``) and a short run shows the exact drop.

Used by tests/test_runtime_guard.py (tens of thousands of calls, in a
subprocess: ``python -m ui.refcount_probe --rounds N``) and by
``bedside --self-test`` (a few hundred rounds, in process, below the abort).
"""

from __future__ import annotations

import argparse
import gc
import sys
from dataclasses import dataclass

# setPen, setBrush, setFont, drawLine, drawEllipse, QLabel.setText, QWidget.update
VOID_CALLS_PER_ROUND = 7
# Unrelated code may legitimately let go of a few references to None while
# we measure; the broken binding loses one per call, thousands in all.
TOLERANCE = 50


@dataclass(frozen=True)
class ProbeResult:
    rounds: int
    before: int
    after: int

    @property
    def void_calls(self) -> int:
        return self.rounds * VOID_CALLS_PER_ROUND

    @property
    def drop(self) -> int:
        return self.before - self.after

    @property
    def ok(self) -> bool:
        return self.drop <= TOLERANCE

    def line(self) -> str:
        return (f"None refcount {self.before} -> {self.after} after {self.void_calls} void Qt calls "
                f"(drop {self.drop}, tolerance {TOLERANCE}): {'ok' if self.ok else 'LEAKS'}")


def probe(rounds: int) -> ProbeResult:
    """Run the void calls; needs a QApplication (made here if there is none)."""
    from ui.qt import QApplication, QColor, QFont, QLabel, QPainter, QPen, QtCore, QtGui, QWidget

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "bedside"])
    image = QtGui.QImage(64, 64, QtGui.QImage.Format.Format_ARGB32)
    label, widget = QLabel(), QWidget()
    pen, brush, font = QPen(QColor(200, 30, 30)), QtGui.QBrush(QColor(30, 30, 200)), QFont()
    a, b, centre = QtCore.QPointF(1, 1), QtCore.QPointF(60, 60), QtCore.QPointF(32, 32)
    painter = QPainter(image)
    try:
        gc.collect()
        before = sys.getrefcount(None)
        for _ in range(rounds):
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.setFont(font)
            painter.drawLine(a, b)
            painter.drawEllipse(centre, 10.0, 10.0)
            label.setText("T+15")
            widget.update()
        gc.collect()
        after = sys.getrefcount(None)
    finally:
        painter.end()
    label.deleteLater()
    widget.deleteLater()
    app.processEvents()
    return ProbeResult(rounds, before, after)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m ui.refcount_probe", description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=5000)
    result = probe(p.parse_args(argv).rounds)
    print(result.line(), flush=True)
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
