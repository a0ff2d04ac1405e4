"""Words that point at a place named just before: "there", "dort", "aldaar", "y", "allí", "lì".

A report names its city in one sentence and places the station in the next by pointing back
("Many Chinese live in Hobart. The Chinese police run a station there."). These words only
point: which place they mean is decided by the caller (the place the sentence before names).
Each language has its own words, since one language's deictic is another's ordinary word
("y" is "and" in Spanish, "vi" is "I saw" in Portuguese, "ali" is "wings" in Italian).
"""

from __future__ import annotations

import re

from stationwatch.extract.lexicon.anchors import Prefiltered

#: Deictic words and phrases in the folded view, by language. "there" of existence ("there
#: are", "there is") and "il y a" point nowhere; "in the city" / "nel capoluogo" point at
#: the city the text is about.
_BY_LANG: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\bthere\b(?! (?:is|are|was|were|has|have|had|will|would|could|might|may|must|should"
        r"|seems?|seemed|appears?|appeared|exists?|existed|remains?|remained|used|being|been))"
        r"|\b(?:in|inside) the (?:same )?(?:city|town)\b|\bin that (?:city|town)\b"
    ),
    "de": re.compile(
        r"\b(?:dort|ebendort|daselbst|dortige[nmrs]?)\b|\bin der (?:selben |gleichen )?stadt\b"
    ),
    "nl": re.compile(
        r"\b(?:daar|aldaar)\b(?!(?:om|door|na|mee|bij|van|voor|naast|over|in|op|uit)\b)"
        r"|\bter plaatse\b|\bin de(?:zelfde)? stad\b"
    ),
    "fr": re.compile(
        r"(?<!\bil )(?<!\bn')(?<!\bn’)\by\b(?! (?:compris|a-t-il|a t il))"
        r"|\bla-bas\b|\bdans (?:la|cette) (?:meme )?ville\b|\ben ville\b"
        # the premises just named: "dans ce local", "dans ledit immeuble"
        r"|\bdans (?:ce|cet|ledit|le meme|le dit) (?:local|immeuble|batiment|edifice|lieu)\b"
        r"|\bdans (?:ces|lesdits|les memes) locaux\b"
        # a part of the premises just named: "au premier étage", "dans l'arrière-boutique"
        r"|\bau (?:premier|deuxieme|second|troisieme|dernier|1er|2e) etage\b|\ba l.etage\b"
        r"|\bau (?:rez-de-chaussee|sous-sol|fond de la boutique|fond du (?:magasin|local))\b"
        r"|\bdans l.arriere-(?:boutique|salle|cour)\b"
    ),
    "es": re.compile(
        r"\b(?:alli|alla|ahi)\b|\ben (?:la|esa|aquella) (?:misma )?ciudad\b"
        # the premises just named: "En dicho inmueble funcionaba", "en el citado local"
        r"|\ben (?:dicho|dicha|el citado|el mencionado|el referido|ese|este|el mismo|aquel)"
        r" (?:inmueble|local|edificio|domicilio|lugar|establecimiento|predio)\b"
        # a part of the premises just named: "en el primer piso", "en la trastienda"
        r"|\ben el (?:primer|segundo|tercer|ultimo) piso\b|\ben el (?:piso|nivel) (?:superior|de arriba)\b"
        r"|\ben la (?:primera|segunda|tercera) planta\b|\ben la planta (?:alta|baja|superior)\b"
        r"|\ben (?:el entrepiso|el altillo|el sotano|la trastienda|la parte (?:trasera|de atras|de arriba))\b"
    ),
    "it": re.compile(
        r"\bvi (?=(?:avrebbe|avrebbero|ha|hanno|aveva|avevano|avesse|sarebbe|sarebbero|era|erano"
        r"|sono|opera\w*|funzion\w*|gestiv\w*|gestisc\w*|lavor\w*|trova\w*|aprì|apri\w*)\b)"
        r"|\b(?:nel|al) capoluogo\b|\b(?:in|nella) (?:stessa )?citta\b"
        # the premises just named: "nel suddetto immobile", "in quel locale"
        r"|\bnel(?:lo)? (?:suddetto|citato|medesimo|stesso|predetto|detto) (?:immobile|locale"
        r"|edificio|stabile)\b|\bin (?:tale|quel|questo) (?:immobile|locale|edificio|stabile)\b"
        # a part of the premises just named: "al primo piano", "nel retrobottega"
        r"|\bal (?:primo|secondo|terzo|ultimo) piano\b|\bal piano (?:superiore|terra|di sopra)\b"
        r"|\bnel (?:retrobottega|retro del negozio|seminterrato|sottoscala)\b|\bnell.ammezzato\b"
    ),
    "pt": re.compile(
        r"\bali\b|\bna (?:mesma )?cidade\b|\bnessa cidade\b"
        # the premises just named: "nesse imóvel funcionava", "no referido local"
        r"|\bn(?:esse|este|aquele|o referido|o citado|o mesmo|o dito) (?:imovel|local|edificio"
        r"|predio|espaco)\b"
        # a part of the premises just named: "no primeiro andar", "nas traseiras da loja"
        r"|\bno (?:primeiro|segundo|terceiro|ultimo) (?:andar|piso)\b|\bno andar (?:de cima|superior)\b"
        r"|\bno (?:res-do-chao|terreo|sotao|piso superior)\b|\bn(?:as traseiras|os fundos|a cave|a sobreloja)\b"
    ),
    # "在当地设有", not "当地警方" (the local police): the place follows a locative
    # and the premises just named as the subject, opening its clause: "该处实为…服务站",
    # "此处所由…开设" (not "未就该据点展开调查", an object; not
    # 处理, 处罚, 处分, 处长: to handle, to punish, a section head)
    "zh": re.compile(r"(?:在|于)(?:当地|那里|那裏|那裡|该地|此地|该城)"
                     r"|(?:^|(?<=[，,：:；;“\"「]))(?:该|此)(?:处所|场所|据点|地点|办公室|址|处)"
                     r"(?![理罚分长置])"
                     # the premises just named, as the object a report lists or calls a station
                     # ("将这里列为…之一", "把这处据点认定为…") or opening a clause with a
                     # classifier ("这间办公室被列为…", "那处会馆就是…")
                     r"|(?:把|将)(?:这里|那里|此处|该处|这处|那处|此地|该地)"
                     r"|(?:把|将)(?:这|那|该|此)(?:处|间|个|家|座|栋)?"
                     r"(?:据点|办公室|场所|地点|处所|会馆|站点|机构|商会|协会|同乡会|会所|联谊会)"
                     # (not "该站点由…设立" opening a clause: the station told of, not a place)
                     r"|(?:^|(?<=[，,：:；;“\"「]))(?:这|那)(?:处|间|个|家|座|栋)"
                     r"(?:据点|办公室|场所|地点|处所|会馆|机构|商会|协会|同乡会|会所|联谊会)"
                     r"|(?:^|(?<=[，,：:；;]))(?:这里|此处|该处)(?=(?:就|正|便|也|曾)?(?:是|即|被|为))"),
}
#: Accented deictics, searched in the text itself: folding makes Italian "là"/"lì" the
#: article "la" and the pronoun "li", French "là" and Portuguese "lá" the article "la".
_ACCENTED: dict[str, re.Pattern[str]] = {
    "it": re.compile(r"\b(?:lì|là|Lì|Là)\b"),
    "pt": re.compile(r"\b(?:lá|Lá)\b"),
    # French "là" alone ("C'est là que…"), not "celle-là", "ce jour-là", "là-dessus"
    "fr": re.compile(r"(?<![-\w])(?:là|Là)\b(?![-\w])"),
}
_GATES = {lang: Prefiltered(pattern) for lang, pattern in _BY_LANG.items()}


