"""Licence inventory shown in About (bedside/licences.py, resources/licenses/)."""

import json
from importlib import metadata

from bedside import licences
from bedside.build_info import resources_dir

LICENSES = resources_dir() / "licenses"


def test_native_components_name_qt_lgpl_and_sqlcipher():
    native = licences.load_components_file(LICENSES / "components.json")
    by_name = {c.name.split(" ")[0]: c for c in native}
    assert by_name["Qt"].licence == "LGPL-3.0-only"
    assert "LGPL-3.0.txt" in by_name["Qt"].licence_files
    assert by_name["SQLCipher"].licence == "BSD-3-Clause"
    for component in native:
        for name in component.licence_files:
            assert (LICENSES / name).is_file(), name


def test_every_runtime_dependency_is_listed_with_a_licence():
    shown = licences.all_components(LICENSES, {"qt": "6.x"})
    names = {c.name.lower().replace("_", "-") for c in shown}
    for dep in ("pyside6-essentials", "shiboken6", "sqlalchemy", "alembic", "cryptography",
                "sqlcipher3", "platformdirs", "cffi"):
        assert dep in names, dep
    assert all(c.licence for c in shown)
    assert not [c for c in shown if c.licence == "see licence file"]


def test_native_versions_are_asked_from_the_libraries():
    versions = licences.native_versions()
    import sqlcipher3

    assert versions["sqlite"] == sqlcipher3.sqlite_version
    assert versions["sqlcipher"].split(".")[0] == "4"
    assert versions["openssl-cryptography"][0].isdigit()
    shown = {c.probe: c for c in licences.all_components(LICENSES, {"qt": "6.9.9"}) if c.probe}
    assert shown["qt"].version == "6.9.9"
    assert shown["sqlcipher"].version == versions["sqlcipher"]


def test_licence_texts_of_installed_distributions_are_found():
    files = licences.licence_files_of(metadata.distribution("cryptography"))
    assert {"LICENSE.APACHE", "LICENSE.BSD"} <= {f.name for f in files}
    assert all(f.is_file() for f in files)


def test_distributions_for_modules_maps_import_names():
    names = {d.metadata["Name"] for d in licences.distributions_for_modules({"sqlalchemy", "sqlcipher3", "nope"})}
    assert names == {"SQLAlchemy", "sqlcipher3"}


def test_bundled_file_round_trips_and_wins_over_live_metadata(tmp_path):
    (tmp_path / "components.json").write_text(json.dumps({"components": [
        {"name": "Thing", "version": "", "probe": "python", "licence": "MIT"}]}), encoding="utf-8")
    licences.write_bundled(tmp_path / "bundled.json", [
        licences.Component("onlyhere", "1.0", "Zlib", licence_files=("python/onlyhere/LICENSE",))])
    shown = licences.all_components(tmp_path)
    assert [c.name for c in shown] == ["Thing", "onlyhere"]
    assert shown[0].version  # filled by the probe
    assert shown[1].licence_files == ("python/onlyhere/LICENSE",)


def test_broken_components_file_gives_an_empty_list_not_a_crash(tmp_path):
    (tmp_path / "components.json").write_text("{not json", encoding="utf-8")
    assert licences.load_components_file(tmp_path / "components.json") == []
    assert licences.load_components_file(tmp_path / "absent.json") == []
