"""Whether a report names a town beyond its dateline.

A station whose sentence names no town takes its place from elsewhere in the report. When
that place is only the dateline ("Heredia, 4 de abril de 2025.", "(ANSA) - PAVIA, 21 GEN -",
"【…网乌兰巴托11月20日电】"), it says where the report was filed, not where the site is, and
no bureau named for the report at large should be given to it.
"""

from __future__ import annotations

import re

from stationwatch.extract.agency_datelines import is_agency_first_dateline
from stationwatch.extract.context import DocContext, best_place
from stationwatch.extract.zh_datelines import is_wire_dateline

#: A town that opens its sentence and is followed by a day: "Heredia, 4 de abril", "PARIS, 3 -".
_OPENING_DATELINE = re.compile(r"\s*[,–—-]\s*\d")
#: How far into its sentence a dateline's town may start (a bracket, a dash, a space).
DATELINE_START = 3


def named_beyond_dateline(doc: DocContext, place: str, country: str | None) -> bool:
    """Whether a sentence of ``doc`` names ``place`` (in ``country``) other than as a dateline."""
    for sentence in doc.sentences:
        view = sentence.view
        for match in sentence.places:
            if not match.candidates:
                continue
            found = best_place(match)
            if found.name != place or (country is not None and found.country != country):
                continue
            opening = match.start <= DATELINE_START and _OPENING_DATELINE.match(view, match.end)
            if not (opening or is_agency_first_dateline(view, match.start, match.end)
                    or is_wire_dateline(view, match.start, match.end)):
                return True
    return False
