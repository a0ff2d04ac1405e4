"""The town a Chinese report keeps returning to: where "这处办公室" and "该据点" stand.

A Chinese feature or wire story tells of one searched site in a town abroad, then spends a
paragraph or two on the town itself ("北榄坡是湄南河四条支流汇合之处…") before it says what the
site was: "这个办公室实际上充当中国警方在当地的服务站", "這處據點的三名聯絡人都掛有…公安分局的職務".
That paragraph names no place, and the one before it may name several (the province, the
city and its ward, the capital of the dateline), so neither the sentence nor its paragraph
places the site. The report's own town does: the town abroad it names most, clearly more
than any other, and at least ``REPORT_MENTIONS`` times.
"""

from __future__ import annotations

from stationwatch.extract.context import CHINA_SIDE, DocContext, Sentence, best_place, is_other_role
from stationwatch.text.gazetteer import Place

#: How often the report must name its town for a demonstrative to point there.
REPORT_MENTIONS = 3


def report_town(doc: DocContext, sentence: Sentence) -> Place | None:
    """The town abroad a Chinese report names most (``REPORT_MENTIONS`` times at least and more
    often than any other place), for a sentence in Chinese that names no other state than the
    town's; None where no town stands out so."""
    if not (sentence.lang or "").startswith("zh"):
        return None
    towns: dict[str, Place] = {}
    for other in doc.sentences:
        for match in other.local_places():
            if match.kind in {"city", "district"} and match.candidates \
                    and not is_other_role(other, match):
                place = best_place(match)
                towns.setdefault(place.name, place)
    ranked = [(name, count) for name, count in doc.place_mentions.most_common()
              if name in towns]
    if not ranked or ranked[0][1] < REPORT_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    place = towns[ranked[0][0]]
    if place.country in CHINA_SIDE:
        return None
    states = {code for _, code in sentence.country_mentions()} - {"CN"}
    return place if states <= {place.country} else None
