"""A site spoken of by a definite noun, its place given where the noun was introduced.

A report introduces the site with an indefinite noun and its place ("une association
sino-suisse établie à Yverdon-les-Bains", "un centro culturale aperto a Lucca") and ties it to a
PRC bureau a sentence or two later by the definite noun alone ("l'association sert de relais au
bureau de la sécurité publique de X", "il centro farebbe capo alla polizia di Y"). That sentence
names no place; the station is at the place of the sentence that introduced the same noun.
Romance languages, English, German and Dutch (the article tells a definite noun from an
indefinite one: "an office in Leeds … the office reported to the bureau of X").
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
#: The same in English, German and Dutch: "the office", "das Büro", "het kantoor" (folded view).
_NOUN_GERMANIC = (
    r"(?:office|centre|center|association|shop|building|branch|club|desk|outlet"
    r"|buro|verein|zentrum|laden|geschaft|lokal|ladenlokal|kantoor|vereniging|centrum|winkel"
    r"|pand|filiaal|vestiging)"
)
_DEFINITE_GERMANIC = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|that|und|aber|dass|en|maar|dat)\s+)\W*(?:the |this |that |das |der |die "
    r"|dieses |dieser |diese |het |de |dit |deze |dat )(?P<noun>" + _NOUN_GERMANIC + r")\b"
)
#: The indefinite article that introduces a site, per language group.
_INDEFINITE = {
    "romance": r"(?:un|une|d.un|d.une|uno|una|un.|um|uma|dun|duna)",
    "germanic": r"(?:an?|ein|eine|einem|einer|einen|eines|een)",
}
#: The languages in which the article tells a definite noun from an indefinite one.
_GROUPS = {"fr": "romance", "it": "romance", "es": "romance", "pt": "romance",
           "en": "germanic", "de": "germanic", "nl": "germanic"}
#: How many sentences back the introducing sentence may stand.
INTRO_REACH = 4


def _definite(sentence: Sentence) -> re.Match[str] | None:
    group = _GROUPS.get(sentence.lang or "")
    if group is None:
        return None
    return (_DEFINITE if group == "romance" else _DEFINITE_GERMANIC).search(sentence.view)


def may_name_a_definite_site(sentence: Sentence) -> bool:
    """The cheap test: a sentence with a definite facility noun opening a clause."""
    return _definite(sentence) is not None


def introduced_place(doc: DocContext, sentence: Sentence) -> PlaceMatch | None:
    """The one place of the sentence that introduced, with an indefinite article, the facility
    the sentence speaks of by its definite noun, if it names one and only one."""
    definite = _definite(sentence)
    if definite is None:
        return None
    noun = definite.group("noun")
    article = _INDEFINITE[_GROUPS[sentence.lang or ""]]
    indefinite = re.compile(r"\b" + article + r"\s+(?:[\w-]+\s+){0,2}?" + noun + r"\b")
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
