"""A country said to be one of the countries where the stations are.

"Hungary is one of the countries where China runs police stations", "Ungarn gehört zu den
Ländern, in denen China Polizeistationen betreibt", "La Hongrie fait partie des pays où…",
"匈牙利是中国设有海外警察站的国家之一": the country (or each of a list of them) is the
subject of "is one of / among the countries", and the station noun stands in what describes
those countries. No city is named, so the station is the country's.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence
from stationwatch.text.gazetteer import PlaceMatch

#: Most characters from the countries' word to the station noun describing them.
NOUN_REACH = 90
#: "is one of the countries", in the seven Latin-script languages (folded view), right after
#: the country or after the rest of a list of countries (masked).
_AMONG_COUNTRIES = re.compile(
    r"^(?:[\s,]+|\b(?:and|und|et|e|y|en)\b|\uFFFF)*"
    r"(?:\b(?:is|was|are|were|ist|war|sind|waren|est|etait|sont|etaient|e|era|sono|erano|es|era"
    r"|son|eran|foi|sao|eram|zijn|waren)\s+)?"
    r"(?:(?:also|too|auch|ebenfalls|aussi|egalement|anche|tambien|tambem|ook)\s+)?"
    r"(?:one of|among|amongst|gehor\w*\s+(?:auch\s+)?zu|zahl\w*\s+(?:auch\s+)?zu|fait partie|font partie"
    r"|figure parmi|figurent parmi|(?:l.)?un des|l.une des|parmi|tra|fra|uno dei|una dei|uno degli"
    r"|uno de|una de|entre|um dos|uma das|een van|behoort tot|behoren tot|hoort bij|horen bij)"
    r"\s+(?:\w+\s+){0,3}?(?:countries|states|nations|landern|staaten|pays|etats|paesi|stati"
    r"|nazioni|paises|estados|naciones|nacoes|landen|staten)\b"
)
#: The same in Chinese, after the country: "是…的国家之一", "也在…国家之列".
_AMONG_COUNTRIES_ZH = re.compile(r"^(?:[、，和与及]|\uFFFF)*(?:也|亦|同样)?(?:是|属于|在|位列)[^。；]{0,40}?[国國]家(?:之一|之列)")


def among_host_countries(sentence: Sentence, match: PlaceMatch) -> bool:
    """Whether the country is one of "the countries where" the station noun says stations are."""
    view = sentence.view
    gap = list(view[match.end : match.end + 120])
    for other in sentence.places:
        if match.end <= other.start < match.end + len(gap):
            end = min(other.end - match.end, len(gap))
            gap[other.start - match.end : end] = "\uFFFF" * (end - (other.start - match.end))
    after = "".join(gap)
    found = _AMONG_COUNTRIES.match(after) or _AMONG_COUNTRIES_ZH.match(after)
    if found is None:
        return False
    if _AMONG_COUNTRIES_ZH.match(after):
        stretch = (match.end, match.end + found.end())  # the noun comes before 国家之一
    else:
        stretch = (match.end + found.end(), match.end + found.end() + NOUN_REACH)
    if any(match.end <= s < stretch[1] for s, _ in sentence.spans("negation")):
        return False  # "Hungary is one of the few countries with no such station"
    return any(stretch[0] <= s < stretch[1] for s, _ in sentence.spans("station"))
