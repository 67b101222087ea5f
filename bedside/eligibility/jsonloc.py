"""A small JSON parser that remembers the line of every value.

The standard ``json`` module reports syntax errors with a line number but
forgets where each value came from; the protocol validator needs both, so an
error can say "criteria[3].rule.max_days (line 87): must be a number".
"""
from __future__ import annotations

import json
import re
from json.decoder import scanstring

_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_WS = re.compile(r"[ \t\n\r]*")


class JsonSyntaxError(ValueError):
    def __init__(self, message: str, line: int):
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.detail = message


def loads_with_lines(text: str):
    """Return ``(value, lines)`` where ``lines`` maps a path tuple to a line."""
    lines: dict[tuple, int] = {}
    parser = _Parser(text, lines)
    value = parser.parse()
    return value, lines


class _Parser:
    def __init__(self, text: str, lines: dict):
        self.s = text
        self.lines = lines

    def line_at(self, idx: int) -> int:
        return self.s.count("\n", 0, idx) + 1

    def ws(self, idx: int) -> int:
        return _WS.match(self.s, idx).end()

    def fail(self, message: str, idx: int):
        raise JsonSyntaxError(message, self.line_at(idx))

    def parse(self):
        idx = self.ws(0)
        value, idx = self.value(idx, ())
        idx = self.ws(idx)
        if idx != len(self.s):
            self.fail("extra data after the end of the document", idx)
        return value

    def value(self, idx: int, path: tuple):
        if idx >= len(self.s):
            self.fail("unexpected end of file", idx)
        self.lines[path] = self.line_at(idx)
        c = self.s[idx]
        if c == "{":
            return self.obj(idx + 1, path)
        if c == "[":
            return self.arr(idx + 1, path)
        if c == '"':
            try:
                return scanstring(self.s, idx + 1, True)
            except json.JSONDecodeError as e:
                self.fail(e.msg.lower(), e.pos)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, idx):
                return val, idx + len(word)
        m = _NUMBER.match(self.s, idx)
        if m and m.end() > idx:
            txt = m.group()
            num = float(txt) if any(ch in txt for ch in ".eE") else int(txt)
            return num, m.end()
        self.fail(f"unexpected character {c!r}", idx)

    def members(self, idx: int, close: str, member) -> int:
        """Read ``member, member, … close`` from ``idx`` (just after the
        opening bracket); ``member(idx)`` reads one and returns where it
        ends. Returns the index after ``close``."""
        idx = self.ws(idx)
        if self.s.startswith(close, idx):
            return idx + 1
        while True:
            idx = self.ws(member(self.ws(idx)))
            if self.s.startswith(",", idx):
                idx += 1
                continue
            if self.s.startswith(close, idx):
                return idx + 1
            self.fail(f"expected ',' or '{close}'", idx)

    def obj(self, idx: int, path: tuple):
        out: dict = {}

        def member(idx: int) -> int:
            if not self.s.startswith('"', idx):
                self.fail("expected a quoted key", idx)
            try:
                key, idx = scanstring(self.s, idx + 1, True)
            except json.JSONDecodeError as e:
                self.fail(e.msg.lower(), e.pos)
            if key in out:
                self.fail(f"duplicate key {key!r}", idx)
            idx = self.ws(idx)
            if not self.s.startswith(":", idx):
                self.fail("expected ':' after a key", idx)
            out[key], idx = self.value(self.ws(idx + 1), path + (key,))
            return idx

        return out, self.members(idx, "}", member)

    def arr(self, idx: int, path: tuple):
        out: list = []

        def member(idx: int) -> int:
            item, idx = self.value(idx, path + (len(out),))
            out.append(item)
            return idx

        return out, self.members(idx, "]", member)
