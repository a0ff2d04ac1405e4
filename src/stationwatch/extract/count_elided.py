"""A figure whose station noun the discourse carries: "We have confirmed four in the United
States", "en Chile serían tres", "minstens drie van zulke punten", "zwei solchen Stellen".

Once a paragraph is about the stations, reporters stop repeating the noun: the figure stands
bare, or with a word that points back ("such", "de ces", "van zulke", "solchen", "tali",
"dessas", 这样的), and only its host is new ("in our country", "in der Schweiz", "nel mondo").
Such a figure counts the stations of that host when the stations were named (or counted) in
its sentence or in the two before it and nothing on the way back counts people instead; a noun
that points back, or a question the figure answers, carries the topic from further back. What
looks the same but counts nothing is told apart here too (hours, ages, labels, parts of a set,
guesses), and the older rules for bare figures ask the same questions. Pure functions of the
document; the caller skips figures that are negated, hypothetical or already measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stationwatch.extract.context import DocContext, Sentence, best_place, is_other_role
from stationwatch.extract.numbers import NumberMatch
from stationwatch.kb.fact import Fact

#: Sentences before the figure's own in which the station noun may stand.
TOPIC_REACH = 2
#: A figure with no noun of its own, and one with a noun that points back ("two such offices").
BARE = "bare"
POINTING = "pointing"
#: Between a figure and the host it is placed in: a locative and its article at most.
_LOCATIVE_GAP = re.compile(
    r"^\s*(?:in|en|a|em|im|no|na|nel|nella|nei|negli|au|aux|dans|op|across|within|in der|in de|"
    r"in het|in tutto il|en todo el|em todo o|dans le|in the)?\s*(?:the|de|het|der|la|le|il|el|o|a|l')?\s*$"
)

#: Words that point back to a noun said before, right after the figure (folded view):
#: "such", "of these", "de ces", "van zulke", "solchen", "tali", "dessas", "de tales".
_ANAPHORIC = (
    r"(?:such|similar|of (?:these|those|such)|of the same kind|"
    r"solche[nmrs]?|derartige[nmrs]?|dieser|solcher|"
    r"van (?:zulke|deze|die|dergelijke|zo.n)|zulke|dergelijke|zo.n|"
    r"de (?:ces|ce type|ce genre)|pareil(?:le)?s|semblables|similaires|"
    r"tali|simili|di (?:questi|queste|quelle|quei|tali)|del genere|"
    r"de (?:estas|estos|esas|esos|tales|este tipo)|tales|semejantes|similares|"
    r"dessas|desses|destas|destes|de tais|deste tipo|tais|semelhantes)"
)
#: Nouns that a pointing word may take for the stations: their quoted or weak names in every
#: language (the station lexicon's own nouns are accepted as well).
_SITE_NOUN = (
    r"(?:stations?|posts?|outposts?|offices?|sites?|points?|places?|addresses|locations|premises|"
    r"centres?|centers?|desks?|"
    r"stellen|stelle|stationen|posten|buros?|standorte|einrichtungen|stutzpunkte|adressen|orte|"
    r"punten|punt|posten|kantoren|locaties|adressen|plekken|panden|bureaus|vestigingen|"
    r"postes|bureaux|antennes|structures|lieux|adresses|locaux|implantations|"
    r"stazioni|sedi|uffici|strutture|presidi|luoghi|indirizzi|punti|"
    r"estaciones|comisarias|oficinas|sedes|locales|centros|puestos|puntos|lugares|direcciones|"
    r"esquadras|postos|escritorios|estruturas|locais|enderecos|pontos|delegacias)"
)
_QUOTE = r"[\"'“”‘’«»„]"
#: What may follow a figure with no noun of its own: its clause's end, its host, its source,
#: "of them", a word of restriction ("una sola", "only"), or a pointing word and its noun.
_AFTER = re.compile(
    r"^\s*(?:(?:sola|solo|unica|unico|only|alone|seule?|seulement|einzige|enige|so|apenas|soltanto"
    r"|alleen|allein|nur)\b\s*)?(?:"
    r"$|[,.;:!)|，。；：！]|[–—-]\s|"
    r"(?:in|en|a|em|im|no|na|nel|nella|nei|negli|au|aux|dans|op|across|within)\s|"
    r"(?:actief|active|activas|activos|attive|actives|aktiv|ativas|ativos|operativ[ei]|"
    r"operating|operational)\b|"
    r"(?:segun|secondo|selon|laut|volgens|segundo|according)\b|"
    r"(?:worldwide|globally|weltweit|wereldwijd)\b|"
    # the verb that closes a Dutch or German clause, then its end: "dat er minstens vier zijn",
    # "in Deutschland seien fünf bekannt", "waarvan er drie actief zouden zijn"
    r"(?:(?:bekend|bekannt|actief|aktiv|gevestigd|ansassig)\s+)?(?:(?:zouden|zou|moeten|sollen)\s+)?"
    r"(?:zijn|waren|bestaan|bestonden|bekend|sind|seien|bestehen|bestunden|existieren"
    r"|existierten|bekannt|gebe|gibt|gab)\s*(?:[,.;:!)]|$)|"
    r"(?:of them|of these|of those|di esse|di essi|de ellas|de ellos|delas|deles|davon|daarvan|"
    r"ervan|d.entre (?:eux|elles))\b|"
    r"(?P<anaphoric>" + _ANAPHORIC + r"\s+(?:[^\W\d_]+\s+)?" + _QUOTE + r"?\s*"
    + _SITE_NOUN + r"\b))"
)
#: Chinese: a figure and its classifier with the clause ending, or a pointing "这样的".
_AFTER_ZH = re.compile(
    r"^(?:个|個|家|处|處|座)?(?P<pointing>这样的|這樣的|此类|此類|类似的|類似的)?"
    r"(?:(?<=的)[\u4e00-\u9fff]{1,4}?(?:站|点|點|处|處|机构|機構|中心))?\s*(?:$|[，。；：！,.;:!])"
)
#: Bounds and restrictions that may stand between the figure and the word before it.
_BOUND = re.compile(
    r"(?:\b(?:at least|at most|only|just|some|about|around|minstens|ten minste|zeker|slechts|maar|"
    r"ongeveer|zo.n|mindestens|wenigstens|nur|etwa|rund|au moins|seulement|environ|pres de|"
    r"almeno|solo|soltanto|circa|al menos|por lo menos|solo|unos|unas|cerca de|pelo menos|"
    r"ao menos|no minimo|apenas|cerca de)\s+|至少|只有|仅|僅)$"
)
#: A word right before the figure that makes it a time, a rank, a label or an item told
#: before: "at two", "um drei", "à deux", "om vier", "the two", "le due", "desde 2019".
_NOT_BEFORE = re.compile(
    r"\b(?:at|on|by|per|since|until|till|to|from|after|before|than|the|um|ab|seit|bis|vor|nach|"
    r"gegen|die|der|das|den|dem|des|het|tot|sinds|voor|tegen|na|a|as|las|los|les|le|la|il|lo|gli|"
    r"i|el|o|os|alle|dalle|hasta|desde|depuis|jusqu.a|contre|vers|des|dos|das|ate|entre|between|"
    r"zwischen|tussen|tra|fra|ore|uur|nr|no|page|seite|pagina|article|artikel|articolo|articulo|"
    r"artigo|cap|chapter|kapitel|hoofdstuk|capitolo|capitulo|point|punto|punkt|section|"
    # a decade: "negli anni Novanta", "in the years 90", "in de jaren negentig", "années 80"
    r"anni|years|jaren|jahre|annees|anos|"
    # a part of a set told apart: "outras duas", "le altre due", "two more" comes after
    r"other|others|another|outras|outros|otras|otros|altre|altri|autres|andere|anderen|weitere"
    r"|weiteren|overige|nog|ancora|"

    # a month: "Feb 6", "6. März" comes after; "le 6 fevrier" is a date the parser reads
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|dic|janv|fevr|avr|juil|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\.?\s*$"
    r"|[#№第]\s*$"
)
#: German and Dutch put the place inside an attribute before the noun: "sechzig in Kärnten
#: lebende Staatsbürger", "drie in Gent wonende Chinezen", "vier in Graz ansässige Firmen".
_ATTRIBUTE = re.compile(
    r"^\s*(?:in|im|aus|uit|te|bei|bij)\s+(?:[\w-]+\s+){1,3}?(?:[\w-]+(?:ende|enden|ender|endes"
    r"|ige|igen|iger|ansassig\w*|woonachtig\w*|gevestigde|wohnhaft\w*|lebende\w*))\b"
)
#: Before an hour: "at three", "om vier", "um drei", "alle tre", "a las tres", "vers trois".
_HOUR_BEFORE = re.compile(r"\b(?:at|om|um|alle|a las|a la|vers|gegen|rond|ab)\s*$")
#: A person noun and a comma right before a figure: "the suspect, 54,", "la donna, 41,".
_AGE_BEFORE = re.compile(r"[^\W\d_]+\s*,\s*$")
#: A person's age told with "of" and no "years": "di 49", "de 47", "van 52", "aged 54".
_AGE_OF = re.compile(r"\b(?:di|de|d'|van|von|of|aged|agee?s?|age de)\s*$")
#: A noun for a figure before it: "the number of arrests rose to nine", "die Zahl der
#: Einbrüche … auf vierzig"; the rules for restated figures read those.
_COUNT_NOUN = re.compile(
    r"\b(?:number|figure|total|tally|count|zahl|anzahl|gesamtzahl|aantal|totaal|numero|totale"
    r"|cifra|nombre|chiffre|total|numero)\b"
)
#: A line to call: "dial 112", "拨打报警电话110", "bellen naar 112".
_PHONE = re.compile(
    r"\b(?:call|dial|phone|hotline|helpline|chiama\w*|telefon\w*|llam\w*|appel\w*|anruf\w*|"
    r"bel|bellen|ligu\w*|notruf\w*|emergency number)\b|电话|電話|拨打|撥打|热线|熱線|报警|報警"
)
#: The mark of a numbered item right after a figure that opens its sentence: "4.", "2)", "三、".
_ITEM_MARK = re.compile(r"^\s*(?:[.)\]、：:]|\.\s)")
#: A numbered unit right before digits: "poste de quartier 21", "room 4", "Vara 2", "Kreis 5".
_NUMBERED_UNIT = re.compile(
    r"\b(?:room|rooms|zimmer|kamer|sala|salle|aula|stanza|quartier|district|arrondissement|bezirk"
    r"|kreis|wijk|distrito|distretto|municipio|zone|zona|sector|sektor|settore|route|line|linie"
    r"|lijn|linea|ligne|tram|bus|gate|platform|gleis|perron|vara|traktandum|agendapunt|item"
    r"|tableau|tabelle|table|tabla|tabel|tabella|figure|abbildung|grafico|floor|etage|piso|piano"
    r"|verdieping|stock|andar)\.?\s*$"
)
#: After digits, the mark of a label or a heading: "Traktandum 6:", "Tableau 3 — Sites".
_LABEL_AFTER = re.compile(r"\s*[:–—]")
#: The bounds under which a figure is still the figure reported: "at least three".
_LOWER_BOUND = re.compile(
    r"^(?:at least|minstens|ten minste|zeker|mindestens|wenigstens|au moins|almeno|al menos"
    r"|por lo menos|pelo menos|ao menos|no minimo|至少)\b"
)
_DIGITS_BEFORE = re.compile(r"\d[.,]?\s*$")
#: The figure is said in answer to "it is about": "gaat het om twee", "es geht um zwei".
_ABOUT_FRAME = re.compile(
    r"\b(?:gaat|ging|gaan|geht|ging|gehen)\b[^.;:]{0,60}\b(?:om|um)\s*(?:(?:minstens|zeker|"
    r"ongeveer|mindestens|etwa|rund)\s+)?$"
)
#: The host of the speaker: "our country", "ons land", "unser Land", "notre pays" (folded).
_OUR_COUNTRY = re.compile(
    r"\b(?:our (?:own )?country|ons (?:eigen )?land|onze (?:eigen )?land|unser(?:em|es)? (?:eigenen? )?land"
    r"|notre (?:propre )?pays|nuestro (?:propio )?pais|nosso (?:proprio )?pais|nostro paese"
    r"|(?:this|this very) country)\b|我国|我國|本国|本國"
)
#: The world as the figure's scope: "dans le monde", "worldwide", "全球".
_WORLD = re.compile(
    r"\b(?:worldwide|globally|around the world|across the world|in the world|weltweit|"
    r"auf der welt|in der welt|wereldwijd|in de wereld|nel mondo|in tutto il mondo|en el mundo|"
    r"en todo el mundo|dans le monde|au monde|no mundo|em todo o mundo)\b|全球|全世界|世界各地"
)
#: People, or what happens to them, counted or named near a figure: the figure counts them.
_PEOPLE = re.compile(
    r"\b(?:people|persons?|men|women|suspects?|agents?|officers?|officials?|volunteers?|employees|"
    r"staff|students?|victims?|nationals|citizens|residents|dissidents|activists|children|"
    r"personas|hombres|mujeres|sospechosos|detenidos|agentes|funcionarios|voluntarios|victimas|"
    r"persone|uomini|donne|indagati|arrestati|agenti|volontari|vittime|"
    r"pessoas|homens|mulheres|suspeitos|detidos|vitimas|"
    r"personnes|hommes|femmes|suspects|agents|benevoles|victimes|"
    r"personen|manner|frauen|verdachtige|festgenommene|beamte|polizisten|opfer|"
    r"mensen|mannen|vrouwen|verdachten|agenten|slachtoffers|arrestaties|"
    r"staatsburger\w*|burger\w*|einwohner\w*|bewohner\w*|landsleute\w*|chinesen|chinezen|"
    r"chinois|chinoises|cinesi|chinos|chinas|chineses|chinesas|compatriots|landgenoten|"
    r"connazionali|compatriotes|compatriotas|families|familien|families|famiglie|familias|"
    r"familles|familias|families|gezinnen|workers|arbeiter\w*|arbeiders|lavoratori|trabajadores|"
    r"travailleurs|trabalhadores|"
    r"arrests?|arrested|detained|charged|festgenommen|verhaftet|aangehouden|gearresteerd|"
    r"population|inhabitants|bevolking|inwoners|bevolkerung|einwohner|abitanti|popolazione|"
    r"habitantes|poblacion|populacao|habitants|"
    r"wife|husband|moglie|marito|mulher|marido|esposa|esposo|epouse|epoux|ehefrau|ehemann|"
    r"echtgenote|echtgenoot|daughter|figlio|figlia|hijo|hija|filho|filha|fils|fille|sohn|"
    r"tochter|zoon|dochter|empresario|empresaria|imprenditore|imprenditrice|entrepreneur|"
    r"businessman|businesswoman|commercant|commercante|"
    r"threatened|harassed|questioned|interrogated|deported|repatriated|sentenced|convicted|"
    r"bedreigd|verhoord|bedroht|verhort|menace\w*|minacciat\w*|amenazad\w*|ameacad\w*|"
    r"arrestati|arrestate|fermati|detenidas|arrestados|arretes|interpelles|presos|detidas)\b"
    r"|[人名]"
)
#: A plural noun phrase pointing back at what the document is about, in a document that names
#: the stations: "these operations", "deze praktijken", "ces structures", "solche Aktivitäten".
_POINTING_TOPIC = re.compile(
    r"\b(?:these|those|such|deze|die|zulke|dergelijke|diese|solche|ces|de telles|queste|questi|tali"
    r"|estas|estos|esas|esos|tales|estas|estes|essas|esses|tais) (?:[^\W\d_]+ )?"
    r"(?:operations|activities|networks|operaties|activiteiten|netwerken|praktijken"
    r"|operationen|aktivitaten|netzwerke|praktiken|operations|activites|reseaux|pratiques"
    r"|operazioni|attivita|reti|pratiche|operaciones|actividades|redes|practicas"
    r"|operacoes|atividades|praticas)\b"
)
#: A restriction right after a figure that is also an article: "una sola", "une seule".
_ONLY_AFTER = re.compile(
    r"\s*(?:sola|solo|unica|unico|only|seule?|einzige|enige|so|apenas|soltanto)\b"
)


@dataclass(frozen=True)
class Elided:
    """A bare figure read as a count of stations, and its scope (None: the world)."""

    country: str | None


def elided_station_count(doc: DocContext, sentence: Sentence, number: NumberMatch,
                         facts: list[Fact]) -> Elided | None:
    """The scope of a bare figure of stations whose noun the discourse carries, if it is one."""
    if not _plain_figure(doc, sentence, number) or sentence.is_question \
            or time_or_age(sentence, number):
        return None
    bare = _bare(sentence, number)
    if bare is None:
        return None
    if not _on_topic(doc, sentence, number, facts, pointing=bare == POINTING):
        return None
    return _host(doc, sentence, number)


def time_or_age(sentence: Sentence, number: NumberMatch) -> bool:
    """ "at three in Dublin", "om vier in Den Haag", "um drei", "alle tre": an hour; "the
    suspect, 54, lives in…": a person's age. Neither counts anything, however bare."""
    view = sentence.view
    before = view[max(0, number.start - 20) : number.start]
    if number.value <= 24 and _HOUR_BEFORE.search(before) and not _ABOUT_FRAME.search(
            view, max(0, number.start - 90), number.start):
        return True  # not "in Nederland gaat het om twee": what it is about
    if _AGE_OF.search(before) and _PEOPLE.search(view, max(0, number.start - 30), number.start):
        return True  # "la moglie di 49", "a mulher dele, de 47": an age, its "years" left out
    return bool(_AGE_BEFORE.search(before)) and view[number.end : number.end + 1] == "," \
        and bool(_PEOPLE.search(before))


