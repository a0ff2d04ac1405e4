"""Foreign towns that Chinese writes by sound and the gazetteer has no Chinese name for.

Chinese press renders a small town abroad by its sound: 拉巴萨 for Labasa, 科科波市 for Kokopo.
The gazetteer knows such towns by their Latin names only, so the sentence names nothing but
the country and the station loses its place. Here a run of sound characters (those the
gazetteer's own Chinese names of foreign places are written with) is read back by its pinyin
and compared, by a coarse sound key, with the Latin names of the places of the countries the
document names. Only a run the text frames as a place counts: its country named just before
("斐济北部的拉巴萨"), or a word for a town, port or province right after it ("科科波市"). A
rendering must sound like the whole name, not a part of it, and one that fits two places of
those countries equally well names neither. A syllable that only writes a consonant (斯 s-,
克 k-, 布 b-) may be read without its vowel; a verb glued before the name (搜查) is let go;
and a town read once is the same town wherever the text writes it again.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from stationwatch.text.gazetteer import Gazetteer, Place, PlaceMatch
from stationwatch.text.view import fold

#: What a place is, written right after its name: "科科波市", "拉巴萨镇", "某某港", "某某省".
_PLACE_WORD_AFTER = re.compile(r"[市镇鎮港县縣区區村岛島省州郡]")
#: How far before a run its country may be named: "斐济北部的", "在缅甸东部掸邦的".
COUNTRY_REACH = 8
#: Fewest characters a run must have: two sound like too many words.
MIN_CHARS = 3
#: Shortest sound key of a name whose final consonant a rendering may drop ("Lasem" is too short).
MIN_KEY_FOR_DROP = 5
#: A province, state or county word after the run: the run names such a unit, never a town.
_UNIT_AFTER = re.compile(r"[省州郡]")
#: Where places have Chinese names of their own (in the gazetteer when they matter), never
#: a rendering by sound; their romanisations would only add namesakes.
_CHINESE_WRITING = frozenset({"CN", "TW", "HK", "MO", "SG", "JP", "KR", "KP"})

_LOCAL_KINDS = frozenset({"city", "district", "region"})

_LATIN_DIGRAPHS = (("ph", "p"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("ch", "s"), ("sh", "s"),
                   ("ts", "s"), ("tz", "s"), ("ck", "k"), ("qu", "k"), ("x", "ks"))
_CLASS = {**dict.fromkeys("bpfv", "P"), **dict.fromkeys("dt", "T"), **dict.fromkeys("gkq", "K"),
          **dict.fromkeys("szjcx", "S"), **dict.fromkeys("lr", "L"), "m": "M", "n": "N", "h": "",
          **dict.fromkeys("aeiouyw", "a")}
_PINYIN = re.compile(r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?([a-z]*)")


def _collapse(key: str) -> str:
    """Runs of one symbol as one: "aa" → "a", "KK" → "K"."""
    return re.sub(r"(.)\1+", r"\1", key)


def latin_key(name: str) -> str:
    """A coarse sound key of a folded Latin name: voicing and vowel quality dropped."""
    text = re.sub(r"[^a-z]", "", fold(name))
    for digraph, sound in _LATIN_DIGRAPHS:
        text = text.replace(digraph, sound)
    text = re.sub(r"c(?=[eiy])", "s", text).replace("c", "k")
    text = re.sub(r"g(?=[ei])", "j", text)  # soft before e and i: Gesell, Gela
    return _collapse("".join(_CLASS.get(ch, "") for ch in text))


def pinyin_key(syllables: list[str]) -> str:
    """The same key of a run of pinyin syllables: a nasal final is kept as N, 尔 as L."""
    parts = []
    for syllable in syllables:
        if syllable == "er":
            parts.append("aL")  # 尔 writes a final -r or -l: 布特瓦尔 Butwal
            continue
        match = _PINYIN.fullmatch(syllable)
        if match is None:
            return ""
        initial, final = match.group(1) or "", match.group(2)
        head = "S" if initial in {"zh", "ch", "sh", "j", "q", "x"} else ("a" if initial in {"y", "w"}
                                                          else _CLASS.get(initial, ""))
        nasal = "N" if final.endswith("n") or final.endswith("ng") else ""
        parts.append(head + "a" + nasal)
    return _collapse("".join(parts))


#: Syllables Chinese writes a lone consonant with, its vowel only there to be spoken: a
#: cluster's first consonant or a final one ("科斯塔奈" Kostanay, "克拉斯诺" Krasno-, "布拉格"
#: Prague, "德班" Durban's d-): the neutral e, the apical i, and u after a labial.
_LONE_CONSONANT = frozenset({"ke", "te", "de", "ge", "le", "he", "se", "ze", "si", "zi", "ci",
                             "shi", "ri", "bu", "pu", "fu", "mu"})
#: Most lone consonants a run may be read with (each doubles the keys tried).
MAX_LONE = 4


def pinyin_keys(syllables: list[str]) -> set[str]:
    """``pinyin_key`` of the run, and of it with each lone-consonant syllable read without its
    vowel: the spelling of a name with a cluster or a final consonant, as Chinese renders it."""
    keys = {pinyin_key(syllables)}
    lone = [i for i, syllable in enumerate(syllables) if syllable in _LONE_CONSONANT]
    if not lone or len(lone) > MAX_LONE or "" in keys:
        return keys
    for mask in range(1, 2 ** len(lone)):
        dropped = {lone[i] for i in range(len(lone)) if mask >> i & 1}
        parts = [_bare(syllable) if i in dropped else pinyin_key([syllable])
                 for i, syllable in enumerate(syllables)]
        keys.add(_collapse("".join(parts)))
    return keys


def _bare(syllable: str) -> str:
    """The consonant a lone-consonant syllable writes: "si" is S, "ke" K, "bu" P."""
    return pinyin_key([syllable])[:-1]


@cache
def _readings() -> dict[str, str]:
    data = resources.files("stationwatch.extract").joinpath("data/transliteration.json")
    return json.loads(data.read_text(encoding="utf-8"))


def _sounds_like(run_key: str, name_key: str) -> bool:
    """Whether a run's key is a name's, but for a final consonant Chinese drops ("湄索")."""
    if not run_key or not name_key:
        return False
    return run_key == name_key or (len(name_key) > MIN_KEY_FOR_DROP and name_key[-1] not in "aN"
                                   and run_key == name_key[:-1])


def _best_place(run_keys: set[str], countries: set[str], unit: bool) -> Place | None:
    """The one place of the named countries whose name the run sounds like, if only one (a
    region where the text calls it a province or state)."""
    fits = [place for country in sorted(countries) for place, key in _keys_of(country)
            if any(_sounds_like(run_key, key) for run_key in run_keys) and (not unit or place.kind == "region")]
    if len({(p.name, p.country) for p in fits}) != 1:
        return None
    return fits[0]


@cache
def _keys_of(country: str) -> tuple[tuple[Place, str], ...]:
    """The sound key of the name of each town, district and region of a country (its own
    name only: other romanisations hold old and foreign names that sound like words)."""
    return tuple((place, latin_key(place.name)) for place, _ in Gazetteer.load().places_in(country)
                 if place.kind in _LOCAL_KINDS)


def _runs(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Maximal runs of sound characters outside the gazetteer's matches."""
    readings = _readings()
    blocked = [False] * len(text)
    for start, end in taken:
        for i in range(start, min(end, len(text))):
            blocked[i] = True
    runs = []
    start = None
    for i, char in enumerate(text + "\0"):
        sound = i < len(text) and not blocked[i] and char in readings
        if sound and start is None:
            start = i
        elif not sound and start is not None:
            if i - start >= MIN_CHARS:
                runs.append((start, i))
            start = None
    return runs


