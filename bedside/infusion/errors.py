"""The error infusion rules raise: input refused, nothing stored."""
from __future__ import annotations

from bedside.errors import ValidationError
from bedside.messages import Message


class InfusionRuleError(ValidationError):
    """Holds every problem found (``messages``, each with its ``code`` and
    ``field``); as a ValidationError its template, params and field are
    those of the first."""

    def __init__(self, messages: list[Message]):
        self._messages = list(messages)
        first = self._messages[0]
        super().__init__(first.field or "value", first.template, **first.params)

    @property
    def messages(self) -> list[Message]:
        return list(self._messages)

    @property
    def codes(self) -> list[str | None]:
        return [m.code for m in self._messages]
