"""Small widgets for the eligibility checklist: big choice buttons usable by
keyboard (Tab/Space, or the first letter), status chips, text fields that
show their error."""
from __future__ import annotations

from ui import style
from ui.qt import QtWidgets, Qt
from ui.widgets.choices import state_css
from ui.widgets.focus_ring import focus_ring

# status: (background role, text role) of the theme (ui/style.py), so a chip
# follows night mode with the rest of the screen (fixed hex colours once
# stayed day-bright on the night background)
STATUS_ROLES = {
    "met": ("ok", "ok_text"),
    "not_met": ("danger", "danger_text"),
    "missing": ("warning", "warning_text"),
    "provisional": ("accent", "accent_text"),
    "pending": ("chip_pending", "chip_pending_text"),
    "cannot_be_met": ("chip_blocked", "chip_blocked_text"),   # a branch stopped by a value not done
}


def chip_style(c: dict[str, str]) -> str:
    """The status chips' rules in the theme's colours *c* (by their ``chip`` property)."""
    rules = ["QLabel[chip] { border-radius: 6px; font-weight: bold; padding: 0 8px; "
             f"background: {c['chip_pending']}; color: {c['chip_pending_text']}; }}"]
    rules += [f'QLabel[chip="{status}"] {{ background: {c[bg]}; color: {c[fg]}; }}'
              for status, (bg, fg) in STATUS_ROLES.items()]
    return "\n".join(rules) + "\n"


def app_style() -> str:
    """The checklist's and screening log's sheet in the current theme's
    colours (ui/style.py): set again when night mode switches
    (``ui.widgets.themed.Themed``); its hex colours once left dark text on the night
    background and light buttons under light text. Its neutral buttons are
    framed here; the kit's other kinds and the choices are the theme's."""
    c = style.theme().colours
    return f"""
QWidget#EligibilityRoot, QWidget#EligibilityRoot QWidget {{ font-size: 15px; }}
QGroupBox {{ font-weight: bold; font-size: 17px; border: 1px solid {c['border']}; border-radius: 6px;
            margin-top: 14px; padding-top: 10px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QLineEdit {{ min-height: 34px; padding: 2px 6px; border: 2px solid {c['border']}; border-radius: 4px;
            background: {c['field_bg']}; color: {c['field_text']}; }}
QPushButton[kind="neutral"] {{ min-height: 38px; padding: 2px 14px; border-radius: 5px; border: 2px solid {c['border']};
              background: {c['button']}; color: {c['button_text']}; }}
QPushButton[kind="neutral"]:disabled {{ color: {c['disabled_text']}; background: {c['disabled_bg']};
              border-color: {c['disabled_border']}; }}
QLabel[role="error"] {{ color: {c['error_text']}; font-weight: bold; }}
QLabel[role="reason"] {{ color: {c['text']}; }}
QLabel[role="registry"] {{ color: {c['muted']}; font-style: italic; }}
QLabel[role="hint"] {{ color: {c['muted']}; }}
QLabel[role="offer"] {{ color: {c['upcoming_text']}; font-weight: bold; }}
QListWidget#todo {{ background: {c['surface']}; color: {c['text']}; border: 1px solid {c['border']}; }}
QListWidget#todo::item {{ padding: 3px; }}
""" + chip_style(c) + focus_ring(c["focus_ring"], c["banner_bg"])


def restyle(w: QtWidgets.QLineEdit) -> None:
    """Show the field's ``state`` property (missing / error) as its own style
    (a choice's state is the theme's: ``ui.widgets.choices``)."""
    css = state_css(w.property("state") or "")
    w.setStyleSheet(f"QLineEdit {{ {css} }}" if css else "")


class StatusChip(QtWidgets.QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignCenter)
        self.setMinimumWidth(104)
        self.setFixedHeight(30)
        self.setProperty("chip", "pending")

    def set_status(self, status: str, text: str) -> None:
        """Show *status* in its theme colours (``chip_style``, in the screen's
        sheet: night mode restyles it with the rest)."""
        self.setText(text)
        if self.property("chip") != status:
            self.setProperty("chip", status)
            self.style().unpolish(self)
            self.style().polish(self)


class Field(QtWidgets.QLineEdit):
    """A line edit that remembers its state (ok / missing / error)."""

    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)

    def set_state(self, state: str) -> None:
        if self.property("state") != state:
            self.setProperty("state", state)
            restyle(self)


def wrap_label(text: str, role: str = "reason") -> QtWidgets.QLabel:
    lab = QtWidgets.QLabel(text)
    lab.setWordWrap(True)
    lab.setProperty("role", role)
    lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
    if role in ("reason", "hint", "error", "offer"):
        lab.setTextFormat(Qt.PlainText)
    return lab


def local_text(iso: str | None, tz, with_time: bool = True) -> str:
    """ISO date/datetime -> DD/MM/YYYY [HH:MM] in the workstation's zone."""
    if not iso:
        return ""
    from datetime import date, datetime
    try:
        if with_time:
            dt = datetime.fromisoformat(iso)
            if dt.tzinfo is not None:
                dt = dt.astimezone(tz)
            return dt.strftime("%d/%m/%Y %H:%M")
        return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return iso

