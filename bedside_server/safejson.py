"""Parse a request body into a JSON object a store can trust the shape of:
bounded nesting depth, integers that fit a signed 64-bit column, no NaN or
Infinity, no text that cannot be encoded (lone surrogates).  Every
refusal is a :class:`BadJson` with a reason, never a crash."""

from __future__ import annotations

import json

MAX_DEPTH = 32
INT_MIN, INT_MAX = -(2 ** 63), 2 ** 63 - 1


class BadJson(ValueError):
    """The body is not an acceptable JSON object; the message says why."""


def _no_constants(name: str):
    raise BadJson(f"{name} is not allowed in JSON")


def _check_text(text: str) -> None:
    # NUL is valid JSON text and may be in clinical content (stored encrypted);
    # the few fields that reach plaintext columns refuse it where they are used
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadJson("text contains an unpaired surrogate") from None


def check_tree(value, max_depth: int = MAX_DEPTH) -> None:
    """Walk a parsed value without recursion and refuse what the store
    could not hold."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            raise BadJson(f"JSON nested deeper than {max_depth} levels")
        if isinstance(node, dict):
            for k, v in node.items():
                _check_text(k)
                stack.append((v, depth + 1))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
        elif isinstance(node, str):
            _check_text(node)
        elif isinstance(node, int) and not isinstance(node, bool):
            if not INT_MIN <= node <= INT_MAX:
                raise BadJson("an integer is out of the 64-bit range")


def parse_object(body: bytes, max_depth: int = MAX_DEPTH) -> dict:
    if not body:
        return {}
    try:
        data = json.loads(body, parse_constant=_no_constants)
    except RecursionError:
        raise BadJson(f"JSON nested deeper than {max_depth} levels") from None
    except BadJson:
        raise
    except ValueError as exc:        # not UTF-8, not JSON, an integer too long to read
        raise BadJson("body is not JSON") from exc
    if not isinstance(data, dict):
        raise BadJson("body is not a JSON object")
    check_tree(data, max_depth)
    return data
