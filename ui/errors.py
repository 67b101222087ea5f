"""How errors reach the user: translated, plain, never a traceback. The log
gets the error class and stack, never the message."""

from __future__ import annotations

import sys

from bedside import logs
from bedside.errors import BedsideError

from .qt import QMessageBox, QWidget, translate

_log = logs.get("ui")


# Parameters that are themselves core templates (a field's label from the
# record declarations, the reason a value is refused): translated too.
TRANSLATED_PARAMS = ("label", "problem")


def message_for(err: BaseException) -> str:
    """The user's-language text of an error."""
    if isinstance(err, BedsideError):
        template = translate("core", err.template)
        params = {k: translate("core", v) if k in TRANSLATED_PARAMS and isinstance(v, str) else v
                  for k, v in err.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template
    return translate("errors", "An unexpected error occurred. What was already saved is safe. "
                        "The details were written to the log.")


def show_error(parent: QWidget | None, err: BaseException, title: str | None = None) -> None:
    if not isinstance(err, BedsideError):
        _log.error("unexpected error", exc_info=err)
    box = QMessageBox(QMessageBox.Icon.Warning, title or translate("errors", "Bedside"),
                      message_for(err), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec() if not _testing() else box.open()


def _testing() -> bool:
    return "pytest" in sys.modules


def install_excepthook() -> None:
    """Uncaught exceptions: logged (without messages) and shown; the app goes on."""
    def hook(etype, value, tb):
        value.__traceback__ = tb
        _log.error("uncaught exception", exc_info=value)
        try:
            show_error(None, value)
        except Exception:  # pragma: no cover - last resort
            pass
    sys.excepthook = hook
