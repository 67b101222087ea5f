"""Rules that decide what goes into the frozen bundle (build_scripts/bundle_config.py)."""

import json
import re

import pytest
from hypothesis import given, strategies as st

from build_scripts import bundle_config as cfg


def test_version_is_read_from_the_package_without_importing_it(tmp_path):
    init = tmp_path / "__init__.py"
    init.write_text('"""doc"""\n\n__version__ = "2.3.4rc1"\n', encoding="utf-8")
    assert cfg.read_version(init) == "2.3.4rc1"
    import bedside

    assert cfg.read_version() == bedside.__version__


def test_missing_version_is_a_clear_error(tmp_path):
    init = tmp_path / "__init__.py"
    init.write_text("x = 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="__version__"):
        cfg.read_version(init)


@pytest.mark.parametrize("version, numeric", [
    ("0.1.0", "0.1.0.0"), ("1.2", "1.2.0.0"), ("2.0.1rc3", "2.0.1.0"), ("3.4.5+local.7", "3.4.5.0"),
])
def test_windows_numeric_version(version, numeric):
    assert cfg.numeric_version(version) == numeric


@given(st.from_regex(r"\A[0-9]{1,4}(\.[0-9]{1,4}){0,3}([a-z]{1,3}[0-9]{0,2})?\Z"))
def test_numeric_version_is_always_four_numbers(version):
    parts = cfg.numeric_version(version).split(".")
    assert len(parts) == 4 and all(p.isdigit() for p in parts)


def test_qt_import_scan_finds_every_import_form():
    source = (
        "from PySide6 import QtCore, QtGui,QtWidgets\n"
        "import PySide6.QtSvg\n"
        "from PySide6.QtPrintSupport import QPrinter\n"
        "from PySide6 import (\n    QtCore,\n    QtNetwork,\n)\n"
        "from PySide6 import QtXml as X  # QtNotAModule\n"
    )
    assert cfg.qt_modules_in_source(source) == {
        "QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtNetwork", "QtXml"}


@given(st.text())
def test_qt_import_scan_never_crashes(text):
    assert all(name.startswith("Qt") for name in cfg.qt_modules_in_source(text))


def test_used_modules_always_include_the_base_three(tmp_path):
    (tmp_path / "a.py").write_text("from PySide6 import QtSvg\n", encoding="utf-8")
    assert cfg.qt_modules_used([tmp_path]) == {"QtCore", "QtGui", "QtWidgets", "QtSvg"}


def test_excludes_are_every_available_module_not_used():
    excludes = cfg.qt_module_excludes(["QtCore", "QtGui", "QtNetwork", "QtQml", "QtWidgets"],
                                      {"QtCore", "QtGui", "QtWidgets"})
    assert excludes == ["PySide6.QtNetwork", "PySide6.QtQml"]


@pytest.mark.parametrize("plugin, allowed", [
    ("platforms/libqxcb.so", True),
    ("platforms/libqoffscreen.so", True),
    ("platforms/qwindows.dll", True),
    ("platforms/libqeglfs.so", False),
    ("platforms/libqwayland-egl.so", False),
    ("platformthemes/libqgtk3.so", False),
    ("platformthemes/libqxdgdesktopportal.so", True),
    ("imageformats/libqsvg.so", True),
    ("imageformats/qico.dll", True),
    ("imageformats/libqwebp.so", False),
    ("imageformats/libqjpeg.so", False),
    ("tls/libqopensslbackend.so", False),
    ("generic/libqevdevtouchplugin.so", True),
    ("styles\\qmodernwindowsstyle.dll", True),
])
def test_plugin_rules(plugin, allowed):
    assert cfg.plugin_allowed(plugin) is allowed


@pytest.mark.parametrize("lib, used, allowed", [
    ("libQt6Core.so.6", set(), True),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", set(), False),
    ("libQt6Network.so.6", {"QtCore"}, False),
    ("libQt6Network.so.6", {"QtNetwork"}, True),
    ("Qt6Network.dll", {"QtCore"}, False),
    ("libQt6QmlModels.so.6", set(), False),
    ("libQt6SvgWidgets.so.6", set(), True),
    ("libicudata.so.73", set(), True),
    ("libpython3.11.so.1.0", set(), True),
    ("PySide6/opengl32sw.dll", {"QtCore", "QtGui", "QtWidgets", "QtSvg"}, False),
    ("PySide6\\d3dcompiler_47.dll", {"QtWidgets"}, False),
    ("libGLESv2.dll", {"QtWidgets"}, False),
    ("PySide6/opengl32sw.dll", {"QtWidgets", "QtOpenGLWidgets"}, True),
    ("PySide6/opengl32.dll", {"QtWidgets"}, True),        # not a fallback: never matched
])
def test_qt_library_rules(lib, used, allowed):
    assert cfg.qt_lib_allowed(lib, used) is allowed


def test_qt_translations_kept_only_for_shipped_languages():
    langs = {"en", "fr"}
    assert cfg.qt_translation_allowed("qtbase_fr.qm", langs)
    assert cfg.qt_translation_allowed("qt_en.qm", langs)
    assert not cfg.qt_translation_allowed("qtbase_de.qm", langs)
    assert not cfg.qt_translation_allowed("qt_help_fr.qm", langs)
    assert not cfg.qt_translation_allowed("qt_zh_CN.qm", langs)
    assert cfg.qt_translation_allowed("bedside_fr.qm", langs)  # not Qt's: untouched


def test_app_languages_come_from_the_catalogues(tmp_path):
    for name in ("bedside_nl.ts", "bedside_fr.qm", "README.md"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert cfg.app_languages(tmp_path) == {"en", "fr", "nl"}
    assert cfg.app_languages(tmp_path / "missing") == {"en", "fr"}


def test_filter_toc_drops_what_the_rules_drop_and_keeps_the_rest():
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/x/libqeglfs.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/x/libQt6Network.so.6", "BINARY"),
        ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_fr.qm", "/x/qtbase_fr.qm", "DATA"),
        ("PySide6/plugins/imageformats/qwebp.dll", "/x/qwebp.dll", "BINARY"),
        ("resources/translations/bedside_de.qm", "/x/bedside_de.qm", "DATA"),
        ("sqlcipher3/_sqlite3.so", "/x/_sqlite3.so", "EXTENSION"),
    ]
    kept = [e[0] for e in cfg.filter_toc(toc, {"en", "fr"}, {"QtCore", "QtGui", "QtWidgets"})]
    assert kept == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "resources/translations/bedside_de.qm",
        "sqlcipher3/_sqlite3.so",
    ]


