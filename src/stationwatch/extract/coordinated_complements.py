"""A negation inside one reported complement does not reach into the next one.

A statement told in indirect speech often has two complements of one verb of saying, joined by
"and that": "the embassy says that «there are no Chinese police stations in Chile» and that the
Copiapó office was a volunteers' desk", "afirmou que não existem delegacias no Brasil e que a
loja apenas ajudava", "erklärte, es gebe keine Polizeistationen, und dass der Verein nur
half". The "no" of the first complement denies the first claim only; the place of the second is
told as something else, not denied. A negation before the verb of saying ("did not say that A
and that B") governs both, so the negation must itself stand inside a complement: after a
complementiser or an opening quote mark.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: "and that" opening a second complement of the same verb (folded view, eight languages).
_AND_THAT = re.compile(
    r"(?:,\s*)?\b(?:and|und|en|y|e|et|ed)\s+(?:that|dass|dat|que|qu'|qu’|che|ch'|ch’)(?=\W)"
    r"|[，,]\s*(?:并|並|还|還|同时|同時)(?:称|稱|说|說|表示|指出)"
)
#: What opens a first complement before the negation: a complementiser or a quote mark.
_COMPLEMENT_OPENS = re.compile(
    r"\b(?:that|dass|dat|que|qu'|qu’|che|ch'|ch’)(?=\W)|[«“„\"「『]|[说說称稱表示指出][：:，,]?"
)


def in_an_earlier_complement(sentence: Sentence, cue: int, offset: int) -> bool:
    """Whether a negation at ``cue`` stands in a complement that an "and that" closes before
    ``offset``: it denies that complement's claim, not what the next one says."""
    view = sentence.view
    joined = _AND_THAT.search(view, cue, offset)
    if joined is None:
        return False
    return _COMPLEMENT_OPENS.search(view, 0, cue) is not None


def later_complement_start(sentence: Sentence, offset: int) -> int:
    """Where the "and that" complement holding ``offset`` starts, when one opens after a first
    complement; -1 otherwise. A station noun of the first complement ("«there are no police
    stations in Chile» and that the Copiapó office …") is not the place's own noun."""
    view = sentence.view
    joins = list(_AND_THAT.finditer(view, 0, offset))
    last = joins[-1] if joins else None
    if last is None or _COMPLEMENT_OPENS.search(view, 0, last.start()) is None:
        return -1
    return last.start()
