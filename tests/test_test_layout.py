"""How the test suite shares its builders (issue 13, STYLE.md §2.8).

- A test module (``test_*.py``) never imports another test module: what two
  test modules share lives in a helper named for what it holds
  (``tests/<capability>/data.py``, ``tests/server/entries.py``, …) or in a
  conftest as a fixture.
- A test module never imports a fixture: pytest hands fixtures over through
  the conftests; an imported fixture is a second registration that shadows
  the conftest's one.
- The test password and the literal test data (patient dicts, vital signs, …)
  are written once: a module-level constant whose value already stands in
  another test module is a copy that drifts.

Read from the source with ``ast``, like the import-order test."""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"


def _modules() -> dict[str, Path]:
    """{dotted module name: file} for every Python file under tests/."""
    out = {}
    for f in sorted(TESTS.rglob("*.py")):
        parts = f.relative_to(ROOT).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = f
    return out


def _imports(name: str, f: Path):
    """(line, imported module, [imported names]) for every import of *f*,
    module level and function local, relative imports resolved."""
    package = name.split(".")[:-1] if f.name != "__init__.py" else name.split(".")
    for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield node.lineno, a.name, []
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            names = [a.name for a in node.names]
            yield node.lineno, module, names
            for n in names:     # ``from tests.x import test_y`` imports a module too
                yield node.lineno, f"{module}.{n}", []


def _is_test_module(name: str) -> bool:
    return name.rsplit(".", 1)[-1].startswith("test_")


def _fixtures(f: Path) -> set[str]:
    """Names of the functions *f* decorates with ``pytest.fixture``."""
    out = set()
    for node in ast.parse(f.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef):
            for d in node.decorator_list:
                target = d.func if isinstance(d, ast.Call) else d
                if ast.unparse(target) in ("pytest.fixture", "fixture"):
                    out.add(node.name)
    return out


def test_no_test_module_imports_another_test_module():
    modules = _modules()
    found = [f"{f.relative_to(ROOT)}:{line} imports {module}"
             for name, f in modules.items() if _is_test_module(name)
             for line, module, _ in _imports(name, f)
             if module in modules and _is_test_module(module) and module != name]
    assert not found, "\n".join(found)


def test_no_test_module_imports_a_fixture():
    modules = _modules()
    fixtures = {name: _fixtures(f) for name, f in modules.items()}
    found = [f"{f.relative_to(ROOT)}:{line} imports the fixture {n} from {module}"
             for name, f in modules.items() if _is_test_module(name)
             for line, module, names in _imports(name, f) if module in modules
             for n in names if n in fixtures[module]]
    assert not found, "\n".join(found)


def _literal_constants(f: Path):
    """(line, name, value) of the module-level constants *f* assigns a
    literal dict, list or string to (test data, passwords)."""
    for node in ast.parse(f.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if isinstance(node.value, ast.Constant) and node.targets[0].id not in ("PASSWORD", "PW"):
                continue    # of single values only the password: numbers, paths and labels may repeat
            if not isinstance(node.value, (ast.Dict, ast.List, ast.Constant)):
                continue
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                continue
            if isinstance(value, (dict, list)) and len(value) < 4:
                continue    # a short list (two roles, three codes) is a value, not a builder
            yield node.lineno, node.targets[0].id, repr(value)


def test_test_data_is_written_once():
    where = defaultdict(list)
    for f in sorted(TESTS.rglob("*.py")):
        for line, name, value in _literal_constants(f):
            where[value].append(f"{f.relative_to(ROOT)}:{line} {name}")
    copies = [" = ".join(places) for places in where.values() if len(places) > 1]
    assert not copies, "the same test data written in several places:\n" + "\n".join(copies)
