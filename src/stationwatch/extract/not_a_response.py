"""Words of a response that tell something else: a demonstration someone attended, a person
the police summoned, an agreement concluded, the writer's own inquiry, or a social-media post's
claim that a fact-check weighs. All read the folded view of one sentence."""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: Taking part in a demonstration, right before the protest word: "attended a protest",
#: "ha partecipato a una protesta", "a participé à une manifestation", "participó en una
#: protesta", "participou num protesto", "nahm an einem Protest teil", "deed mee aan een protest".
_ATTENDED = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|took part in|takes part in|organi[sz](?:ed|es|ing)"
    r"|led|staged|held|partecipa\w*(?: a| ad| alla| al)?|organizzat\w*|particip\w*(?: a| au| aux"
    r"| en| no| na| num| numa| em)?|assist\w* a|frequent\w*|nahm(?:en)? an|teilgenommen an"
    r"|organisiert\w*|deed mee aan|deden mee aan|nam(?:en)? deel aan|georganiseerd)"
    r"\s+(?:(?:a|an|the|una|un|uno|une|la|el|le|um|uma|num|numa|einer?|einem|den|dem|der|een|de"
    r"|het)\s+)?(?:[\w-]+\s+)?$"
)
#: The police as the agent that summons someone: "were summoned by the local police", "door de
#: plaatselijke politie ontboden", "convocati dalla polizia", "convoqués par la police".
_BY_THE_POLICE = re.compile(
    r"\b(?:by|door|dalla|dal|par|por|pela|pelo|von|vom)\s+(?:the\s+|la\s+|de\s+|der\s+|het\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:police|politie|polizia|policia|polizei|gendarmerie|carabinieri)\b"
)
#: An agreement word as the object a Dutch or German closing verb concludes: "een
#: politieakkoord met China gesloten", "ein Abkommen mit China geschlossen", also through a
#: relative clause ("eines Abkommens, das beide Länder 2019 geschlossen haben", "een akkoord,
#: dat beide landen sloten").
_AGREEMENT_BEFORE = re.compile(
    r"\b(?:\w*akkoord\w*|\w*overeenkomst\w*|\w*verdrag\w*|\w*abkommen\w*|\w*vertrag\w*"
    r"|\w*vereinbarung\w*|\w*pakt\w*|memorandum\w*|deal|convenant\w*)\b"
    r"(?:,\s*(?:das|die|den|welche[snm]?|dat|dewelke|waarmee|mit dem|mit der)\b)?[^.;,]{0,50}$"
)
_CONCLUDING_VERB = re.compile(r"\b(?:ge)?(?:sloten|sluit\w*|sloot|schloss\w*|geschlossen|schlie\w*)\b")
#: The writer's own inquiry, owned in the first person: "our investigation", "nos enquêteurs",
#: "la nostra inchiesta", "nuestros investigadores", "unsere Recherche", "onze onderzoekers".
_OUR_OWN = re.compile(
    r"\b(?:our|notre|nostr[oaie]|nuestr[oa]s?|noss[oa]s?|unser\w*|onze|ons)\s+"
    r"(?:own\s+|propr\w+\s+|propi\w+\s+|eigen\w*\s+)?$"
)
#: French "nos" ("nos enquêteurs"); in Spanish and Portuguese "nos" is "us" or "in the".
_OUR_OWN_FR = re.compile(r"\bnos\s+(?:propres\s+)?$")
#: A hedge on what the writer could check: "as far as we can tell", "voor zover wij kunnen
#: nagaan", "per quanto abbiamo potuto verificare", "autant que nous avons pu le vérifier".
_AS_FAR_AS_WE = re.compile(
    r"\b(?:as far as|so far as|voor zover|per quanto|autant que|pour autant que|hasta donde"
    r"|por lo que|tanto quanto|ate onde|soweit|so weit)\s+(?:\w+\s+){0,3}$"
)
#: The platforms a post is shared on.
_PLATFORM = r"(?:x|twitter|facebook|instagram|telegram|tiktok|weibo|wechat|whatsapp|social media)"
#: A post as a social-media message, not a police post: one shared, circulating, or on a platform.
_POST = (
    r"posts?(?= (?:shared|circulating|widely|viral\w*|from the same account|(?:on|su|sur|en|auf|op"
    r"|no|na|em) " + _PLATFORM + r"\b))"
)
#: A social-media post whose words are quoted or reported: "A post shared 9,000 times reads:",
#: "the tweet claims", "un post virale sostiene", "una publicación afirma", "ein Sharepic
#: behauptet", "een bericht op X stelt", "uma publicação diz".
_POST_SAYS = re.compile(
    r"\b(?:" + _POST + r"|tweets?|sharepics?|memes?|viral\w*"
    r"|social media|redes sociales|redes sociais|sociale media|soziale\w* (?:medien|netzwerk\w*)"
    r"|whatsapp|telegram|tiktok|facebook)\b"
    r"[^.;]{0,120}?\b(?:reads|read|says|said|claims?|claimed|alleg\w*|added that|asserts?|states"
    r"|sostien\w*|afferm\w*|dice|afirma\w*|asegura\w*|sosten\w*|affirm\w*|pretend\w*|behaupt\w*"
    r"|stelt|beweert|diz|dizia|alega\w*)\b"
)