def deictic_spans(view: str, text: str, lang: str | None) -> list[tuple[int, int]]:
    """Spans of the words in a sentence that point at a place named before it."""
    key = "zh" if lang and lang.startswith("zh") else lang or ""
    gate = _GATES.get(key)
    spans = [m.span() for m in gate.pattern.finditer(view)] if gate and gate.may_match(view) \
        else []
    accented = _ACCENTED.get(key)
    if accented is not None:
        spans += [m.span() for m in accented.finditer(text)]
    return sorted(spans)


#: "In the capital", by language (folded view): the capital of the country named before.
_CAPITAL_BY_LANG: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:in|at) the (?:country's |nation's )?capital\b(?! of\b)"),
    "de": re.compile(r"\bin der hauptstadt\b"),
    "nl": re.compile(r"\bin de hoofdstad\b"),
    "fr": re.compile(r"\b(?:dans|a) la capitale\b(?! (?:de|du|des)\b)"),
    "es": re.compile(r"\ben la capital\b(?! (?:de|del)\b)"),
    "it": re.compile(r"\bnella capitale\b(?! (?:di|del|della)\b)"),
    "pt": re.compile(r"\bna capital\b(?! (?:de|do|da)\b)"),
    "zh": re.compile(r"(?:在|于)首都"),
}

