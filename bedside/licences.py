"""Licences of the components Bedside ships, for the About dialog.

Two sources, merged:

* Python distributions, read from their installed metadata
  (``importlib.metadata``). The frozen bundle has no metadata for most of them,
  so the build writes the same list to ``resources/licenses/bundled.json``
  (see ``build_scripts/bedside.spec``) and copies the licence texts beside it.
* Native components inside those wheels (Qt, ICU, SQLCipher, SQLite, OpenSSL,
  CPython) listed by hand in ``resources/licenses/components.json``.

Pure Python, no Qt.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

# Distributions that are Bedside's run-time dependencies (pyproject
# [project].dependencies). Their requirement closure is what a source install
# runs with; the frozen build lists what PyInstaller actually collected.
RUNTIME_ROOTS = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "cryptography",
    "sqlcipher3",
    "platformdirs",
    "pydantic",
)

# Licences for distributions whose metadata does not say.
KNOWN_LICENCES = {
    "sqlcipher3": "Zlib (pysqlite code); bundles SQLCipher (BSD-3-Clause)",
}

_CLASSIFIER_RE = re.compile(r"^License :: (?:OSI Approved :: )?(.+)$")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    url: str = ""
    note: str = ""
    licence_files: tuple[str, ...] = field(default_factory=tuple)
    probe: str = ""  # key into native_versions() that fills an empty version

    def to_json(self) -> dict:
        data = asdict(self)
        data["licence_files"] = list(self.licence_files)
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Component":
        return cls(
            name=str(data.get("name", "")),
            version=str(data.get("version", "")),
            licence=str(data.get("licence", "")),
            url=str(data.get("url", "")),
            note=str(data.get("note", "")),
            licence_files=tuple(str(f) for f in data.get("licence_files", ())),
            probe=str(data.get("probe", "")),
        )

    def with_version(self, versions: dict) -> "Component":
        if self.version or not self.probe or not versions.get(self.probe):
            return self
        return Component(self.name, str(versions[self.probe]), self.licence, self.url, self.note,
                         self.licence_files, self.probe)


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(dist: metadata.Distribution) -> str:
    """Best licence statement a distribution's metadata gives."""
    md = dist.metadata
    expression = md.get("License-Expression")
    if expression:
        return expression.strip()
    text = (md.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 80 and text.upper() != "UNKNOWN":
        return text
    classifiers = [
        m.group(1) for c in (md.get_all("Classifier") or []) if (m := _CLASSIFIER_RE.match(c))
    ]
    if classifiers:
        return "; ".join(classifiers)
    return KNOWN_LICENCES.get(_normalise(md["Name"]), "see licence file")


def licence_files_of(dist: metadata.Distribution) -> list[Path]:
    """Paths of the licence texts installed with a distribution."""
    found = []
    for f in dist.files or ():
        parts = [p.lower() for p in f.parts]
        base = parts[-1]
        in_dist_info = any(p.endswith(".dist-info") for p in parts[:-1])
        if in_dist_info and (base.startswith(("license", "licence", "copying", "notice", "authors"))
                             or "licenses" in parts):
            found.append(Path(dist.locate_file(f)))
    return found


def component_of(dist: metadata.Distribution) -> Component:
    md = dist.metadata
    url = ""
    for entry in md.get_all("Project-URL") or []:
        label, _, link = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository", "source code"):
            url = link.strip()
            break
    url = url or (md.get("Home-page") or "")
    return Component(name=md["Name"], version=dist.version, licence=licence_of(dist), url=url)


def requirement_closure(roots=RUNTIME_ROOTS) -> list[metadata.Distribution]:
    """Installed distributions reachable from ``roots`` through unconditional requirements."""
    seen: dict[str, metadata.Distribution] = {}
    todo = list(roots)
    while todo:
        name = todo.pop()
        key = _normalise(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for req in dist.requires or ():
            spec, _, marker = req.partition(";")
            if "extra" in marker:
                continue
            if marker.strip() and not _marker_applies(marker):
                continue
            todo.append(re.split(r"[\s<>=!~\[(]", spec.strip(), maxsplit=1)[0])
    return sorted(seen.values(), key=lambda d: _normalise(d.metadata["Name"]))


def _marker_applies(marker: str) -> bool:
    try:
        from packaging.markers import Marker  # optional; present in most venvs
    except ImportError:  # pragma: no cover - fall back to "include it"
        return True
    try:
        return Marker(marker.strip()).evaluate()
    except Exception:  # noqa: BLE001 - an odd marker means "include it"
        return True


def distributions_for_modules(top_level_modules) -> list[metadata.Distribution]:
    """Installed distributions that provide any of the given top-level import names."""
    mapping = metadata.packages_distributions()
    names = set()
    for module in top_level_modules:
        names.update(mapping.get(module, ()))
    dists = []
    for name in sorted(names, key=_normalise):
        try:
            dists.append(metadata.distribution(name))
        except metadata.PackageNotFoundError:
            continue
    return dists


def load_components_file(path: Path) -> list[Component]:
    """Hand-written list of native components (resources/licenses/components.json)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Component.from_json(c) for c in data.get("components", []) if isinstance(c, dict)]


def write_bundled(path: Path, components: list[Component]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"components": [c.to_json() for c in components]}
    path.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def native_versions() -> dict[str, str]:
    """Versions of native libraries, asked from the libraries themselves (no Qt)."""
    import ssl
    import sys

    versions = {"python": sys.version.split()[0],
                "openssl-python": ssl.OPENSSL_VERSION.removeprefix("OpenSSL ")}
    try:
        import sqlcipher3

        versions["sqlite"] = sqlcipher3.sqlite_version
        conn = sqlcipher3.connect(":memory:")
        try:
            row = conn.execute("PRAGMA cipher_version").fetchone()
            versions["sqlcipher"] = row[0] if row else ""
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - About must open even if a probe fails
        pass
    try:
        from cryptography.hazmat.backends.openssl import backend

        versions["openssl-cryptography"] = backend.openssl_version_text().removeprefix("OpenSSL ")
    except Exception:  # noqa: BLE001
        pass
    return versions


def all_components(licenses_dir: Path, versions: dict | None = None) -> list[Component]:
    """Everything to show in About: native components first, then Python packages.

    ``licenses_dir`` is ``resources/licenses``. In the frozen bundle it holds
    ``bundled.json`` written at build time; from source we read live metadata."""
    licenses_dir = Path(licenses_dir)
    native = load_components_file(licenses_dir / "components.json")
    bundled = licenses_dir / "bundled.json"
    if bundled.is_file():
        python = load_components_file(bundled)
    else:
        python = [component_of(d) for d in requirement_closure()]
    probed = dict(native_versions())
    probed.update(versions or {})
    return [c.with_version(probed) for c in native] + python
