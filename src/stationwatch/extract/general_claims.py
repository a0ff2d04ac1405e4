"""What such stations do in general, as against a case: a GENERAL description of the practice.

A report tells a case by a person (a student, a worker), a time, a place and a concrete act. A
general description tells what "these places" do as a rule: "in general they help with papers,
but also persuade people to go back; it is a common practice", "estes postos servem, em
geral, para … convencê-los a regressar", "i critici sostengono che servano a tenere d'occhio la
diaspora", "Menschenrechtler werfen ihnen vor, Kritiker einzuschüchtern". Such a sentence
names no incident, whatever its verbs, unless it also tells a case (the callers decide that).
Three shapes, read in the folded view of one sentence:

- a marker of generality anywhere in the sentence: "in general", "as a rule", "common
  practice", "typically", "en general", "di solito", "im Allgemeinen", "doorgaans", 一般, 普遍,
  这类地方, "in algemene zin", "generally speaking", a generic person ("anyone who is pressured
  can report it", "iedereen die", "chiunque"), or the kind named instead of a site ("such
  stations", "ce genre de bureaux");
- a purpose in the subjunctive of a reported claim ("sostengono che servano a"), before the
  incident words;
- an accusation made against the stations by a separable or active verb ("werfen ihnen vor",
  "verwijten", "accuse them of", "les acusan de"), before the incident words.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: Words that say the sentence tells what happens as a rule (folded view; Chinese both scripts).
_GENERALLY = re.compile(
    r"\b(?:in general|generally|as a rule|typically|usually|common practice|standard practice"
    r"|routine practice|in most cases"
    r"|en general|por lo general|generalmente|habitualmente|por regla general|practica (?:comun|habitual"
    r"|generalizada)|suelen|suele"
    r"|em geral|geralmente|normalmente|por norma|pratica (?:comum|habitual|corrente)|costumam"
    r"|in generale|di solito|solitamente|di norma|abitualmente|prassi (?:comune|diffusa|abituale)"
    r"|en general|generalement|d.habitude|habituellement|en regle generale|pratique (?:courante"
    r"|repandue|habituelle)"
    r"|im allgemeinen|in der regel|normalerweise|ublicherweise|ueblicherweise|gangige praxis"
    r"|gaengige praxis"
    r"|in het algemeen|doorgaans|gewoonlijk|over het algemeen|gangbare praktijk"
    # the same marker as a phrase of speaking, and the generic person ("anyone who")
    r"|generally speaking|broadly speaking|in general terms|as a general rule|anyone who|whoever"
    r"|in algemene zin|in zijn algemeenheid|algemeen gesproken|in de regel|iedereen die"
    r"|allgemein gesprochen|grundsatzlich|in aller regel|jeder,? der|wer auch immer"
    r"|de (?:maniere|facon) generale|d.une (?:maniere|facon) generale|quiconque|toute personne qui"
    r"|de (?:manera|forma) general|en terminos generales|en lineas generales"
    r"|cualquier persona que|cualquiera que"
    r"|in linea generale|in termini generali|in genere|chiunque"
    r"|de (?:forma|modo|maneira) geral|em termos gerais|regra geral|qualquer pessoa que"
    r"|quem quer que)\b"
    r"|总的来说|總的來說|原则上|原則上|任何人(?:如果|若|只要|都)"
    r"|一般(?:来说|來說|说|說|而言|都|会|會|是)|通常(?:会|會|是)|普遍的?做法|惯常|慣常|往往会|往往會"
    r"|(?:这类|這類|此类|此類|这种|這種|这些|這些)(?:地方|站点|站點|机构|機構|服务站|服務站|服务点|服務點)"
    # the kind, not one site: "such stations", "this kind of office", "solche Stellen", "zulke
    # posten", "tales oficinas", "ce genre de bureaux", "questo tipo di centri", "postos deste tipo"
    r"|\b(?:such|this kind of|this type of|these kinds? of|solche\w*|derartige\w*|zulke|dergelijke"
    r"|tales|este tipo de|ese tipo de|ce (?:genre|type) de|ces (?:genres|types) de|questo tipo di"
    r"|simili|tali|esse tipo de|este tipo de) (?:[\w-]+ )?(?:stations?|outposts?|offices?|centres?"
    r"|centers?|posts?|places|stationen|stellen|wachen|buros|bueros|posten|bureaus|kantoren"
    r"|oficinas|estaciones|comisarias|centros|bureaux|postes|antennes|centri|uffici|sportelli"
    r"|postos|esquadras|escritorios)\b"
    r"|\b(?:stations?|offices?|centres?|postos|esquadras|centri|uffici|oficinas|centros) (?:deste|desse"
    r"|de este|de ese|di questo|de ce) tipo\b"
)

#: A purpose in the subjunctive of a claim reported about the stations, before the incident
#: words (folded view): "sostengono che servano a", "dicen que sirvan para". The indicative is
#: left alone, as is a bare "notamment pour": an inquiry's finding about one site says them too
#: ("les locaux servaient depuis 2021 à recueillir"); "servem, em geral, para" has its marker.
_PURPOSE_BETWEEN = re.compile(
    r"\b(?:servano|servissero|sirvan|sirvieran|sirviesen|sirvam|servissem) "
    r"(?:[\w-]+ ){0,3}?(?:a|per|para|de)\b"
)
#: An accusation against the stations by an active verb, the accused between (folded view):
#: "werfen ihnen vor", "verwijten de posten", "accuse them of", "les acusan de", "les accusent
#: de", "li accusano di", "os acusam de", 指责这些站点.
_ACCUSED_OF = re.compile(
    r"\bwerf\w* (?:[\w-]+ ){0,4}?vor\b|\bverwijt\w*\b"
    r"|\baccuse (?:them|the stations|these stations|such stations|the centres|the offices) of\b"
    r"|\b(?:las|los|les|li|le|os|as) (?:acusan|accusent|accusano|acusam) (?:de|di)\b"
    r"|指责|指責|批评者称|批評者稱"
)
#: How far (characters) before the incident words a purpose or an accusation governs them.
GOVERN_REACH = 90


def told_in_general(sentence: Sentence, offset: int) -> bool:
    """Whether the incident words at ``offset`` describe what stations do in general: a marker
    of generality in the sentence, or a purpose or an accusation shortly before them."""
    view = sentence.view
    if _GENERALLY.search(view):
        return True
    before = view[max(0, offset - GOVERN_REACH) : offset]
    return bool(_PURPOSE_BETWEEN.search(before) or _ACCUSED_OF.search(before))
