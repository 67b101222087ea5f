"""The one message type from the core to the screen.

A :class:`Message` is an English template marked for translation in context
"core" (``QT_TRANSLATE_NOOP("core", …)``) and its parameters, optionally
naming the input it is about (``field``) and a stable machine-readable
``code`` (what tests and callers branch on; never the English text). The UI
turns it into the user's language with ``ui.errors.text`` and nothing else;
:meth:`Message.text` gives the English text for logs without patient data,
the CLI and tests. Core errors carry theirs as ``err.messages``.
"""
from __future__ import annotations

from dataclasses import dataclass, field as _dataclass_field
from typing import Any, Callable


@dataclass(frozen=True)
class Message:
    template: str
    params: dict[str, Any] = _dataclass_field(default_factory=dict)
    field: str | None = None
    code: str | None = None

    def text(self, translate: Callable[[str], str] | None = None) -> str:
        """The text in English (or through *translate*, a template -> template
        function), formatted with its parameters."""
        template = translate(self.template) if translate else self.template
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


def msg(template: str, **params: Any) -> Message:
    """A message without field or code: ``msg(QT_TRANSLATE_NOOP("core", "…{n}…"), n=3)``."""
    return Message(template, params)


__all__ = ["Message", "msg"]
