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


#: A verdict in the conditional right after the act's noun or verb, in its clause and with no
#: comma between (folded view): the act is weighed, not done. "Ireland closed the site, which
#: would be a first" tells the closure.
_VERDICT_AFTER = re.compile(
    r"(?:(?!\b(?:and|und|en|et|e|y|ed|sowie|but|aber|maar|mais|ma|pero|mas|which|that|che|qui"
    r"|die|dat|que)\b)[^.;:!?–—,]){0,40}?\b(?:"
    # a verdict in the conditional on an act not done: "Summoning the ambassador would be the
    # least", "Convocare l'ambasciatore non sarebbe un atto ostile", "Die Schließung wäre ein
    # Signal", "Fermer le poste serait un geste", "Cerrarla sería un mensaje", "zou een signaal
    # zijn" (a predicate, never a participle: "sarebbe stata chiusa" is hearsay of the act)
    r"(?:would|might|could) (?:\w+ )?be (?:a|an|the|no|only|just|enough|wrong|right|the least)"
    r"|(?:sarebbe|sarebbero) (?:\w+ )?(?:un|una|un.|il|lo|la|l.|i|gli|le|solo|soltanto|giusto"
    r"|sbagliato|opportuno|utile|sufficiente|il minimo)"
    r"|(?:serait|seraient) (?:\w+ )?(?:un|une|le|la|l.|les|juste|utile|suffisant|seulement)"
    r"|(?:seria|serian) (?:\w+ )?(?:un|una|el|la|lo|los|las|uma|um|o|os|as|solo|apenas|justo"
    r"|util|suficiente|o minimo|lo minimo|el minimo)"
    r"|(?:ware|waere) (?:\w+ )?(?:ein|eine|einer|das|der|die|nur|richtig|falsch"
    r"|angemessen|ausreichend)"
    r"|(?:zou|zouden) (?:\w+ )?(?:een|het|de|slechts|alleen) (?:\w+ ){0,3}zijn"
    r")\b"
)


def told_as_possible(sentence: Sentence, end: int) -> bool:
    """Whether the act's noun ending at ``end`` is followed by "is possible" or its kin."""
    return (_POSSIBLE_AFTER.match(sentence.view, end) is not None
            or _VERDICT_AFTER.match(sentence.view, end) is not None)


#: A verb of weighing, intending or a future right before the act, in its clause (folded view):
#: "is considering closing", "will examine the premises", "envisage de fermer", "étudie la
#: possibilité de", "valuta la chiusura", "sta valutando di", "avalia o encerramento", "prüft eine
#: Schließung": the act is planned, not done. A few words (an article, "de", "la possibilité de")
#: may stand between; the act's own word ends the match. "No plans to investigate" and "will
#: not" deny the act instead, which the negation reads.
_PLANNED_BEFORE = re.compile(
    r"\b(?:"
    # English
    r"(?:is|are|was|were) (?:now |also |still |actively |seriously )?(?:considering|weighing"
    r"|contemplating|mulling|studying whether|looking at whether|exploring)"
    r"|(?:will|shall)(?! not\b| never\b)|(?:is|are) (?:going|set|due|expected) to"
    r"|(?<!\bno )(?<!\bnot )(?:plans?|planned|intends?|intended) to"
    # French
    r"|envisag(?:e|ent|eait|eaient|era|eront|erait|eraient|eant)"
    r"|(?:etudie|etudient|examine|examinent|evalue|evaluent) (?:la possibilite|l.opportunite"
    r"|l.eventualite|l.hypothese)|reflechi(?:t|ssent) a|(?:a|ont) l.intention|projett?e(?:nt)? de"
    r"|n.exclu(?:t|ent) pas|(?:va|vont|allait|allaient) (?!etre\b)(?=\w+er\b)"
    # Italian
    r"|valut(?:a|ano|ando|era|eranno)|sta(?:nno)? (?:valutando|considerando|studiando|pensando)"
    r"|intend(?:e|ono)|(?:ha|hanno) intenzione|pens(?:a|ano) di|ipotizz(?:a|ano)|non esclud(?:e|ono)"
    r"|(?:studia|studiano|esamina|esaminano) (?:la possibilita|l.ipotesi|l.opportunita)"
    # Portuguese
    r"|(?:estuda|estudam|avalia|avaliam|pondera|ponderam|equaciona|equacionam|admite|admitem"
    r"|pretende|pretendem|planeia|planeiam|planeja|planejam|nao exclui|nao excluem)"
    # German
    r"|(?:pruft|prufen|erwagt|erwagen|denkt|denken|uberlegt|uberlegen) (?:derzeit |nun |noch )?"
    r"(?:eine|einen|die|den|das|uber)"
    r")\b"
)
#: How far before the act the plan may stand (characters).
PLAN_REACH = 45


def planned_not_done(sentence: Sentence, start: int) -> bool:
    """Whether a plan or a weighing stands right before the act at ``start`` in its clause, with
    no coordinator between ("opened an inquiry and is considering closing the site" tells the
    inquiry)."""
    view = sentence.view
    clause_start, _ = sentence.clause_of(start)
    window_start = max(clause_start, start - PLAN_REACH)
    plans = list(_PLANNED_BEFORE.finditer(view, window_start, start))
    if not plans:
        return False  # most acts: no plan before them
    between = view[plans[-1].end():start]
    return _COORDINATOR.search(between) is None


_COORDINATOR = re.compile(
    r"\b(?:and|und|en|et|e|y|ed|sowie|but|aber|maar|mais|ma|pero|mas|while|wahrend|terwijl"
    r"|mentre|mientras|enquanto)\b|[,;:]"
)
