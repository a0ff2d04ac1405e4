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

from stationwatch.extract.context import DocContext, Sentence, best_place, is_other_role, may_match
from stationwatch.extract.lexicon.anchors import Prefiltered
from stationwatch.extract.premises_place import premises_places
from stationwatch.text.gazetteer import PlaceMatch

#: Facility nouns a site is introduced by, all four languages (folded view).
_NOUN = (
    r"(?:association|associations|organisme|centres?|locaux|local|bureaux?|antennes?|officines?"
    r"|permanences?|structures?|commissariats?|agences?|installations"
    r"|associazion[ei]|organizzazione|centr[oi]|uffici|ufficio|sed[ei]|sportell[oi]|recapito"
    r"|circolo|local[ei]|struttur[ae]|presidi|presidio|commissariat[oi]|agenzia"
    r"|asociacion|organizacion|oficinas?|entidad|despacho|locales|comisarias?|estructuras?"
    r"|agencia|instalaciones|dependencias"
    r"|associacao|organizacao|entidade|escritorios?|espacos?|loja|locais|esquadras?"
    r"|delegacias?|instalacoes|estruturas?"
    # the premises by a word for any building or shop: "o imóvel", "l'immeuble", "il negozio"
    r"|imovel|imoveis|predio|edificio|immobile|stabile|immeuble|batiment|negozio|tienda"
    r"|magasin|boutique)"
)
#: Nouns for any premises: the definite one points back to a site introduced by another noun
#: ("buscas numa loja de eletrônicos em Mossoró. … o imóvel funcionaria como um posto").
_GENERIC_NOUNS = frozenset({
    "imovel", "imoveis", "predio", "edificio", "immobile", "stabile", "immeuble", "batiment",
    "building", "premises", "gebaude", "pand",
    # "the premises" in Portuguese, Spanish and French: "o local funcionaria como um posto"
    # after "numa associação … em X" (the Italian "il locale" is also a bar or a room, left out)
    "local", "locais", "locaux", "locales"})