def labelled(sentence: Sentence, number: NumberMatch) -> bool:
    """Digits that name or mark rather than count: "Covid-19", "G20", a footnote's mark
    ("Purmerend?2)"), or a numbered unit ("room 4", "poste de quartier 21")."""
    if number.form != "digits":
        return False
    text = sentence.text
    start = number.start
    if start and (_latin_letter(text[start - 1]) or text[start - 1] in ".?!,;:»”\"’'" or (
            text[start - 1] in "-‐–" and start > 1 and _latin_letter(text[start - 2]))):
        return True
    return _NUMBERED_UNIT.search(sentence.view, max(0, start - 20), start) is not None


def _latin_letter(char: str) -> bool:
    """A letter of a Latin script: "G20", not "其中2" (Chinese has no spaces before figures)."""
    return char.isalpha() and not "\u3000" <= char <= "\u9fff"


def _marked(sentence: Sentence, number: NumberMatch) -> bool:
    """Digits alone in brackets ("nesta terça-feira (9)") or before a colon or a dash
    ("Traktandum 6:", "Tableau 3 —"): a day, a note or a label, unless a rule that reads
    bracketed tallies ("Italy (11), Spain (9)") takes them first."""
    if number.form != "digits":
        return False
    text = sentence.text
    start = number.start
    if start and text[start - 1] == "(" and text[number.end : number.end + 1] == ")":
        return True
    return _LABEL_AFTER.match(sentence.view, number.end) is not None


