"""Translation markers for the core, which never imports Qt.

Core messages are English templates marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` extracts them into the "core" context. The UI translates
them with ``QCoreApplication.translate("core", template)`` and only then
formats the ``{placeholders}``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate recognises
    """Mark *text* for extraction in *context*; return it unchanged."""
    return text
