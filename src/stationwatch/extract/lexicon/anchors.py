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
from collections.abc import Iterable, Iterator, Mapping, Set
from dataclasses import dataclass, field
from functools import cached_property

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
    return _literal_run(_strip_zero_width(alternative))[0]


def _strip_zero_width(alternative: str) -> str:
    """``alternative`` without its leading ``\\b`` and look-behinds."""
    rest = alternative
    while True:
        if rest.startswith("\\b"):
            rest = rest[2:]
            continue
        lookbehind = _LOOKBEHIND.match(rest)
        if lookbehind is None:
            return rest
        rest = rest[lookbehind.end():]


def _literal_run(rest: str) -> tuple[str, int]:
    """The literal text ``rest`` starts with, and the index where it stops; the index is
    where what follows the text begins only when the run was not shortened (``ab?``)."""
    prefix = ""
    index = 0
    while index < len(rest):
        char = rest[index]
        if char == "\\" and index + 1 < len(rest) and not rest[index + 1].isalnum():
            char = rest[index + 1]  # "\." stands for a literal "."
            index += 1
        elif char in _STOP:
            if char in _OPTIONAL and prefix:
                return prefix[:-1], -1  # "ab?" guarantees only "a"
            break
        prefix += char
        index += 1
    return prefix, index


def _closing(text: str, opening: int) -> int:
    """Index of the parenthesis closing the group that opens at ``opening`` (-1 if none)."""
    return next((index for index, char, depth in _structure(text, opening)
                 if char == ")" and depth == 0), -1)


def alternative_anchors(alternative: str, required: bool = False) -> list[str] | None:
    """Literal starts of one alternative; a leading group ``(?:a|b)`` gives one per branch,
    and an optional one (``(?:a|b)?c``) also the start of what follows it. A start runs on
    through groups as long as it stays literal ("(?:a|the) (?:second|third)" starts with
    "a second", "a third", "the second", "the third"): the longer the anchors, the fewer
    places a pattern is tried at (an anchor "a" stands every few characters).

    ``required``: literals one of which every match contains, not where it starts; an
    optional leading group then gives only what follows it ("the " is no use for
    ``(?:the )?dutch``, which cannot match without "dutch").
    """
    if not required:
        found = _start_texts(_starts(alternative))
        if found is None:
            return None
        # the starts cut to fit (``_coarsened``) where they would have ended at a group; kept
        # when their shortest text is longer (a cut list of 48 can end a larger group's starts)
        cut = _start_texts(_starts(alternative, coarsen=True))
        if cut is not None and min(map(len, cut)) > min(map(len, found)):
            return cut
        return found
    rest = _strip_zero_width(alternative)
    if not rest.startswith("(?:"):
        prefix = literal_prefix(rest)
        return [prefix] if prefix else None
    close = _closing(rest, 0)
    if close < 0:
        return None
    anchors: list[str] = []
    for part in split_alternatives(rest[3:close]):
        found = alternative_anchors(part, required)
        if found is None:
            return None
        anchors.extend(found)
    quantifier = rest[close + 1 : close + 2]
    if quantifier == "{" or quantifier == "+":
        return None if quantifier == "{" else anchors
    if quantifier in {"?", "*"}:
        tail = alternative_anchors(rest[close + 2 :], required)
        if tail is None:
            return None
        return tail
    return anchors


#: Most starts one alternative is expanded to; past it, a group's branches end the starts.
MAX_STARTS = 48

Start = tuple[str, bool]


def _start_texts(starts: list[Start] | None) -> list[str] | None:
    """The anchors of ``starts``: their texts, without those another one begins (None when a
    path has no literal start)."""
    if starts is None or any(not text for text, _ in starts):
        return None
    texts = list(dict.fromkeys(text for text, _ in starts))
    # "yy-" adds no place to "yy": wherever it stands, so does "yy"
    return [text for text in texts
            if not any(other != text and text.startswith(other) for other in texts)]


