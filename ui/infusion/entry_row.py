"""One-row vital-sign entry for speed: Tab between fields, Enter saves,
the time defaults to now (blank) and can be typed as HH:MM."""
from __future__ import annotations

from ui.i18n import localized
from bedside.infusion.protocol import InfusionProtocol
from ui.qt import QtGui, QtWidgets, Signal, Qt
from ui.style import colour
from ui.widgets.buttons import Kind, Size, push_button

BIG = 20


def _text_width(text: str, points: int, bold: bool = False) -> int:
    """Width of text in the size the style sheet gives it (not yet applied here)."""
    font = QtGui.QFont(QtWidgets.QApplication.font())
    font.setPointSize(points)
    font.setBold(bold)
    return QtGui.QFontMetrics(font).horizontalAdvance(text)


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
        self.restyle()
        grid = QtWidgets.QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(4)      # ten columns and Save in the width of a 1366×768 screen, in French
        grid.setVerticalSpacing(2)
        self.fields: dict[str, _Field] = {}
        cols = [("time", self.tr("Time"), "")] + [
            (s.id, localized(s.short, language), s.unit) for s in protocol.signs]
        for c, (fid, name, unit) in enumerate(cols):
            head = QtWidgets.QLabel(f"{name}" + (f" <span style='font-weight:normal; font-size:9pt'>{unit}</span>" if unit else ""))
            head.setProperty("class", "head")
            head.setTextFormat(Qt.RichText)
            grid.addWidget(head, 0, c)
            f = _Field()
            f.setObjectName(f"entry_{fid}")
            # a screen reader says "FC, bpm" / "Heure", then what it holds
            f.setAccessibleName(f"{name}, {unit}" if unit else name)
            f.setAccessibleDescription(self.tr("Vital sign entry: Tab to the next value, Enter saves"))
            f.setMinimumHeight(46)
            f.setMaxLength(8)
            f.setAlignment(Qt.AlignCenter)
            if fid == "time":
                f.setPlaceholderText(self.tr("now"))
                # the placeholder is read in full ("maintenant", not "mai…")
                f.setMinimumWidth(_text_width(f.placeholderText(), BIG) + 28)
                f.setMaxLength(24)   # "24/11/2026 23:30 +01:00" when a date or offset is needed
            else:
                s = protocol.sign(fid)
                # "38,1" whole at the big size: a value is never drawn cut (1366×768, French)
                f.setMinimumWidth(_text_width("00,0", BIG) + 14)
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
        self.save = push_button(self.tr("Save ⏎"), "entrySave", kind=Kind.OK, size=Size.COMPACT, min_height=46)
        self.save.setMinimumWidth(110)
        self.save.setAccessibleName(self.tr("Save the reading"))
        self.save.setMinimumWidth(max(110, _text_width(self.save.text(), 14, bold=True) + 32))   # never cut ("registre")
        self.save.setFocusPolicy(Qt.NoFocus)  # Tab goes field to field; Enter saves
        self.save.clicked.connect(self._submit)
        grid.addWidget(self.save, 1, len(cols))
        self.message = QtWidgets.QLabel("")
        self.message.setObjectName("entryMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message about the reading"))
        grid.addWidget(self.message, 2, 0, 1, len(cols) + 1)
        self.message.hide()
        self.restyle()
        # a question about the typed time, answered with a button (or Enter on it)
        self.choices = QtWidgets.QWidget()
        self.choices.setObjectName("entryTimeChoices")
        self.choices.setAccessibleName(self.tr("Which date and time?"))
        self._choice_lay = QtWidgets.QHBoxLayout(self.choices)
        self._choice_lay.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.choices, 3, 0, 1, len(cols) + 1)
        self.choices.hide()
        order = [self.fields[k] for k in self.fields]
        # Start at the first sign (time is usually left blank = now)
        for a, b in zip(order[1:], order[2:]):
            QtWidgets.QWidget.setTabOrder(a, b)
        QtWidgets.QWidget.setTabOrder(order[-1], order[0])
        QtWidgets.QWidget.setTabOrder(order[0], order[1])

    def restyle(self):
        """Colours of the current theme (day or night), by role."""
        c = colour
        self.setStyleSheet(
            f"#entryRow {{ background: {c('entry_bg')}; border: 2px solid {c('entry_border')}; border-radius: 8px; }}"
            f"QLineEdit {{ font-size: {BIG}pt; padding: 4px; border: 1px solid {c('border')}; border-radius: 4px;"
            f" background: {c('field_bg')}; color: {c('field_text')}; }}"
            f"QLineEdit[bad=\"true\"] {{ border: 3px solid {c('danger')}; background: {c('field_bad_bg')}; }}"
            f"QLineEdit[monitor=\"true\"] {{ border: 2px solid {c('upcoming_border')}; background: {c('upcoming_bg')}; color: {c('upcoming_text')}; }}"
            f"QLabel.head {{ font-size: 11pt; font-weight: bold; color: {c('entry_head')}; }}")
        if hasattr(self, "save"):
            self.message.setStyleSheet(f"color: {c('error_text')}; font-size: 13pt; font-weight: bold;")

    def focus_first(self):
        _select(self.fields[self.protocol.signs[0].id])

    def _mark(self, f, bad: bool):
        _flag(f, "bad", bad)

    def ask_time(self, question: str, choices: list[tuple[str, str]]):
        """Show the question and one button per possible date and time; the
        button puts its full date and time in the Time field and saves again.
        Nothing typed is lost."""
        self._clear_choices()
        self.message.setText(question)
        self.message.show()
        self._mark(self.fields["time"], True)
        for i, (shown, typed) in enumerate(choices):
            b = push_button(shown, f"entryTimeChoice{i}", size=Size.LARGE)
            b.setAccessibleName(shown)
            b.setAutoDefault(True)
            b.clicked.connect(lambda _=False, t=typed: self._choose(t))
            self._choice_lay.addWidget(b)
        other = push_button(self.tr("Change the time"), "entryTimeRetype", self._retype, min_height=44)
        other.setAccessibleName(other.text())
        self._choice_lay.addWidget(other)
        self._choice_lay.addStretch(1)
        self.choices.show()
        first = self._choice_lay.itemAt(0).widget()
        first.setFocus(Qt.OtherFocusReason)

    def _clear_choices(self):
        while self._choice_lay.count():
            w = self._choice_lay.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.choices.hide()

    def _choose(self, typed: str):
        self.fields["time"].setText(typed)
        self._clear_choices()
        self._submit()

    def _retype(self):
        self._clear_choices()
        _select(self.fields["time"])

    def _mark_monitor(self, f, on: bool):
        _flag(f, "monitor", on)

    def is_blank(self) -> bool:
        return not any(f.text().strip() for f in self.fields.values())

    def prefill(self, values: dict[str, str], time_text: str) -> None:
        """Show the monitor's values (tinted until the nurse types over one);
        the other fields are left blank."""
        from ui.i18n import format_number        # "38,1" in French, as a nurse types it
        for k, f in self.fields.items():
            text = time_text if k == "time" else format_number(values.get(k, ""))
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
        self._clear_choices()
        self.message.setText("  •  ".join(t for _, t in messages))
        self.message.setVisible(bool(messages))
        if first is not None:
            first.setFocus(Qt.OtherFocusReason)
            first.selectAll()

    def clear_after_save(self):
        """Ready for the next due time point: empty fields, keyboard in the first value."""
        self.prefilled_time = None
        for f in self.fields.values():
            f.clear()
            self._mark(f, False)
            self._mark_monitor(f, False)
        self.message.hide()
        self._clear_choices()
        self.focus_first()


def _select(field) -> None:
    """The cursor in ``field``, its text selected: typing replaces it."""
    field.setFocus(Qt.OtherFocusReason)
    field.selectAll()


def _flag(field, name: str, on: bool) -> None:
    """Set the style property ``name`` ("bad", "monitor") and repaint by it."""
    field.setProperty(name, "true" if on else "false")
    field.style().unpolish(field)
    field.style().polish(field)
