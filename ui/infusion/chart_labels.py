"""Where the trend chart writes its labels, worked out without Qt so that a
test can check any values: strip names and units in the left column, the
threshold and baseline values beside their dashed lines, the minutes under
the time axis. A label is placed only where it overlaps no other label and
stays inside its strip (or under the axis), on no reading's dot, crossing
no other line of its strip where it can; one that cannot be placed is left
out (its line is still drawn). "102,4" was once written over "74", and a
strip's threshold over the next strip's."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

NAME, UNIT, VALUE, TICK = "name", "unit", "value", "tick"
BASELINE = "baseline"    # the baseline's line id; the others are alert rules
GAP = 2.0               # px between a value label and its line, and around a minute label


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: "Box") -> bool:
        """They share some area (touching edges do not count)."""
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)

    def inside(self, other: "Box") -> bool:
        return (self.x >= other.x and self.y >= other.y
                and self.x + self.w <= other.x + other.w and self.y + self.h <= other.y + other.h)


@dataclass(frozen=True)
class Label:
    kind: str           # NAME, UNIT, VALUE or TICK
    text: str
    box: Box
    ref: str = ""       # the strip's first sign (NAME, UNIT), the line's id (VALUE)


@dataclass(frozen=True)
class StripLabels:
    """One strip's labels: its band (top, height) and its lines, as y and text."""
    top: float
    height: float
    sign: str
    name: str
    unit: str
    lines: Sequence[tuple[str, float, str]]      # line id, y, text
    dots: Sequence[Box] = ()                     # the readings' dots: a value is not written on one
    segments: Sequence[tuple[float, float, float, float]] = ()   # the series' lines, x0, y0, x1, y1


@dataclass(frozen=True)
class Frame:
    """The widget and its plot area, in pixels."""
    width: float
    height: float
    left: float          # the plot starts here; names and units sit left of it
    plot_right: float    # the plot ends here; value labels end just inside it
    axis_y: float        # the time axis; minute labels sit under it


Measure = Callable[[str, str], tuple[float, float]]     # (text, kind) -> (width, height)


def _crosses(box: Box, x0: float, y0: float, x1: float, y1: float) -> bool:
    """Does the segment (x0, y0)-(x1, y1) run through *box*? (Liang-Barsky
    clipping: what is left of the segment inside the box.)"""
    lo, hi = 0.0, 1.0
    dx, dy = x1 - x0, y1 - y0
    for p, q in ((-dx, x0 - box.x), (dx, box.x + box.w - x0),
                 (-dy, y0 - box.y), (dy, box.y + box.h - y0)):
        if p == 0:
            if q < 0:
                return False        # parallel to this edge, outside it
        else:
            t = q / p
            if p < 0:
                lo = max(lo, t)
            else:
                hi = min(hi, t)
            if lo > hi:
                return False
    return True


def place(frame: Frame, strips: Sequence[StripLabels], ticks: Sequence[tuple[float, str]],
          measure: Measure) -> list[Label]:
    """Every label that fits, in drawing order; no two overlap, each inside
    the widget. ``ticks``: (x, text) of the minute marks, left to right."""
    placed: list[Label] = []
    widget = Box(0, 0, frame.width, frame.height)

    def put(label: Label, within: Box) -> bool:
        if label.box.inside(within) and label.box.inside(widget) \
                and not any(label.box.overlaps(p.box) for p in placed):
            placed.append(label)
            return True
        return False

    column = max(frame.left - 6, 0.0)
    for s in strips:
        band = Box(0, s.top, frame.width, s.height)
        w, h = measure(s.name, NAME)
        named = put(Label(NAME, s.name, Box(2, s.top + 2, min(w, column), h), s.sign), band)
        if named and s.unit:
            uw, uh = measure(s.unit, UNIT)
            put(Label(UNIT, s.unit, Box(2, s.top + 2 + h, min(uw, column), uh), s.sign), band)
    for s in strips:
        band = Box(frame.left, s.top, frame.plot_right - frame.left, s.height)
        # alert limits before the baseline: where room is short, the limit keeps its value
        for line_id, y, text in sorted(s.lines, key=lambda line: line[0] == BASELINE):
            w, h = measure(text, VALUE)
            # at the right end of its line, above it, else below; never on a
            # reading's dot -- the latest readings are at this end, and a value
            # written there was hidden under one -- so else just left of the
            # latest readings, then of the ones before; where lines are close,
            # one crossing a line beats none
            def beside(x: float) -> list[Box]:     # above the line, below it: off every dot
                return [box for box in (Box(x, y - GAP - h, w, h), Box(x, y + GAP, w, h))
                        if not any(box.overlaps(d) for d in s.dots)]
            spots = beside(frame.plot_right - GAP - w)
            if not spots:       # left of the readings only where no series' line runs through it
                columns = sorted({d.x for d in s.dots}, reverse=True)[:3]
                spots = [box for x in (c - GAP - w for c in columns) if x >= frame.left
                         for box in beside(x) if not any(_crosses(box, *seg) for seg in s.segments)]
            clear = [box for box in spots
                     if not any(box.y < other < box.y + box.h for _id, other, _t in s.lines)]
            for box in clear + spots:
                if put(Label(VALUE, text, box, line_id), band):
                    break
    under = Box(0, frame.axis_y, frame.width, frame.height - frame.axis_y)
    for x, text in ticks:
        w, h = measure(text, TICK)
        # centred under its mark, with room around it so neighbours never touch;
        # at the ends, moved just inside the widget
        x0 = min(max(x - w / 2 - GAP, 0.0), frame.width - w - 2 * GAP)
        put(Label(TICK, text, Box(x0, frame.axis_y + 4, w + 2 * GAP, h)), under)
    return placed