def test_build_info_records_the_commit_of_this_checkout(tmp_path):
    info = cfg.git_build_info()
    assert re.fullmatch(r"[0-9a-f]{40}", info["commit"])
    assert info["version"] == cfg.read_version()
    path = cfg.write_build_info(tmp_path / "gen" / "build_info.json", info)
    assert json.loads(path.read_text(encoding="utf-8"))["commit"] == info["commit"]


def test_build_commit_can_be_forced_by_ci(monkeypatch):
    monkeypatch.setenv("BEDSIDE_BUILD_COMMIT", "f" * 40)
    assert cfg.git_build_info()["commit"] == "f" * 40


def test_tree_size_counts_every_byte(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.bin").write_bytes(b"x" * 1000)
    (tmp_path / "b.bin").write_bytes(b"y" * 234)
    assert cfg.tree_size(tmp_path) >= 1234


def test_windows_version_resource_is_well_formed():
    text = cfg.windows_version_info("1.2.3", cfg.numeric_version("1.2.3"))
    names = "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct".split()
    recorded = {}

    def make(name):
        def build(*args, **kwargs):
            recorded.setdefault(name, []).append((args, kwargs))
            return name
        return build

    eval(compile(text, "version_info", "eval"), {n: make(n) for n in names})  # noqa: S307 - our own template
    assert recorded["FixedFileInfo"][0][1]["filevers"] == (1, 2, 3, 0)
    strings = {a[0]: a[1] for a, _ in recorded["StringStruct"]}
    assert strings["ProductVersion"] == "1.2.3" and strings["OriginalFilename"] == "bedside.exe"


@pytest.mark.parametrize("lib, host", [
    ("libX11.so.6", True), ("libxcb-cursor.so.0", True), ("libfontconfig.so.1", True),
    ("libstdc++.so.6", True), ("libsystemd.so.0", True), ("libgssapi_krb5.so.2", True),
    ("libxcb-9065bb12.so.1.1.0", False),        # a wheel's own vendored copy
    ("libssl.so.3", False), ("libcrypto.so.3", False), ("libffi.so.8", False), ("libz.so.1", False),
    ("libsqlite3.so.0", False), ("libpython3.11.so.1.0", False), ("libicudata.so.73", False),
    ("libQt6Core.so.6", False),
])
def test_host_libraries_are_left_to_the_linux_pc(lib, host):
    assert cfg.host_library(lib) is host


def test_filter_toc_drops_host_libraries_on_linux_only():
    toc = [("libX11.so.6", "/usr/lib/libX11.so.6", "BINARY"),
           ("libssl.so.3", "/usr/lib/libssl.so.3", "BINARY"),
           ("pillow.libs/libxcb-9065bb12.so.1.1.0", "/v/libxcb.so", "BINARY")]
    assert [e[0] for e in cfg.filter_toc(toc, {"en", "fr"}, linux=True)] == \
        ["libssl.so.3", "pillow.libs/libxcb-9065bb12.so.1.1.0"]
    assert len(cfg.filter_toc(toc, {"en", "fr"})) == 3
