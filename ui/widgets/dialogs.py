"""The dialog of a signed-in screen: it keeps the application context
(``ctx``: its ops, the session it reads), is named for the stylesheet and the
tests, and opens at its size. The subclass sets its translated title."""
from __future__ import annotations

from ui.qt import QDialog


class ScreenDialog(QDialog):
    def __init__(self, ctx, parent=None, *, name: str = "", size: tuple[int, int] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        if name:
            self.setObjectName(name)
        if size is not None:
            self.resize(*size)
