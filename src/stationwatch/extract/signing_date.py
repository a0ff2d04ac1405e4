"""The date an agreement was signed, when its sentence also dates something else.

"Between 2016 and 2019 Chinese officers patrolled beside the police, under a memorandum
signed in 2015": the memorandum's date is the one its signing verb carries, not the
sentence's first. Read only when the sentence holds two dates or more.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence
from stationwatch.extract.rules_common import first_date

#: A signing verb (folded view, nine languages) and what may stand between it and its date.
_SIGNED = re.compile(
    r"\b(?:signed|concluded|firmat[oaie]|sottoscritt[oaie]|siglat[oaie]|stipulat[oaie]"
    r"|signee?s?|conclue?s?|unterzeichnet\w*|geschlossen\w*|firmad[oa]s?|suscrit[oa]s?"
    r"|assinad[oa]s?|celebrad[oa]s?|ondertekend|gesloten)\b[^.;]{0,30}?$"
)
#: How far before a date its signing verb may stand (characters).
SIGNED_REACH = 60


def agreement_date(doc: DocContext, sentence: Sentence, start: int) -> str | None:
    """The date signed with the agreement named at ``start``, else the sentence's first."""
    dates = sentence.dates()
    if len(dates) > 1:
        for found in dates:
            if found.start > start and _SIGNED.search(
                    sentence.view, max(start, found.start - SIGNED_REACH), found.start):
                return found.iso
    return first_date(doc, sentence)
