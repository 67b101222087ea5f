"""Dependencies between the clinical capabilities point one way:
consent ← eligibility ← infusion. A lower capability never imports a higher
one, not even inside a function or behind ``except ImportError``; where a
higher one needs an answer it reads the lower one's typed status
(`bedside.consent.gate.consent_decision`).

Every import statement of every module counts (module level and function
local), read from the source with `ast`, so a lazy import cannot hide a
cycle. The other capabilities (follow-up, HL7 feed, exports) still import
each other both ways: issue 13 puts them in this order too."""
from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "bedside"
ORDER = ["consent", "eligibility", "infusion"]       # lowest first


def imported_capabilities(package: str) -> dict[str, set[str]]:
    """{other bedside package: {file:line, ...}} for every import in *package*."""
    found: dict[str, set[str]] = {}
    for f in sorted((CORE / package).rglob("*.py")):
        here = ["bedside", *f.relative_to(CORE).with_suffix("").parts][:-1]
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = here[: len(here) - node.level + 1] if node.level else []
                names = [".".join(base + ([node.module] if node.module else []))]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if parts[0] == "bedside" and len(parts) > 1 and parts[1] != package:
                    found.setdefault(parts[1], set()).add(f"{f.name}:{node.lineno}")
    return found


def test_lower_capabilities_never_import_higher_ones():
    wrong = {}
    for i, low in enumerate(ORDER):
        imports = imported_capabilities(low)
        for high in ORDER[i + 1:]:
            if high in imports:
                wrong[f"{low} -> {high}"] = sorted(imports[high])
    assert wrong == {}


def test_the_scan_sees_function_local_and_relative_imports():
    """The checker itself: the infusion gate imports consent and eligibility."""
    imports = imported_capabilities("infusion")
    assert {"consent", "eligibility"} <= set(imports)
    assert any(loc.startswith("gate.py:") for loc in imports["consent"])