def restricted_one(sentence: Sentence, number: NumberMatch) -> bool:
    """ "una sola: la de Calama", "only one, in Toronto", "nur eine in Bern": a figure of one
    that is no article, its clause closing or its place following."""
    if number.value != 1 or number.ordinal:
        return False
    only = _ONLY_AFTER.match(sentence.view, number.end)
    if only is None:
        return False
    after = _AFTER.match(sentence.view[only.end() : only.end() + 80])
    return after is not None and after.group("anaphoric") is None


def _plain_figure(doc: DocContext, sentence: Sentence, number: NumberMatch) -> bool:
    if number.ordinal or number.percent or number.phone_like or number.value < 1:
        return False
    if number.article_like and not restricted_one(sentence, number):
        return False  # "un", "een", "a": an article unless restricted ("una sola")
    if number.form == "digits" and 1900 <= number.value <= 2100:
        return False  # a year
    if labelled(sentence, number) or _marked(sentence, number):
        return False
    if _PHONE.search(sentence.view):
        return False  # "拨打报警电话110", "call 112": a line to call
    if number.value > 500:
        return False  # no host has so many; a sum, a reading or a count of people
    return not any(d.start <= number.start < d.end for d in sentence.dates(doc.date))


def _bare(sentence: Sentence, number: NumberMatch) -> str | None:
    """``BARE`` when no noun of its own follows the figure, ``POINTING`` when a noun that
    points back does; None when a noun does, or when a word before it makes the figure a
    time, a label or a definite item."""
    view = sentence.view
    after = view[number.end : number.end + 80]
    kind = BARE
    if sentence.lang == "zh":
        zh = _AFTER_ZH.match(after)
        if zh is None:
            return None
        if zh.group("pointing"):
            kind = POINTING
    else:
        match = _AFTER.match(after)
        if match is None or _PEOPLE.match(after.lstrip()):
            return None
        if match.group("anaphoric"):
            kind = POINTING
    if _ATTRIBUTE.match(after):
        return None  # "sechzig in Niederösterreich lebenden Staatsbürgern": the noun follows
    if not view[: number.start].strip(" \t\n([（") and _ITEM_MARK.match(after):
        return None  # "4. Gli atti fanno…", "2) …", "三、": an item's number
    before = view[max(0, number.start - 60) : number.start]
    bound = _BOUND.search(before)
    if number.approximate and (bound is None or not _LOWER_BOUND.match(bound.group())):
        return None  # "une dizaine", "more than ten": a guess, not the count of a host
    if bound is not None:
        before = before[: bound.start()]
    if _NOT_BEFORE.search(before):
        return None
    if re.search(r"[:：|]\s*$", before):
        return None  # "Spain: 47", "| 11 |": a list's or a table's item, its header's measure
    if re.search(r"[^\W\d_]+\s*,\s*$", before) and after.startswith(","):
        return None  # "the station's manager, 54, has lived…": an age in apposition
    if _COUNT_NOUN.search(view, max(0, number.start - 60), number.start):
        return None  # "die Zahl der Einbrüche … auf vierzig": the noun says what it counts
    if any(0 <= number.start - m.end <= 2 for m in sentence.places):
        return None  # "Italy 2, Spain 1": a host beside its figure, a list's or a score's
    if number.form == "digits" and _DIGITS_BEFORE.search(before):
        return None  # "12 3", "4, 5": a reading, a date or a list of numbers
    if re.search(r"\b(?:om|um)\s*$", before) and not _ABOUT_FRAME.search(
            view, max(0, number.start - 90), number.start):
        return None  # "om vier", "um drei": a time
    return kind


