"""Input errors for eligibility data: a clear, translatable message naming the
field; nothing invalid is stored."""
from __future__ import annotations

from .messages import Message

try:  # the foundation's ValidationError, so the UI shows it like any other
    from bedside.errors import ValidationError as _Base
except ImportError:  # pragma: no cover - before the foundation merge
    _Base = ValueError


class InputError(_Base):
    """A value typed by a user was refused.  ``field`` names the input,
    ``template``/``params`` are the translatable message."""

    def __init__(self, field: str, template: str, **params):
        self.field = field
        self.template = template
        self.params = dict(params, field=field)
        self.message = Message(template, self.params)
        ValueError.__init__(self, self.message.text())

    def __str__(self) -> str:
        return self.message.text()