#: Each country's capital (English GeoNames name), for "in the capital" after a country.
CAPITALS: dict[str, str] = {
    "AT": "Vienna", "AU": "Canberra", "BE": "Brussels", "BR": "Brasília", "CA": "Ottawa",
    "CH": "Bern", "CL": "Santiago", "CO": "Bogotá", "CZ": "Prague", "DE": "Berlin",
    "DK": "Copenhagen", "EC": "Quito", "ES": "Madrid", "FI": "Helsinki", "FR": "Paris",
    "GB": "London", "GR": "Athens", "HR": "Zagreb", "HU": "Budapest", "IE": "Dublin",
    "IT": "Rome", "JP": "Tokyo", "KR": "Seoul", "LU": "Luxembourg", "MX": "Mexico City",
    "NL": "Amsterdam", "NO": "Oslo", "NZ": "Wellington", "PA": "Panama City", "PE": "Lima",
    "PL": "Warsaw", "PT": "Lisbon", "RO": "Bucharest", "RS": "Belgrade", "SE": "Stockholm",
    "SI": "Ljubljana", "SK": "Bratislava", "TR": "Ankara", "UA": "Kyiv", "US": "Washington",
    "UY": "Montevideo", "AR": "Buenos Aires", "VE": "Caracas", "PY": "Asunción",
    "ZA": "Pretoria", "NG": "Abuja", "KE": "Nairobi", "ET": "Addis Ababa", "AO": "Luanda",
    "MZ": "Maputo", "SN": "Dakar", "KH": "Phnom Penh", "TH": "Bangkok", "MY": "Kuala Lumpur",
    "ID": "Jakarta", "PH": "Manila", "VN": "Hanoi", "LA": "Vientiane", "MN": "Ulaanbaatar",
    "KZ": "Astana", "AE": "Abu Dhabi", "QA": "Doha", "SR": "Paramaribo", "DO": "Santo Domingo",
    "CU": "Havana", "BG": "Sofia", "LT": "Vilnius", "LV": "Riga", "EE": "Tallinn",
    "EG": "Cairo", "MA": "Rabat", "ZM": "Lusaka", "ZW": "Harare", "UG": "Kampala",
    "GH": "Accra", "CM": "Yaoundé", "FJ": "Suva",
}


#: "In the Mexican capital", "en la capital argentina", "na capital portuguesa", "dans la
#: capitale espagnole", "in der mexikanischen Hauptstadt": the capital of the country whose
#: adjective stands beside the word; also a region's adjective ("la capital catalana", "a capital
#: paulista", "il capoluogo lombardo"), whose capital is in ``REGIONAL_CAPITALS``. Group
#: ``adj`` is the adjective (folded view).
_NAMED_CAPITAL_BY_LANG: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:in|at|of|from) the (?P<adj>[a-z-]+) capital\b(?! of\b)"),
    "de": re.compile(r"\b(?:in|aus) der (?P<adj>[a-z]+) hauptstadt\b"),
    "nl": re.compile(r"\b(?:in|uit) de (?P<adj>[a-z]+) hoofdstad\b"),
    "fr": re.compile(r"\b(?:dans|a|de) la capitale (?P<adj>[a-z]+)\b"),
    "es": re.compile(r"\b(?:en|de|desde) la capital (?P<adj>[a-z]+)\b"),
    "it": re.compile(r"\b(?:nella|della|dalla) capitale (?P<adj>[a-z]+)\b"
                     r"|\b(?:nel|del|dal) capoluogo (?P<adj2>[a-z]+)\b"),
    "pt": re.compile(r"\b(?:na|da|desde a) capital (?P<adj>[a-z]+)\b"),
}

