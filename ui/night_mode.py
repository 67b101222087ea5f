"""Night mode: the dark low-glare theme of ui/style.py, switched from the
toolbar and remembered per user on this workstation (a preferences file
beside the vault, keyed by the user's opaque id: no name, no patient data)."""
from __future__ import annotations

from . import style
from .qt import QtCore, QtWidgets, Signal


class _Notifier(QtCore.QObject):
    changed = Signal(str)   # theme name: widgets that paint their own colours restyle


_NOTIFIER: _Notifier | None = None


def notifier() -> _Notifier:
    global _NOTIFIER
    if _NOTIFIER is None:
        _NOTIFIER = _Notifier()
    return _NOTIFIER


def preferences_file(ctx) -> str | None:
    folder = getattr(getattr(ctx, "vault", None), "folder", None)
    return str(folder / "ui_preferences.ini") if folder else None


def remembered(ctx, user_id: str) -> bool:
    path = preferences_file(ctx)
    if not path:
        return False
    return QtCore.QSettings(path, QtCore.QSettings.IniFormat).value(f"night_mode/{user_id}", "false") == "true"


def remember(ctx, user_id: str, on: bool) -> None:
    path = preferences_file(ctx)
    if path:
        s = QtCore.QSettings(path, QtCore.QSettings.IniFormat)
        s.setValue(f"night_mode/{user_id}", "true" if on else "false")
        s.sync()


def switch(on: bool) -> None:
    """Apply the night (or day) theme to the whole application now."""
    app = QtWidgets.QApplication.instance()
    name = style.NIGHT if on else style.DAY
    if app is not None:
        style.apply(app, name)
    else:
        style.set_theme(name)
    notifier().changed.emit(name)
