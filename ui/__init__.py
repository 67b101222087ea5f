"""PySide6 user interface: thin screens over the ``bedside`` core."""
