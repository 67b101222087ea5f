"""File names an export writes, safe on Windows and POSIX alike.

A record type or any other text that ends up in a file name goes through
:func:`safe_part`; the writer checks every relative name with
:func:`check_relative` (``/``-separated parts, each safe everywhere):
no ``..``, no absolute path or drive, no backslash or colon, no NUL or other
control character, no name Windows reserves (CON, NUL, COM1, LPT1 …, with
any extension), no trailing dot or space (Windows drops them)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            *(f"COM{i}" for i in "123456789¹²³"), *(f"LPT{i}" for i in "123456789¹²³")}
_ALLOWED = re.compile(r"^[A-Za-z0-9._-]+$")
MAX_PART = 100


def is_safe_part(part: str) -> bool:
    return (isinstance(part, str) and 0 < len(part) <= MAX_PART and part not in (".", "..")
            and bool(_ALLOWED.match(part)) and not part.endswith((".", " "))
            and part.split(".")[0].upper() not in RESERVED)


def safe_part(text: str) -> str:
    """*text* made into one file-name part that means the same file everywhere."""
    part = re.sub(r"[^A-Za-z0-9._-]", "_", text if isinstance(text, str) else "")
    part = part.strip(". ")[:MAX_PART - 10].rstrip(". ") or "_"   # room for an extension
    if part.split(".")[0].upper() in RESERVED:
        part = "_" + part
    return part


def check_relative(name: str) -> PurePosixPath:
    """*name* as a relative path whose every part is safe, or ValueError."""
    rel = PurePosixPath(name) if isinstance(name, str) else None
    if rel is None or rel.is_absolute() or not rel.parts or not all(
            is_safe_part(p) for p in rel.parts):
        raise ValueError("unsafe file name in export")
    return rel
