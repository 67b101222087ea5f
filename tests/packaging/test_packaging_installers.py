"""Installer inputs: icon, Linux .desktop + tarball, Inno Setup script, translations step."""

import configparser
import re
import shutil
import struct
import subprocess
import tarfile
from pathlib import Path

import pytest

from build_scripts import build, make_icons
from tests.packaging.inno_setup import ISS, iss_sections

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "build_scripts" / "linux" / "bedside.desktop"


def test_ico_writer_makes_a_valid_multi_size_icon():
    pngs = {16: b"\x89PNG16", 256: b"\x89PNG256-longer"}
    data = make_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, 2)
    entries = [struct.unpack_from("<BBBBHHII", data, 6 + 16 * i) for i in range(count)]
    assert [e[0] for e in entries] == [16, 0]  # 0 means 256
    for (w, h, _c, _r, _p, bpp, size, offset), size_px in zip(entries, (16, 256)):
        assert data[offset:offset + size] == pngs[size_px] and bpp == 32


def test_committed_icons_exist_and_the_ico_lists_seven_sizes():
    icons = ROOT / "resources" / "icons"
    for size in make_icons.PNG_SIZES:
        assert (icons / f"bedside-{size}.png").read_bytes()[:4] == b"\x89PNG"
    assert struct.unpack_from("<HHH", (icons / "bedside.ico").read_bytes())[2] == len(make_icons.ICO_SIZES)


def test_icon_renders_from_the_svg(qapp):
    pytest.importorskip("ui.qt")
    png = make_icons.render_png(ROOT / "resources" / "icons" / "bedside.svg", 48)
    from ui.qt import QtGui

    image = QtGui.QImage.fromData(png)
    assert (image.width(), image.height()) == (48, 48)
    assert image.pixelColor(24, 4).alpha() == 255  # the square is opaque, not an empty render


def test_desktop_file_is_valid_and_starts_the_bundle():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"] == "/opt/bedside/bedside" and entry["Icon"] == "bedside"
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_tarball_holds_bundle_desktop_icon_and_installer(tmp_path):
    bundle = tmp_path / "bedside"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "bedside").write_bytes(b"#!exe")
    (bundle / "bedside").chmod(0o755)
    out = build.make_tarball(bundle, "1.2.3", tmp_path)
    assert out.name.startswith("bedside-1.2.3-linux-") and out.name.endswith(".tar.gz")
    with tarfile.open(out) as tar:
        names = set(tar.getnames())
        assert {"bedside-1.2.3/bedside/bedside", "bedside-1.2.3/bedside.desktop",
                "bedside-1.2.3/install.sh", "bedside-1.2.3/bedside.png"} <= names
        assert tar.getmember("bedside-1.2.3/bedside/bedside").mode & 0o111
        assert tar.getmember("bedside-1.2.3/install.sh").mode & 0o111


def test_install_script_is_valid_shell_and_keeps_vaults_out_of_opt():
    script = ROOT / "build_scripts" / "linux" / "install.sh"
    assert subprocess.run(["sh", "-n", str(script)]).returncode == 0
    text = script.read_text(encoding="utf-8")
    assert "--self-test" in text
    assert "install -d -m 0700" in text and "/var/lib/bedside" in text   # one vault per PC


def test_inno_setup_script_installs_per_machine_and_never_touches_user_data():
    sections = iss_sections(ISS.read_text(encoding="utf-8"))
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])  # fixed id = in-place upgrade
    assert setup["UsePreviousAppDir"] == "yes"
    assert any(line.startswith('Name: "{autoprograms}') for line in sections["Icons"])
    every_target = " ".join(sections["InstallDelete"] + sections["UninstallDelete"] + sections["Files"]).lower()
    for forbidden in ("{userappdata}", "{localappdata}", "{commonappdata}", "{userdocs}", "vault"):
        assert forbidden not in every_target
    assert all('Name: "{app}\\' in line for line in sections["InstallDelete"] + sections["UninstallDelete"])


def test_inno_setup_creates_the_group_and_protects_the_vault_folder():
    """The same access list as the app applies (bedside/vault_folder.py),
    on a folder the uninstaller never removes."""
    from bedside.vault_folder import windows_acl_command
    sections = iss_sections(ISS.read_text(encoding="utf-8"))
    assert sections["Dirs"] == ['Name: "{commonappdata}\\Bedside"; Flags: uninsneveruninstall']
    run = " ".join(sections["Run"])
    assert 'localgroup ""Bedside users"" /add' in run
    icacls = next(line for line in sections["Run"] if "icacls.exe" in line)
    params = re.search(r'Parameters: "(.*?)"; Flags', icacls).group(1).replace('""', '"')
    expected = windows_acl_command("{commonappdata}\\Bedside")[1:]
    expected[0] = f'"{expected[0]}"'
    expected[-1] = expected[-1].replace("Bedside users", '"Bedside users"')
    assert params == " ".join(expected)


def test_translations_are_compiled_with_lrelease(tmp_path):
    if build.lrelease_command() is None:
        pytest.skip("PySide6 lrelease not available")
    (tmp_path / "bedside_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">\n'
        "<context><name>Main</name><message><source>Hello</source>"
        "<translation>Bonjour</translation></message></context>\n</TS>\n", encoding="utf-8")
    assert build.compile_translations(tmp_path) == [tmp_path / "bedside_fr.qm"]
    assert (tmp_path / "bedside_fr.qm").stat().st_size > 0
    assert build.compile_translations(tmp_path) == []  # up to date: nothing to do