def _on_topic(doc: DocContext, sentence: Sentence, number: NumberMatch,
              facts: list[Fact], pointing: bool) -> bool:
    """Whether the stations were named (or counted) last before the figure: in its own
    sentence or in the two before it, and no people named since. A noun that points back
    ("van zulke punten"), or a question the figure answers, carries the topic from anywhere
    before in a document that names the stations."""
    if _PEOPLE.search(sentence.view, number.end, number.end + 50):
        return False  # "four in Madrid were arrested", "drei davon Frauen"
    if _station_in(sentence, sentence.view):
        return True
    window = doc.sentences[max(0, sentence.index - TOPIC_REACH) : sentence.index]
    parts = [(s, s.view) for s in window] + [(sentence, sentence.view[: number.start])]
    last_station = last_people = -1
    for position, (part, text) in enumerate(parts):
        if _station_in(part, text):
            last_station = position
        elif _PEOPLE.search(text):
            last_people = position
    if last_station < 0 and _counted_in(facts, window):
        last_station = 0
    if last_station >= 0:
        return last_people < last_station
    previous = doc.sentences[sentence.index - 1] if sentence.index else None
    answer = previous is not None and previous.is_question and not _PEOPLE.search(previous.view)
    if not (pointing or answer) or _PEOPLE.search(sentence.view, 0, number.start):
        return False
    return any(s.has("station") for s in doc.sentences[: sentence.index])