#: A region's adjective after "capital" / "capoluogo" (folded), and the region's capital.
REGIONAL_CAPITALS: dict[str, tuple[str, str]] = {
    # Brazil: "a capital paulista / carioca / mineira / gaúcha / baiana"
    "paulista": ("São Paulo", "BR"), "carioca": ("Rio de Janeiro", "BR"),
    "fluminense": ("Rio de Janeiro", "BR"), "mineira": ("Belo Horizonte", "BR"),
    "gaucha": ("Porto Alegre", "BR"), "baiana": ("Salvador", "BR"),
    "pernambucana": ("Recife", "BR"), "paranaense": ("Curitiba", "BR"),
    "cearense": ("Fortaleza", "BR"), "amazonense": ("Manaus", "BR"),
    "catarinense": ("Florianópolis", "BR"), "goiana": ("Goiânia", "BR"),
    "paraense": ("Belém", "BR"),
    # Spain: "la capital catalana / andaluza / aragonesa / gallega / balear"
    "catalana": ("Barcelona", "ES"), "catalane": ("Barcelona", "ES"),
    "andaluza": ("Seville", "ES"), "aragonesa": ("Zaragoza", "ES"),
    "gallega": ("Santiago de Compostela", "ES"), "balear": ("Palma", "ES"),
    "vizcaina": ("Bilbao", "ES"), "malaguena": ("Malaga", "ES"),
    # Mexico: "la capital jalisciense / tapatía / regiomontana"
    "jalisciense": ("Guadalajara", "MX"), "tapatia": ("Guadalajara", "MX"),
    "regiomontana": ("Monterrey", "MX"), "neoleonesa": ("Monterrey", "MX"),
    # Italy: "il capoluogo lombardo / toscano / piemontese / veneto / campano / siciliano"
    "lombardo": ("Milan", "IT"), "lombarda": ("Milan", "IT"), "toscano": ("Florence", "IT"),
    "piemontese": ("Turin", "IT"), "veneto": ("Venice", "IT"), "campano": ("Naples", "IT"),
    "siciliano": ("Palermo", "IT"), "emiliano": ("Bologna", "IT"), "ligure": ("Genoa", "IT"),
}


def named_capital(view: str, lang: str | None) -> tuple[int, int, int, int, str] | None:
    """The span of "in the Mexican capital" and of its adjective, with the adjective (folded),
    if the sentence (in its language) has one."""
    key = "zh" if lang and lang.startswith("zh") else lang or ""
    pattern = _NAMED_CAPITAL_BY_LANG.get(key)
    if pattern is None or ("capital" not in view and "hauptstadt" not in view
                           and "hoofdstad" not in view and "capoluogo" not in view):
        return None
    found = pattern.search(view)
    if found is None:
        return None
    group = "adj" if found.group("adj") is not None else "adj2"
    return (found.start(), found.end(), found.start(group), found.end(group), found.group(group))


def capital_span(view: str, lang: str | None) -> tuple[int, int] | None:
    """The span of "in the capital" (in the sentence's language), if the sentence has one."""
    key = "zh" if lang and lang.startswith("zh") else lang or ""
    pattern = _CAPITAL_BY_LANG.get(key)
    if pattern is None or ("capital" not in view and "hauptstadt" not in view
                           and "hoofdstad" not in view and "首都" not in view):
        return None
    found = pattern.search(view)
    return found.span() if found else None
