"""Runtime language: install the Qt translator for a language and format
numbers/dates/times in its locale (decimal comma in French).

No global state of our own: the translators live on the QApplication
(`app.property`-like attribute) so installing a language again replaces them.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from bedside.localtime import to_local
from ui import i18n_catalog
from ui.qt import QtCore

# Native names: a language is shown in its own language, never translated.
LANGUAGES: dict[str, str] = {"fr": "Français", "en": "English"}
DEFAULT_LANGUAGE = "fr"
_LOCALES = {"fr": "fr_BE", "en": "en_GB"}
_DATE = {"fr": "dd/MM/yyyy", "en": "dd/MM/yyyy"}
_TIME = "HH:mm"
_ATTR = "_bedside_translators"


def normalise(code: str | None) -> str:
    code = (code or "").lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def locale_for(code: str) -> QtCore.QLocale:
    loc = QtCore.QLocale(_LOCALES[normalise(code)])
    loc.setNumberOptions(QtCore.QLocale.NumberOption.OmitGroupSeparator)
    return loc


def _cache_dir() -> Path | None:
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("bedside", appauthor=False)) / "translations"
    except Exception:  # pragma: no cover - platformdirs is a declared dependency
        return None


def install_language(app: QtCore.QCoreApplication, code: str) -> bool:
    """Make `code` ("fr"/"en") the interface language. Returns True when a
    catalogue was loaded (English needs none). Widgets built afterwards are
    in the new language; existing ones should be rebuilt or retranslated."""
    code = normalise(code)
    for old in getattr(app, _ATTR, []):
        app.removeTranslator(old)
    installed: list[QtCore.QTranslator] = []
    QtCore.QLocale.setDefault(locale_for(code))
    loaded = code == "en"
    if code != "en":
        qm = i18n_catalog.ensure_qm(code, fallback_dir=_cache_dir())
        if qm is not None:
            ours = QtCore.QTranslator(app)
            if ours.load(str(qm)):
                app.installTranslator(ours)
                installed.append(ours)
                loaded = True
        qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        base = QtCore.QTranslator(app)  # Qt's own strings: OK/Cancel buttons, file dialogs
        if base.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(base)
            installed.append(base)
    setattr(app, _ATTR, installed)
    app.setProperty("bedside_language", code)
    return loaded


def current_language(app: QtCore.QCoreApplication | None = None) -> str:
    """The language the interface shows now. Before any language is
    installed the texts are the English sources, so "en"."""
    app = app or QtCore.QCoreApplication.instance()
    code = app.property("bedside_language") if app is not None else None
    return normalise(code) if code else "en"


def localized(texts: Any, code: str | None = None) -> str:
    """Pick the current language from a bilingual data text such as the
    protocol's {"en": "...", "fr": "..."}; falls back to English, then any."""
    if not isinstance(texts, dict):
        return "" if texts is None else str(texts)
    code = normalise(code) if code else current_language()
    for key in (code, "en", *texts.keys()):
        if texts.get(key):
            return str(texts[key])
    return ""


def _decimals_of(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        return 0  # 176.0 cm reads "176"; decimal strings keep what was typed
    try:
        exp = Decimal(str(value)).as_tuple().exponent
    except (InvalidOperation, ValueError):
        return 2
    return max(0, -exp) if isinstance(exp, int) else 0


def format_number(value: Any, decimals: int | None = None, locale: QtCore.QLocale | None = None) -> str:
    """A number in the locale ('37,8' in French). Strings such as "37.80" keep
    their decimals; None/empty gives ''."""
    if value is None or value == "":
        return ""
    loc = locale or QtCore.QLocale()
    try:
        number = float(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)
    if decimals is None:
        decimals = _decimals_of(value)
    return loc.toString(number, "f", decimals)


def parse_number(text: str, locale: QtCore.QLocale | None = None) -> float | None:
    """Read a number typed in the locale (accepts '1,5' in French and '1.5' as fallback)."""
    loc = locale or QtCore.QLocale()
    value, ok = loc.toDouble(text.strip())
    if ok:
        return value
    value, ok = QtCore.QLocale.c().toDouble(text.strip())
    return value if ok else None


def _lang_of(loc: QtCore.QLocale) -> str:
    return "fr" if loc.language() == QtCore.QLocale.Language.French else "en"


def format_date(value: date | datetime | str | None, locale: QtCore.QLocale | None = None) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00")) if "T" in value else date.fromisoformat(value)
    if isinstance(value, datetime):
        value = _local(value).date()
    loc = locale or QtCore.QLocale()
    return loc.toString(QtCore.QDate(value.year, value.month, value.day), _DATE[_lang_of(loc)])


def _local(dt: datetime) -> datetime:
    return to_local(dt)  # the site's named zone, not the workstation's


def format_time(value: datetime, locale: QtCore.QLocale | None = None) -> str:
    loc = locale or QtCore.QLocale()
    t = _local(value)
    return loc.toString(QtCore.QTime(t.hour, t.minute, t.second), _TIME)


def format_datetime(value: datetime | str | None, locale: QtCore.QLocale | None = None) -> str:
    """Aware UTC datetime -> local 'dd/MM/yyyy HH:mm' (locale digits and order)."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return f"{format_date(value, locale)} {format_time(value, locale)}"
