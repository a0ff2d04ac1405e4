"""An incident word governed by "any form of": a kind of act named in general, not an act told.

An authority that says it "investigates any form of intimidation of foreign nationals", "ne
tolère aucune forme de harcèlement" or "persigue cualquier tipo de coacción" names the kind of
act it acts against; no one was intimidated in that sentence. The quantifier over the kind of
act stands right before the incident word (an adjective may come between): "jeder Form von
Einschüchterung", "toute forme de pression", "qualsiasi forma di intimidazione", "elke vorm van
bedreiging", "qualquer tipo de coação", 任何形式的骚扰. Read in the folded view.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: The quantifier over a kind of act, ending right before the incident words (folded view).
_ANY_FORM_BEFORE = re.compile(
    r"(?:\b(?:any|every|all|no) (?:other )?(?:forms?|kinds?|types?|sorts?) of"
    r"|\b(?:jede[rnsm]?|jegliche[rnsm]?|alle[rn]?|keine[rnsm]?) (?:art|form|formen|arten) (?:von|der)"
    r"|\bjegliche[rnsm]?|\bjedwede[rnsm]?"
    r"|\b(?:toute|toutes|aucune) (?:les )?(?:formes?|sortes?) d.|\b(?:tout|tous|aucun) (?:les )?(?:types?|genres?) d."
    r"|\b(?:cualquier|toda|todas las|ninguna) (?:otra )?(?:forma|formas|clase|tipo) de"
    r"|\btodo (?:tipo|genero) de|\bningun tipo de"
    r"|\b(?:qualquer|toda|todas as|nenhuma) (?:outra )?(?:forma|formas|tipo) de|\btodo o tipo de"
    r"|\bqualsiasi (?:altra )?(?:forma|tipo) di|\bogni (?:forma|tipo) di|\bnessuna forma di"
    r"|\b(?:elke|iedere|alle|geen enkele) (?:vorm|vormen|soort) van|\ballerlei)"
    r"[\s\"'«»“”„]*(?:[\w-]+ )?$"
    r"|(?:任何|一切|各种|各種)(?:形式|类型|類型)?的?\s*$"
)
#: How far before the incident words the quantifier may start.
REACH = 40


def any_form_of(sentence: Sentence, start: int) -> bool:
    """Whether the incident words at ``start`` are governed by "any form of" and its kin."""
    return _ANY_FORM_BEFORE.search(sentence.view, max(0, start - REACH), start) is not None
