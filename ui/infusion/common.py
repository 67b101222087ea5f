"""Small helpers shared by the infusion screens (their buttons are the kit's,
``ui.widgets.buttons``)."""
from __future__ import annotations

import dataclasses
from datetime import datetime

from bedside import localtime
from bedside.errors import BedsideError
from bedside.messages import Message
from ui import errors
from ui.i18n import localized
from ui.qt import QtGui, QtWidgets


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


def set_sheet(widget: QtWidgets.QWidget, css: str) -> None:
    """Give *widget* its style sheet only when it changes: setting one, even
    the same, re-polishes the widget and its children (a screen that repaints
    each second or at each opening would pay it every time)."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)
