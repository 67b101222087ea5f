"""Small helpers shared by the infusion screens."""
from __future__ import annotations

import dataclasses
from datetime import datetime

from bedside import localtime
from bedside.errors import BedsideError
from bedside.messages import Message
from ui import errors, style
from ui.i18n import localized
from ui.qt import QtCore, QtGui, QtWidgets, Qt

BUTTON_CSS = ("QPushButton {{ font-size: 14pt; font-weight: bold; min-height: 44px; padding: 4px 16px;"
              " border-radius: 6px; background: {bg}; color: {fg}; border: 1px solid {border}; }}"
              " QPushButton:disabled {{ background: {dis_bg}; color: {dis_fg}; border-color: {dis_border}; }}"
              " QPushButton:focus {{ border: 3px solid {focus}; }}")


def button_css(bg: str = "button", fg: str = "button_text") -> str:
    """The big-button sheet in the current theme; bg/fg are colour roles."""
    c = style.colour
    return BUTTON_CSS.format(bg=c(bg), fg=c(fg), border=c("button_border"), dis_bg=c("disabled_bg"),
                             dis_fg=c("disabled_text"), dis_border=c("disabled_border"), focus=c("focus"))


def localised(params: dict, sign_id: str | None, protocol=None, lang: str = "en", short: bool = False) -> dict:
    """Core messages name a sign in English; show it in the user's language."""
    if protocol is None or not sign_id or "sign" not in params:
        return params
    try:
        s = protocol.sign(sign_id)
    except KeyError:
        return params
    return {**params, "sign": localized(s.short if short else s.label, lang)}


def problem_text(p: Message, protocol=None, lang: str = "en") -> str:
    return errors.text(dataclasses.replace(p, params=localised(p.params, p.field, protocol, lang)))


def alert_text(a, protocol=None, lang: str = "en") -> str:
    return errors.text(dataclasses.replace(a.message, params=localised(a.message.params, a.sign, protocol, lang,
                                                                       short=True)))


def error_messages(err: Exception, protocol=None, lang: str = "en") -> list[tuple[str | None, str]]:
    """(field, translated text) for any error: every problem of a core error,
    the one unexpected-error sentence otherwise."""
    if isinstance(err, BedsideError):
        return [(m.field, problem_text(m, protocol, lang)) for m in err.messages]
    return [(None, errors.message_for(err))]


def button(text: str, bg: str = "button", fg: str = "button_text", name: str | None = None) -> QtWidgets.QPushButton:
    """A big button coloured by role (ui/style.py); ``restyle_button`` repaints it
    in the current theme."""
    b = QtWidgets.QPushButton(text)
    b.setProperty("colour_roles", (bg, fg))
    b.setStyleSheet(button_css(bg, fg))
    b.setCursor(Qt.PointingHandCursor)
    if name:
        b.setObjectName(name)
    return b


def fit_column(view, column: int, texts, bold_texts=(), pad: int = 24) -> int:
    """Size a table column once to its widest text (the view's font; *bold_texts*
    in bold) or its title with its style, as Qt's ResizeToContents would, without
    measuring every cell again at each change. Returns the width given."""
    font = view.font()
    plain = QtGui.QFontMetrics(font)
    font.setBold(True)
    bold = QtGui.QFontMetrics(font)
    header = view.horizontalHeader()
    width = max([plain.horizontalAdvance(t) for t in set(texts)] +
                [bold.horizontalAdvance(t) for t in set(bold_texts)], default=0) + pad
    width = max(width, header.sectionSizeHint(column))
    header.resizeSection(column, width)
    return width


def local_time(dt: datetime | None, fmt: str = "%H:%M") -> str:
    """A time in the site's zone; HH:MM gets its offset inside the autumn night's
    repeated hour, so the two 02:40s never read the same."""
    if not dt:
        return ""
    if fmt == "%H:%M":
        return localtime.hhmm(dt)
    return localtime.to_local(dt).strftime(fmt)


# the flowsheet's header and alert buttons: still a big target (44 px with the
# border), but no taller than needed, every pixel of height going to the
# readings table on a 1366×768 screen (issue 16 item 12)
COMPACT_CSS = " QPushButton { min-height: 34px; padding: 2px 12px; }"
SMALL_TEXT_CSS = " QPushButton { font-size: 12pt; }"


def set_sheet(widget: QtWidgets.QWidget, css: str) -> None:
    """Give *widget* its style sheet only when it changes: setting one, even
    the same, re-polishes the widget and its children (a screen that repaints
    each second or at each opening would pay it every time)."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)


def restyle_button(b: QtWidgets.QPushButton, extra: str | None = None) -> None:
    """Repaint in the current theme, keeping the extra sheet it was given."""
    roles = b.property("colour_roles") or ("button", "button_text")
    if extra is not None:
        b.setProperty("extra_css", extra)
    b.setStyleSheet(button_css(*roles) + (b.property("extra_css") or ""))
