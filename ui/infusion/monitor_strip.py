"""The monitor's latest values above the flowsheet's entry row: where they
come from and when, how to accept (Enter, the row is pre-filled), change
(type over a value) or not chart them (F10, with a reason) (docs/hl7.md)."""
from __future__ import annotations


from bedside.hl7feed.proposals import VitalProposal
from ui.i18n import localized
from ui.infusion.common import local_time
from ui.qt import QtWidgets, Signal, Qt
from ui.style import colour
from ui.widgets.buttons import Kind, Size, push_button


class MonitorStrip(QtWidgets.QFrame):
    reject_requested = Signal()
    review_requested = Signal()          # the held messages (ui/infusion/held_dialog.py)

    def __init__(self, protocol, language: str, parent=None) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.language = language
        self.setObjectName("monitorStrip")
        # one slim line: with several alerts above it, every pixel of height
        # goes to the readings table on a 1366×768 screen (issue 16 item 12)
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(8, 0, 4, 0)
        self.text = QtWidgets.QLabel()
        self.text.setObjectName("monitorText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.PlainText)
        lay.addWidget(self.text, 1)
        self.reject = push_button(self.tr("Do not chart… F10"), "monitorReject", self.reject_requested,
                                  size=Size.SLIM)
        self.reject.setFocusPolicy(Qt.NoFocus)        # Tab stays in the entry row
        lay.addWidget(self.reject)
        # opens the review of the held messages
        self.held = push_button("", "monitorHeld", self.review_requested, kind=Kind.REVIEW, size=Size.TAG)
        self.held.setFocusPolicy(Qt.NoFocus)
        self.restyle()
        lay.addWidget(self.held)
        self.hide()

    def restyle(self) -> None:
        """Colours of the current theme (night mode: no bright strip at 3 a.m.)."""
        self.setStyleSheet(f"#monitorStrip {{ background: {colour('upcoming_bg')};"
                           f" border: 2px solid {colour('upcoming_border')}; border-radius: 6px; }}"
                           f" QLabel {{ font-size: 11pt; color: {colour('upcoming_text')}; }}")

    def show_offer(self, prop: VitalProposal | None, held: int) -> None:
        if prop is not None:
            signs = "  ·  ".join(f"{localized(self.protocol.sign(s).short, self.language)} {v}"
                                 for s, v in prop.values.items())
            self.text.setText(self.tr("Monitor {time}: check the blue values, Enter saves.")
                              .format(time=local_time(prop.observed_utc)))
            self.text.setToolTip(signs.replace(".", ",") if self.language == "fr" else signs)
        self.text.setVisible(prop is not None)
        self.reject.setVisible(prop is not None)
        self.held.setText(self.tr("{n} held (identity) — review…").format(n=held)
                          if held else "")
        self.held.setToolTip(self.tr("Held for review: {n} monitor message(s) whose name or birth "
                                     "date differ from this patient's.").format(n=held) if held else "")
        self.held.setVisible(bool(held))
        self.setVisible(prop is not None or bool(held))
