"""The place a report is about when neither its headline nor a dateline names it.

A feature, a podcast transcript or a radio interview sets its scene in the opening lines ("En
Rancagua viven hoy …", "Oggi parliamo di Barletta", "o caso do escritório aqui em Lichinga")
and keeps coming back to the same town, while the sentence that ties the site to a PRC bureau
names no place at all ("Il rapporto la collega all'Ufficio di pubblica sicurezza di …",
"prestava contas ao Departamento de Segurança Pública de …"). That town is the report's place
when it is the only town abroad the opening names and the town the whole report names most.
"""

from __future__ import annotations

from stationwatch.extract.context import DocContext, best_place, is_other_role
from stationwatch.text.gazetteer import Place

#: How many sentences make the opening of a report.
LEAD_SENTENCES = 8
#: How often the report must name its place, the opening included.
LEAD_MENTIONS = 3


def lead_place(doc: DocContext) -> Place | None:
    """The one town or district abroad that a report's opening names in its own right, if the
    report names it at least ``LEAD_MENTIONS`` times and more often than any other place."""
    named: set[Place] = set()
    for sentence in doc.sentences[:LEAD_SENTENCES]:
        for match in sentence.local_places():
            if match.kind not in {"city", "district"} or not match.candidates \
                    or is_other_role(sentence, match):
                continue
            named.add(best_place(match))
    if len(named) != 1:
        return None
    place = named.pop()
    if place.country == "CN":
        return None
    ranked = doc.place_mentions.most_common(2)
    if not ranked or ranked[0][0] != place.name or ranked[0][1] < LEAD_MENTIONS:
        return None
    return place if len(ranked) == 1 or ranked[1][1] < ranked[0][1] else None
