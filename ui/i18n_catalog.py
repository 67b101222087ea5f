"""Translation catalogue tooling shared by build_scripts/translations.py, the
app start (compile a missing/stale .qm) and the tests. No Qt import: it runs
the `lupdate`/`lrelease` executables that ship inside the PySide6 package.

Catalogue: resources/translations/bedside_<lang>.ts (source of truth, in git)
-> bedside_<lang>.qm (compiled; at build time, or at app start when missing or
older than the .ts).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_DIRS = ("ui", "bedside")
LANGUAGES = ("en", "fr")  # English is the source language: no catalogue needed

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?\d+|%n")
_NUMBER = re.compile(r"(?<![A-Za-z_{])\d+(?:[.,]\d+)?")


def ts_path(lang: str, root: Path = ROOT) -> Path:
    return root / "resources" / "translations" / f"bedside_{lang}.ts"


def qm_path(lang: str, root: Path = ROOT) -> Path:
    return ts_path(lang, root).with_suffix(".qm")


def _tool(name: str) -> list[str]:
    """Command for a Qt Linguist tool shipped with PySide6 (wheel layout), or on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.submodule_search_locations:
        pkg = Path(list(spec.submodule_search_locations)[0])
        for candidate in (pkg / name, pkg / f"{name}.exe", pkg / "Qt" / "libexec" / name, pkg / "Qt" / "bin" / name):
            if candidate.is_file():
                return [str(candidate)]
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return [found]
    raise FileNotFoundError(f"Qt tool '{name}' not found (install PySide6-Essentials)")


def source_files(root: Path = ROOT) -> list[Path]:
    files: list[Path] = []
    for d in SOURCE_DIRS:
        files += sorted(p for p in (root / d).rglob("*.py") if "__pycache__" not in p.parts)
    return files


def run_lupdate(ts: Path, root: Path = ROOT) -> str:
    """Extract every tr()/translate()/QT_TRANSLATE_NOOP string into `ts` (merging what it has)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in source_files(root)))
    try:
        res = subprocess.run(
            _tool("lupdate") + ["-locations", "none", "-target-language", ts.stem.split("_")[-1],
                                f"@{lst.name}", "-ts", str(ts)],
            capture_output=True, text=True, check=True, cwd=root,
        )
    finally:
        os.unlink(lst.name)
    return res.stdout + res.stderr


def run_lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_suffix(".qm.tmp")
    subprocess.run(_tool("lrelease") + ["-silent", str(ts), "-qm", str(tmp)], capture_output=True, check=True)
    os.replace(tmp, qm)


def ensure_qm(lang: str, *, root: Path = ROOT, fallback_dir: Path | None = None) -> Path | None:
    """Path of an up-to-date .qm for `lang`, compiling it when missing or stale.

    Compiles next to the .ts; if that folder is read-only (installed app),
    into `fallback_dir` (a per-user cache). None when there is no catalogue.
    """
    ts = ts_path(lang, root)
    if not ts.is_file():
        return None
    candidates = [qm_path(lang, root)]
    if fallback_dir is not None:
        candidates.append(Path(fallback_dir) / qm_path(lang, root).name)
    for qm in candidates:
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            return qm
    for qm in candidates:
        try:
            run_lrelease(ts, qm)
            return qm
        except (OSError, subprocess.CalledProcessError):
            continue
    return next((qm for qm in candidates if qm.is_file()), None)  # stale beats nothing


# -- catalogue checks ------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    status: str  # "" finished, "unfinished", "vanished", "obsolete"


def read_ts(ts: Path) -> list[Message]:
    root = ET.parse(ts).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out.append(Message(name, msg.findtext("source") or "", (tr.text or "") if tr is not None else "",
                               (tr.get("type") or "") if tr is not None else "unfinished"))
    return out


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def numbers(text: str) -> list[str]:
    stripped = _PLACEHOLDER.sub(" ", text)
    return sorted(n.replace(",", ".") for n in _NUMBER.findall(stripped))


def problems(messages: list[Message]) -> list[str]:
    """Human-readable problems: untranslated strings, placeholder or number changes."""
    out = []
    for m in messages:
        if m.status in ("vanished", "obsolete"):
            continue
        where = f"[{m.context}] {m.source!r}"
        if not m.context:
            out.append(f"NO CONTEXT {m.source!r}: lupdate could not tell the context; call "
                       f"QCoreApplication.translate(context, text) or a helper named translate(), "
                       f"not tr(context, text)")
            continue
        if m.status == "unfinished" or not m.translation.strip():
            out.append(f"UNTRANSLATED {where}")
            continue
        if placeholders(m.source) != placeholders(m.translation):
            out.append(f"PLACEHOLDER {where} -> {m.translation!r}: "
                       f"{placeholders(m.source)} != {placeholders(m.translation)}")
        if numbers(m.source) != numbers(m.translation):
            out.append(f"NUMBER {where} -> {m.translation!r}: {numbers(m.source)} != {numbers(m.translation)}")
    return out


def fill(ts: Path, translations: dict) -> int:
    """Write translations into `ts`. `translations` is {context: {source: text}}
    or {source: text} (any context). Returns how many messages were filled."""
    tree = ET.parse(ts)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        table = translations.get(name) if isinstance(translations.get(name), dict) else translations
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            text = table.get(source) if isinstance(table, dict) else None
            if not isinstance(text, str) or not text.strip():
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            tr.text = text
            tr.attrib.pop("type", None)
            filled += 1
    write_ts(tree, ts)
    return filled


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    tmp = ts.with_suffix(".ts.tmp")
    tmp.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    os.replace(tmp, ts)


def untranslated(messages: list[Message]) -> dict[str, dict[str, str]]:
    """{context: {source: ""}} of what still needs a translation (template for `fill`)."""
    out: dict[str, dict[str, str]] = {}
    for m in messages:
        if m.status not in ("vanished", "obsolete") and (m.status == "unfinished" or not m.translation.strip()):
            out.setdefault(m.context, {})[m.source] = ""
    return out


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use build_scripts/translations.py")