#: The definite noun, opening its clause: "l'association", "il centro", "la oficina", "a entidade".
#: A part of the premises, then the premises by their noun: "il retro del negozio", "la stanza
#: sul retro del circolo", "o fundo da loja", "el cuarto trasero de la tienda", "l'arrière-salle
#: du restaurant" (the part is where the site was; the noun is the one introduced before).
_PART_OF = (
    r"(?:(?:il |la |lo |l'|o |a |el |le )?(?:retro|retrobottega|parte posteriore|stanza sul retro"
    r"|stanza|sala|piano superiore|primo piano|scantinato|seminterrato|fundo|fundos|sala dos fundos"
    r"|quarto dos fundos|primeiro andar|cave|sotao|trastienda|cuarto trasero|cuarto|trasera"
    r"|planta superior|primer piso|sotano|arriere-salle|arriere-boutique|salle|piece|etage"
    r"|sous-sol)\s+(?:(?:sul|nel|al|do|da|de la|del|du|de l'|dell')\s+retro\s+)?"
    r"(?:del|della|dello|dell'|do|da|de la|del|du|de l'|de)\s*)"
)
_DEFINITE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:et|e|y|mais|ma|pero|mas)\s+)\W*(?:(?:l'|l’|le |la |il |lo |el |o |a |"
    r"cette |cet |ce |questa |questo |dicha |dicho |esa |ese |essa |esse |esta |este )|" + _PART_OF
    + r")(?P<noun>" + _NOUN + r")\b"
)
#: The same in English, German and Dutch: "the office", "das Büro", "het kantoor" (folded view).
_NOUN_GERMANIC = (
    r"(?:office|centre|center|association|shop|building|branch|club|desk|outlet"
    r"|buro|verein|zentrum|laden|geschaft|lokal|ladenlokal|kantoor|vereniging|centrum|winkel"
    r"|pand|filiaal|vestiging|premises|gebaude)"
)
_DEFINITE_GERMANIC = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|that|und|aber|dass|en|maar|dat)\s+)\W*(?:the |this |that |das |der |die "
    r"|dieses |dieser |diese |het |de |dit |deze |dat )(?P<noun>" + _NOUN_GERMANIC + r")\b"
)
#: The indefinite article that introduces a site, per language group.
_INDEFINITE = {
    "romance": r"(?:un|une|d.un|d.une|uno|una|un.|um|uma|dun|duna|num|numa|dum|duma)",
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
    r"|standort|niederlassung|filiale|treffpunkt|wohnung|adresse|gebaude|objekt|wache"
    r"|station)(?:e?s|e|en|n)?\b"
    # Dutch "dat" and "die" point back too, before a neuter and a common noun: "dat kantoor",
    # "die vereniging" (as a conjunction "dat" stands before an article, not a bare noun)
    r"|(?:^|[,;:]\s*|\b(?:en|maar|want|volgens)\s+)\W*dat\s+[\"“„]?(?:\w*kantoor|centrum|pand"
    r"|\w*punt|bureau|restaurant|adres|filiaal)\b"
    r"|(?:^|[,;:]\s*|\b(?:en|maar|want|volgens)\s+)\W*die\s+[\"“„]?\w*(?:vereniging|stichting"
    r"|winkel|organisatie|ruimte|vestiging|locatie|post|woning|flat)\b"
    r"|\b(?:deze|dit|bewuste|genoemde|betreffende)\s+[\"“„]?\w*(?:vereniging|stichting|kantoor"
    r"|centrum|pand|winkel|restaurant|organisatie|bureau|ruimte|punt|club|post)\b"
    r"|\b(?:this|that|the said|the same)\s+[\"“]?(?:association|cent(?:re|er)|office|shop"
    r"|restaurant|organi[sz]ation|club|premises|outlet|society|business|service point)\b"
    r"|\b(?:questa|questo|quest.|queste|questi|tale|tali|suddett[oaie]|dett[oaie]|cette|cet|ce"
    r"|ces|quel|quella|quello|quei|quegli|quelle|aquel|aquella|aquellos|aquellas|aquele|aquela"
    r"|aqueles|aquelas|ledit|ladite|lesdits|lesdites|esta|este|estas|estos|esa|ese|esas|esos|dicha|dicho"
    r"|dichas|dichos|essa|esse|essas|esses|estas|estes|tal|tais|referid[oa]s?)\s+[\"“«]?"
    + _NOUN + r"\b"
    # Chinese (the view is simplified): a demonstrative, a classifier, a premises noun:
    # "这处场所", "這間辦公室", "该中心", "此处据点", "那家店"; not "该组织" (the source)
    # "此类据点", "这些站点", "这种机构", "上述站点" speak of a kind or of many, not of one site
    r"|(?:这|那|该|此|涉事|涉案)(?![类种样些批])(?:一)?(?:处|个|家|间|栋|座|所)?[“\"「]?"
    r"(?:[\u4e00-\u9fff]{0,4}"
    r"(?:中心|办事处|办公室|会馆|协会|商会|同乡会|联谊会|场所|据点|小楼|大楼|楼房|店铺|商店|餐馆|餐厅"
    r"|旅行社|公司|服务点|联络点|站点|处所|地点|物业|铺面|门店|机构))"
)
#: ``_DEMONSTRATIVE`` searched only in a view holding what one of its alternatives needs (its
#: leading look-behinds and word boundary are otherwise tried at every character).
_DEMONSTRATIVE_FILTERED = Prefiltered(_DEMONSTRATIVE)


def _demonstrative(sentence: Sentence) -> re.Match[str] | None:
    """``_DEMONSTRATIVE.search(sentence.view)``, skipped where the document's one pass for the
    pattern's literals (``may_match``) or the prefilter of its alternatives rules a match out:
    the station rules ask it of every topical sentence, and few hold a demonstrative noun."""
    if not may_match(sentence, _DEMONSTRATIVE):
        return None
    return _DEMONSTRATIVE_FILTERED.search(sentence.view)


#: A sentence that opens on a demonstrative premises noun, its subject (a few words may come
#: first: "Selon le parquet, ces locaux …", "Secondo gli inquirenti, quei locali …").
_OPENS_ON_DEMONSTRATIVE = re.compile(r"\W*(?:[\w']+[\s,]+){0,8}?(?=" + _DEMONSTRATIVE.pattern + r")")
#: How many sentences back the introducing sentence may stand.
INTRO_REACH = 4