def _station_in(sentence: Sentence, text: str) -> bool:
    """Whether the station noun, or a weak one in a document that uses the strong one, is in
    ``text`` (the sentence, or its part before the figure)."""
    spans = sentence.spans("station")
    index = sentence.index_of
    if index is not None and any(s.has("station") for s in index.sentences):
        spans = spans + sentence.spans("station_weak") + sentence.spans("station_anaphora")
        spans = spans + [m.span() for m in _POINTING_TOPIC.finditer(text)]
    return any(start < len(text) for start, _ in spans)


def _counted_in(facts: list[Fact], window: list[Sentence]) -> bool:
    """Whether a figure of stations was counted in the window's sentences."""
    if not window:
        return False
    start = window[0].start
    return any(f.kind == "count" and f.measure == "stations" and f.evidence.start >= start
               for f in facts)


def _host(doc: DocContext, sentence: Sentence, number: NumberMatch) -> Elided | None:
    """The one host the sentence names for the figure: a place or country, "our country", or
    the world; the nearest when several, within reach of the figure."""
    view = sentence.view
    mentions: list[tuple[int, str | None]] = []
    for match in sentence.located_places():
        mentions.append((match.start, best_place(match).country))
    for match, code in sentence.country_mentions():
        if match.kind == "country" and code != "CN" and not is_other_role(sentence, match):
            mentions.append((match.start, code))
    home = _home_country(doc)
    for found in _OUR_COUNTRY.finditer(view):
        if home is not None:
            mentions.append((found.start(), home))
    for found in _WORLD.finditer(view):
        mentions.append((found.start(), None))
    if not mentions:
        return None
    for position, code in mentions:
        gap = view[number.end : position]
        if position >= number.end and _LOCATIVE_GAP.match(gap):
            return Elided(code)  # "…in Portugal e cento e dois em todo o mundo": the nearer
    scopes = {code for _, code in mentions}
    if len(scopes) == 1:
        return Elided(scopes.pop())
    low, high = sentence.clause_of(number.start)
    in_clause = {code for position, code in mentions if low <= position < high}
    # several hosts in one clause ("In Malta, Albanië en Cyprus samen gaat het om vijf") share
    # the figure: no one host's count
    return Elided(in_clause.pop()) if len(in_clause) == 1 else None


def _home_country(doc: DocContext) -> str | None:
    """The country a speaker's "our country" means: the one the document is mostly about."""
    return doc.main_country() or doc.title_country()
