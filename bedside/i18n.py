"""Translation markers for the core (no Qt here).

`QT_TRANSLATE_NOOP("core", "text")` returns the English text unchanged; it only
marks the string so that `pyside6-lupdate` extracts it (verified: lupdate's
Python parser recognises a call named QT_TRANSLATE_NOOP(context, source)).
The UI translates it later with `QCoreApplication.translate("core", text)` and
formats `{placeholders}` after translation.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - name lupdate recognises
    """Mark `source` for translation in `context`; return it untranslated."""
    return source

