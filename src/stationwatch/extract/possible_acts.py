"""An act named and then called possible: "Festnahmen wären möglich", "eine Ausweisung von
Diplomaten ist denkbar", "an expulsion is conceivable", "una chiusura è possibile", "des
poursuites sont envisageables". The noun comes first and its modal predicate after it, where
the cues of a condition or a plan, read before the act, are not looked for; nothing was done.
Reads the folded view of one sentence."""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: A copula and a predicate of possibility right after the act's noun, in its own clause
#: (folded view); a few words (its object: "von Diplomaten", "of diplomats") may stand between,
#: but no coordinator: "opened an inquiry and further arrests are possible" tells the inquiry.
_POSSIBLE_AFTER = re.compile(
    r"(?:(?!\b(?:and|und|en|et|e|y|ed|sowie|but|aber|maar|mais|ma|pero|mas|while|wahrend"
    r"|terwijl|mentre|mientras|enquanto)\b)[^.;:!?–—]){0,40}?\b(?:"
    # German
    r"(?:ist|sind|ware|waren|waere|waeren|scheint|scheinen|bleibt|bleiben) (?:\w+ )?"
    r"(?:denkbar|moglich|moeglich|vorstellbar|nicht ausgeschlossen|eine option)"
    r"|(?:kame|kaemen|kamen|kommt|kommen) (?:\w+ )?in (?:frage|betracht)"
    # Dutch
    r"|(?:is|zijn|zou|zouden|lijkt|lijken) (?:\w+ )?(?:denkbaar|mogelijk|niet uitgesloten|een optie)"
    r"|behoort (?:\w+ )?tot de mogelijkheden"
    # English
    r"|(?:is|are|would be|remains?|seems?) (?:\w+ )?(?:conceivable|possible|an option|on the table"
    r"|not ruled out|not excluded)"
    # Italian, French, Spanish, Portuguese
    # (the Italian and Portuguese "e" is also "and": only with a singular predicate)
    r"|(?:e|sarebbe|resta) (?:\w+ )?(?:possibile|ipotizzabile|un.opzione|sul tavolo)"
    r"|(?:sono|sarebbero|restano) (?:\w+ )?(?:possibili|ipotizzabili|sul tavolo)"
    r"|(?:est|sont|serait|seraient|reste|restent) (?:\w+ )?(?:possibles?|envisageables?"
    r"|concevables?|sur la table|une option)"
    r"|(?:es|son|seria|serian|sigue|siguen) (?:\w+ )?(?:posibles?|concebibles?|una opcion"
    r"|sobre la mesa)"
    r"|(?:e|seria|continua) (?:\w+ )?(?:possivel|concebivel|uma opcao|em cima da mesa)"
    r"|(?:sao|seriam|continuam) (?:\w+ )?(?:possiveis|concebiveis|em cima da mesa)"
    r")\b"
)


def told_as_possible(sentence: Sentence, end: int) -> bool:
    """Whether the act's noun ending at ``end`` is followed by "is possible" or its kin."""
    return _POSSIBLE_AFTER.match(sentence.view, end) is not None
