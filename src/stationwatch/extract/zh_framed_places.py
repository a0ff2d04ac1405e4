"""Chinese names of smaller foreign towns, found where the text frames them as places.

Chinese has no spaces, so the gazetteer keeps two-character names of towns abroad out of
its matcher (孔敬 for Khon Kaen, 吉朗 for Geelong, 腊戍 for Lashio): inside running text any
two characters may stand side by side. A reporter frames such a name all the same: after
its country ("澳大利亚吉朗", a table's "缅甸　腊戍"), after a word for a town ("港口城市海防",
"东北部小城孔敬") or a site placed one by one ("另一处在芙蓉"), or before the word for its administrative rank ("孔敬府", "吉朗市").
Those frames make the name a place, as a locative preposition does for Utrecht
(``proper_places.py``). The frames hang on the countries already matched and on a handful of
frame words found by plain string search, so no pattern runs over the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stationwatch.extract.operators import OperatorLexicon
from stationwatch.text.gazetteer import Gazetteer, Place, PlaceMatch
from stationwatch.text.view import is_cjk

#: Longest and shortest name tried at a frame.
NAME_LONGEST = 4
NAME_SHORTEST = 2
#: What may stand between a country and the town's name: a side of the country, a kind of
#: town, a province or state already named, spaces of a table's columns.
_AFTER_COUNTRY = re.compile(
    r"[\s　]*(?:(?:[东南西北中]{1,2}部|沿海|边境|内陆)?的?"
    r"(?:[^\s，。、；：“”「」（）()]{0,4}?(?:城市|小城|城镇|小镇|港口|港城|港市|重镇|省|州|府))?)?[\s　]*"
)
#: Words for a town right before its name: 港口城市海防, 工业城市, 边境小城.
_TOWN_WORDS = ("城市", "小城", "城镇", "小镇", "港城", "港市", "重镇", "古城")
#: A site placed by a locative verb right before the name: "另一处在芙蓉", "一处位于巴生",
#: "其中一个设在吉朗", "一处就在木姐": the sites of a count told one by one.
_SITE_FRAMES = tuple(
    site + adverb + verb
    for site in ("一处", "一个", "一家", "一间")
    for adverb in ("", "就", "则", "也")
    for verb in ("在", "位于", "设在", "设于")
)
#: A site counted right after the town's name: "楠迪的一处“侨胞服务中心”", "芙蓉也有一处类似场所",
#: "吉朗另有两处": the town is where the site is, as after "一处在".
_SITE_AFTER = re.compile(
    r"(?:的|也有|还有|另有|亦有|也设有|设有|有)(?:一|两|二|三|几|多)?(?:处|个|家|间)"
)
_SITE_AFTER_HEADS = ("的", "也", "还", "另", "亦", "设", "有")
#: The administrative rank written right after the name: 孔敬府 (a Thai province), 吉朗市.
_RANKS = "府市"
#: How far into a text a Chinese character is looked for before its frames are.
_CJK_PROBE = 2000
#: A character ``is_cjk`` accepts, looked for by the regex engine rather than a Python loop
#: over the opening of every document (most are not Chinese and hold none).
_CJK_CHARACTER = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
#: The Chinese-speaking world, whose towns' names the matcher already rules on.
_CHINA = ("CN", "HK", "MO", "TW")


def framed_places(view: str, found: list[PlaceMatch], text: str) -> list[PlaceMatch]:
    """Smaller towns' Chinese names framed by their country, a town word or their rank.

    A name framed by a town word or its rank counts only in a country the text names
    otherwise; after a country it must be that country's own town.
    """
    if _CJK_CHARACTER.search(view, 0, _CJK_PROBE) is None:
        return []
    gazetteer = Gazetteer.load()
    named = {m.candidates[0].country for m in found if m.candidates}
    taken = [(m.start, m.end) for m in found]
    extra: list[PlaceMatch] = []
    for start, country in _frame_ends(view, found):
        if any(a <= start < b for a, b in taken):
            continue
        match = _name_at(gazetteer, view, text, start, country, named)
        if match is not None:
            extra.append(match)
            taken.append((match.start, match.end))
    for start in _site_frame_ends(view):
        if any(a <= start < b for a, b in taken):
            continue
        match = _name_at(gazetteer, view, text, start, None, named)
        if match is not None and _SITE_TOWN_END.match(view, match.end):
            extra.append(match)
            taken.append((match.start, match.end))
    extra += _ranked_places(gazetteer, view, text, taken, named)
    return extra + _sited_places(gazetteer, view, text, taken, named)


def _frame_ends(view: str, found: list[PlaceMatch]) -> Iterator[tuple[int, str | None]]:
    """Where a framed name may begin, with the country the frame requires (if any)."""
    for match in found:
        if match.kind == "country" and match.candidates and is_cjk(match.surface[-1]):
            gap = _AFTER_COUNTRY.match(view, match.end)
            yield (gap.end() if gap else match.end), match.candidates[0].country
    for word in _TOWN_WORDS:
        at = view.find(word)
        while at >= 0:
            yield at + len(word), None
            at = view.find(word, at + 1)


def _site_frame_ends(view: str) -> Iterator[int]:
    """Where a name may begin after a site placed one by one ("另一处在芙蓉")."""
    for word in _SITE_FRAMES:
        at = view.find(word)
        while at >= 0:
            yield at + len(word)
            at = view.find(word, at + 1)


#: What closes a site's town: a clause's or a list's end, or its rank ("一处在芙蓉，", "芙蓉市"),
#: never a noun it qualifies ("一家在巴生的餐馆" is a restaurant).
_SITE_TOWN_END = re.compile(r"[，,。；;、：:）)\s]|[和及与市府州]|$")


def _name_at(gazetteer: Gazetteer, view: str, text: str, start: int, country: str | None,
             named: set[str]) -> PlaceMatch | None:
    """The longest name of a smaller town at ``start`` that the frame admits."""
    for length in range(NAME_LONGEST, NAME_SHORTEST - 1, -1):
        end = start + length
        surface = view[start:end]
        if len(surface) < length or not all(is_cjk(c) for c in surface):
            continue
        places = _towns(gazetteer, surface, country, named)
        if places:
            return PlaceMatch(start, end, text[start:end], places[0].kind, places)
    return None


def _towns(gazetteer: Gazetteer, surface: str, country: str | None,
           named: set[str]) -> tuple[Place, ...]:
    """Towns abroad of that name in the frame's country, or in a country the text names."""
    wanted = {country} if country else named
    places = tuple(p for p in gazetteer.common_word_places(surface)
                   if p.kind in {"city", "district", "region"} and p.country in wanted
                   and p.country not in _CHINA)
    if not places or _also_chinese(gazetteer, surface):
        return ()
    return places


