"""A check that "we" could or could not make: the reporters verifying a claim, no inquiry.

Reporters say what they were able to verify in the first person plural: "Das konnten wir nicht
überprüfen", "Dat konden we niet nagaan", "Não conseguimos confirmar essa informação",
"we konden het niet verifiëren". The check verb then names their own work, whether it succeeded or
not, and no authority opened or refused an inquiry. Within a quotation the "we" is the speaker's
(a police spokesman's "wir prüfen das"), so quoted words are left alone. German, Dutch and
Portuguese; all read the folded view of one sentence.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: "we" with a modal of being able, close before the check word (folded view, up to it).
_WE_COULD_BEFORE = re.compile(
    r"(?:\b(?:konnten|konnen) wir\b|\bwir (?:\w+ )?(?:konnten|konnen)\b"
    r"|\b(?:konden|kunnen) (?:we|wij)\b|\b(?:we|wij) (?:\w+ )?(?:konden|kunnen)\b"
    r"|\b(?:nao )?(?:conseguimos|pudemos|podemos|conseguiamos|podiamos)\b)"
    r"(?:\s+[\w-]+){0,4}\s+$"
)
#: How far before the check word the "we could" may stand.
_REACH = 45
#: Quotation marks that open a quoted speaker's words.
_QUOTES = "\"“„«»”'"
#: Languages whose "we could" is listed here.
_LANGS = frozenset({"de", "nl", "pt"})


def writers_own_check(sentence: Sentence, start: int) -> bool:
    """Whether the check word at ``start`` is done (or not) by the reporters' "we could"."""
    if sentence.lang not in _LANGS:
        return False
    view = sentence.view
    before = view[max(0, start - _REACH) : start]
    if _WE_COULD_BEFORE.search(before) is None:
        return False
    return not any(mark in view[:start] for mark in _QUOTES)
