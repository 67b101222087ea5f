"""Find identifiers in free text the way a careful reviewer would.

Given the identifying values actually stored in the vault (patients', and
representatives' and witnesses' names, hospital numbers, dates of birth),
`IdentifierFinder` finds them in any text:

- each part of a name on its own ("Marie" of "Marie Dupont", "Luc" of
  "Jean-Luc"), case- and accent-insensitive, also with a digit stuck to it
  ("Dupont2"); particles such as "de" or "van" only inside a whole name;
- a hospital number with or without its separators ("MRN-884213",
  "MRN884213", "884 213");
- a date of birth in numeric forms (14/03/1961, 14.3.61, 1961-03-14,
  14031961) and written ones, French and English ("14 mars 1961",
  "March 14th, 1961").

What it cannot decide — a word that looks like a name but is not one it
knows, a long number, a near-miss of a known name ("Dupond") — is returned by
`questionable` for the data manager to review before the export is released.

Matching runs on a folded copy of the text (NFKD, accents dropped,
casefolded) with a map back to the original characters, so redaction
replaces exactly the characters that were found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable

from bedside.export import resources
from bedside.paths import resources_dir

# Letters only: a name part is matched when no letter touches it (a digit may).
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_NOT_ALNUM_BEFORE = r"(?<![0-9a-z])"
_NOT_ALNUM_AFTER = r"(?![0-9a-z])"
_SEPARATOR = r"[\s\-./_]*"
_NAME_SPLIT = re.compile(r"[\s\-'’,.()]+")
_GAP_ONLY = re.compile(r"[\s\-'’.]*")
_NAME_GAP = r"[\s\-'’,.]*"


def fold(text: str) -> tuple[str, list[int]]:
    """The text casefolded without accents, and for each folded character
    the index of the original character it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                continue
            for c in part.casefold():
                out.append(c)
                where.append(i)
    return "".join(out), where


def fold_plain(text: str) -> str:
    return fold(text)[0]


@dataclass(frozen=True)
class Finding:
    start: int  # in the original text
    end: int
    kind: str   # "name", "number", "date", "contact"


@dataclass(frozen=True)
class Questionable:
    """A word or number that may identify someone and that no rule decides."""
    token: str
    why: str    # "unknown capitalised word", "long number", "close to a known name"


