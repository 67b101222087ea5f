"""A name defined twice at the top of a module silently replaces the first
definition. Two branches once both added ``class VaultInUse`` to
``bedside/errors.py``; the second one won and the database-lock message
disappeared. This check keeps merges honest."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bedside", "bedside_server", "ui")


def _top_level_redefinitions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    seen: dict[str, int] = {}
    found = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if node.name in seen:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} "
                             f"(first at line {seen[node.name]})")
            seen[node.name] = node.lineno
    return found


def test_no_module_defines_the_same_class_or_function_twice():
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            found += _top_level_redefinitions(path)
    assert not found, "\n".join(found)