#: The site as a subject pronoun, or (in Italian) an unexpressed subject, opening a clause whose
#: verb then ties it to a bureau: "Les enquêteurs affirment qu'il était rattaché au bureau de …",
#: "Selon la police, elle dépendait du bureau de …", "Secondo la procura, era collegata alla
#: polizia di …", "risulta riconducibile all'ufficio di …" (folded view).
_PRONOUN_SUBJECT: dict[str, re.Pattern[str]] = {
    "fr": re.compile(
        r"(?:^|\bqu.|[,;:]\s*|\b(?:et|mais|car|donc)\s+)\W*(?:il|elle|celui-ci|celle-ci|celui-la"
        r"|celle-la|ce dernier|cette derniere)\s+"
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
    # "怀疑它替西昌市公安局做事", "其实际上受…指挥", "它其实是为…服务的": the site as "it", then a
    # word that puts it at a bureau's service (替, 为, 受, 听命于, 归)
    "zh": re.compile(
        r"(?:它|其|该处|那里|这里)(?:们)?(?:实际上|实际|其实|实则|事实上|据称|据说|涉嫌|被指|或|可能)?"
        r"(?:是|在|一直|长期)?(?:替|为|帮|(?P<by>受|听命于|听从|归|隶属于?|效力于|服务于))"
    ),
}
#: What "替/为/帮 + a bureau" does when the site works for it: "替…公安局做事", "为…警方工作".
_ZH_WORKS_FOR = re.compile(
    r"[^，。；,;]{0,4}?(?:做事|办事|工作|服务|效力|效命|卖命|跑腿|打探|搜集|收集|盯梢|监视)"
)
#: A centre of studies or research is the source's seat, not a site: "un rapporto di un centro
#: studi di Bruxelles", "un centre de recherche parisien", "un centro de estudios de Madrid".
_NOT_A_THINK_TANK = (
    r"(?! (?:studi|di studi|di ricerca|d.etudes|de recherches?|de estudios|de investigacion"
    r"|de estudos|de pesquisa|de reflexion)\b)"
)
#: "Another one" or "a second one" for the site without its noun, as the sentence that places it
#: says: "il y en a un deuxième à Kaolack", "ce n'è un altro a Lecce", "hay otra en Cádiz", "há
#: um segundo em Braga" (folded view).
_ANOTHER_ONE = re.compile(
    r"\b(?:un|une|uno|una|um|uma) (?:autre|deuxieme|second|seconde|troisieme|altro|altra|secondo"
    r"|seconda|terzo|terza|otro|otra|segundo|segunda|tercero|tercera|outro|outra|terceiro"
    r"|terceira)\b(?= (?:a|au|en|dans|in|nel|nella|em|no|na)\b)"
)
#: The site as the object pronoun of a source that ties it to a bureau: "le rapport la relie au
#: bureau de …", "il rapporto lo collega all'ufficio di …", "el informe la vincula con …", "o
#: relatório liga-a ao …" / "a associa à …" (folded view).
_OBJECT_PRONOUN: dict[str, re.Pattern[str]] = {
    "fr": re.compile(r"\b(?:le|la|les|l')\s*(?:relie|relient|reliait|reliaient|relierait|rattache"
                     r"|rattachent|rattachait|associe|associent|associait|attribue|attribuent"
                     r"|attribuait|lie|lient|liait)\b"),
    "it": re.compile(r"\b(?:lo|la|li|le|l')\s*(?:collega|collegano|collegava|collegavano"
                     r"|collegherebbe|ricollega|riconduce|riconducono|riconduceva|attribuisce"
                     r"|attribuiscono|attribuiva|associa|associano|associava|lega|legano)\b"),
    "es": re.compile(r"\b(?:lo|la|los|las)\s+(?:vincula|vinculan|vinculaba|vinculaban|relaciona"
                     r"|relacionan|relacionaba|asocia|asocian|asociaba|atribuye|atribuyen|atribuia"
                     r"|liga|ligan|ligaba)\b"),
    "pt": re.compile(r"\b(?:liga|ligam|ligava|vincula|vinculam|vinculava|associa|associam|associava"
                     r"|atribui|atribuem|atribuia|relaciona|relacionam)-(?:o|a|os|as|no|na|nos|nas)\b"
                     r"|\b(?:o|a|os|as)\s+(?:liga|ligam|ligava|vincula|vinculam|vinculava|associa"
                     r"|associam|associava|atribui|atribuem|relaciona|relacionam)\b"),
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
    return _definite(sentence) is not None or _demonstrative(sentence) is not None \
        or pronoun_site(sentence) is not None


def pronoun_site(sentence: Sentence) -> int | None:
    """Where a clause whose subject is a pronoun (or, in Italian, left unsaid) ties it to a
    bureau the sentence names ("qu'il était rattaché au bureau de Zigong"), or None: the site is
    then the one a sentence before introduced (``introduced_place``)."""
    lang = sentence.lang or ""
    if lang.startswith("zh"):
        zh = _PRONOUN_SUBJECT["zh"].search(sentence.view)
        if zh is None:
            return None
        # the bureau the pronoun works for follows the tie word within a few characters, and
        # "替/为/帮" close on a verb of working for it ("为…公安局提供软件" sells it something)
        for bureau in sentence.operators:
            if not 0 <= bureau.start - zh.end() <= 12:
                continue
            if zh.group("by") or _ZH_WORKS_FOR.match(sentence.view, bureau.end):
                return zh.start()
        return None
    if (lang not in _PRONOUN_SUBJECT and lang not in _OBJECT_PRONOUN) or not sentence.has("site_tie"):
        return None
    ties = sentence.spans("site_tie")
    clitic = _OBJECT_PRONOUN.get(lang)
    found = None if clitic is None else clitic.search(sentence.view)
    if found is not None and any(0 <= start - found.start() <= PRONOUN_REACH for start, _ in ties):
        return found.start()  # "il rapporto lo collega all'ufficio di …"
    pattern = _PRONOUN_SUBJECT.get(lang)
    if pattern is None:
        return None
    for found in pattern.finditer(sentence.view):
        if any(0 <= start - found.start() <= PRONOUN_REACH for start, _ in ties):
            return found.start()
    return None


#: Chinese ties of premises to a bureau, around the bureau's name: the word before it
#: ("与", "由", "受", "替") and what closes the tie after it ("存在联系", "设立", "指挥", "做事").
_ZH_TIE_BEFORE = re.compile(r"(?:与|和|同|由|受|替|为|听命于|隶属于?|归)[^，。；]{0,6}$")
_ZH_TIE_AFTER = re.compile(
    r"[^，。；]{0,6}?(?:(?:存在|有)(?:密切|直接|某种)?(?:的)?(?:联系|关联|关系|往来)|有关|挂钩"
    r"|设立|开设|设置|派员|派人|管理|运营|经营|控制|指挥|领导|指导|指派|做事|办事|工作|管辖)"
)


def zh_tied_premises(sentence: Sentence) -> int | None:
    """Where Chinese premises spoken of by a demonstrative are tied to a PRC bureau in the same
    clause ("这处场所与汕头市公安局潮阳分局存在联系", "该办公室由…公安局派员管理"), or None."""
    if not (sentence.lang or "").startswith("zh") or not sentence.operators:
        return None
    found = _demonstrative(sentence)
    if found is None:
        return None
    view = sentence.view
    for bureau in sentence.operators:
        if bureau.start < found.end() or bureau.self_reference:
            continue
        if _ZH_TIE_BEFORE.search(view, max(found.end(), bureau.start - 12), bureau.start) \
                and _ZH_TIE_AFTER.match(view, bureau.end):
            return found.start()
    return None


def demonstrative_site(sentence: Sentence) -> int | None:
    """Where a demonstrative points at premises ("dit steunpunt", "this office"), or None."""
    found = _demonstrative(sentence)
    return None if found is None else found.start()


#: A verb that says what the definite premises were, between the noun and a station word (folded
#: view): "the shop served as a police station", "a loja funcionaria como um posto de polícia",
#: "il negozio sarebbe stato usato come presidio", "le local abritait un poste", "das Lokal diente
#: als Polizeistation", "het pand fungeerde als politiepost".
_PREDICATE = re.compile(
    r"\b(?:is|was|were|served as|serves as|acted as|acts as|functioned as|operated as|was used as"
    r"|doubled as|housed|houses|est|etait|serait|sert de|servait de|servirait de|fonctionnait comme"
    r"|fonctionnerait comme|abritait|abriterait|abrite|hebergeait|e|era|sarebbe|fungeva da"
    r"|fungerebbe da|funge da|funzionava come|funzionerebbe come|usat[oa] come|utilizzat[oa] come"
    r"|ospitava|ospiterebbe|es|seria|funciona como|funcionaba como|funcionaria como|servia de|serviria de"
    r"|albergaba|albergaria|usad[oa] como|utilizad[oa] como|funcionava como|abrigava|abrigaria"
    r"|war|ist|sei|ware|diente als|dient als|fungierte als|beherbergte|diende als|dient als"
    r"|fungeerde als|fungeert als|huisvestte)\b")
#: How far after the definite noun the station word may stand (characters).
PREDICATE_REACH = 80


def definite_site_as_station(sentence: Sentence) -> int | None:
    """Where a definite premises noun opening a clause is said to be (or to serve as) a station,
    or None: "Police searched a shop in Leicester. / The shop served as a police station of …"
    (the station is at the place the noun was introduced, ``introduced_place``)."""
    definite = _definite(sentence)
    if definite is None:
        return None
    view = sentence.view
    for start, _ in sentence.spans("station"):
        if definite.end() <= start <= definite.end() + PREDICATE_REACH \
                and not re.search(r"[.;:!?]", view[definite.end():start]) \
                and _PREDICATE.search(view, definite.end(), start):
            return definite.start()
    return None


def introduced_place(doc: DocContext, sentence: Sentence) -> PlaceMatch | None:
    """The one place of the sentence that introduced, with an indefinite article, the facility
    the sentence speaks of by its definite noun, if it names one and only one; for a noun after
    a demonstrative, else the one place the paragraph named last before it."""
    same_noun = _same_noun_place(doc, sentence)
    if same_noun is None and _definite(sentence) is None and pronoun_site(sentence) is not None:
        return _introducing_place(doc, sentence)
    if same_noun is not None or _demonstrative(sentence) is None:
        return same_noun
    return _paragraph_place(doc, sentence)


def _introducing_place(doc: DocContext, sentence: Sentence) -> PlaceMatch | None:
    """The one place of the nearest sentence before, in the paragraph, that introduces a
    facility by an indefinite noun ("À Mahajanga, un bureau présenté comme …"): what a pronoun
    subject stands for."""
    group = _GROUPS.get(sentence.lang or "")
    if (sentence.lang or "").startswith("zh"):
        return _paragraph_place(doc, sentence)  # no articles: "它" is the premises placed last
    if group != "romance":
        return None
    indefinite = re.compile(r"\b" + _INDEFINITE[group] + r"\s+(?:[\w-]+\s+){0,2}?" + _NOUN
                            + r"\b" + _NOT_A_THINK_TANK)
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - INTRO_REACH), -1):
        before = doc.sentences[index]
        if before.paragraph != sentence.paragraph:
            return None
        if indefinite.search(before.view) is None and _ANOTHER_ONE.search(before.view) is None:
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
            # "On en arrive à Pointe-Noire. Qu'est-ce qu'on sait ?" / "… ce bureau est rattaché …";
            # a paragraph that opens on the demonstrative points back into the one before it
            # ("… une perquisition dans les locaux d'une agence à Béziers. / Ces locaux abritaient …")
            opens = index == sentence.index - 1 and _OPENS_ON_DEMONSTRATIVE.match(sentence.view)
            if paragraph != sentence.paragraph or before.paragraph != paragraph - 1 \
                    or not (before.is_question or opens):
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
    """The first town or district of the sentence, when all it names are the same place (the
    searching force's town and a quoted name's place set aside, ``premises_places``)."""
    places = premises_places(sentence, _local_places(sentence))
    return places[0] if len({best_place(m).name for m in places}) == 1 else None


def _same_noun_place(doc: DocContext, sentence: Sentence) -> PlaceMatch | None:
    """The place where the definite noun was introduced with an indefinite article."""
    definite = _definite(sentence)
    if definite is None:
        return None
    noun = definite.group("noun")
    group = _GROUPS[sentence.lang or ""]
    article = _INDEFINITE[group]
    if noun in _GENERIC_NOUNS:
        noun = _NOUN if group == "romance" else _NOUN_GERMANIC
    indefinite = re.compile(r"\b" + article + r"\s+(?:[\w-]+\s+){0,2}?" + noun + r"\b")
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - INTRO_REACH), -1):
        before = doc.sentences[index]
        found = indefinite.search(before.view)
        if found is None:
            continue
        return _one_local_place(before)
    return None