def sound_places(text: str, found: list[PlaceMatch], lang: str | None) -> list[PlaceMatch]:
    """Towns of the named countries written by sound in a Chinese text (see the module doc)."""
    if not (lang or "").startswith("zh"):
        return []
    countries_at = [(m.end, m.candidates[0].country) for m in found
                    if m.kind in {"country", "adjective"} and m.candidates]
    countries = {country for _, country in countries_at} - _CHINESE_WRITING
    if not countries:
        return []
    readings = _readings()
    extra = []
    for whole, end in _runs(text, [(m.start, m.end) for m in found]):
        framed_after = bool(_PLACE_WORD_AFTER.match(text, end))
        # the verb or preposition before a name may be a sound character too ("搜查科斯塔奈",
        # "在拉巴萨"): the run read whole first, then without its first one or two characters
        for start in range(whole, min(whole + LEADING_WORD, end - MIN_CHARS) + 1):
            near = {country for at, country in countries_at
                    if 0 <= start - at <= COUNTRY_REACH} - _CHINESE_WRITING
            if not framed_after and not near:
                continue
            run = text[start:end]
            place = _best_place(pinyin_keys([readings[ch] for ch in run]), near or countries,
                                bool(_UNIT_AFTER.match(text, end)))
            if place is not None:
                extra.append(PlaceMatch(start, end, run, place.kind, (place,)))
                break
    return extra + _named_again(text, found, extra)


def _named_again(text: str, found: list[PlaceMatch], read: list[PlaceMatch]) -> list[PlaceMatch]:
    """The other places where a report writes a town it framed once ("搜查科斯塔奈一处…" then
    "科斯塔奈位于…北部"): the same characters name the same town throughout the text."""
    taken = [(m.start, m.end) for m in [*found, *read]]
    again = []
    for name in {m.surface: m for m in read}.values():
        for hit in re.finditer(re.escape(name.surface), text):
            if any(a < hit.end() and hit.start() < b for a, b in taken):
                continue
            again.append(PlaceMatch(hit.start(), hit.end(), name.surface, name.kind,
                                    name.candidates))
            taken.append(hit.span())
    return again


#: Most characters of a word before a name that a run of sound characters may hold.
LEADING_WORD = 2


#: The province or county word between a larger unit and the town in it: "东新不列颠省科科波市".
_UNIT_BETWEEN = re.compile(r"[省州县縣区區郡]?")


def misread_units(found: list[PlaceMatch], sounds: list[PlaceMatch], text: str) -> set[int]:
    """Starts of matches that are a part of the unit a town written by sound lies in, read as
    a namesake abroad: "东新不列颠省科科波市" is Kokopo in East New Britain, not New Britain in
    the United States. Only a match of a country the document names nowhere else is dropped."""
    named = {m.candidates[0].country for m in found
             if m.kind in {"country", "adjective"} and m.candidates}
    starts = {s.start: s for s in sounds}
    dropped = set()
    for match in found:
        if match.kind not in _LOCAL_KINDS or not match.candidates:
            continue
        between = _UNIT_BETWEEN.match(text, match.end)
        sound = starts.get(between.end()) if between else None
        if sound is not None and between is not None and between.end() > match.end \
                and sound.candidates[0].country != match.candidates[0].country \
                and not {c.country for c in match.candidates} & named:
            dropped.add(match.start)
    return dropped
