"""Refuse the Python / Qt binding pair that aborts the app (issue 15).

PySide6 6.12 on CPython 3.11 drops one reference to ``None`` on every binding
call that returns nothing (``QPainter.drawLine``, ``QLabel.setText``,
``QWidget.update`` …). ``None`` starts with a few thousand references, so a
flowsheet that paints every second ends in ``Fatal Python error: none_dealloc``
within minutes, with no message to the nurse. CPython 3.12 made ``None``
immortal; PySide6 6.11 does not have the bug. pyproject.toml excludes the
pair; this module is the second lock for an environment built by hand
(``ui/qt.py`` calls :func:`refuse_broken_pair` before importing any Qt module).

Pure Python, no Qt: it runs before Qt exists, so its message is in English
and French and goes to stderr (and a native message box on Windows when there
is no console).
"""

from __future__ import annotations

import sys

# sysexits.h EX_CONFIG: "something was found in an unconfigured or misconfigured state".
EXIT_BROKEN_RUNTIME = 78

FIRST_BROKEN_PYSIDE = (6, 12)
FIRST_IMMORTAL_NONE_PYTHON = (3, 12)


def broken_pair(python: tuple, pyside: tuple) -> bool:
    """True for the combination that leaks references to ``None``."""
    return tuple(python[:2]) < FIRST_IMMORTAL_NONE_PYTHON and tuple(pyside[:2]) >= FIRST_BROKEN_PYSIDE


def message(python: str, pyside: str) -> str:
    return (
        f"Bedside cannot start: PySide6 {pyside} on Python {python} corrupts the interpreter "
        f"(every Qt call loses a reference to None) and the app would abort within minutes.\n"
        f"Fix: install a supported pair, either Python 3.11 with PySide6-Essentials older than 6.12 "
        f"(pip install \"PySide6-Essentials>=6.6,<6.12\") or Python 3.12 or newer.\n\n"
        f"Bedside ne peut pas démarrer : PySide6 {pyside} avec Python {python} corrompt "
        f"l'interpréteur (chaque appel Qt perd une référence à None) et l'application s'arrêterait "
        f"en quelques minutes.\n"
        f"Solution : installer une combinaison prise en charge, soit Python 3.11 avec "
        f"PySide6-Essentials antérieur à 6.12, soit Python 3.12 ou plus récent.\n"
    )


def refuse_broken_pair(pyside_version: str, pyside_info: tuple, python_info: tuple | None = None) -> None:
    """Exit with :data:`EXIT_BROKEN_RUNTIME` and a message on the broken pair; return otherwise."""
    python_info = tuple(sys.version_info) if python_info is None else python_info
    if not broken_pair(python_info, pyside_info):
        return
    text = message(".".join(str(p) for p in python_info[:3]), pyside_version)
    if sys.stderr is not None:
        print(text, file=sys.stderr, flush=True)
    elif sys.platform == "win32":  # windowed build: no console to read
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, "Bedside", 0x10)
    raise SystemExit(EXIT_BROKEN_RUNTIME)