def _also_chinese(gazetteer: Gazetteer, surface: str) -> bool:
    """A name that is also a place of China's (廣州 is a small town in Korea, and Guangzhou)."""
    if any(gazetteer.lookup(surface, code) is not None for code in _CHINA):
        return True
    probe = surface + "市公安局"
    return any(m.start == 0 for m in OperatorLexicon.load().find(probe, probe))


def _ranked_places(gazetteer: Gazetteer, view: str, text: str, taken: list[tuple[int, int]],
                   named: set[str]) -> list[PlaceMatch]:
    """Towns written with their rank after them (孔敬府, 吉朗市) in a country the text names."""
    extra: list[PlaceMatch] = []
    for rank in _RANKS:
        at = view.find(rank)
        while at >= 0:
            if found := _town_ending_at(gazetteer, view, text, at, taken, named):
                extra.append(found)
            at = view.find(rank, at + 1)
    return extra


def _town_ending_at(gazetteer: Gazetteer, view: str, text: str, at: int,
                    taken: list[tuple[int, int]], named: set[str]) -> PlaceMatch | None:
    """The longest town name of Chinese characters that ends at ``at``, in a country the text
    names and clear of the spans already ``taken`` (which it joins)."""
    for length in range(NAME_LONGEST, NAME_SHORTEST - 1, -1):
        start = at - length
        if start < 0 or any(a < at and start < b for a, b in taken):
            continue
        surface = view[start:at]
        if not all(is_cjk(c) for c in surface):
            continue
        places = _towns(gazetteer, surface, None, named)
        if places:
            taken.append((start, at))
            return PlaceMatch(start, at, text[start:at], places[0].kind, places)
    return None


def _sited_places(gazetteer: Gazetteer, view: str, text: str, taken: list[tuple[int, int]],
                  named: set[str]) -> list[PlaceMatch]:
    """Towns written right before a site counted there ("楠迪的一处", "芙蓉也有一处") in a
    country the text names: the name ends where the frame begins."""
    extra: list[PlaceMatch] = []
    for head in _SITE_AFTER_HEADS:
        at = view.find(head)
        while at >= 0:
            if _SITE_AFTER.match(view, at) and (
                    found := _town_ending_at(gazetteer, view, text, at, taken, named)):
                extra.append(found)
            at = view.find(head, at + 1)
    return extra