def attended_a_protest(sentence: Sentence, start: int) -> bool:
    """A protest someone attended or staged ("attended a protest against PRC policy outside
    the consulate"): a demonstration, not a host state's diplomatic protest."""
    return _ATTENDED.search(sentence.view, max(0, start - 50), start) is not None


def summoned_by_the_police(sentence: Sentence, start: int, end: int) -> bool:
    """A person summoned by the police ("his parents were summoned by the local police"):
    the police calling someone in, not a state summoning an envoy in protest."""
    view = sentence.view
    return (_BY_THE_POLICE.search(view, max(0, start - 45), start) is not None
            or _BY_THE_POLICE.match(view, end + 1, min(len(view), end + 45)) is not None)


def agreement_concluded(sentence: Sentence, start: int, end: int) -> bool:
    """A Dutch or German closing verb that concludes an agreement ("een politieakkoord met
    China gesloten"): a treaty made, no site shut."""
    view = sentence.view
    verb = _CONCLUDING_VERB.search(view, start, end)  # the trigger may open on its object
    return (verb is not None
            and _AGREEMENT_BEFORE.search(view, max(0, verb.start() - 80), verb.start()) is not None)


#: A medium's genre or desk the inquiry word names (folded view, up to the word): "un podcast
#: d'inchiesta", "giornalismo d'inchiesta", "Por Equipo de Investigación", "periodismo de
#: investigación", "jornalismo de investigação", "la cellule investigation", "journalisme
#: d'enquête": the press's kind of work, no host's act.
_MEDIA_GENRE = re.compile(
    r"\b(?:podcast|giornalismo|reportage|programma|documentario|redazione|squadra|team|periodismo"
    r"|equipo|unidad|reportaje|programa|documental|jornalismo|equipa|equipe|reportagem|nucleo"
    r"|journalisme|cellule|emission|documentaire|magazine|journalism|desk|serie|series)"
    r"\s+(?:d'|d’|di\s+|de\s+|da\s+|du\s+)?$"
)


#: A rubric's label right after the inquiry word: "ENQUÊTE | Afrique de l'Ouest", "INCHIESTA /
#: Esteri", "INVESTIGACIÓN:" (original case), or nothing after it on its line.
_RUBRIC_AFTER = re.compile(r"\s*(?:[|/:–—-]|$)")
#: How many sentences from the top a rubric may stand.
RUBRIC_SENTENCES = 4


def _rubric(sentence: Sentence, start: int) -> bool:
    """The inquiry word in capitals opening one of the first sentences, as a section label:
    the kind of article, not a host's act."""
    if start != 0 or sentence.index >= RUBRIC_SENTENCES:
        return False
    word = re.match(r"\w+", sentence.text)
    return word is not None and len(word.group()) > 3 and word.group().isupper() \
        and _RUBRIC_AFTER.match(sentence.text, word.end()) is not None