def _starts(text: str, coarsen: bool = False) -> list[Start] | None:
    """The literal texts one of which every match of ``text`` starts with, each with whether
    it is the whole of what it stands for (so what follows ``text`` may extend it); None when
    some path has no literal start at all. ``coarsen``: starts too many to join to what comes
    before them are cut to fit (``_coarsened``) rather than dropped."""
    rest = _strip_zero_width(text)
    if not rest:
        return [("", True)]
    if rest.startswith("(?:"):
        return _group_starts(rest, coarsen)
    prefix, stop = _literal_run(rest)
    if stop < 0:
        either = _either_way(rest, coarsen)  # "an? (?:x|y)": "an x", "an y", "a x", "a y"
        if either is not None:
            return either
        return [(prefix, False)]  # "ab*": only "a" is sure, and nothing after it
    if stop == len(rest):
        return [(prefix, True)]
    tail = _starts(rest[stop:], coarsen) if rest.startswith("(?:", stop) or rest.startswith(
        "\\b", stop) or _LOOKBEHIND.match(rest, stop) else None
    if coarsen and tail and len(tail) > MAX_STARTS:
        tail = _coarsened(tail, MAX_STARTS)
    if not tail or len(tail) > MAX_STARTS:
        return [(prefix, False)]
    return [(prefix + more, whole) for more, whole in tail]


def _optional_letter(rest: str) -> tuple[int, int] | None:
    """Where the literal run ``rest`` starts with ends at a character made optional by a
    plain ``?`` ("an? ", "d\\.?un"): the index of that character (of its backslash) and of the
    ``?``; None if the run ends otherwise."""
    index = last = 0
    while index < len(rest):
        char = rest[index]
        if char == "\\" and index + 1 < len(rest) and not rest[index + 1].isalnum():
            last, index = index, index + 2
            continue
        if char in _STOP:
            if char == "?" and index > 0 and rest[index + 1 : index + 2] not in {"?", "+"}:
                return last, index
            return None
        last, index = index, index + 1
    return None


def _either_way(rest: str, coarsen: bool = False) -> list[Start] | None:
    """``_starts`` of a text whose literal start ends at an optional character: the starts
    with the character and those without it (every match is one or the other), while they
    stay few; None when they cannot be told or are too many."""
    found = _optional_letter(rest)
    if found is None:
        return None
    at, mark = found
    kept = _starts(rest[:mark] + rest[mark + 1 :], coarsen)
    dropped = _starts(rest[:at] + rest[mark + 1 :], coarsen)
    if not kept or not dropped:
        return None
    both: list[Start] | None = kept + dropped
    if len(kept) + len(dropped) > MAX_STARTS:
        both = _coarsened(kept + dropped, MAX_STARTS) if coarsen else None
    if not both or any(not text for text, _ in both):
        return None
    return both


