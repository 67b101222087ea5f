"""Write an export folder atomically: every file is written and fsynced in a
hidden temporary folder next to the target, which is then renamed into place.
A crash or a full disk leaves either the complete export or nothing (plus a
`.partial` folder that is removed on the next attempt)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath

from ..files import fsync_dir
from .filenames import check_relative


def _safe_relative(name: str) -> PurePosixPath:
    return check_relative(name)       # safe on Windows and POSIX (bedside/export/filenames.py)


def write_export_folder(parent: str | os.PathLike, name: str, files: dict[str, bytes]) -> Path:
    """Create `parent/name/` holding `files` (relative name -> bytes); returns its path.
    Never overwrites an earlier export: a suffix _2, _3 … is added if needed."""
    parent = Path(parent)
    if not parent.is_dir():
        raise FileNotFoundError(str(parent))
    target = parent / name
    n = 1
    while target.exists():
        n += 1
        target = parent / f"{name}_{n}"
    tmp = parent / f".{target.name}.partial"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    try:
        dirs = {tmp}
        for rel_name, data in files.items():
            rel = _safe_relative(rel_name)
            path = tmp.joinpath(*rel.parts)
            path.parent.mkdir(parents=True, exist_ok=True)
            dirs.add(path.parent)
            with open(path, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        for d in dirs:
            fsync_dir(d)
        os.replace(tmp, target)
        fsync_dir(parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target
