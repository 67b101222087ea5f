"""The one error type consent rules raise: a `bedside.errors.ValidationError`,
so the UI shows it like every other core error (``err.messages``)."""
from __future__ import annotations

from bedside.errors import ValidationError


class ConsentError(ValidationError):
    """A consent rule was broken; nothing was stored."""


__all__ = ["ConsentError"]