def _group_starts(rest: str, coarsen: bool = False) -> list[Start] | None:
    """``_starts`` of a text that opens with a group ``(?:a|b)``."""
    close = _closing(rest, 0)
    if close < 0:
        return None
    branches: list[Start] = []
    for part in split_alternatives(rest[3:close]):
        found = _starts(part, coarsen)
        if found is None:
            return None
        branches.extend(found)
    quantifier = rest[close + 1 : close + 2]
    if quantifier == "{":
        return None
    if quantifier == "+":
        return [(branch, False) for branch, _ in branches]
    if quantifier in {"?", "*"}:
        tail = _starts(rest[close + 2 :], coarsen)
        if tail is None:
            return None
        return [(branch, False) for branch, _ in branches] + tail
    after = rest[close + 1 :]
    if not any(whole for _, whole in branches):
        return branches
    tail = _starts(after, coarsen)
    if coarsen and tail is not None and len(tail) * len(branches) > MAX_STARTS:
        tail = _coarsened(tail, MAX_STARTS // len(branches))
    if tail is None or len(tail) * len(branches) > MAX_STARTS:
        return [(branch, whole and not after) for branch, whole in branches]
    found: list[Start] = []
    for branch, whole in branches:
        if whole:
            found.extend((branch + more, more_whole) for more, more_whole in tail)
        else:
            found.append((branch, False))
    return found


def _coarsened(starts: list[Start], most: int) -> list[Start] | None:
    """``starts`` cut to the greatest length at which at most ``most`` texts remain, or None
    when even their first characters are more. A match that starts with a text starts with
    each beginning of it, so the cut texts are starts too: where the starts of what follows a
    group are too many to join to each branch, "un normale", "un comune" (cut from "un normale
    commissariato", ...) still anchor the pattern, not "un" alone (an anchor that stands in
    every other word, each place a regex match tried). A cut text is not whole."""
    longest = max(len(text) for text, _ in starts)
    for length in range(longest, 0, -1):
        cut: dict[str, bool] = {}
        for text, whole in starts:
            short = text[:length]
            cut[short] = cut.get(short, True) and whole and len(text) <= length
        if len(cut) <= most:
            return list(cut.items())
    return None


def entry_anchors(entry: str, required: bool = False) -> list[str] | None:
    """Anchors of one lexicon entry, or None when some alternative has no literal start
    (``required``: see ``alternative_anchors``)."""
    anchors: list[str] = []
    for part in split_alternatives(entry):
        found = alternative_anchors(part, required)
        if not found or any(not a for a in found):
            return None
        anchors.extend(found)
    return anchors


def required_texts(alternative: str) -> list[str] | None:
    """Texts one of which every match of ``alternative`` contains (None if none is sure):
    of the ``requirements``, the one whose shortest text is longest."""
    options = requirements(alternative)
    if not options:
        return None
    return max(options, key=lambda texts: (min(map(len, texts)), -len(texts)))


def requirements(alternative: str) -> list[list[str]]:
    """Lists of texts such that every match of ``alternative`` contains one text of each list.

    For entries without a literal start ("two CJK characters, then 站", "up to three
    words, then stations|posts"): a text holding none of them cannot hold a match, so
    the pattern need not be run over it. Literal runs and non-optional ``(?:a|b)``
    groups count; look-arounds, classes and optional parts do not.
    """
    options: list[list[str]] = []
    run = ""
    index = 0
    while index < len(alternative):
        char, literal, group = alternative[index], None, None
        if char == "\\":
            follower = alternative[index + 1 : index + 2]
            literal = follower if follower and not follower.isalnum() else None
            end = _escape_end(alternative, index)
        elif char == "[":
            end = _class_end(alternative, index)
        elif char == "(":
            end = _closing(alternative, index) + 1
            if end == 0:
                return []
            if alternative.startswith("(?:", index):
                group = alternative[index + 3 : end - 1]
            elif alternative.startswith("(?", index):  # look-around or flags: opaque
                group = None
            else:
                group = alternative[index + 1 : end - 1]
        elif char in "|)":
            return []
        else:
            literal = None if char in ".^$" else char
            end = index + 1
        quantifier = alternative[end : end + 1]
        optional = quantifier in ("?", "*") or (
            quantifier == "{" and not re.match(r"\{[1-9]", alternative[end:]))
        if quantifier in ("?", "*", "+"):
            end += 1
        elif quantifier == "{":
            close = alternative.find("}", end)
            if close < 0:
                return []
            end = close + 1
        if quantifier in ("?", "*", "+", "{") and alternative[end : end + 1] in ("?", "+"):
            end += 1  # lazy or possessive
        if literal is not None and not optional:
            run += literal
        if literal is None or optional or quantifier in ("+", "{"):
            if run:
                options.append([run])
            run = ""
        if group is not None and not optional:
            branches = [required_texts(branch) for branch in split_alternatives(group)]
            if all(branches):
                options.append([text for found in branches for text in found or ()])
        index = end
    if run:
        options.append([run])
    return options


class Prefiltered:
    """A compiled pattern whose ``search`` first checks, in C, that the text holds what some
    top-level alternative of it needs; where none can match it returns None without running
    the regex (a search ending in "$" over a window otherwise tries every character)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        needs = [requirements(part) for part in split_alternatives(pattern.pattern)]
        self.needs: tuple[tuple[tuple[str, ...], ...], ...] | None = None
        self.many: ManyNeeds | None = None
        if not pattern.flags & re.IGNORECASE and all(needs):
            self.needs = tuple(tuple(tuple(texts) for texts in part) for part in needs)
            if sum(len(text) for part in self.needs for texts in part for text in texts) \
                    >= MANY_NEEDS_CHARS:
                self.many = ManyNeeds(self.needs)

    def search(self, text: str) -> re.Match[str] | None:
        if not self.may_match(text):
            return None
        return self.pattern.search(text)

    def may_match(self, text: str) -> bool:
        """False only when no match can stand in ``text`` (it lacks what every one needs)."""
        if self.many is not None:
            return self.many.holds_one(text)
        return self.needs is None or _holds_one(self.needs, text)


#: Characters of needed texts from which one automaton pass beats a substring test for each
#: (measured on sentence views: 87 -> 27 us for 6,300 characters, even at about 300; below,
#: where a short word such as "y" stands every few characters, the automaton's hits cost more).
MANY_NEEDS_CHARS = 250


class ManyNeeds:
    """``_holds_one`` answered from one Aho-Corasick pass over the text: a pattern of many
    alternatives needs hundreds of texts, and testing each with ``in`` scans the text as many
    times. A text holds a needed text exactly where the automaton (overlapping) reports it."""

    def __init__(self, needs: tuple[tuple[tuple[str, ...], ...], ...]) -> None:
        words = sorted({text for part in needs for texts in part for text in texts if text})
        number = {word: index for index, word in enumerate(words)}
        # a list holding "" is held by every text: it drops out of its part
        self.parts = tuple(
            tuple(frozenset(number[text] for text in texts) for texts in part if all(texts))
            for part in needs
        )
        self.automaton = _automaton(words)

    def holds_one(self, text: str) -> bool:
        present = {found for found, _, _ in
                   self.automaton.find_matches_as_indexes(text, overlapping=True)}
        for part in self.parts:
            for texts in part:
                if present.isdisjoint(texts):
                    break
            else:
                return True
        return False


def _holds_one(needs: tuple[tuple[tuple[str, ...], ...], ...], text: str) -> bool:
    """Whether ``text`` holds, for some part, one text of each of its lists (plain loops:
    nested generator expressions cost several times more, and this runs per window)."""
    for part in needs:
        for texts in part:
            for candidate in texts:
                if candidate in text:
                    break
            else:
                break  # this list has no text in ``text``: the part cannot match
        else:
            return True
    return False


class LiteralGate:
    """Literals one of which every match of a pattern contains, in one automaton: where a text
    holds none of them the pattern cannot match it, so a document is searched once for them
    instead of each sentence with the pattern (most sentences hold none)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        texts: set[str] = set()
        self.automaton: ahocorasick_rs.AhoCorasick | None = None
        self.lengths: list[int] = []
        #: The literals, in the automaton's order (empty when the gate cannot tell).
        self.words: tuple[str, ...] = ()
        for part in split_alternatives(pattern.pattern):
            found = None if pattern.flags & re.IGNORECASE else required_texts(part)
            if not found or not all(found):
                return  # an alternative that needs no literal: every text may match
            texts.update(found)
        words = sorted(texts)
        self.words = tuple(words)
        self.lengths = [len(word) for word in words]
        self.automaton = ahocorasick_rs.AhoCorasick(
            words, matchkind=ahocorasick_rs.MatchKind.Standard,
            implementation=ahocorasick_rs.Implementation.ContiguousNFA)

    def places(self, view: str) -> list[tuple[int, int]] | None:
        """Spans of the literals in ``view`` (overlapping), or None when the gate cannot tell."""
        found = self.hits(view)
        return None if found is None else [(start, end) for _, start, end in found]

    def hits(self, view: str) -> list[tuple[int, int, int]] | None:
        """``places`` as the automaton gives them: (literal number, start, end) in text order."""
        if self.automaton is None:
            return None
        return self.automaton.find_matches_as_indexes(view, overlapping=True)


class AnyEntry:
    """Whether any of several entries matches somewhere in a text: ``search`` of their
    alternation, tried entry by entry and each only in texts holding one text of each of
    its ``requirements`` (entries that start with free words, "(?:\\w+ ){0,3}", would
    otherwise be tried at every character)."""

    def __init__(self, entries: Iterable[str]) -> None:
        gated = []
        for entry in entries:
            for part in split_alternatives(entry):  # an entry matches where one part does
                pattern = re.compile(part)
                needs = [] if pattern.flags & re.IGNORECASE else requirements(part)
                gated.append((pattern, tuple(tuple(texts) for texts in needs)))
        self.entries = tuple(gated)

    def search(self, view: str) -> bool:
        for pattern, needs in self.entries:
            if _holds_one((needs,), view) and pattern.search(view):
                return True
        return False




def _escape_end(text: str, backslash: int) -> int:
    """Index just past the escape that starts at ``backslash``: ``\\x27``, ``\\u4e00``,
    ``\\N{...}`` and ``\\12`` run on past their letter (their digits are no literal text)."""
    follower = text[backslash + 1 : backslash + 2]
    width = {"x": 4, "u": 6, "U": 10}.get(follower)
    if width is not None:
        return min(backslash + width, len(text))
    if follower == "N":
        close = text.find("}", backslash)
        return len(text) if close < 0 else close + 1
    end = backslash + 2
    if follower.isdigit():  # a group reference or an octal escape: up to three digits
        while end < min(backslash + 4, len(text)) and text[end].isdigit():
            end += 1
    return end


def _class_end(text: str, opening: int) -> int:
    """Index just past the character class that opens at ``opening``."""
    end = opening + 1
    if text[end : end + 1] == "^":
        end += 1
    if text[end : end + 1] == "]":
        end += 1
    while end < len(text) and text[end] != "]":
        end += 2 if text[end] == "\\" else 1
    return end + 1


def entry_gate(entry: str) -> list[str] | None:
    """Literals one of which every match of ``entry`` contains, or None if some alternative
    has none (its matches can then stand anywhere)."""
    gate: list[str] = []
    for part in split_alternatives(entry):
        found = alternative_anchors(part, required=True)
        if not found or any(not a for a in found):
            found = required_texts(part)
            if not found:
                return None
        gate.extend(found)
    return gate


#: Patterns asked for in one text before its anchors are grouped by pattern (``AnchorPlaces``):
#: a text asked for one or two (the whole index's, past a narrowed one) is not worth grouping.
GROUP_AFTER = 2


class AnchorPlaces(Mapping[re.Pattern[str], list[int]]):
    """Where each anchored pattern may match in one text, worked out for a pattern when asked.

    A document in one language asks for a few dozen of the index's patterns; grouping
    the automaton's hits for every pattern up front cost more than the scans themselves.
    Patterns are looked up by their source text: hashing a compiled pattern hashes its
    whole compiled code (microseconds for a large alternation), a string's hash is kept.
    """

    __slots__ = ("_by_anchor", "_found", "_held", "_index", "_present", "_view")

    def __init__(self, index: AnchorIndex, by_anchor: dict[int, list[int]], view: str) -> None:
        self._index = index
        self._by_anchor = by_anchor
        self._view = view
        self._found: dict[str, list[int]] = {}
        present = set(by_anchor)
        for number, letter in index.letters.items():
            if letter in view:
                present.add(number)
        self._present = present  # the anchors found
        self._held: dict[str, list[int]] | None = None

    def _anchors_held(self) -> dict[str, list[int]]:
        """The anchors found, by the source of each pattern they belong to. A text holds a few
        dozen anchors, each of a few patterns: grouping them once is cheaper than intersecting
        the found anchors with every asked pattern's own (often hundreds of) anchors."""
        held = self._held
        if held is None:
            held = self._held = {}
            owners = self._index.owners
            for number in self._present:
                for source in owners.get(number, ()):
                    found = held.get(source)
                    if found is None:
                        held[source] = [number]
                    else:
                        found.append(number)
        return held

    def _starts(self, number: int) -> list[int]:
        """Where anchor ``number`` stands; a one-letter anchor is looked for only when asked."""
        starts = self._by_anchor.get(number)
        if starts is None:
            letter = re.escape(self._index.letters[number])
            starts = self._by_anchor[number] = [m.start() for m in re.finditer(letter, self._view)]
        return starts

    def get(self, pattern: re.Pattern[str], default: object = None) -> list[int] | None:  # type: ignore[override]
        source = pattern.pattern
        found = self._found.get(source)
        if found is None:
            numbers = self._index.anchors_of.get(source)
            if numbers is None:
                return default  # type: ignore[return-value]
            if self._held is None and len(self._found) < GROUP_AFTER:
                hit = list(numbers & self._present)  # a text asked for one pattern or two
            else:
                hit = self._anchors_held().get(source)
            if not hit:
                found = []
            elif len(hit) == 1:
                found = self._starts(hit[0])
            else:
                merged: set[int] = set()
                for number in hit:
                    merged.update(self._starts(number))
                found = sorted(merged)
            self._found[source] = found
        return found

    def __getitem__(self, pattern: re.Pattern[str]) -> list[int]:
        found = self.get(pattern)
        if found is None:
            raise KeyError(pattern)
        return found

    def __iter__(self) -> Iterator[re.Pattern[str]]:
        return iter(self._index.anchored)

    def __len__(self) -> int:
        return len(self._index.anchors_of)


@dataclass(frozen=True)
class AnchorIndex:
    """One automaton over the anchors of many patterns."""

    automaton: ahocorasick_rs.AhoCorasick
    #: Numbers of each anchored pattern's anchors, by the pattern's source text.
    anchors_of: dict[str, frozenset[int]]
    #: Literals one of which every match contains, for patterns without anchors (by source).
    gates: dict[str, tuple[str, ...]]
    anchored: Set[re.Pattern[str]]
    #: One-letter Latin anchors ("e", "i") by number, left out of the automaton: they stand
    #: every few characters, so their places are found only for a pattern that is asked for.
    letters: dict[int, str] = field(default_factory=dict)
    #: Every anchor by number (the automaton's words, then the one-letter ones).
    words: tuple[str, ...] = ()

    @cached_property
    def owners(self) -> dict[int, tuple[str, ...]]:
        """The sources of the patterns each anchor (by number) belongs to."""
        owners: dict[int, list[str]] = {}
        for source, numbers in self.anchors_of.items():
            for number in numbers:
                owners.setdefault(number, []).append(source)
        return {number: tuple(sources) for number, sources in owners.items()}

    def narrowed(self, sources: Iterable[str]) -> AnchorIndex:
        """This index for the anchored patterns among ``sources`` alone (by source text).

        A document asks for the patterns of its own languages, and the unquoted copy of a
        view for those of a few concepts; an automaton of their anchors alone finds the
        same places for them with a fraction of the hits to group.
        """
        kept = sorted({source for source in sources if source in self.anchors_of})
        numbers = sorted({number for source in kept for number in self.anchors_of[source]})
        searched = [number for number in numbers if number not in self.letters]
        if not searched:
            return self
        letters = [number for number in numbers if number in self.letters]
        renumbered = {old: new for new, old in enumerate(searched + letters)}
        kept_set = set(kept)
        return AnchorIndex(
            _automaton([self.words[number] for number in searched]),
            {source: frozenset(renumbered[n] for n in self.anchors_of[source]) for source in kept},
            self.gates,
            frozenset(p for p in self.anchored if p.pattern in kept_set),
            {renumbered[number]: self.letters[number] for number in letters},
            tuple(self.words[number] for number in searched + letters),
        )

    def places(self, view: str) -> AnchorPlaces:
        """For each anchored pattern, the sorted places where one of its matches may start."""
        by_anchor: dict[int, list[int]] = {}
        for number, start, _ in self.automaton.find_matches_as_indexes(view, overlapping=True):
            starts = by_anchor.get(number)
            if starts is None:
                by_anchor[number] = [start]
            else:
                starts.append(start)
        return AnchorPlaces(self, by_anchor, view)


def build_index(patterns: Mapping[re.Pattern[str], Iterable[str]],
                required: bool = False) -> AnchorIndex:
    """Index compiled patterns by the entries they were compiled from.

    ``required``: anchors tell only whether a pattern can match somewhere, not where
    its matches start (see ``alternative_anchors``); ``scan`` must then not be used.
    """
    owners: dict[str, set[re.Pattern[str]]] = {}
    anchored = set()
    gates: dict[str, tuple[str, ...]] = {}
    for pattern, entries in patterns.items():
        entries = list(entries)
        per_entry = [entry_anchors(entry, required) for entry in entries]
        if any(anchors is None for anchors in per_entry):
            gate = [entry_gate(entry) for entry in entries]
            if not pattern.flags & re.IGNORECASE and all(g is not None for g in gate):
                gates[pattern.pattern] = tuple(sorted({g for found in gate for g in found or ()}))
            continue
        anchored.add(pattern)
        for anchors in per_entry:
            for anchor in anchors or ():
                owners.setdefault(anchor, set()).add(pattern)
    # the automaton's words first (its match numbers are anchor numbers), one-letter ones last
    words = sorted(owners, key=lambda word: (_one_letter(word), word))
    searched = [word for word in words if not _one_letter(word)]
    anchors_of: dict[re.Pattern[str], set[int]] = {pattern: set() for pattern in anchored}
    for number, word in enumerate(words):
        for pattern in owners[word]:
            anchors_of[pattern].add(number)
    return AnchorIndex(
        _automaton(searched),
        {pattern.pattern: frozenset(numbers) for pattern, numbers in anchors_of.items()},
        gates, frozenset(anchored),
        {number: word for number, word in enumerate(words) if _one_letter(word)},
        tuple(words))


def _automaton(words: list[str]) -> ahocorasick_rs.AhoCorasick:
    """The anchor automaton: every occurrence of every word, numbered as ``words``."""
    return ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.Standard,
                                      implementation=ahocorasick_rs.Implementation.ContiguousNFA)


