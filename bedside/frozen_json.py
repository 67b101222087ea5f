"""Read-only JSON values: a decoded record content that can be shared.

``records.readable`` remembers the versions it decoded (a patient's screen
re-reads the same few hundred versions at every opening). A remembered
content is handed to every later reader, so no reader may change it: its
objects become :class:`FrozenDict` and its arrays :class:`FrozenList`.
They are still ``dict`` and ``list`` (``isinstance``, ``==``, ``json``,
``canonical_json``, ``dict(c)``, ``{**c}``, ``c | {...}`` and slicing work
and give plain, mutable copies), but any change in place raises
``TypeError``, so a caller that wants to edit takes a copy
(``dict(v.content)``, ``copy.deepcopy(v.content)``)."""
from __future__ import annotations

import copy
import json
from typing import Any


def _refuse(self, *args, **kwargs):
    raise TypeError(f"a stored record's content is read-only: copy it first "
                    f"(dict(...), copy.deepcopy(...))")


class FrozenDict(dict):
    """A ``dict`` no one can change in place."""
    __slots__ = ()
    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __copy__(self) -> dict:
        return dict(self)

    def __deepcopy__(self, memo) -> dict:
        return {k: copy.deepcopy(v, memo) for k, v in self.items()}

    def __reduce__(self):
        return dict, (dict(self),)


class FrozenList(list):
    """A ``list`` no one can change in place."""
    __slots__ = ()
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse
    append = clear = extend = insert = pop = remove = reverse = sort = _refuse

    def __copy__(self) -> list:
        return list(self)

    def __deepcopy__(self, memo) -> list:
        return [copy.deepcopy(v, memo) for v in self]

    def __reduce__(self):
        return list, (list(self),)


def freeze(value: Any) -> Any:
    """*value* (as ``json.loads`` returns it) with every dict and list frozen."""
    if isinstance(value, dict):
        return FrozenDict((k, freeze(v)) for k, v in value.items())
    if isinstance(value, list):
        return FrozenList(freeze(v) for v in value)
    return value


def _frozen_list(value: list) -> FrozenList:
    if list in map(type, value):        # (a scan in C: most arrays hold no array)
        return FrozenList([_frozen_list(v) if type(v) is list else v for v in value])
    return FrozenList(value)


def _frozen_object(obj: dict) -> FrozenDict:
    # the decoder hands each object over once its members are decoded (and
    # frozen); only the arrays among its values are still plain lists. The
    # object is the decoder's own, fresh: its arrays are frozen in place
    # (a scan in C first: most objects hold none)
    if list in map(type, obj.values()):
        for k, v in obj.items():
            if type(v) is list:
                obj[k] = _frozen_list(v)
    return FrozenDict(obj)


_DECODER = json.JSONDecoder(object_hook=_frozen_object)


def loads(text: str) -> Any:
    """``freeze(json.loads(text))`` in one pass: the objects are frozen as the
    decoder makes them, instead of walking the decoded value again."""
    value = _DECODER.decode(text)
    return _frozen_list(value) if type(value) is list else value
