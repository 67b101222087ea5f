"""Entry script PyInstaller freezes: the same ``ui.launcher:main`` that the
``bedside`` console script of a source install runs."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
