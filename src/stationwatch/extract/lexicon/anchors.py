"""Literal anchors for the trigger patterns, so a document is scanned once, not once per pattern.

Every lexicon entry begins, after optional look-behinds and ``\\b``, with literal
text ("chin", "否认", "arrest"); a match of the entry can only start where that
text stands. One Aho-Corasick pass over a document finds every such place for
every pattern at once; a pattern is then tried only there (``match`` at each
place, left to right, skipping places inside the previous match), which gives
exactly what ``finditer`` gives. An entry without a literal start (``\\w+ ...``)
leaves its whole pattern to a plain ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

import ahocorasick_rs

_LOOKBEHIND = re.compile(r"\(\?<[!=](?:[^()\\]|\\.)*\)")
_STOP = set("\\()[].*+?{}|^$")
_OPTIONAL = set("?*{")


def _structure(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each grouping character of a pattern from ``start`` (``(``, ``)``, ``|``, outside
    escapes and classes) with its index and the group depth after it."""
    depth, in_class, index = 0, False, start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield index, char, depth
        index += 1


def split_alternatives(entry: str) -> list[str]:
    """``entry`` split at its top-level ``|`` (not inside groups, classes or escapes)."""
    parts, start = [], 0
    for index, char, depth in _structure(entry):
        if char == "|" and depth == 0:
            parts.append(entry[start:index])
            start = index + 1
    parts.append(entry[start:])
    return parts


def literal_prefix(alternative: str) -> str:
    """The literal text every match of ``alternative`` starts with ("" if there is none)."""
    rest = alternative
    while True:
        if rest.startswith("\\b"):
            rest = rest[2:]
            continue
        lookbehind = _LOOKBEHIND.match(rest)
        if lookbehind is None:
            break
        rest = rest[lookbehind.end():]
    prefix = ""
    for index, char in enumerate(rest):
        if char in _STOP:
            if char in _OPTIONAL and prefix:
                prefix = prefix[:-1]  # "ab?" guarantees only "a"
            break
        prefix += char
        if index + 1 == len(rest):
            break
    return prefix


def _closing(text: str, opening: int) -> int:
    """Index of the parenthesis closing the group that opens at ``opening`` (-1 if none)."""
    return next((index for index, char, depth in _structure(text, opening)
                 if char == ")" and depth == 0), -1)


def alternative_anchors(alternative: str) -> list[str] | None:
    """Literal starts of one alternative; a leading group ``(?:a|b)`` gives one per branch,
    and an optional one (``(?:a|b)?c``) also the start of what follows it."""
    rest = alternative
    while True:
        if rest.startswith("\\b"):
            rest = rest[2:]
            continue
        lookbehind = _LOOKBEHIND.match(rest)
        if lookbehind is None:
            break
        rest = rest[lookbehind.end():]
    if not rest.startswith("(?:"):
        prefix = literal_prefix(rest)
        return [prefix] if prefix else None
    close = _closing(rest, 0)
    if close < 0:
        return None
    anchors: list[str] = []
    for part in split_alternatives(rest[3:close]):
        found = alternative_anchors(part)
        if found is None:
            return None
        anchors.extend(found)
    quantifier = rest[close + 1 : close + 2]
    if quantifier == "{" or quantifier == "+":
        return None if quantifier == "{" else anchors
    if quantifier in {"?", "*"}:
        tail = alternative_anchors(rest[close + 2 :])
        if tail is None:
            return None
        anchors.extend(tail)
    return anchors


def entry_anchors(entry: str) -> list[str] | None:
    """Anchors of one lexicon entry, or None when some alternative has no literal start."""
    anchors: list[str] = []
    for part in split_alternatives(entry):
        found = alternative_anchors(part)
        if not found or any(not a for a in found):
            return None
        anchors.extend(found)
    return anchors


@dataclass(frozen=True)
class AnchorIndex:
    """One automaton over the anchors of many patterns."""

    automaton: ahocorasick_rs.AhoCorasick
    owners: tuple[tuple[re.Pattern[str], ...], ...]  # anchor number -> patterns it starts
    anchored: frozenset[re.Pattern[str]]

    def places(self, view: str) -> dict[re.Pattern[str], list[int]]:
        """For each anchored pattern, the sorted places where one of its matches may start."""
        # Starts are grouped by anchor first (one append per match), then handed to the
        # anchor's patterns: a document has many matches of few distinct anchors.
        by_anchor: dict[int, list[int]] = {}
        for number, start, _ in self.automaton.find_matches_as_indexes(view, overlapping=True):
            starts = by_anchor.get(number)
            if starts is None:
                by_anchor[number] = [start]
            else:
                starts.append(start)
        found: dict[re.Pattern[str], list[int]] = {}
        owners = self.owners
        for number, starts in by_anchor.items():
            for pattern in owners[number]:
                places = found.get(pattern)
                if places is None:
                    found[pattern] = list(starts)
                else:
                    places.extend(starts)
        return {pattern: sorted(set(places)) for pattern, places in found.items()}


def build_index(patterns: Mapping[re.Pattern[str], Iterable[str]]) -> AnchorIndex:
    """Index compiled patterns by the entries they were compiled from."""
    owners: dict[str, set[re.Pattern[str]]] = {}
    anchored = set()
    for pattern, entries in patterns.items():
        per_entry = [entry_anchors(entry) for entry in entries]
        if any(anchors is None for anchors in per_entry):
            continue
        anchored.add(pattern)
        for anchors in per_entry:
            for anchor in anchors or ():
                owners.setdefault(anchor, set()).add(pattern)
    words = sorted(owners)
    return AnchorIndex(
        ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.Standard),
        tuple(tuple(owners[w]) for w in words), frozenset(anchored))


def scan(pattern: re.Pattern[str], view: str,
         places: Mapping[re.Pattern[str], list[int]] | None,
         index: AnchorIndex | None) -> list[tuple[int, int]]:
    """Non-empty match spans of ``pattern`` in ``view``, as ``finditer`` finds them."""
    if places is None or index is None or pattern not in index.anchored:
        return [m.span() for m in pattern.finditer(view) if m.end() > m.start()]
    spans: list[tuple[int, int]] = []
    end = 0
    for start in places.get(pattern, ()):
        if start < end:
            continue
        match = pattern.match(view, start)
        if match is not None and match.end() > start:
            spans.append(match.span())
            end = match.end()
    return spans
