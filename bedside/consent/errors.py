"""The one error type consent rules raise.

It is a `bedside.errors.ValidationError` when the foundation provides one, so
the UI shows it like every other core error (template translated in context
"core", then formatted with params)."""
from __future__ import annotations

try:  # pragma: no cover - depends on foundation presence
    from bedside.i18n import QT_TRANSLATE_NOOP
except ImportError:  # pragma: no cover
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
        return text

try:  # pragma: no cover
    from bedside.errors import ValidationError as _Base
except ImportError:  # pragma: no cover
    _Base = None


if _Base is not None:
    class ConsentError(_Base):
        """A consent rule was broken; nothing was stored."""

        def __init__(self, field: str, template: str, **params):
            super().__init__(field, template, **params)
            self.field = field
            self.template = template
            self.params = dict(params)
else:
    class ConsentError(ValueError):  # type: ignore[no-redef]
        """A consent rule was broken; nothing was stored."""

        def __init__(self, field: str, template: str, **params):
            self.field = field
            self.template = template
            self.params = dict(params)
            super().__init__(self.__str__())

        def __str__(self) -> str:
            try:
                return self.template.format(**self.params)
            except (KeyError, IndexError, ValueError):
                return self.template

__all__ = ["ConsentError", "QT_TRANSLATE_NOOP"]