def _rules() -> dict:
    return resources.load("identifiers")


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words the app's own texts use (protocol, consent forms, export rules):
    a capitalised one of these in free text is not taken for a name."""
    words = {fold_plain(w) for w in _rules()["vocabulary"]}
    base = resources_dir()
    for folder in _rules()["vocabulary_from_resources"]:
        for path in sorted((base / folder).rglob("*.json")):
            try:
                text = path.read_text("utf-8")
            except OSError:
                continue
            words.update(fold_plain(w) for w in re.findall(r"[^\W\d_]{3,}", text))
    return frozenset(words)


def _month_names() -> dict[int, list[str]]:
    return {int(k): [fold_plain(n) for n in v] for k, v in _rules()["months"].items()}


def _date_patterns(d: date) -> list[str]:
    """Regexes (on folded text) for one date of birth in the forms people write."""
    day = [str(d.day), f"{d.day:02d}"]
    mon = [str(d.month), f"{d.month:02d}"]
    yr = [str(d.year), f"{d.year % 100:02d}"]
    alt = lambda xs: "(?:" + "|".join(sorted(set(xs), key=len, reverse=True)) + ")"  # noqa: E731
    sep = r"\s*[/.\-]\s*"
    pats = [
        alt(day) + sep + alt(mon) + sep + alt(yr),          # 14/03/1961, 14.3.61
        alt(mon) + sep + alt(day) + sep + alt(yr),          # 03/14/1961
        alt([str(d.year)]) + sep + alt(mon) + sep + alt(day),  # 1961-03-14
        f"{d.day:02d}{d.month:02d}{d.year}", f"{d.year}{d.month:02d}{d.day:02d}",
        f"{d.day:02d}{d.month:02d}{d.year % 100:02d}",
    ]
    months = alt([re.escape(m) for m in _month_names()[d.month]])
    ordinal = r"(?:er|st|nd|rd|th)?"
    dayw = alt(day) + ordinal
    pats.append(dayw + r"\s*(?:of\s+)?" + months + r"\.?,?\s*" + alt(yr))   # 14 mars 1961, 1st of March 61
    pats.append(months + r"\.?\s*" + dayw + r",?\s*" + alt(yr))             # March 14th, 1961
    return [_NOT_ALNUM_BEFORE + p + _NOT_ALNUM_AFTER for p in pats]


def _number_pattern(value: str) -> str | None:
    chars = [c for c in fold_plain(value) if c.isalnum()]
    if len(chars) < 4:
        return None
    return _NOT_ALNUM_BEFORE + _SEPARATOR.join(re.escape(c) for c in chars) + _NOT_ALNUM_AFTER


def _digit_run_pattern(value: str) -> str | None:
    """The number part of an identifier typed without its prefix ("884213" of "MRN-884213")."""
    runs = re.findall(r"\d+", value)
    digits = max(runs, key=len) if runs else ""
    if len(digits) < 5:
        return None
    return _NOT_ALNUM_BEFORE + _SEPARATOR.join(digits) + _NOT_ALNUM_AFTER


def name_parts(name: str) -> list[str]:
    """The parts of a name that identify on their own (particles and titles
    only count inside the whole name)."""
    skip = set(_rules()["not_alone"])
    words = [p for p in _NAME_SPLIT.split(fold_plain(name)) if len(p) >= 2 and any(c.isalpha() for c in p)]
    parts = [p for p in words if p not in skip]
    # A name made only of particles ("Le", "Da", "And") is still a name: it is
    # redacted wherever it stands; a few "le" too many is the safe side.
    return parts or words


def _edit_distance_one(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


class IdentifierFinder:
    def __init__(self, *, names: Iterable[str] = (), numbers: Iterable[str] = (),
                 dates: Iterable[date] = ()) -> None:
        rules = _rules()
        skip = set(rules["not_alone"])
        # Most specific first: the regex takes the first alternative that matches.
        patterns: list[tuple[str, str]] = [("contact", rules["email_pattern"]),
                                           ("contact", rules["phone_pattern"])]
        for d in set(dates):
            patterns.extend(("date", p) for p in _date_patterns(d))
        for number in {n for n in numbers if n}:
            for p in (_number_pattern(number), _digit_run_pattern(number)):
                if p:
                    patterns.append(("number", p))
        runs: set[tuple[str, ...]] = set()
        self._parts: set[str] = set()
        for name in {n for n in names if n and n.strip()}:
            whole = [p for p in _NAME_SPLIT.split(fold_plain(name)) if p]
            # every run of two or more parts that holds a real name part:
            # "van der berg" of "Anne van der Berg", "dupont lambert" of "Marie Dupont-Lambert"
            for i in range(len(whole)):
                for j in range(i + 2, len(whole) + 1):
                    if any(p not in skip for p in whole[i:j]):
                        runs.add(tuple(whole[i:j]))
            self._parts.update(name_parts(name))
        for run in sorted(runs, key=lambda r: (-sum(map(len, r)), r)):
            patterns.append(("name", _NOT_LETTER_BEFORE + _NAME_GAP.join(map(re.escape, run)) + r"\d*"
                             + _NOT_LETTER_AFTER))
        for part in sorted(self._parts, key=lambda p: (-len(p), p)):
            patterns.append(("name", _NOT_LETTER_BEFORE + re.escape(part) + r"\d*" + _NOT_LETTER_AFTER))
        self._kinds = [k for k, _ in patterns]
        self._re = re.compile("|".join(f"(?P<g{i}>{p})" for i, (_, p) in enumerate(patterns)))
        self._vocabulary = _known_words()
        self._long_number = re.compile(rules["long_number_pattern"])

    # -- finding ----------------------------------------------------------
    def find(self, text: str) -> list[Finding]:
        if not text:
            return []
        folded, where = fold(text)
        found: list[Finding] = []
        for m in self._re.finditer(folded):
            if m.end() == m.start():
                continue
            kind = self._kinds[int(m.lastgroup[1:])]
            found.append(Finding(where[m.start()], where[m.end() - 1] + 1, kind))
        return found

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where to redact: findings merged when only separators lie between
        them ("Dewandre-Lambert" is one name, not two)."""
        merged: list[list[int]] = []
        for f in sorted(self.find(text), key=lambda f: f.start):
            if merged and (f.start <= merged[-1][1] or _GAP_ONLY.fullmatch(text[merged[-1][1]:f.start])):
                merged[-1][1] = max(merged[-1][1], f.end)
            else:
                merged.append([f.start, f.end])
        return [(a, b) for a, b in merged]

    def redact(self, text: str, mark: str) -> str:
        out, last = [], 0
        for start, end in self.spans(text):
            out.append(text[last:start])
            out.append(mark)
            last = end
        out.append(text[last:])
        return "".join(out)

    def questionable(self, text: str, mark: str) -> list[Questionable]:
        """What a reviewer should look at in an already-redacted text."""
        out: list[Questionable] = []
        if not text:
            return out
        for m in self._long_number.finditer(text):
            out.append(Questionable(m.group(0), "long number"))
        sentence_start = True
        for m in re.finditer(r"[^\W\d_][^\W\d_'’\-]*|[.!?:;\n]", text.replace(mark, " ")):
            word = m.group(0)
            if word in ".!?:;\n":
                sentence_start = True
                continue
            folded = fold_plain(word)
            if len(folded) >= 4 and any(_edit_distance_one(folded, p) for p in self._parts if len(p) >= 4):
                out.append(Questionable(word, "close to a known name"))
            elif (not sentence_start and word[0].isupper() and len(word) >= 3
                  and folded not in self._vocabulary):
                out.append(Questionable(word, "unknown capitalised word"))
            sentence_start = False
        return out
