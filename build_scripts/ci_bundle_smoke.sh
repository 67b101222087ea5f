#!/usr/bin/env bash
# CI step: build the frozen Linux bundle and prove it works, trimmed, through
# pytest: its --self-test (vault, main window, consent PDF/A, collation, the
# sync client against a real bedside-server), the upgrade check on the
# first-schema fixture vault, `bedside export` of the demo vault, and the
# 120 MB size budget (tests/packaging/test_packaging_frozen_bundle.py).
#
# In .ci/run, as its own step after the main test run:
#     bash build_scripts/ci_bundle_smoke.sh
# Uses $PYTHON if set, else the checkout's .venv (as .ci/run makes it), else python3.
# Installs PyInstaller (the `build` extra's only package) if it is missing.
# Needs a C compiler (cc) for the ICU data trim (build_scripts/icu_data.py).
# About 80 s on an idle 2-core CI machine (see docs/BENCHMARKS.md, "Startup").
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python
    else PYTHON=python3; fi
fi

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "[bundle-smoke] installing PyInstaller (pyproject [build] extra)"
    "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
fi

start=$(date +%s)
export BEDSIDE_BUNDLE_TEST=1
export QT_QPA_PLATFORM=offscreen
export BEDSIDE_BUNDLE_DIST="${BEDSIDE_BUNDLE_DIST:-$PWD/build/ci-bundle/dist}"
export BEDSIDE_BUNDLE_WORK="${BEDSIDE_BUNDLE_WORK:-$PWD/build/ci-bundle/work}"
# -n 0: the module-scoped bundle fixture builds into one fixed folder; two xdist
# workers would both build there and delete each other's files.
"$PYTHON" -m pytest tests/packaging/test_packaging_frozen_bundle.py -m bundle -q -p no:cacheprovider -n 0
echo "[bundle-smoke] done in $(( $(date +%s) - start )) s"
