"""A site spoken of by a definite noun, its place given where the noun was introduced.

A report introduces the site with an indefinite noun and its place ("une association
sino-suisse établie à Yverdon-les-Bains", "un centro culturale aperto a Lucca") and ties it to a
PRC bureau a sentence or two later by the definite noun alone ("l'association sert de relais au
bureau de la sécurité publique de X", "il centro farebbe capo alla polizia di Y"). That sentence
names no place; the station is at the place of the sentence that introduced the same noun.
Romance languages, English, German and Dutch (the article tells a definite noun from an
indefinite one: "an office in Leeds … the office reported to the bureau of X").

A demonstrative points back harder, and in every language: "diese Servicestelle", "dit
steunpunt", "this office", "questa associazione" speak of the premises the paragraph already
placed, whatever noun introduced them ("betrieb in Saarbrücken ein Geschäft … nutzte einen
Hinterraum als Anlaufstelle … diese Servicestelle …"). Where no sentence introduced the same
noun, the place is the one place the nearest sentence before it in the paragraph names.
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
#: A demonstrative before a premises noun, any language (folded view): "diese Servicestelle",
#: "dieses Büro", "dit steunpunt", "deze vereniging", "this office", "questa associazione",
#: "cette antenne", "dicha oficina", "esse escritório". German and Dutch nouns may be the last
#: part of a compound ("dieser Kulturverein", "dit servicekantoor"). Not "an dieser Stelle" ("at
#: this point" of a text or talk).
_DEMONSTRATIVE = re.compile(
    r"(?<!\ban )(?<!\bauf )(?<!\bzu )\b(?:dieser|diese|dieses|diesen|diesem|besagte[nmrs]?"
    r"|genannte[nmrs]?|betreffende[nmrs]?)\s+[\"„“»«]?\w*(?:verein|zentrum|zentren|buro|bueros?"
    r"|laden|geschaft|lokal|raum|raume|raumlichkeiten|organisation|einrichtung|stelle|stutzpunkt"
    r"|standort|niederlassung|filiale|treffpunkt)(?:e?s|e|en|n)?\b"
    # Dutch "dat" and "die" point back too, before a neuter and a common noun: "dat kantoor",
    # "die vereniging" (as a conjunction "dat" stands before an article, not a bare noun)
    r"|(?:^|[,;:]\s*|\b(?:en|maar|want|volgens)\s+)\W*dat\s+[\"“„]?(?:\w*kantoor|centrum|pand"
    r"|\w*punt|bureau|restaurant|adres|filiaal)\b"
    r"|(?:^|[,;:]\s*|\b(?:en|maar|want|volgens)\s+)\W*die\s+[\"“„]?\w*(?:vereniging|stichting"
    r"|winkel|organisatie|ruimte|vestiging|locatie)\b"
    r"|\b(?:deze|dit|bewuste|genoemde|betreffende)\s+[\"“„]?\w*(?:vereniging|stichting|kantoor"
    r"|centrum|pand|winkel|restaurant|organisatie|bureau|ruimte|punt|club|post)\b"
    r"|\b(?:this|that|the said|the same)\s+[\"“]?(?:association|cent(?:re|er)|office|shop"
    r"|restaurant|organi[sz]ation|club|premises|outlet|society|business|service point)\b"
    r"|\b(?:questa|questo|quest.|tale|suddett[oa]|dett[oa]|cette|cet|ce|ledit|ladite|esta|este"
    r"|esa|ese|dicha|dicho|essa|esse|tal|referid[oa])\s+[\"“«]?" + _NOUN + r"\b"
)
#: How many sentences back the introducing sentence may stand.
INTRO_REACH = 4

#: The site as a subject pronoun, or (in Italian) an unexpressed subject, opening a clause whose
#: verb then ties it to a bureau: "Les enquêteurs affirment qu'il était rattaché au bureau de …",
#: "Selon la police, elle dépendait du bureau de …", "Secondo la procura, era collegata alla
#: polizia di …", "risulta riconducibile all'ufficio di …" (folded view).
_PRONOUN_SUBJECT: dict[str, re.Pattern[str]] = {
    "fr": re.compile(
        r"(?:^|\bqu.|[,;:]\s*|\b(?:et|mais|car|donc)\s+)\W*(?:il|elle|celui-ci|celle-ci)\s+"
        r"(?:[\w-]+\s+){0,4}?(?:etait|est|serait|aurait ete|avait ete|a ete|sera|semble|semblait"
        r"|parait|paraissait|depend\w*|relev\w*|fonctionn\w*|serv\w*|agi\w*|travaill\w*"
        r"|oper\w*|repond\w*|rend\w*)\b"
    ),
    "it": re.compile(
        r"(?:^|\bche\s+|[,;:]\s*|\b(?:e|ma)\s+)\W*(?:(?:esso|essa|questo|questa|quest.ultim[oa])\s+)?"
        r"(?:(?:in realta|di fatto|invece|pero)\s+)?(?:era|e|sarebbe|fosse|sia|risulta|risultava"
        r"|risulterebbe|sembra|sembrava|appare|appariva|faceva|farebbe|dipende|dipendeva"
        r"|dipenderebbe|rispondeva|risponderebbe|operava|opererebbe|lavorava|funzionava|agiva)\s"
    ),
}
#: How far before its tie the pronoun may stand (characters).
PRONOUN_REACH = 60


def _definite(sentence: Sentence) -> re.Match[str] | None:
    group = _GROUPS.get(sentence.lang or "")
    if group is None:
        return None
    return (_DEFINITE if group == "romance" else _DEFINITE_GERMANIC).search(sentence.view)


def may_name_a_definite_site(sentence: Sentence) -> bool:
    """The cheap test: a sentence with a definite facility noun opening a clause, or a premises
    noun after a demonstrative in any language, or a pronoun subject tied to a bureau."""
    return _definite(sentence) is not None or _DEMONSTRATIVE.search(sentence.view) is not None \
        or pronoun_site(sentence) is not None


def pronoun_site(sentence: Sentence) -> int | None:
    """Where a clause whose subject is a pronoun (or, in Italian, left unsaid) ties it to a
    bureau the sentence names ("qu'il était rattaché au bureau de Zigong"), or None: the site is
    then the one a sentence before introduced (``introduced_place``)."""
    pattern = _PRONOUN_SUBJECT.get(sentence.lang or "")
    if pattern is None or not sentence.has("site_tie"):
        return None
    ties = sentence.spans("site_tie")
    for found in pattern.finditer(sentence.view):
        if any(0 <= start - found.start() <= PRONOUN_REACH for start, _ in ties):
            return found.start()
    return None


def demonstrative_site(sentence: Sentence) -> int | None:
    """Where a demonstrative points at premises ("dit steunpunt", "this office"), or None."""
    found = _DEMONSTRATIVE.search(sentence.view)
    return None if found is None else found.start()


def introduced_place(doc: DocContext, sentence: Sentence) -> PlaceMatch | None:
    """The one place of the sentence that introduced, with an indefinite article, the facility
    the sentence speaks of by its definite noun, if it names one and only one; for a noun after
    a demonstrative, else the one place the paragraph named last before it."""
    same_noun = _same_noun_place(doc, sentence)
    if same_noun is None and _definite(sentence) is None and pronoun_site(sentence) is not None:
        return _introducing_place(doc, sentence)
    if same_noun is not None or _DEMONSTRATIVE.search(sentence.view) is None:
        return same_noun
    return _paragraph_place(doc, sentence)


def _introducing_place(doc: DocContext, sentence: Sentence) -> PlaceMatch | None:
    """The one place of the nearest sentence before, in the paragraph, that introduces a
    facility by an indefinite noun ("À Mahajanga, un bureau présenté comme …"): what a pronoun
    subject stands for."""
    group = _GROUPS.get(sentence.lang or "")
    if group != "romance":
        return None
    indefinite = re.compile(r"\b" + _INDEFINITE[group] + r"\s+(?:[\w-]+\s+){0,2}?" + _NOUN + r"\b")
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - INTRO_REACH), -1):
        before = doc.sentences[index]
        if before.paragraph != sentence.paragraph:
            return None
        if indefinite.search(before.view) is None:
            continue
        return _one_local_place(before)
    return None


def _paragraph_place(doc: DocContext, sentence: Sentence) -> PlaceMatch | None:
    """The one place of the nearest sentence before, in the same paragraph or in the question
    right before it that the paragraph answers, that names any."""
    paragraph = sentence.paragraph
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - INTRO_REACH), -1):
        before = doc.sentences[index]
        if before.paragraph != paragraph:
            # "On en arrive à Pointe-Noire. Qu'est-ce qu'on sait ?" / "… ce bureau est rattaché …"
            if paragraph != sentence.paragraph or before.paragraph != paragraph - 1 \
                    or not before.is_question:
                return None
            paragraph = before.paragraph
        if _local_places(before):
            return _one_local_place(before)
    return None


def _local_places(sentence: Sentence) -> list[PlaceMatch]:
    """The towns and districts a sentence names in their own right (no other role)."""
    return [m for m in sentence.local_places()
            if m.kind in {"city", "district"} and not is_other_role(sentence, m)]


def _one_local_place(sentence: Sentence) -> PlaceMatch | None:
    """The first town or district of the sentence, when all it names are the same place."""
    places = _local_places(sentence)
    return places[0] if len({best_place(m).name for m in places}) == 1 else None


def _same_noun_place(doc: DocContext, sentence: Sentence) -> PlaceMatch | None:
    """The place where the definite noun was introduced with an indefinite article."""
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
        return _one_local_place(before)
    return None
