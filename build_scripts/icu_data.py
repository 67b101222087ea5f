"""Trim the ICU data library Qt ships on Linux (``libicudata.so.NN``, 32 MB)
to what a French/English Bedside uses, for the frozen bundle.

Qt Core links ICU for case mapping, collation (QCollator), normalisation
and non-UTF text codecs. The data library is one ICU "common data" package
(format ``CmnD``): a table of contents and ~3,900 items — locale data for
every language, collation tables, line-break dictionaries for Chinese,
Japanese, Thai, Khmer, Lao and Burmese, transliterators, ~200 legacy
codepages. Bedside needs the core Unicode tables, the root locale and its
own languages. :func:`trim` keeps exactly that; ICU falls back to the root
locale for anything else, as it does for a locale it has never heard of.

No Qt import (runs inside PyInstaller's spec) and no ICU tool needed: the
package format is read and written here, and the shared library is
rebuilt with the C compiler (``cc``), as ICU's own ``pkgdata`` does.
Windows is unaffected: Qt uses the ICU that ships with Windows there.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

MAGIC = (0xDA, 0x27)
ALIGN = 16

# Items dropped whatever the language: dictionary-based word breaking for
# scripts Bedside does not show, and transliteration, which Qt never calls.
_DROP_DIRS = ("translit",)
_DROP_SUFFIXES = (".dict",)
# Legacy codepages: dropped except these (Western European, for a stray
# QStringConverter on windows-1252 or ISO-8859-15 text). UTF-8/16/32,
# ISO-8859-1 and US-ASCII are built into ICU's code, not data.
KEEP_CODEPAGES = ("ibm-5348_P100-1997.cnv", "ibm-923_P100-1998.cnv")
# A locale-shaped item name: "fr", "fr_BE", "sr_Latn_BA" ("root" is not one).
_LOCALE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]+)*$")
# Shaped like a locale but not one: each folder's index of available locales.
_NOT_LOCALES = {"res_index"}


@dataclass(frozen=True)
class Package:
    header: bytes                    # the package's own data header, kept as it was
    items: tuple[tuple[str, bytes], ...]   # (name with the "icudt73l/" prefix, bytes), sorted

    @property
    def prefix(self) -> str:
        return self.items[0][0].split("/", 1)[0] + "/" if self.items else ""

    def size(self) -> int:
        return len(write(self))


def read(blob: bytes) -> Package:
    """Parse an ICU common data package (what ``icudtNN_dat`` points to)."""
    header_size, m1, m2 = struct.unpack_from("<HBB", blob, 0)
    if (m1, m2) != MAGIC or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    if blob[8] != 0:
        raise ValueError("big-endian ICU data is not supported")
    (count,) = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + data_off for _, data_off in entries] + [len(blob)]
    items = []
    for i, (name_off, _) in enumerate(entries):
        at = header_size + name_off
        name = blob[at:blob.index(b"\0", at)].decode("ascii")
        items.append((name, blob[starts[i]:starts[i + 1]]))
    return Package(blob[:header_size], tuple(items))


def _pad(n: int) -> int:
    return (-n) % ALIGN


def write(package: Package) -> bytes:
    """Serialise a package: header, table of contents, names, then each
    item on a 16-byte boundary (offsets from the end of the header)."""
    names = [name.encode("ascii") + b"\0" for name, _ in package.items]
    toc_size = 4 + 8 * len(names)
    name_offsets, at = [], toc_size
    for encoded in names:
        name_offsets.append(at)
        at += len(encoded)
    at += _pad(len(package.header) + at)
    data_offsets, body = [], []
    for _, data in package.items:
        data_offsets.append(at)
        body.append(data + b"\0" * _pad(len(data)))
        at += len(data) + _pad(len(data))
    toc = struct.pack("<I", len(names)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets))
    head = package.header + toc + b"".join(names)
    return head + b"\0" * _pad(len(head)) + b"".join(body)


def keep_item(name: str, languages: set[str]) -> bool:
    """Whether an item (``icudt73l/coll/fr.res``) stays for these languages."""
    parts = name.split("/")[1:]
    leaf = parts[-1]
    if parts[0] in _DROP_DIRS or leaf.endswith(_DROP_SUFFIXES):
        return False
    if leaf.endswith(".cnv"):
        return leaf in KEEP_CODEPAGES
    stem = leaf.rsplit(".", 1)[0]
    m = _LOCALE.match(stem)
    if m is None or stem in _NOT_LOCALES:        # root, pool, res_index, supplemental data, Unicode tables, rules
        return True
    return m.group(1) in languages


def trim(package: Package, languages: set[str]) -> Package:
    return Package(package.header, tuple((n, d) for n, d in package.items if keep_item(n, languages)))


# -- the shared library -------------------------------------------------------------

def _elf_sections(elf: bytes) -> dict[str, tuple[int, int, int, int, int]]:
    """name -> (type, addr, offset, size, link) for a little-endian ELF64 file."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a little-endian ELF64 shared library")
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", elf, 0x3A)
    raw = [struct.unpack_from("<IIQQQQII", elf, shoff + i * shentsize) for i in range(shnum)]
    strtab_off = raw[shstrndx][4]
    out = {}
    for name_off, typ, _flags, addr, offset, size, link, _info in raw:
        end = elf.index(b"\0", strtab_off + name_off)
        out[elf[strtab_off + name_off:end].decode()] = (typ, addr, offset, size, link)
    return out


