"""Numbers written in words, for the Latin-script corpus languages.

A small state machine accepts only well-formed sequences ("one hundred and
two", "cinquante-quatre", "vierundfünfzig"), so "two three" is two numbers
and "and" joins only where the number goes on after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from text_to_num import text2num

from stationwatch.extract.num_lexicon import (
    APPROX_NOUNS,
    ARTICLES,
    HUNDRED,
    HUNDREDS,
    JOINER,
    JOINERS,
    MULTIPLYING_NOUNS,
    PLURAL_APPROX_NOUNS,
    SCALE_ONLY_ARTICLES,
    TEEN,
    TEN,
    UNIT,
    Morpheme,
    morphemes,
    normalise_word,
    segment,
)

WORD_LANGS = frozenset(JOINERS)
_WORD = re.compile(r"[^\W\d_]+")
#: What may separate two words of one number: a space, a hyphen, or both.
_GAP = re.compile(r"[ \t\u00a0]?[-‐‑]?[ \t\u00a0]?")
#: Ordinals that are far more often a preposition ("secondo il ministero" = according to).
_NOT_ORDINAL_BEFORE = {
    "it": re.compile(r"\s+(?:il|lo|la|i|gli|le|l'|quanto|fonti|cui|me|noi|lui|lei|loro)\b", re.I),
    "pt": re.compile(r"\s+(?:o|a|os|as|um|uma|fontes|ele|ela|eles|elas)\b", re.I),
    "es": re.compile(r"\s+(?:el|la|los|las|fuentes)\b", re.I),
}
_PREPOSITION_ORDINALS = frozenset({"secondo", "segundo"})
#: German "Acht" as the noun of heed, not eight: "Acht geben", "außer Acht lassen",
#: "in Acht nehmen", "(sie) acht darauf".
_HEED_AFTER = re.compile(
    r"\s+(?:zu\s+)?(?:geben|gibt|gab|gaben|gegeben|nehmen|nimmt|nahm|nahmen|genommen|lassen|"
    r"l[aä]sst|lie(?:ss|ß)|lie(?:ss|ß)en|gelassen|darauf|drauf)\b",
    re.I,
)
_HEED_BEFORE = re.compile(r"\bau(?:ss|ß)er\s+$", re.I)
#: Half before a dozen ("half a dozen", "ein halbes Dutzend", "mezza dozzina", "media docena",
#: "une demi-douzaine", "meia dúzia", "een half dozijn"), with the article it may take.
_HALF_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:a|ein|un|una|une|uma|een)\s+)?"
    r"(?:half|halbes|halbe|mezza|mezzo|media|medio|demi|meia|meio)(?:\s+a)?[\s-]+$",
    re.I,
)
#: A word in lower case (or a comma) before: mid-sentence, where the numeral is written "acht".
_MID_SENTENCE = re.compile(r"[a-zäöüß,]\s+$")


@dataclass(frozen=True, slots=True)
class WordNumber:
    start: int
    end: int
    value: int
    ordinal: bool
    article_like: bool
    approximate: bool


@dataclass(frozen=True, slots=True)
class _State:
    """Parse state of one number: completed scale groups plus the group being read."""

    total: int = 0
    current: int = 0
    room: int = -1  # -1: a fresh group; otherwise the largest value that may still be added
    last_scale: int = 10**15
    last: Morpheme | None = None
    joined: bool = False
    ordinal: bool = False
    pieces: int = 0

    @property
    def value(self) -> int:
        return self.total + self.current


def _room_after(morpheme: Morpheme, lang: str) -> int:
    if morpheme.kind == HUNDREDS:
        return 99
    if morpheme.kind == TEN:
        if morpheme.value % 10:
            return 0
        return 19 if lang == "fr" and morpheme.value in (60, 80) else 9
    if morpheme.kind == TEEN:
        return 9 if lang == "fr" and morpheme.value == 10 else 0
    return 0


def _fits(morpheme: Morpheme, room: int) -> bool:
    if room >= 99:
        return morpheme.value < 100 and morpheme.kind in (UNIT, TEEN, TEN)
    if room >= 19:
        return morpheme.kind in (UNIT, TEEN)
    if room >= 9:
        return morpheme.kind == UNIT and morpheme.value > 0
    return False


def _additive(state: _State, m: Morpheme, lang: str) -> _State | None:
    last = state.last
    if state.joined:
        if m.kind == TEN and last is not None and last.kind == UNIT and state.current % 100 < 10:
            return replace(state, current=state.current + m.value, room=0, joined=False)
        return None
    if lang == "fr" and m.value == 20 and last is not None and last.value == 4 \
            and last.kind == UNIT and state.current % 100 == 4:
        return replace(state, current=state.current + 76, room=19)  # quatre-vingt
    if state.room == -1:
        if m.value == 0 and state.total:
            return None
        return replace(state, current=state.current + m.value, room=_room_after(m, lang))
    if _fits(m, state.room):
        return replace(state, current=state.current + m.value, room=_room_after(m, lang))
    return None


def _feed(state: _State, m: Morpheme, lang: str) -> _State | None:
    """The state after ``m``, or None if ``m`` cannot continue this number."""
    if state.ordinal:
        return None
    if m.kind == JOINER:
        last = state.last
        ok = last is not None and last.kind == UNIT and lang in ("de", "nl") and not state.joined
        return replace(state, joined=True) if ok else None
    if m.kind in (UNIT, TEEN, TEN, HUNDREDS):
        new = _additive(state, m, lang)
    elif m.kind == HUNDRED:
        new = _hundred(state, m)
    else:
        new = _scale(state, m)
    if new is None:
        return None
    return replace(new, last=m, ordinal=m.ordinal, pieces=state.pieces + 1)


def _hundred(state: _State, m: Morpheme) -> _State | None:
    if state.joined:
        return None
    if state.room == -1 and state.current == 0:
        return None if m.needs_count and not state.total else replace(state, current=100, room=99)
    last = state.last
    group = state.current
    if last is not None and 0 < group < 20 and last.kind in (UNIT, TEEN) and group == last.value:
        return replace(state, current=group * 100, room=99)
    return None


def _scale(state: _State, m: Morpheme) -> _State | None:
    if state.joined or m.value >= state.last_scale:
        return None
    if state.current == 0:
        if state.total or m.needs_count:
            return None
        group = 1
    else:
        group = state.current
    return replace(state, total=state.total + group * m.value, current=0, room=-1,
                   last_scale=m.value)


def _feed_word(state: _State, word: str, lang: str) -> _State | None:
    pieces = segment(word, lang)
    if pieces is None:
        return None
    for piece in pieces:
        fed = _feed(state, piece, lang)
        if fed is None:
            return None
        state = fed
    return state


_ACCENTED = {
    "a": "aàáâãäå", "e": "eèéêë", "i": "iìíîï", "o": "oòóôõö", "u": "uùúûü", "c": "cç",
    "n": "nñ",
}


def _accent_tolerant(word: str) -> str:
    """A regex for ``word`` as it may be written: any accent on a vowel, ß for ss."""
    pattern = re.escape(word).replace("ss", "\x00")
    for plain, variants in _ACCENTED.items():
        pattern = pattern.replace(plain, f"[{variants}]")
    return pattern.replace("\x00", "(?:ss|ß)")


@cache
def _made_of_morphemes(lang: str) -> re.Pattern[str]:
    """A whole word made only of ``lang``'s number morphemes, joiners and approximate nouns."""
    words = {*morphemes(lang), JOINERS[lang], *APPROX_NOUNS.get(lang, {}),
             *PLURAL_APPROX_NOUNS.get(lang, {})}
    alternation = "|".join(_accent_tolerant(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})+", re.IGNORECASE)