#: The writers' check they could not make, right before the check word (folded view): "Das
#: konnten wir nicht überprüfen", "we could not verify", "dat konden wij niet controleren", "nous
#: n'avons pas pu vérifier", "no pudimos verificar", "non abbiamo potuto verificare", "não
#: conseguimos verificar", or the same check left undone "independently".
_WE_COULD_NOT = re.compile(
    r"\b(?:we|wir|wij)\s+(?:could|can|were|have been|konnten|konnen|kunnen|konden)\s+"
    r"(?:not|nicht|niet)\s+(?:able to\s+)?(?:\w+\s+)?$|\bwe (?:were|are) unable to\s+$"
    r"|\b(?:could|can|konnten|konnen|kunnen|konden)\s+(?:wir|wij|we)\s+(?:\w+\s+)?"
    r"(?:not|nicht|niet)\s+(?:\w+\s+)?$"
    r"|\b(?:no (?:pudimos|hemos podido|podemos)|non (?:abbiamo potuto|siamo riusciti a|possiamo)"
    r"|nao (?:conseguimos|pudemos|podemos)|n.avons pas pu|n.avons pu|ne pouvons pas)\s+(?:\w+\s+)?$"
    r"|\b(?:independently|unabhangig|onafhankelijk|de (?:forma|manera|maneira) independente?"
    r"|in modo indipendente|de facon independante|independientemente|independentemente)\s+$"
)
#: "we" with a modal of being able, close before the check word, whether the check succeeded or
#: not: "Das konnten wir überprüfen", "Dat konden we niet nagaan", "conseguimos confirmar".
_WE_COULD = re.compile(
    r"(?:\b(?:konnten|konnen) wir\b|\bwir (?:\w+ )?(?:konnten|konnen)\b"
    r"|\b(?:konden|kunnen) (?:we|wij)\b|\b(?:we|wij) (?:\w+ )?(?:konden|kunnen)\b"
    r"|\b(?:nao )?(?:conseguimos|pudemos|podemos|conseguiamos|podiamos)\b)"
    r"(?:\s+[\w-]+){0,4}\s+$"
)
#: Quotation marks that open a quoted speaker's words: inside them "we" is the speaker's (a
#: police spokesman's "wir prüfen das"), not the reporters'.
_QUOTES = "\"“„«»”'"


def writers_own_check(sentence: Sentence, start: int) -> bool:
    """Whether the check word at ``start`` is the reporters' own, made or not ("we could not
    verify", "Das konnten wir nicht überprüfen", "não conseguimos confirmar"): no inquiry."""
    view = sentence.view
    before = view[max(0, start - 45) : start]
    if _WE_COULD_NOT.search(view[max(0, start - 30) : start]) is not None:
        return True
    return (sentence.lang in ("de", "nl", "pt") and _WE_COULD.search(before) is not None
            and not any(mark in view[:start] for mark in _QUOTES))



def our_own_inquiry(sentence: Sentence, start: int) -> bool:
    """An inquiry word the writer owns ("our investigators found", "nos enquêteurs ont
    identifié") or hedges with ("as far as we can verify", "we could not verify that"), or a
    medium's genre or desk ("un podcast d'inchiesta"): a report's work, no host's act."""
    view = sentence.view
    before = view[max(0, start - 30) : start]
    return (_OUR_OWN.search(before) is not None or _AS_FAR_AS_WE.search(before) is not None
            or writers_own_check(sentence, start)
            or (sentence.lang == "fr" and _OUR_OWN_FR.search(before) is not None)
            or _MEDIA_GENRE.search(before) is not None
            or _rubric(sentence, start)
            or _WRITERS_ZH.search(before) is not None)


#: Who writes a report or an article, as the subject of a Chinese check or inquiry verb in the
#: same clause (folded view): "研究小组在东非三国核实了", "记者实地核查", "报告作者称，他们核实了",
#: "本报记者走访核实". No comma may stand between, so "报告称，警方正在调查" stays the police's act.
_WRITER_ZH = r"(?:报告作者|作者们?|研究(?:人员|者|小组|团队)|记者|本报|本台|本刊|笔者|编辑部)"
_WRITERS_ZH = re.compile(
    _WRITER_ZH + r"[^。；，,说称表]{0,16}$"
    r"|(?:" + _WRITER_ZH + r"|报告|该组织)(?:称|说|表示|指出)[，,]\s*(?:他们|我们)[^。；，,]{0,14}$"
)
#: A report or an article as the one that lacks evidence (folded view): "报告没有证据表明",
#: "本文并无证据显示": what a report could not show, no host's finding.
_REPORT_LACKS_ZH = re.compile(r"(?:报告|文章|本文|" + _WRITER_ZH + r")[^。；，,说称表]{0,6}$")


