"""The ward dashboard shown when no patient is open: what is due, overdue or
waiting, per capability (see ``dashboard_sections.SECTIONS``)."""

from __future__ import annotations

from . import capabilities
from .dashboard_sections import SECTIONS
from .ops import Op
from .style import colour
from .qt import (QColor, QLabel, QListWidget, QListWidgetItem, QScrollArea, Qt, QVBoxLayout,
                 QWidget, Signal)

URGENCY_ROLES = {2: "error_text", 1: "state_paused", 0: "text"}   # colour roles of ui/style.py


class Dashboard(QWidget):
    patient_selected = Signal(str)
    target_selected = Signal(str, str)   # patient id, tab/field key (see DashboardItem.target)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        capabilities.load()         # the capabilities fill SECTIONS
        self.setObjectName("dashboard")
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.addWidget(QLabel(self.tr("Ward dashboard"), objectName="title"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.lists: list[QListWidget] = []
        self.empty = QLabel(self.tr("Nothing is due. Open a patient from the list on the left."),
                            objectName="hint")
        self.body.addWidget(self.empty)
        for section in SECTIONS:
            self.body.addWidget(QLabel(section.title(), objectName="banner"))
            lst = QListWidget()
            lst.setObjectName(f"section_{len(self.lists)}")
            lst.itemActivated.connect(self._open)
            lst.itemClicked.connect(self._open)
            self.body.addWidget(lst)
            self.lists.append(lst)
        self.body.addStretch(1)

    def refresh(self) -> None:
        session = self.ctx.session
        if session is None or not session.is_open:
            return
        Op(self.ctx, lambda: [section.items(session) for section in SECTIONS], parent=self) \
            .on_success(self._show).run()

    def _show(self, per_section) -> None:
        total = 0
        for lst, items in zip(self.lists, per_section):
            lst.clear()
            for item in sorted(items, key=lambda i: -i.urgency):
                w = QListWidgetItem(item.text)
                w.setData(Qt.ItemDataRole.UserRole, item.patient_id)
                w.setData(Qt.ItemDataRole.UserRole + 1, item.target)
                w.setForeground(QColor(colour(URGENCY_ROLES.get(item.urgency, "text"))))
                lst.addItem(w)
            lst.setFixedHeight(max(1, len(items)) * 34 + 8)
            total += len(items)
        self.empty.setVisible(total == 0)

    def _open(self, item) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        if pid:
            target = item.data(Qt.ItemDataRole.UserRole + 1) or ""
            if target:
                self.target_selected.emit(pid, target)
            else:
                self.patient_selected.emit(pid)
