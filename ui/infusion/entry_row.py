"""One-row vital-sign entry for speed: Tab between fields, Enter saves,
the time defaults to now (blank) and can be typed as HH:MM."""
from __future__ import annotations

from bedside.infusion.messages import label
from bedside.infusion.protocol import InfusionProtocol
from ui.qt import QtWidgets, Signal, Qt

BIG = 20


class _Field(QtWidgets.QLineEdit):
    enter = Signal()

    def keyPressEvent(self, e):
        if e.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.enter.emit()
            return
        super().keyPressEvent(e)


class EntryRow(QtWidgets.QFrame):
    """Emits submitted(raw_values: dict, time_text: str); edited() on every
    keystroke (the flowsheet keeps the half-typed row as a draft)."""
    submitted = Signal(dict, str)
    edited = Signal()

    def __init__(self, protocol: InfusionProtocol, language: str = "en", parent=None):
        super().__init__(parent)
        self.protocol = protocol
        self.prefilled_time: str | None = None     # time text put there from the monitor
        self.setObjectName("entryRow")
        self.setStyleSheet("#entryRow { background: #f1f8e9; border: 2px solid #7cb342; border-radius: 8px; }"
                           "QLineEdit { font-size: %dpt; padding: 4px; border: 1px solid #90a4ae; border-radius: 4px; background: white; }"
                           "QLineEdit[bad=\"true\"] { border: 3px solid #d32f2f; background: #ffebee; }"
                           "QLineEdit[monitor=\"true\"] { border: 2px solid #1e88e5; background: #e3f2fd; }"
                           "QLabel.head { font-size: 11pt; font-weight: bold; color: #33691e; }" % BIG)
        grid = QtWidgets.QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.fields: dict[str, _Field] = {}
        cols = [("time", self.tr("Time"), "")] + [
            (s.id, label(s.short, language), s.unit) for s in protocol.signs]
        for c, (fid, name, unit) in enumerate(cols):
            head = QtWidgets.QLabel(f"{name}" + (f" <span style='font-weight:normal;color:#607d8b'>{unit}</span>" if unit else ""))
            head.setProperty("class", "head")
            head.setTextFormat(Qt.RichText)
            grid.addWidget(head, 0, c)
            f = _Field()
            f.setObjectName(f"entry_{fid}")
            f.setAccessibleName(name)
            f.setMinimumHeight(46)
            f.setMaxLength(8)
            f.setAlignment(Qt.AlignCenter)
            if fid == "time":
                f.setPlaceholderText(self.tr("now"))
                f.setMinimumWidth(96)
            else:
                s = protocol.sign(fid)
                f.setInputMethodHints(Qt.ImhFormattedNumbersOnly)
                f.setPlaceholderText("—" if not s.required else "")
            f.enter.connect(self._submit)
            f.textEdited.connect(lambda _t, f=f: self._mark(f, False))
            f.textEdited.connect(lambda _t, f=f: self._mark_monitor(f, False))
            f.textEdited.connect(self.edited)
            grid.addWidget(f, 1, c)
            label_for = head
            label_for.setBuddy(f)
            self.fields[fid] = f
        self.save = QtWidgets.QPushButton(self.tr("Save ⏎"))
        self.save.setObjectName("entrySave")
        self.save.setMinimumHeight(46)
        self.save.setMinimumWidth(110)
        self.save.setStyleSheet("font-size: 14pt; font-weight: bold; background: #558b2f; color: white; border-radius: 6px;")
        self.save.setFocusPolicy(Qt.NoFocus)  # Tab goes field to field; Enter saves
        self.save.clicked.connect(self._submit)
        grid.addWidget(self.save, 1, len(cols))
        self.message = QtWidgets.QLabel("")
        self.message.setObjectName("entryMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c; font-size: 13pt; font-weight: bold;")
        grid.addWidget(self.message, 2, 0, 1, len(cols) + 1)
        self.message.hide()
        order = [self.fields[k] for k in self.fields]
        # Start at the first sign (time is usually left blank = now)
        for a, b in zip(order[1:], order[2:]):
            QtWidgets.QWidget.setTabOrder(a, b)
        QtWidgets.QWidget.setTabOrder(order[-1], order[0])
        QtWidgets.QWidget.setTabOrder(order[0], order[1])

    def focus_first(self):
        f = self.fields[self.protocol.signs[0].id]
        f.setFocus(Qt.OtherFocusReason)
        f.selectAll()

    def _mark(self, f, bad: bool):
        f.setProperty("bad", "true" if bad else "false")
        f.style().unpolish(f)
        f.style().polish(f)

    def _mark_monitor(self, f, on: bool):
        f.setProperty("monitor", "true" if on else "false")
        f.style().unpolish(f)
        f.style().polish(f)

    def is_blank(self) -> bool:
        return not any(f.text().strip() for f in self.fields.values())

    def prefill(self, values: dict[str, str], time_text: str) -> None:
        """Show the monitor's values (tinted until the nurse types over one);
        the other fields are left blank."""
        for k, f in self.fields.items():
            text = time_text if k == "time" else values.get(k, "")
            f.setText(text)
            self._mark(f, False)
            self._mark_monitor(f, bool(text))
        self.prefilled_time = time_text

    def from_monitor(self) -> list[str]:
        """Signs still showing the monitor's value untouched."""
        return [k for k, f in self.fields.items() if k != "time" and f.property("monitor") == "true"]

    def values(self) -> dict[str, str]:
        """Everything typed, the time included (what a draft keeps)."""
        return {k: f.text() for k, f in self.fields.items()}

    def restore(self, values: dict) -> None:
        """Put back a half-typed row exactly as it was."""
        for k, f in self.fields.items():
            text = values.get(k)
            f.setText(text if isinstance(text, str) else "")
            self._mark(f, False)

    def _submit(self):
        raw = {k: f.text() for k, f in self.fields.items() if k != "time"}
        self.submitted.emit(raw, self.fields["time"].text())

    def show_problems(self, messages: list[tuple[str | None, str]]):
        """messages: (field id or None, translated text). Focus the first bad field."""
        for f in self.fields.values():
            self._mark(f, False)
        first = None
        for fid, _ in messages:
            f = self.fields.get(fid or "")
            if f is not None:
                self._mark(f, True)
                first = first or f
        self.message.setText("  •  ".join(t for _, t in messages))
        self.message.setVisible(bool(messages))
        if first is not None:
            first.setFocus(Qt.OtherFocusReason)
            first.selectAll()

    def clear_after_save(self):
        self.prefilled_time = None
        for f in self.fields.values():
            f.clear()
            self._mark(f, False)
            self._mark_monitor(f, False)
        self.message.hide()
        self.focus_first()
