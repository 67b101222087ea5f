"""The alerts of the last reading above the flowsheet's entry row: red,
framed, with the ⚠ sign, and compact — the first alert on one line and
"+N more (F9)" to unfold the others, one per line — so that four alerts at
once never push the newest readings below a 1366×768 screen (issue 16
item 12). Never takes the keyboard focus; a screen reader is told every
alert when they appear."""
from __future__ import annotations

from datetime import datetime

from ui.infusion.common import alert_text, local_time
from ui.widgets.buttons import Kind, Size, push_button
from ui.qt import QtGui, QtWidgets, Signal, Qt
from ui.style import colour


class AlertBar(QtWidgets.QFrame):
    record_ae = Signal(str)   # suggested term text
    dismissed = Signal()

    def __init__(self, protocol=None, lang: str = "en", parent=None):
        super().__init__(parent)
        self.protocol, self.lang = protocol, lang
        self.setObjectName("alertBar")
        self.setAccessibleName(self.tr("Alerts"))
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(10, 2, 6, 2)
        self.icon = QtWidgets.QLabel("⚠")
        self.icon.setAccessibleName(self.tr("Alert"))
        self.text = QtWidgets.QLabel()
        self.text.setObjectName("alertText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.PlainText)
        self.more = push_button("", "alertMore", size=Size.COMPACT)     # 12 pt in the bar (ui/style.py)
        self.ae = push_button(self.tr("Adverse event… F8"), "alertRecordAe", kind=Kind.DANGER, size=Size.COMPACT)
        self.ae.setToolTip(self.tr("Record an adverse event from this alert"))
        self.ok = push_button(self.tr("Seen"), "alertSeen", size=Size.COMPACT)
        for b in (self.more, self.ae, self.ok):
            b.setFocusPolicy(Qt.NoFocus)     # Tab stays in the entry row; F8/F9 reach them
        self.restyle()
        lay.addWidget(self.icon, 0, Qt.AlignTop)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.more)
        lay.addWidget(self.ae)
        lay.addWidget(self.ok)
        self.more.clicked.connect(self.toggle)
        self.ae.clicked.connect(lambda: self.record_ae.emit(self._term))
        self.ok.clicked.connect(self._dismiss)
        self._term = ""
        self._when: datetime | None = None
        self._parts: list[str] = []
        self.expanded = False
        self.hide()

    def restyle(self):
        """Colours of the current theme (night mode)."""
        self.setStyleSheet(f"#alertBar {{ background: {colour('alert_bg')}; border: 3px solid {colour('alert_border')};"
                           " border-radius: 8px; }")
        self.icon.setStyleSheet(f"font-size: 20pt; color: {colour('alert_text')};")
        self.text.setStyleSheet(f"font-size: 11pt; font-weight: bold; color: {colour('alert_text')};")

    def show_alerts(self, when: datetime, alerts: list):
        if not alerts:
            self.hide()
            return
        self._when = when
        self._parts = [alert_text(a, self.protocol, self.lang) for a in alerts]
        self._term = "; ".join(self._parts)
        self.expanded = False
        self._paint()
        self.show()
        self._announce()

    def full_text(self) -> str:
        """Every alert on one line: what a screen reader reads."""
        return self.tr("ALERT {time}: {alerts}").format(time=local_time(self._when), alerts=" · ".join(self._parts))

    def hidden_count(self) -> int:
        """Alerts folded under "+N more" (0 when unfolded or only one)."""
        return 0 if self.expanded else max(0, len(self._parts) - 1)

    def toggle(self):
        """F9 or the "+N more" button: unfold the other alerts, or fold them again."""
        if len(self._parts) > 1 and self.isVisible():
            self.expanded = not self.expanded
            self._paint()

    def _paint(self):
        head = self.tr("ALERT {time}:").format(time=local_time(self._when))
        if self.expanded:
            self.text.setText(head + "\n" + "\n".join(f"• {p}" for p in self._parts))
        else:
            self.text.setText(f"{head} {self._parts[0]}")
        n = self.hidden_count()
        self.more.setVisible(len(self._parts) > 1)
        self.more.setText(self.tr("+{n} more ▾ F9").format(n=n) if n else self.tr("Fewer ▴ F9"))
        self.more.setToolTip("\n".join(self._parts))
        full = self.full_text()
        self.text.setAccessibleName(full)
        self.text.setToolTip(full)
        self.setAccessibleDescription(full)

    def _announce(self):
        """Tell assistive technology an alert appeared (it does not move the focus)."""
        QtGui.QAccessible.updateAccessibility(QtGui.QAccessibleEvent(self, QtGui.QAccessible.Event.Alert))

    def _dismiss(self):
        self.hide()
        self.dismissed.emit()
