"""Translatable core messages: an English template marked for translation plus
its parameters.  The UI translates ``template`` in context "core" and formats
with ``params`` after translation."""
from __future__ import annotations

from dataclasses import dataclass, field

from bedside.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Message:
    template: str
    params: dict = field(default_factory=dict)

    def text(self, translate=None) -> str:
        tpl = translate(self.template) if translate else self.template
        try:
            return tpl.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return tpl


def msg(template: str, **params) -> Message:
    return Message(template, params)


__all__ = ["Message", "msg", "QT_TRANSLATE_NOOP"]