def extract(library: Path) -> tuple[str, bytes]:
    """The data symbol's name (``icudt73_dat``) and the package it holds."""
    elf = Path(library).read_bytes()
    sections = _elf_sections(elf)
    _, _, symoff, symsize, _ = sections[".dynsym"]
    _, _, stroff, _, _ = sections[".dynstr"]
    for i in range(symsize // 24):
        name_off, _info, _other, _shndx, value, size = struct.unpack_from("<IBBHQQ", elf, symoff + 24 * i)
        name = elf[stroff + name_off:elf.index(b"\0", stroff + name_off)].decode()
        if re.fullmatch(r"icudt\d+_dat", name):
            for _typ, addr, offset, sec_size, _link in sections.values():
                if addr <= value < addr + sec_size and offset:
                    start = offset + (value - addr)
                    return name, elf[start:start + size]
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def soname(library: Path) -> str:
    """``libicudata.so.73`` from ``.../libicudata.so.73`` (or ``...so.73.2``)."""
    m = re.match(r"^(libicudata\.so\.\d+)", Path(library).name)
    if not m:
        raise ValueError(f"{library} is not an ICU data library")
    return m.group(1)


def build_library(package: Package, symbol: str, so_name: str, out: Path, cc: str | None = None) -> Path:
    """Write ``package`` as a shared library exporting ``symbol`` (what ICU looks up)."""
    cc = cc or shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        raise FileNotFoundError("no C compiler (cc) to build the trimmed ICU data library")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icu-data-") as tmp:
        dat = Path(tmp) / "data.dat"
        dat.write_bytes(write(package))
        asm = Path(tmp) / "data.S"
        asm.write_text(
            "\t.section .rodata\n"
            f"\t.balign {ALIGN}\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"{symbol}:\n"
            f'\t.incbin "{dat}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        subprocess.run([cc, "-shared", "-nostdlib", "-fPIC", f"-Wl,-soname,{so_name}", "-s",
                        "-o", str(out), str(asm)], check=True, capture_output=True)
    return out


def trimmed_library(library: Path, languages: set[str], out_dir: Path) -> tuple[Path, int, int]:
    """Build the trimmed copy of ``library`` in ``out_dir``; returns (path,
    bytes before, bytes after) of the data package."""
    symbol, blob = extract(library)
    full = read(blob)
    small = trim(full, languages)
    path = build_library(small, symbol, soname(library), Path(out_dir) / Path(library).name)
    return path, len(blob), small.size()


def trim_in_toc(entries, languages: set[str], out_dir: Path):
    """PyInstaller TOC with each ``libicudata.so.NN`` replaced by its trimmed
    copy (built in ``out_dir``). Entries are (dest, src, typecode)."""
    out = []
    for dest, src, typecode in entries:
        if re.match(r"^libicudata\.so\.\d+", Path(dest).name) and not Path(src).is_symlink():
            path, before, after = trimmed_library(Path(src), languages, Path(out_dir))
            print(f"icu_data: {dest} data {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB "
                  f"(languages {sorted(languages)})")
            src = str(path)
        out.append((dest, src, typecode))
    return out
