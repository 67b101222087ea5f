"""How errors reach the user: translated, plain, never a traceback. The log
gets the error class and stack, never the message."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from bedside import logs
from bedside.errors import BedsideError
from bedside.messages import Message

from .i18n import current_language, format_date, format_datetime, format_number
from .qt import QMessageBox, QWidget, translate

_log = logs.get("ui")


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
# French counts 0 and 1 as singular ("1 jour"), English only 1 ("0 days").
_PLURAL_NOUNS = {"fr": {"jours": "jour", "heures": "heure", "minutes": "minute", "semaines": "semaine",
                        "mesures": "mesure", "perfusions": "perfusion", "patients": "patient"},
                 "en": {"days": "day", "hours": "hour", "minutes": "minute", "weeks": "week",
                        "readings": "reading", "infusions": "infusion", "patients": "patient"}}
_COUNT_NOUN = re.compile(r"(?<![\d,.])(\d+) (\w+)")


def _param_text(value: object) -> object:
    """A message parameter as the user reads it: decimal comma in French,
    dates and times in the one local format, never raw ISO text."""
    if isinstance(value, bool) or isinstance(value, int):
        return value
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, str):
        if value and not value[0].isdigit():
            return translate("core", value)     # a word the core marked (a field's name)
        try:
            if _ISO_DATE.match(value):
                return format_date(value)
            if _ISO_DATETIME.match(value):
                return format_datetime(value.replace(" ", "T", 1))
        except ValueError:
            return value
    return value


def agree_plurals(sentence: str, language: str | None = None) -> str:
    """"1 jours" -> "1 jour" (and "1 days" -> "1 day"): templates carry one
    plural form; the count decides."""
    nouns = _PLURAL_NOUNS.get(language or current_language(), {})

    def fix(m: re.Match) -> str:
        n, noun = int(m.group(1)), m.group(2)
        singular = n <= 1 if (language or current_language()) == "fr" else n == 1
        return f"{m.group(1)} {nouns[noun]}" if singular and noun in nouns else m.group(0)
    return _COUNT_NOUN.sub(fix, sentence)


def text(message: Message) -> str:
    """The one formatter for core messages: translated (context "core"),
    parameters in the user's locale, plurals agreeing with their count."""
    out = translate("core", message.template)
    try:
        out = out.format(**{k: _param_text(v) for k, v in message.params.items()})
    except (KeyError, IndexError, ValueError):
        pass
    return agree_plurals(out)


def message_for(err: BaseException) -> str:
    """The user's-language text of an error (its first message; an unknown
    error says so without details)."""
    if isinstance(err, BedsideError):
        return text(err.messages[0])
    return translate("errors", "An unexpected error occurred. What was already saved is safe. "
                        "The details were written to the log.")


def show_error(parent: QWidget | None, err: BaseException, title: str | None = None) -> None:
    if not isinstance(err, BedsideError):
        _log.error("unexpected error", exc_info=err)
    box = QMessageBox(QMessageBox.Icon.Warning, title or translate("errors", "Bedside"),
                      message_for(err), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec() if not _testing() else box.open()


def show_notices(parent: QWidget | None, notices: list[BedsideError]) -> None:
    """Integrity findings at sign-in (a rolled-back database, a reset lockout
    counter): shown once, in words, after the workspace opens."""
    if not notices:
        return
    body = "\n\n".join(message_for(n) for n in notices)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("errors", "Vault integrity"), body,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("integrityNotice")
    box.exec() if not _testing() else box.open()


def _testing() -> bool:
    return "pytest" in sys.modules


def install_excepthook(crash_dir: Path | None = None) -> None:
    """Uncaught exceptions: logged (without messages), a crash record for IT
    (time, version, class, frames: no patient data) and shown; the app goes on."""
    from bedside import __version__
    from bedside.paths import log_dir

    def hook(etype, value, tb):
        value.__traceback__ = tb
        _log.error("uncaught exception", exc_info=value)
        try:
            logs.write_crash_record(crash_dir or log_dir(), value, __version__)
        except OSError:  # pragma: no cover - a full disk must not hide the error
            pass
        try:
            show_error(None, value)
        except Exception:  # pragma: no cover - last resort
            pass
    sys.excepthook = hook
