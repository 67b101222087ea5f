"""Input errors for eligibility data: a clear, translatable message naming the
field; nothing invalid is stored.  A ValidationError, so every screen shows it
like any other core error."""
from __future__ import annotations

from bedside.errors import BedsideError, ValidationError


class InputError(ValidationError):
    """A typed value was refused.  ``field`` names the input (the label the
    user saw); ``template``/``params`` are the translatable message."""

    def __init__(self, field: str, template: str, **params):
        self.field = field
        # the templates name the field as {field}: pass it as a parameter too
        BedsideError.__init__(self, template, field=field, **params)
