"""Render resources/icons/bedside.svg to the PNG sizes the desktops want and
to a multi-size Windows .ico. Run after editing the SVG:

    QT_QPA_PLATFORM=offscreen python build_scripts/make_icons.py

Uses only QtGui (the SVG image-format plugin); the .ico is written here in
plain Python (PNG-compressed entries, readable by Windows Vista and later).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ICON_DIR = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A .ico file holding PNG images keyed by edge size (<= 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    directory, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + directory + blobs


def render_png(svg: Path, size: int) -> bytes:
    from ui.qt import QtCore, QtGui

    reader = QtGui.QImageReader(str(svg))
    reader.setScaledSize(QtCore.QSize(size, size))
    image = reader.read()
    if image.isNull():
        raise RuntimeError(f"cannot render {svg}: {reader.errorString()}")
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    from ui.qt import QtGui

    app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication(sys.argv[:1])  # noqa: F841
    svg = ICON_DIR / "bedside.svg"
    pngs = {size: render_png(svg, size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        (ICON_DIR / f"bedside-{size}.png").write_bytes(pngs[size])
    (ICON_DIR / "bedside.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    print(f"wrote {len(PNG_SIZES)} PNGs and bedside.ico to {ICON_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
