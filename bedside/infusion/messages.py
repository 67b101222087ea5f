"""Translatable problem messages for the infusion logic.

A `Problem` carries an English template marked for translation in context
"core" and its parameters; the UI translates `template` then formats.
"""
from __future__ import annotations

from dataclasses import dataclass, field

try:  # provided by the i18n capability / foundation
    from bedside.i18n import QT_TRANSLATE_NOOP  # type: ignore
except ImportError:  # pragma: no cover - fallback until merged
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
        return text


@dataclass(frozen=True)
class Problem:
    code: str
    template: str
    params: dict = field(default_factory=dict)
    field: str | None = None

    def text(self) -> str:
        """English text (for tests and non-UI callers)."""
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


try:
    from bedside.errors import ValidationError as _Base
except ImportError:  # pragma: no cover - before the foundation is merged
    _Base = Exception


class InfusionRuleError(_Base):
    """Input refused, nothing stored. Holds every problem found; behaves as a
    core ValidationError (template/params/field of the first problem)."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        first = self.problems[0]
        if _Base is Exception:
            Exception.__init__(self, first.code)
            self.field, self.template, self.params = first.field, first.template, first.params
        else:
            _Base.__init__(self, first.field or "value", first.template, **first.params)

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.problems]


def label(item_label: dict | str, language: str = "en") -> str:
    """Pick a protocol-data label ({"en": .., "fr": ..}) in the user's language."""
    if isinstance(item_label, str):
        return item_label
    return item_label.get(language) or item_label.get("en") or next(iter(item_label.values()), "")
