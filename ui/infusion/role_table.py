"""A table whose cells are worked out once: the model holds every role of
every cell (:class:`RoleTableModel`) and the view paints a cell straight from
them (:class:`RoleCellDelegate`: text, alignment, background, foreground,
font), without the style-sheet item delegate.

With the application style sheet set, Qt's own delegate sends every cell
through the style sheet's rule matching and asks the model for about seven
roles one call at a time; the flowsheet's cells were most of the time to
paint a patient's infusion screen (issue 12). A model used with this
delegate gives all the roles of a cell at once: ``cell(row, column)``, a
dict ``Qt.ItemDataRole -> value`` (``FlowsheetModel``, ``AeModel``).

What it paints is what the nurse saw before: the cell's background (or the
alternate row's, or the selection's), its text in its colour and font,
aligned as the model says (left and vertically centred by default), cut at
the cell's edge with "…" when it does not fit; and the current cell framed
in the focus ring's colour while the view has the keyboard (Qt's delegate
drew a dotted frame there). Each text is laid out once per font and width
(``QStaticText``), not at every paint."""
from __future__ import annotations

from ui.qt import QtCore, QtGui, QtWidgets, Qt
from ui.style import theme

_R = Qt.ItemDataRole
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_HCENTER, _RIGHT = Qt.AlignmentFlag.AlignHCenter.value, Qt.AlignmentFlag.AlignRight.value
_MARGIN = 3            # the text margin Qt's delegate leaves on each side
_RING = 3              # the current cell's frame, as thick as the app's focus ring
_HAS_FOCUS = QtWidgets.QStyle.StateFlag.State_HasFocus.value
# the palette roles the view would paint with, by their theme colour (ui/style.py palette()),
# and the focus ring's (ui/widgets/focus_ring.py)
_COLOURS = {"text": "text", "alternate": "window", "highlight": "highlight", "highlighted": "highlight_text",
            "focus_ring": "focus_ring", "focus": "focus"}


class RoleTableModel(QtCore.QAbstractTableModel):
    """Named columns (:attr:`columns`, titles :attr:`_heads`); a subclass fills
    :attr:`_table`, per row, per column, a dict role -> value, inside a model
    reset."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: list[list[dict]] = []
        self._heads: list[str] = []

    def rowCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._table)

    def columnCount(self, parent=QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._heads[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self._table[index.row()][index.column()].get(role)

    def cell(self, row: int, column: int) -> dict:
        """Every role of one cell at once (what :class:`RoleCellDelegate` paints from)."""
        return self._table[row][column]


class RoleCellDelegate(QtWidgets.QStyledItemDelegate):
    """For a view whose model has ``cell(row, column) -> {role: value}``;
    the view's alternating rows are painted here (turn the view's own off).
    Set it after the view's model: it follows the view's selection itself."""

    def __init__(self, view: QtWidgets.QAbstractItemView, alternate: bool = True):
        super().__init__(view)
        self.view = view
        self.alternate = alternate
        self._cell = view.model().cell
        self._selected: set[int] = set()        # selected rows (the views select whole rows)
        view.selectionModel().selectionChanged.connect(self._selection)
        view.model().modelReset.connect(self._reset)     # (the selection is cleared then without a signal)
        self._theme = None
        self._colours: dict[str, QtGui.QColor] = {}
        self._base: QtGui.QFont | None = None      # the view's font the cached ones derive from
        self._fonts: dict[int, tuple] = {}

    def _reset(self):
        self._selected = set()

    def _selection(self, *_):
        self._selected = {i.row() for i in self.view.selectionModel().selectedIndexes()}

    def _font(self, view_font: QtGui.QFont, cell_font: QtGui.QFont | None):
        """(font, metrics, ascent, texts, cell font) of a cell: its font role
        over the view's font, resolved and measured once per font the model
        hands out; *texts* keeps, per text, its laid-out ``QStaticText`` and
        width (a table repeats the same few texts: each is shaped once, not
        at every paint)."""
        if self._base is None or view_font != self._base:
            self._base, self._fonts = QtGui.QFont(view_font), {}
        key = id(cell_font)
        found = self._fonts.get(key)
        if found is None:
            font = cell_font.resolve(view_font) if cell_font is not None else QtGui.QFont(view_font)
            metrics = QtGui.QFontMetricsF(font)
            found = self._fonts[key] = (font, metrics, metrics.ascent(), {},
                                        cell_font)     # keeps it alive: the id stays its own
        return found

    def _colour(self, name: str) -> QtGui.QColor:
        t = theme()
        if t is not self._theme:          # night mode switched
            self._theme = t
            self._colours = {k: QtGui.QColor(t.colours[v]) for k, v in _COLOURS.items()}
        return self._colours[name]

    def paint(self, painter: QtGui.QPainter, option, index: QtCore.QModelIndex) -> None:
        row = index.row()
        cell = self._cell(row, index.column())
        rect = option.rect
        selected = row in self._selected
        if selected:
            painter.fillRect(rect, self._colour("highlight"))
        elif (bg := cell.get(_R.BackgroundRole)) is not None:
            painter.fillRect(rect, bg)
        elif self.alternate and row % 2:
            painter.fillRect(rect, self._colour("alternate"))
        text = cell.get(_R.DisplayRole)
        if text:
            self._text(painter, rect, cell, text, selected)
        if option.state.value & _HAS_FOCUS:
            self._focus(painter, rect, selected)

    def _text(self, painter: QtGui.QPainter, rect: QtCore.QRect, cell: dict, text: str, selected: bool) -> None:
        font, metrics, ascent, texts, _ = self._font(self.view.font(), cell.get(_R.FontRole))
        painter.setFont(font)
        if selected:
            painter.setPen(self._colour("highlighted"))
        else:
            fg = cell.get(_R.ForegroundRole)
            painter.setPen(fg.color() if fg is not None else self._colour("text"))
        # one line of text, laid out once (QStaticText) and drawn at a computed
        # point: not the rectangle-and-flags path that lays it out again per cell
        x, y, w, h = rect.getRect()
        room = w - 2 * _MARGIN
        shown = texts.get((text, room))
        if shown is None:
            width = metrics.horizontalAdvance(text)
            if width > room:       # cut with "…" where it does not fit
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
                width = metrics.horizontalAdvance(text)
            static = QtGui.QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QtGui.QTransform(), font)
            if len(texts) > 2000:      # (a long list's texts: never grows without bound)
                texts.clear()
            shown = texts[(cell.get(_R.DisplayRole), room)] = (static, width)
        static, width = shown
        align = cell.get(_R.TextAlignmentRole, _LEFT)
        x += _MARGIN
        if align & _HCENTER:
            x += (room - width) / 2
        elif align & _RIGHT:
            x += room - width
        # the baseline where the rectangle-and-flags path put it, as a top-left point
        painter.drawStaticText(QtCore.QPointF(x, y + (h + ascent - metrics.descent()) / 2 - ascent), static)

    def _focus(self, painter: QtGui.QPainter, rect: QtCore.QRect, selected: bool) -> None:
        """The current cell framed (keyboard users see where they are): the
        app's focus-ring colour, amber on a selected row (the ring's blue is
        the selection's)."""
        pen = QtGui.QPen(self._colour("focus" if selected else "focus_ring"), _RING)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.save()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QtCore.QRectF(rect).adjusted(_RING / 2, _RING / 2, -_RING / 2, -_RING / 2))
        painter.restore()
