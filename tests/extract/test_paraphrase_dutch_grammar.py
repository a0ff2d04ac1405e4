"""Dutch vocabulary by grammar: each concept in the tenses, numbers and word orders news uses.

Written from the concept, not from any document: stations under the qualifiers and
singular compounds reporters use (zogeheten, zogenaamd, politiepunt, politiecentrum),
responses in simple past, perfect, passive and separable forms (sloot de deuren, rekende
in, volgt op), denials by their synonyms (weerspreekt, betwist, ontkracht), agreements
named as pacts and treaties. Negatives use the same words in another sense.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import (
    AGREEMENT,
    COUNT,
    DENIAL,
    INCIDENT,
    RESPONSE,
    STATION,
    YES,
    Case,
    assert_case,
)

CASES = {
    # stations: qualifiers in both genders, singular compounds
    "station-zogeheten": Case(
        "nl", "In Breda zou een zogeheten Chinees politiebureau actief zijn.",
        ((STATION, "NL", "Breda", YES),)),
    "station-zogenaamd-het": Case(
        "nl", "Onderzoekers stuitten in Zwolle op een zogenaamd politiestation van China.",
        ((STATION, "NL", "Zwolle", YES),)),
    "station-politiepunt": Case(
        "nl", "Het Chinese politiepunt in Eindhoven trok de aandacht van de AIVD.",
        ((STATION, "NL", "Eindhoven", YES),)),
    "station-politiecentrum": Case(
        "nl", "Een Chinees politiecentrum in Arnhem werd jarenlang niet opgemerkt.",
        ((STATION, "NL", "Arnhem", YES),)),
    "station-ondergronds": Case(
        "nl", "Er zou in Tilburg een ondergronds Chinees politiebureau zijn geweest.",
        ((STATION, "NL", "Tilburg", YES),)),
    "station-neg-local-punt": Case(
        "nl", "Het nieuwe politiepunt in Almere is op werkdagen open voor aangiftes.",
        forbid=((STATION,),)),
    # counts with the plural nouns
    "count-politiepunten": Case(
        "nl", "Volgens het rapport zijn er in Europa minstens dertig Chinese politiepunten.",
        ((COUNT, "stations", 30, None),)),
    "count-politiecentra": Case(
        "nl", "De organisatie telde zeven Chinese politiecentra in Italië.",
        ((COUNT, "stations", 7, "IT"),)),
    # investigation: compounds and separable verbs
    "response-vooronderzoek": Case(
        "nl", "Het Belgische parket opende een vooronderzoek naar de Chinese politiepost in "
        "Antwerpen.",
        ((RESPONSE, "BE", "investigation", YES),)),
    "response-strafonderzoek": Case(
        "nl", "Justitie is een strafonderzoek begonnen naar de Chinese politiepost in Gent.",
        ((RESPONSE, "BE", "investigation", YES),)),
    "response-licht-door": Case(
        "nl", "De Staatsveiligheid lichtte de Chinese politiepost in Brussel grondig door.",
        ((RESPONSE, "BE", "investigation", YES),)),
    "response-onder-de-loep": Case(
        "nl", "De politie nam de Chinese politiepost in Rotterdam onder de loep.",
        ((RESPONSE, "NL", "investigation", YES),)),
    # closure: simple past with the doors, dismantled
    "response-sloot-deuren": Case(
        "nl", "De Chinese politiepost in Amsterdam sloot vorige maand zijn deuren.",
        ((RESPONSE, "NL", "closure", YES),)),
    "response-deuren-dicht": Case(
        "nl", "Na de onthullingen gingen de deuren van de Chinese politiepost in Utrecht dicht.",
        ((RESPONSE, "NL", "closure", YES),)),
    "response-ontmanteld": Case(
        "nl", "De Chinese politieposten in Rotterdam zijn inmiddels ontmanteld.",
        ((RESPONSE, "NL", "closure", YES),)),
    "response-neg-deal": Case(
        "nl", "Nederland en China sloten een akkoord over de handel in landbouwproducten.",
        forbid=((RESPONSE,),)),
    # arrest: the verbs reporters use beside "aangehouden"
    "response-ingerekend": Case(
        "nl", "De politie heeft twee medewerkers van de Chinese politiepost in Antwerpen "
        "ingerekend.",
        ((RESPONSE, "BE", "arrest", YES),)),
    "response-vervolgt": Case(
        "nl", "Het Openbaar Ministerie vervolgt de beheerder van de Chinese politiepost in "
        "Rotterdam.",
        ((RESPONSE, "NL", "arrest", YES),)),
    "response-neg-vervolgens": Case(
        "nl", "De Chinese politiepost in Rotterdam verhuisde vervolgens naar een ander pand.",
        forbid=((RESPONSE, "NL", "arrest"),)),
    # protest: called to account
    "response-ter-verantwoording": Case(
        "nl", "Minister Bruins Slot riep de Chinese ambassadeur ter verantwoording over de "
        "politieposten in Nederland.",
        ((RESPONSE, "NL", "protest", YES),)),
    # denial synonyms
    "denial-weerspreekt": Case(
        "nl", "De Chinese ambassade weerspreekt de berichten over politieposten in Nederland.",
        ((DENIAL, "CN"),)),
    "denial-betwist": Case(
        "nl", "Het Chinese ministerie van Buitenlandse Zaken betwistte dat er politieposten in "
        "Nederland bestaan.",
        ((DENIAL, "CN"),)),
    "denial-verdachtmakingen": Case(
        "nl", "De Chinese ambassade noemde de berichten over politieposten kwaadaardige "
        "verdachtmakingen.",
        ((DENIAL, "CN"),)),
    # agreements named as a pact or treaty
    "agreement-veiligheidspact": Case(
        "nl", "Er zijn Chinese politieposten in Belgrado. Servië sloot met China een "
        "veiligheidspact.",
        ((AGREEMENT, "RS", "security_agreement"),)),
    "agreement-neg-handelsverdrag": Case(
        "nl", "Er zijn Chinese politieposten in Belgrado. Servië tekende met China een "
        "handelsverdrag.",
        forbid=((AGREEMENT,),)),
    # incidents in past tense and passive
    "incident-afgeluisterd": Case(
        "nl", "Een Oeigoerse activist in Amsterdam werd door medewerkers van de Chinese "
        "politiepost afgeluisterd.",
        ((INCIDENT, "surveillance", "NL"),)),
    "incident-neg-generic": Case(
        "nl", "Zulke Chinese politieposten kunnen worden gebruikt om mensen af te luisteren.",
        forbid=((INCIDENT,),)),
    # "als" compares or names a role; only opening a clause does it set a condition
    "als-zowel": Case(
        "nl", "Zowel in Amsterdam als in Rotterdam zaten Chinese politieposten.",
        ((STATION, "NL", "Amsterdam", YES), (STATION, "NL", "Rotterdam", YES))),
    "als-gebruikt-als": Case(
        "nl", "Het pand werd gebruikt als Chinese politiepost, ook wel bekend als servicepunt, "
        "in Utrecht.",
        ((STATION, "NL", "Utrecht", YES),)),
    "als-neg-condition": Case(
        "nl", "Als het klopt, is er een Chinese politiepost in Utrecht.",
        forbid=((STATION,),)),
    "als-neg-question": Case(
        "nl", "Er is een Chinese politiepost in Utrecht. Wat als de politie de post sluit?",
        forbid=((RESPONSE,),)),
    # another of the same kind, told by a weak noun
    "station-vergelijkbaar": Case(
        "nl", "Er zijn Chinese politieposten in Rotterdam. Vorig jaar sloot een vergelijkbaar "
        "steunpunt in Groningen.",
        ((STATION, "NL", "Groningen", YES),)),
    # an office closed for works, a purpose described: no response, no case
    "response-neg-renovatie": Case(
        "nl", "Er zijn Chinese politieposten in Gent. Het politiekantoor van de lokale politie "
        "Gent is deze maand gesloten wegens renovatie.",
        forbid=((RESPONSE, "BE", "closure"),)),
    "incident-neg-doel-omschreven": Case(
        "nl", "Er zijn Chinese politieposten in Helsinki. Het doel van de posten wordt in Chinese "
        "bronnen omschreven als dienstverlening aan landgenoten en het overreden tot terugkeer.",
        forbid=((INCIDENT,),)),
    # verb-second and separable verbs: the particle or complement far from the finite verb
    "closure-ging-dicht": Case(
        "nl", "De Chinese politiepost in Rotterdam ging in november na de onthullingen dicht.",
        ((RESPONSE, "NL", "closure", YES),)),
    "closure-stopte-met": Case(
        "nl", "De Chinese politiepost in Antwerpen stopte vorige maand met haar activiteiten.",
        ((RESPONSE, "BE", "closure", YES),)),
    "closure-zette-stop": Case(
        "nl", "De vereniging achter de Chinese politiepost in Oslo zette haar activiteiten "
        "kort daarna stop.",
        ((RESPONSE, "NO", "closure", YES),)),
    "closure-neg-ging-dicht-bij": Case(
        "nl", "De Chinese politiepost in Rotterdam zat dicht bij het station.",
        forbid=((RESPONSE,),)),
    "harassment-zette-onder-druk": Case(
        "nl", "Een medewerker van de Chinese politiepost in Amsterdam zette een Oeigoerse "
        "student onder druk.",
        ((INCIDENT, "harassment", "NL"),)),
    "surveillance-hielden-in-de-gaten": Case(
        "nl", "Medewerkers van de Chinese politiepost in Rotterdam hielden een dissident "
        "wekenlang in de gaten.",
        ((INCIDENT, "surveillance", "NL"),)),
    "denial-sprak-tegen": Case(
        "nl", "De Chinese ambassade sprak de berichten over politieposten in Nederland "
        "stellig tegen.",
        ((DENIAL, "CN"),)),
    "denial-neg-sprak-tegen-krant": Case(
        "nl", "De burgemeester sprak tegen de krant over de Chinese politiepost in Utrecht.",
        forbid=((DENIAL,),)),
    "station-kantoortje": Case(
        "nl", "De Chinese politie runde een klein kantoortje in Almere, aldus de onderzoekers.",
        ((STATION, "NL", "Almere", YES),)),
    # a figure in a subordinate clause, its verb last
    "count-waar-er": Case(
        "nl", "Er zijn Chinese politieposten in Japan. Ze zitten in Tokio, waar het er twee zijn.",
        ((COUNT, "stations", 2, "JP"),)),
    "count-dat-er": Case(
        "nl", "Het rapport stelt dat er in Spanje drie Chinese politieposten zijn.",
        ((COUNT, "stations", 3, "ES"),)),
    "count-neg-waar-er-jaren": Case(
        "nl", "Er zijn Chinese politieposten in Japan. Ze zitten in Tokio, waar er al twee "
        "jaar onderzoek naar loopt.",
        forbid=((COUNT, "stations", 2),)),
}


@pytest.mark.parametrize("name", list(CASES))
def test_dutch_grammar(name: str) -> None:
    assert_case(CASES[name])