def a_report_finds_nothing(sentence: Sentence, start: int) -> bool:
    """A finding of no wrongdoing whose subject is a report or its writers ("报告没有证据表明…"):
    the limits of a report's evidence, not a host authority's finding."""
    return _REPORT_LACKS_ZH.search(sentence.view, max(0, start - 16), start) is not None


def a_posts_claim(sentence: Sentence, start: int) -> bool:
    """A response told by a social-media post that the sentence quotes or reports ("A post
    shared 9,000 times reads: police raided the station"): the claim a fact-check weighs,
    not the act."""
    return _POST_SAYS.search(sentence.view, 0, start) is not None


#: A transcript's stage direction in square brackets ("[sigla di chiusura]", "[closing music]",
#: "[musique de fin]"): a short bracketed note around the word, not a report of an act.
_STAGE_DIRECTION = re.compile(r"\[[^\[\]\n]{0,40}\]")


def in_stage_direction(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the act's words at ``start``-``end`` stand inside a bracketed stage direction."""
    view = sentence.view
    if "[" not in view:
        return False  # most sentences: no brackets at all
    return any(m.start() < start and end < m.end()
               for m in _STAGE_DIRECTION.finditer(view))


#: A shop, a restaurant, a kiosk or a firm as the subject that closed (folded view, nine
#: languages): "Le restaurant a baissé le rideau", "the bakery shut its doors", "o quiosque
#: foi fechado", "der Imbiss hat geschlossen", 那家餐馆关门了.
_BUSINESS_BEFORE = re.compile(
    r"\b(?:restaurants?|shops?|stores?|bakery|bar|cafe|kiosks?|supermarkets?|factory|firm|company"
    r"|business|boutique|magasin|commerce|epicerie|boulangerie|usine|entreprise|societe|kiosque"
    r"|ristorante|negozio|bottega|chiosco|fabbrica|azienda|ditta|panetteria|supermercato"
    r"|restaurante|tienda|comercio|quiosco|fabrica|empresa|panaderia|supermercado|loja|quiosque"
    r"|padaria|geschaft|laden|imbiss|kiosk|fabrik|firma|unternehmen|backerei|supermarkt"
    r"|winkel|zaak|bakkerij|fabriek|bedrijf|eethuis|snackbar)\b"
    r"(?:(?!\b(?:and|und|en|et|e|y|ed|but|aber|maar|mais|ma|pero|mas)\b)[^.;:!?]){0,60}$"
    r"|(?:餐馆|餐厅|饭店|商店|店铺|超市|工厂|公司)[^。；，]{0,12}$"
)

#: An authority's order or seal on a closure (folded view): "by court order", "sigillato",
#: "lacrada", "precintado", "scellé", "versiegelt", "verzegeld", 查封.
_BY_AN_AUTHORITY = re.compile(
    r"\b(?:order\w*|ordem|ordine|orden|ordre|ordonn\w*|anordnung|angeordnet|bevel|bevolen|sealed"
    r"|lacrad\w*|sigillat\w*|precintad\w*|clausurad\w*|scelle\w*|versiegelt|verzegeld|decree"
    r"|decret\w*|court|tribunal|tribunale|gericht|rechter|rechtbank|judicial|giudiziari\w*"
    r"|prefe\w*|mayor|sindaco|alcalde|maire|burgemeester|burgermeister|autorit\w*|behord\w*)\b"
    r"|查封|责令|勒令"
)


def a_business_closed(sentence: Sentence, start: int) -> bool:
    """A closure whose subject is a shop, restaurant or firm in a sentence that speaks of no
    station: a business that shut, not a site a state closed."""
    if sentence.has("station") or sentence.has("station_weak") or sentence.has("station_anaphora"):
        return False  # "the restaurant that housed the police post was closed"
    if sentence.has("investigation") or sentence.has("arrest") or _BY_AN_AUTHORITY.search(
            sentence.view):
        return False  # "searched the shop, which was sealed by court order": an enforcement
    return _BUSINESS_BEFORE.search(sentence.view, max(0, start - 80), start) is not None
