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


def ts_path(lang: str, root: Path | None = None) -> Path:
    """The catalogue; by default in the bundled resources (also when frozen)."""
    if root is None:
        from bedside.paths import resources_dir
        return resources_dir() / "translations" / f"bedside_{lang}.ts"
    return root / "resources" / "translations" / f"bedside_{lang}.ts"


def qm_path(lang: str, root: Path | None = None) -> Path:
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


def ensure_qm(lang: str, *, root: Path | None = None, fallback_dir: Path | None = None) -> Path | None:
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
        if french_spacing(m.translation) != m.translation:
            out.append(f"SPACING {where} -> {m.translation!r}: French needs a no-break space before : ; ! ? "
                       f"(build_scripts/translations.py update adds it)")
        if numbers(m.source) != numbers(m.translation):
            out.append(f"NUMBER {where} -> {m.translation!r}: {numbers(m.source)} != {numbers(m.translation)}")
    return out


_NBSP = "\u00a0"
_TIGHT_PUNCT = re.compile(r"(?<=[^\s\u00a0\u202f:;!?])([:;!?])(?=\s|$|<)")
_SPACED_PUNCT = re.compile(r" ([:;!?])(?=\s|$|<)")


def french_spacing(text: str) -> str:
    """French typography: a no-break space before : ; ! ? ("Provisoire :"),
    never a line break there. Times (10:00), URLs and {x:.1f} are untouched:
    only a sign followed by a space, a tag or the end counts."""
    return _TIGHT_PUNCT.sub(_NBSP + r"\1", _SPACED_PUNCT.sub(_NBSP + r"\1", text))


def apply_french_spacing(ts: Path) -> int:
    """Rewrite every translation in `ts` with French spacing; how many changed."""
    tree = ET.parse(ts)
    changed = 0
    for tr in tree.getroot().iter("translation"):
        if tr.text and french_spacing(tr.text) != tr.text:
            tr.text = french_spacing(tr.text)
            changed += 1
    if changed:
        write_ts(tree, ts)
    return changed


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


def _is_translate(func) -> bool:
    import ast
    return (isinstance(func, ast.Attribute) and func.attr == "translate") or \
        (isinstance(func, ast.Name) and func.id == "translate")


def hidden_strings(root: Path = ROOT) -> list[str]:
    """Literal strings passed to a home-made wrapper around translate(ctx, text)
    (e.g. ``def _tr(text): return QCoreApplication.translate("Ctx", text)``):
    lupdate never sees them, so they would stay English."""
    import ast

    trees = []
    wrappers: set[str] = set()
    for path in source_files(root):
        try:
            tree = ast.parse(path.read_text("utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        trees.append((path, tree))
        for node in ast.walk(tree):
            # from … import QT_TRANSLATE_NOOP as N
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name in ("QT_TRANSLATE_NOOP", "translate") and alias.asname \
                            and alias.asname != alias.name:
                        wrappers.add(alias.asname)
            # X = QtCore.QT_TRANSLATE_NOOP / X = QCoreApplication.translate under another name
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                v = node.value
                src = v.attr if isinstance(v, ast.Attribute) else v.id if isinstance(v, ast.Name) else None
                name = node.targets[0].id
                if src in ("QT_TRANSLATE_NOOP", "translate", "tr") and name not in (
                        "QT_TRANSLATE_NOOP", "translate", "QT_TR_NOOP"):
                    wrappers.add(name)
            if isinstance(node, ast.FunctionDef) and node.name not in ("translate", "tr"):
                params = {a.arg for a in node.args.args}
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and _is_translate(call.func) and len(call.args) >= 2 \
                            and isinstance(call.args[1], ast.Name) and call.args[1].id in params:
                        wrappers.add(node.name)
    out = []
    for path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr" \
                    and not (isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls")) \
                    and node.args and isinstance(node.args[0], ast.Constant):
                out.append(f"HIDDEN {path.relative_to(root)}:{node.lineno} {node.args[0].value!r}: other.tr() is "
                           f"filed by lupdate under the variable's name, not the class; use "
                           f"QCoreApplication.translate(\"Class\", \"…\")")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers \
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                out.append(f"HIDDEN {path.relative_to(root)}:{node.lineno} {node.args[0].value!r}: lupdate cannot "
                           f"see strings passed to {node.func.id}(); call translate(\"Context\", \"…\") directly")
    return out


def untranslated(messages: list[Message]) -> dict[str, dict[str, str]]:
    """{context: {source: ""}} of what still needs a translation (template for `fill`)."""
    out: dict[str, dict[str, str]] = {}
    for m in messages:
        if m.status not in ("vanished", "obsolete") and (m.status == "unfinished" or not m.translation.strip()):
            out.setdefault(m.context, {})[m.source] = ""
    return out


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use build_scripts/translations.py")
