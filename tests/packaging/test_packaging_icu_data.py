"""The ICU data trimming of the Linux bundle (build_scripts/icu_data.py),
on the real ICU data library of the installed PySide6 wheel. Building the
shared library (cc) and Qt using it are proven by the frozen bundle's
self-test (French collation) in build_scripts/ci_bundle_smoke.sh."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from build_scripts import icu_data

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt ships ICU on Linux only")


@pytest.fixture(scope="module")
def package():
    import PySide6

    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not libs:
        pytest.skip("this PySide6 wheel carries no ICU data library")
    symbol, blob = icu_data.extract(libs[0])
    assert symbol.startswith("icudt") and symbol.endswith("_dat")
    return icu_data.read(blob)


def test_package_reads_and_writes_back_item_for_item(package):
    again = icu_data.read(icu_data.write(package))
    assert again.items == package.items and again.header == package.header
    names = [n for n, _ in package.items]
    assert names == sorted(names)                 # ICU looks items up by binary search


def test_trim_keeps_the_core_root_and_app_languages(package):
    small = icu_data.trim(package, {"en", "fr"})
    names = {n.split("/", 1)[1] for n, _ in small.items}
    for needed in ("unames.icu", "nfkc.nrm", "uts46.nrm", "ulayout.icu", "root.res", "fr.res", "fr_BE.res", "en.res",
                   "coll/root.res", "coll/fr.res", "coll/ucadata.icu", "cnvalias.icu", "res_index.res"):
        assert needed in names, needed
    for dropped in ("de.res", "ja.res", "coll/zh.res", "brkitr/cjdict.dict", "translit/root.res",
                    "gb18030.cnv"):
        assert dropped not in names, dropped
    assert small.size() < package.size() / 4
    kept = dict(small.items)
    assert all(kept[n] == d for n, d in package.items if n in kept)   # items untouched


@pytest.mark.parametrize("name, kept", [
    ("icudt73l/fr_CA.res", True), ("icudt73l/frr.res", False), ("icudt73l/en_150.res", True),
    ("icudt73l/coll/en.res", True), ("icudt73l/curr/pool.res", True), ("icudt73l/zone/de.res", False),
    ("icudt73l/supplementalData.res", True), ("icudt73l/brkitr/thaidict.dict", False),
    ("icudt73l/res_index.res", True), ("icudt73l/coll/res_index.res", True),
    ("icudt73l/ibm-5348_P100-1997.cnv", True), ("icudt73l/ibm-943_P15A-2003.cnv", False),
])
def test_keep_rules(name, kept):
    assert icu_data.keep_item(name, {"en", "fr"}) is kept