#: Per language, whether a word is made of number morphemes (a plain dict: looked up for
#: every word of every text, where an ``lru_cache`` call costs several times more).
_JUDGED: dict[str, dict[str, bool]] = {}
#: Words judged per language before the dict starts again.
JUDGED_WORDS = 65536


def _candidates(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Words that can be (part of) a number: every morpheme is letters, so a candidate is a
    whole word; words are found in one C-level pass and each distinct word judged once."""
    judged = _JUDGED.setdefault(lang, {})
    found = []
    for m in _WORD.finditer(text):
        word = m.group()
        number_word = judged.get(word)
        if number_word is None:
            if len(judged) >= JUDGED_WORDS:
                judged.clear()
            number_word = judged[word] = _made_of_morphemes(lang).fullmatch(word) is not None
        if number_word:
            found.append((m.start(), m.end(), _norm(word)))
    return found


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    return normalise_word(word)


def parse_words(words: str, lang: str) -> int | None:
    """The value of a text that is entirely one number in words, else None.

    Cardinals are read by text2num (its grammar agrees with these tables on every
    cardinal of the development corpora and of the tests); ordinals, inflected
    articles ("einer", "einem") and approximate nouns ("una decina"), which
    text2num does not read, by the tables. A scale word alone ("million") is no number.
    """
    if lang not in WORD_LANGS:
        return None
    tokens = [_norm(m.group()) for m in _WORD.finditer(words)]
    if len(tokens) == 1 and any(p.needs_count for p in segment(tokens[0], lang) or []):
        return None
    try:
        return int(text2num(words.strip().lower(), lang))
    except ValueError:
        pass
    return _parse_by_tables(tokens, lang)


def _parse_by_tables(tokens: list[str], lang: str) -> int | None:
    """``parse_words`` by this module's state machine, over normalised tokens."""
    joiner = JOINERS[lang]
    state = _State()
    pending_joiner = False
    for token in tokens:
        if token == joiner and state.pieces and not pending_joiner:
            pending_joiner = True
            continue
        new = _feed_word(state, token, lang)
        if new is None:
            return None
        state, pending_joiner = new, False
    if not state.pieces or pending_joiner or state.joined:
        return None
    if tokens == ["a"]:
        return None
    return state.value


def find_word_numbers(text: str, lang: str) -> list[WordNumber]:
    """Every maximal well-formed number in words in ``text``."""
    if lang not in WORD_LANGS:
        return []
    tokens = _candidates(text, lang)
    found: list[WordNumber] = []
    approx = APPROX_NOUNS.get(lang, {})
    articles = ARTICLES.get(lang, set())
    joiner = JOINERS[lang]
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        if word in approx or (
            word in articles and i + 1 < len(tokens) and tokens[i + 1][2] in approx
            and _GAP.fullmatch(text[end : tokens[i + 1][0]]) and " " in text[end : tokens[i + 1][0]]
        ):
            last = i if word in approx else i + 1
            value = approx[tokens[last][2]]
            half = (_HALF_BEFORE.search(text, max(0, start - 16), start)
                    if value in (12, 100, 1000) else None)
            if half is not None:  # "half a dozen", "mezza dozzina", "une demi-douzaine": six;
                # "medio centenar", "meia centena", "mezzo centinaio", "demi-centaine": fifty
                start, value = half.start(), value // 2
            found.append(WordNumber(start, tokens[last][1], value, False, False, True))
            i = last + 1
            continue
        if segment(word, lang) is None:
            i += 1
            continue
        j, state, last_end = _extend(text, tokens, i, lang, joiner)
        if state is None:
            i += 1
            continue
        number = _accept(text, tokens, i, j, last_end, state, lang)
        factor = _multiplier(tokens[j][2], lang) if j < len(tokens) else None
        if number is not None and factor is not None \
                and _GAP.fullmatch(text[last_end : tokens[j][0]]):
            multiplied = number.value * factor
            number = replace(number, end=tokens[j][1], value=multiplied, approximate=True)
            j += 1
        if number is not None and not _is_heed(text, number, lang):
            found.append(number)
        i = j
    return found


def _multiplier(word: str, lang: str) -> int | None:
    """What a noun after a number multiplies it by ("two dozen", "tre decine"), if anything."""
    if word in MULTIPLYING_NOUNS:
        return APPROX_NOUNS[lang][word]
    return PLURAL_APPROX_NOUNS.get(lang, {}).get(word)


def _is_heed(text: str, number: WordNumber, lang: str) -> bool:
    """German "Acht" in "Acht geben", "außer Acht", or capitalised mid-sentence: the noun of
    heed, not the number (German writes the numeral in lower case)."""
    word = text[number.start : number.end]
    if lang != "de" or word.lower() != "acht":
        return False
    before = text[max(0, number.start - 40) : number.start]
    return bool(
        _HEED_AFTER.match(text, number.end)
        or _HEED_BEFORE.search(before)
        or (word == "Acht" and _MID_SENTENCE.search(before))
    )


def _extend(
    text: str, tokens: list[tuple[int, int, str]], i: int, lang: str, joiner: str
) -> tuple[int, _State | None, int]:
    """Read tokens from ``i`` while they continue one number; (next index, state, end offset)."""
    state = _State()
    j = i
    last_end = tokens[i][1]
    while j < len(tokens):
        start, end, word = tokens[j]
        if j > i and not _GAP.fullmatch(text[tokens[j - 1][1] : start]):
            break
        new = _feed_word(state, word, lang)
        if new is not None:
            state, last_end, j = new, end, j + 1
            continue
        if word == joiner and j > i and j + 1 < len(tokens) and not state.ordinal:
            after = tokens[j + 1]
            gap_ok = not text[end : after[0]].strip() and not text[tokens[j - 1][1] : start].strip()
            joined = _feed_word(state, after[2], lang) if gap_ok else None
            if joined is not None:
                state, last_end, j = joined, after[1], j + 2
                continue
        break
    return j, (state if j > i else None), last_end


def _accept(
    text: str, tokens: list[tuple[int, int, str]], i: int, j: int, end: int, state: _State,
    lang: str,
) -> WordNumber | None:
    if state.joined:
        return None
    words = [t[2] for t in tokens[i:j]]
    if len(words) == 1 and words[0] in SCALE_ONLY_ARTICLES.get(lang, set()):
        return None
    if len(words) == 1 and words[0] in _PREPOSITION_ORDINALS and lang in _NOT_ORDINAL_BEFORE \
            and _NOT_ORDINAL_BEFORE[lang].match(text, end):
        return None
    raw = text[tokens[i][0] : end]
    article = len(words) == 1 and words[0] in ARTICLES.get(lang, set())
    article_like = article and raw.lower() != "één"
    return WordNumber(tokens[i][0], end, state.value, state.ordinal, article_like, False)