class NarrowedPlaces(Mapping[re.Pattern[str], list[int]]):
    """``AnchorPlaces`` of a narrowed index, with the whole index's places for any other
    pattern (one more pass over the text, made only if such a pattern is asked for), so every
    pattern gets exactly the places ``whole.places(view)`` would give it."""

    __slots__ = ("_covered", "_narrow", "_view", "_whole", "_whole_places")

    def __init__(self, whole: AnchorIndex, narrow: AnchorIndex, view: str) -> None:
        self._whole = whole
        self._covered = narrow.anchors_of
        self._narrow = narrow.places(view)
        self._view = view
        self._whole_places: AnchorPlaces | None = None

    def get(self, pattern: re.Pattern[str], default: object = None) -> list[int] | None:  # type: ignore[override]
        if pattern.pattern in self._covered:
            return self._narrow.get(pattern, default)
        if self._whole_places is None:
            self._whole_places = self._whole.places(self._view)
        return self._whole_places.get(pattern, default)

    def __getitem__(self, pattern: re.Pattern[str]) -> list[int]:
        found = self.get(pattern)
        if found is None:
            raise KeyError(pattern)
        return found

    def __iter__(self) -> Iterator[re.Pattern[str]]:
        return iter(self._whole.anchored)

    def __len__(self) -> int:
        return len(self._whole.anchors_of)


def _one_letter(word: str) -> bool:
    return len(word) == 1 and word.isascii()


def scan(pattern: re.Pattern[str], view: str,
         places: Mapping[re.Pattern[str], list[int]] | None,
         index: AnchorIndex | None) -> list[tuple[int, int]]:
    """Non-empty match spans of ``pattern`` in ``view``, as ``finditer`` finds them."""
    if places is None or index is None or pattern.pattern not in index.anchors_of:
        gate = index.gates.get(pattern.pattern) if index is not None else None
        if gate is not None and not any(literal in view for literal in gate):
            return []
        return [m.span() for m in pattern.finditer(view) if m.end() > m.start()]
    spans: list[tuple[int, int]] = []
    end = 0
    match_at = pattern.match
    for start in places.get(pattern, ()):
        if start < end:
            continue
        match = match_at(view, start)
        if match is not None:
            span = match.span()
            if span[1] > start:
                spans.append(span)
                end = span[1]
    return spans
