"""The core must be usable without Qt: importing every module of ``bedside``
pulls in no PySide6."""

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import bedside
for m in pkgutil.walk_packages(bedside.__path__, 'bedside.'):
    if '.migrations' in m.name or m.name.endswith('__main__'):
        continue
    importlib.import_module(m.name)
bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui.')) or m == 'ui']
print(','.join(bad))
"""


def test_importing_the_whole_core_loads_no_qt():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         check=True, cwd=str(__import__("pathlib").Path(__file__).parent.parent))
    assert out.stdout.strip() == ""
