"""A site spoken of by a definite noun, its place given where the noun was introduced.

A report introduces the site with an indefinite noun and its place ("une association
sino-suisse établie à Yverdon-les-Bains", "un centro culturale aperto a Lucca") and ties it to a
PRC bureau a sentence or two later by the definite noun alone ("l'association sert de relais au
bureau de la sécurité publique de X", "il centro farebbe capo alla polizia di Y"). That sentence
names no place; the station is at the place of the sentence that introduced the same noun.
Romance languages only (the article tells a definite noun from an indefinite one).
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence, best_place, is_other_role
from stationwatch.text.gazetteer import PlaceMatch

#: Facility nouns a site is introduced by, all four languages (folded view).
_NOUN = (
    r"(?:association|associations|organisme|centre|local|bureau|antenne|officine|permanence"
    r"|associazione|organizzazione|centro|ufficio|sede|sportello|recapito|circolo"
    r"|asociacion|organizacion|oficina|entidad|despacho"
    r"|associacao|organizacao|entidade|escritorio|espaco|loja)"
)
#: The definite noun, opening its clause: "l'association", "il centro", "la oficina", "a entidade".
_DEFINITE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:et|e|y|mais|ma|pero|mas)\s+)\W*(?:l'|l’|le |la |il |lo |el |o |a |"
    r"cette |cet |ce |questa |questo |dicha |dicho |esa |ese |essa |esse |esta |este )"
    r"(?P<noun>" + _NOUN + r")\b"
)
#: How many sentences back the introducing sentence may stand.
INTRO_REACH = 4


def may_name_a_definite_site(sentence: Sentence) -> bool:
    """The cheap test: a Romance sentence with a definite facility noun opening a clause."""
    return sentence.lang in {"fr", "it", "es", "pt"} and _DEFINITE.search(sentence.view) is not None


def introduced_place(doc: DocContext, sentence: Sentence) -> PlaceMatch | None:
    """The one place of the sentence that introduced, with an indefinite article, the facility
    the sentence speaks of by its definite noun, if it names one and only one."""
    if sentence.lang not in {"fr", "it", "es", "pt"}:
        return None
    definite = _DEFINITE.search(sentence.view)
    if definite is None:
        return None
    noun = definite.group("noun")
    indefinite = re.compile(
        r"\b(?:un|une|d.un|d.une|uno|una|un.|um|uma|dun|duna)\s+(?:[\w-]+\s+)?" + noun + r"\b")
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - INTRO_REACH), -1):
        before = doc.sentences[index]
        found = indefinite.search(before.view)
        if found is None:
            continue
        places = [m for m in before.local_places()
                  if m.kind in {"city", "district"} and not is_other_role(before, m)]
        names = {best_place(m).name for m in places}
        return places[0] if len(names) == 1 else None
    return None
