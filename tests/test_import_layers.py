"""Dependencies point one way (docs/ARCHITECTURE.md "Layers").

Every import statement of every module counts — module level, inside a
function, under ``TYPE_CHECKING`` — read from the source with `ast`, so a
lazy import cannot hide a cycle. Checked:

- no cycle at all among ``bedside.*`` modules;
- no ``bedside.*`` module imports a higher layer of :data:`LAYERS`;
- no ``bedside.*`` module imports ``ui``;
- the extension registries of ``ui/`` never import a capability: the
  capabilities register themselves;
- no import of this repository's code sits behind ``except ImportError``.

A failure names the importing file and line."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Lowest first. A module belongs to the layer of the longest prefix that
# names it; a module no prefix names is foundation (records, session,
# vault, users, settings, roles, crypto, storage, identity, audit, clock…).
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("foundation", ("bedside",)),
    ("sync", ("bedside.sync",)),
    ("patients", ("bedside.patients", "bedside.numbering", "bedside.number_incidents",
                  "bedside.participation")),
    ("consent", ("bedside.consent",)),
    ("eligibility", ("bedside.eligibility",)),
    ("infusion", ("bedside.infusion",)),
    ("followup", ("bedside.followup",)),
    ("hl7feed", ("bedside.hl7feed",)),
    ("export", ("bedside.export",)),
    # what puts the layers together: one sync attempt with the checks after
    # a pull, joining a site, the command line, the demo vault, verify
    ("app", ("bedside.sync.service", "bedside.identity.join", "bedside.cli",
             "bedside.__main__", "bedside.demo", "bedside.export.cli")),
]
# The low parts of a higher package that the foundation uses.
FOUNDATION_PARTS = ("bedside.sync.wire", "bedside.sync.hlc", "bedside.sync.schema")

# ui/ modules that others fill, and the ui packages of the capabilities.
UI_REGISTRIES = ("ui.dashboard_sections", "ui.render", "ui.patient_tabs")
UI_CAPABILITIES = ("ui.consent", "ui.eligibility", "ui.infusion", "ui.followup")


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def scan(root: Path, packages: tuple[str, ...]) -> dict[str, dict[str, list[str]]]:
    """{module: {imported module: ["file:line", ...]}} for every import in
    the source under *packages* of *root* that names a module of them."""
    files = {module_name(f, root): f for p in packages for f in sorted((root / p).rglob("*.py"))}
    graph: dict[str, dict[str, list[str]]] = {}
    for mod, f in files.items():
        package = mod.split(".") if f.name == "__init__.py" else mod.split(".")[:-1]
        edges = graph.setdefault(mod, {})
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"), str(f))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package[: len(package) - node.level + 1] if node.level else []
                source = ".".join(base + ([node.module] if node.module else []))
                # ``from pkg import sub`` depends on the submodule, ``from pkg import Name`` on pkg
                targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in files else source
                           for a in node.names]
            else:
                continue
            for target in targets:
                while target and target not in files and target.split(".")[0] in packages:
                    target = target.rpartition(".")[0]      # ``import a.b.Name`` → a.b
                if target in files and target != mod:
                    where = f"{f.relative_to(root).as_posix()}:{node.lineno}"
                    if where not in edges.setdefault(target, []):
                        edges[target].append(where)
    return graph


def cycles(graph: dict[str, dict[str, list[str]]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan),
    each as the imports inside it: "a -> b (file:line)"."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:                  # iterative would hide nothing; the graph is small
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                inside = set(comp)
                found.append(sorted(f"{a} -> {b} ({', '.join(graph[a][b])})"
                                    for a in comp for b in graph.get(a, {}) if b in inside))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def layer(module: str) -> int:
    if module.startswith(FOUNDATION_PARTS):
        return 0
    best, rank = -1, 0
    for i, (_name, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best:
                best, rank = len(p), i
    return rank


def upward_imports(graph: dict[str, dict[str, list[str]]]) -> list[str]:
    return sorted(f"{where}: {a} ({LAYERS[layer(a)][0]}) imports {b} ({LAYERS[layer(b)][0]})"
                  for a, targets in graph.items() for b, wheres in targets.items()
                  for where in wheres if layer(b) > layer(a))


def test_no_cycle_among_core_modules():
    found = cycles(scan(ROOT, ("bedside",)))
    assert not found, "\n\n".join("\n".join(c) for c in found)


def test_core_imports_point_down_the_layers():
    wrong = upward_imports(scan(ROOT, ("bedside",)))
    assert not wrong, "\n".join(wrong)


def test_core_never_imports_ui_and_registries_never_import_capabilities():
    graph = scan(ROOT, ("bedside", "ui"))
    wrong = [f"{where}: {a} imports {b}" for a, targets in graph.items()
             for b, wheres in targets.items() for where in wheres
             if (a.startswith("bedside") and b.startswith("ui"))
             or (a in UI_REGISTRIES and b.startswith(UI_CAPABILITIES))]
    assert not wrong, "\n".join(sorted(wrong))


def guarded_imports(root: Path, packages: tuple[str, ...]) -> list[str]:
    """Imports of this repository's code inside a ``try`` that catches
    ``ImportError``: a fallback for a module that is always here hides a
    cycle or a missing piece (a third-party package may be optional)."""
    found = []
    for p in packages:
        for f in sorted((root / p).rglob("*.py")):
            for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"), str(f))):
                if not isinstance(node, ast.Try) or not any(
                        isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
                        or isinstance(h.type, ast.Tuple) and any(
                            getattr(e, "id", "") in ("ImportError", "ModuleNotFoundError") for e in h.type.elts)
                        for h in node.handlers):
                    continue
                for stmt in node.body:
                    for imp in ast.walk(stmt):
                        ours = (isinstance(imp, ast.ImportFrom) and (imp.level or (imp.module or "").split(".")[0] in packages)
                                or isinstance(imp, ast.Import) and any(a.name.split(".")[0] in packages for a in imp.names))
                        if ours:
                            found.append(f"{f.relative_to(root).as_posix()}:{imp.lineno}")
    return found


def test_no_fallback_for_our_own_modules():
    wrong = guarded_imports(ROOT, ("bedside", "ui", "bedside_server"))
    assert not wrong, "\n".join(wrong)


def test_the_checker_sees_a_planted_cycle_and_an_upward_import(tmp_path):
    """The checker itself, on a planted package: a function-local import
    and a ``TYPE_CHECKING`` one close a cycle; consent imports infusion."""
    pkg = tmp_path / "bedside"
    (pkg / "consent").mkdir(parents=True)
    (pkg / "infusion").mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "consent" / "__init__.py").write_text("")
    (pkg / "infusion" / "__init__.py").write_text("")
    (pkg / "records.py").write_text("from .session import Session\n")
    (pkg / "session.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .vault import Vault\n")
    (pkg / "vault.py").write_text("def login():\n    from bedside import records\n")
    (pkg / "consent" / "gate.py").write_text("from ..infusion.gate import may_infuse\n")
    (pkg / "infusion" / "gate.py").write_text("from bedside.consent import gate\n")
    (pkg / "infusion" / "old.py").write_text(
        "try:\n    from ..consent import gate\nexcept ImportError:\n    gate = None\n")
    graph = scan(tmp_path, ("bedside",))
    found = cycles(graph)
    assert len(found) == 2
    assert "bedside.session -> bedside.vault (bedside/session.py:3)" in found[1] + found[0]
    assert "bedside.vault -> bedside.records (bedside/vault.py:2)" in found[1] + found[0]
    assert upward_imports(graph) == [
        "bedside/consent/gate.py:1: bedside.consent.gate (consent) imports "
        "bedside.infusion.gate (infusion)"]
    assert guarded_imports(tmp_path, ("bedside",)) == ["bedside/infusion/old.py:2"]
