"""Italian and Dutch, the shapes prosecutors' releases, interviews and parliamentary answers
use around the stations: a site acting "as the representative" of a PRC bureau, ordinary
carabinieri posts named only as "la stazione", a return urged as a noun ("fare rientro") or
through a modal that splits a Dutch separable verb ("terug moest komen"), a veiled threat
through the family ("era meglio per tutti se tornavo", "beter voor mijn ouders"), a
diplomat summoned below ambassador rank, concerns passed on through diplomatic channels,
relatives visited or detained at home, complaints counted as "aangiften", cooperation
agreements named by their PRC partner ministry, and suspects ("senza indagati", "non
risultano persone indagate") who are no inquiry of their own.

Every sentence was written for this test from the concept it names, not taken from any
article or corpus; negatives use the same words in another sense.

Pass count before the rules were changed for it: see ``BEFORE`` below.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import (
    AGREEMENT,
    COUNT,
    INCIDENT,
    RESPONSE,
    STATION,
    YES,
    Case,
    assert_case,
)

NO = "denied"
_IT = "Il presidio della polizia cinese di Prato era attivo dal 2018. "
_NL = "Het Chinese politiebureau in Zwolle was sinds 2019 actief. "

#: cases passing when the suite was written, before any rule changed for it
BEFORE = 10

CASES = {
    # --- a site acting as a bureau's agent makes the document relevant -------------------
    "it-tie-quale-referente": Case(
        "it", "La procura di Torino ha arrestato due cittadini cinesi che operavano quale "
        "referente dell'ufficio di pubblica sicurezza di Wenzhou.",
        ((RESPONSE, "IT", "arrest", YES),)),
    "it-tie-per-conto": Case(
        "it", "Secondo gli inquirenti, i due gestori lavoravano per conto della polizia di "
        "Qingtian: sono stati arrestati ieri a Prato.",
        ((RESPONSE, "IT", "arrest", YES),)),
    "it-tie-in-veste-di": Case(
        "it", "Il titolare agiva in veste di emissario della polizia di Fuzhou, secondo la "
        "procura, che ha aperto un'indagine a Firenze.",
        ((RESPONSE, "IT", "investigation", YES),)),
    "it-tie-neg-travel-agency": Case(
        "it", "Due cittadini cinesi lavoravano come referenti di un'agenzia di viaggi di "
        "Milano e sono stati arrestati per truffa.",
        forbid=((RESPONSE,), (STATION,))),
    # --- ordinary carabinieri and police posts ------------------------------------------
    "it-local-comandante-stazione": Case(
        "it", "Il comandante della stazione ha incontrato i commercianti cinesi del quartiere "
        "dopo una serie di furti a Torino.",
        forbid=((STATION,),)),
    "it-local-maresciallo": Case(
        "it", "Il maresciallo della stazione di Sesto ha ricevuto la denuncia di un "
        "ristoratore cinese.",
        forbid=((STATION,),)),
    "it-local-posto-fisso": Case(
        "it", "I commercianti cinesi di Prato chiedono un posto di polizia fisso nel "
        "quartiere.",
        forbid=((STATION,),)),
    # --- a return urged: nouns, invitations, veiled threats ------------------------------
    "it-persuasion-fare-rientro": Case(
        "it", _IT + "Gli agenti avrebbero cercato di indurre un imprenditore a fare rientro "
        "in Cina.",
        ((INCIDENT, "persuasion", "IT"),)),
    "it-persuasion-invitato": Case(
        "it", _IT + "Un cuoco sarebbe stato invitato più volte a tornare in patria.",
        ((INCIDENT, "persuasion", "IT"),)),
    "it-persuasion-meglio-se": Case(
        "it", _IT + "Mi dicevano che era meglio per tutti se tornavo in Cina.",
        ((INCIDENT, "persuasion", "IT"),)),
    "it-persuasion-neg-holiday": Case(
        "it", _IT + "Il cuoco è stato invitato a una festa dai colleghi del ristorante.",
        forbid=((INCIDENT, "persuasion"),)),
    # --- a diplomat summoned below ambassador rank, concerns through diplomatic channels -
    "it-protest-funzionario-ambasciata": Case(
        "it", _IT + "La Farnesina ha convocato un funzionario dell'ambasciata cinese per "
        "chiedere chiarimenti.",
        ((RESPONSE, "IT", "protest", YES),)),
    "it-protest-canali-diplomatici": Case(
        "it", _IT + "Il governo ha fatto presenti le proprie preoccupazioni a Pechino "
        "attraverso i canali diplomatici.",
        ((RESPONSE, "IT", "protest", YES),)),
    "it-protest-neg-ufficio-tecnico": Case(
        "it", _IT + "Il sindaco ha convocato un funzionario dell'ufficio tecnico per chiedere "
        "chiarimenti sui lavori.",
        forbid=((RESPONSE, "IT", "protest"),)),
    # --- suspects are not the inquiry; a file without suspects arrests no one -------------
    "it-arrest-neg-senza-indagati": Case(
        "it", _IT + "La procura ha aperto un fascicolo, per ora senza indagati.",
        ((RESPONSE, "IT", "investigation", YES),), ((RESPONSE, "IT", "arrest"),)),
    "it-arrest-denied-persone-indagate": Case(
        "it", _IT + "La Digos ha avviato accertamenti. Al momento non risultano persone "
        "indagate.",
        ((RESPONSE, "IT", "investigation", YES), (RESPONSE, "IT", "arrest", NO)),
        ((RESPONSE, "IT", "investigation", NO),)),
    # --- relatives at home ------------------------------------------------------------------
    "it-harassment-genitori-arrestati": Case(
        "it", _IT + "I suoi genitori, rimasti in Cina, sono stati fermati dalla polizia dopo "
        "che lei si era rifiutata di collaborare.",
        ((INCIDENT, "harassment", "IT"),), ((RESPONSE, "IT", "arrest"),)),
    # --- Dutch: separable verbs split by a modal, veiled threats ---------------------------
    "nl-persuasion-terug-moest-komen": Case(
        "nl", _NL + "Hij zei dat ik terug moest komen om een zaak op te lossen.",
        ((INCIDENT, "persuasion", "NL"),)),
    "nl-persuasion-terug-zou-keren": Case(
        "nl", _NL + "De man drong erop aan dat zij naar China terug zou keren.",
        ((INCIDENT, "persuasion", "NL"),)),
    "nl-persuasion-neg-terug-kantoor": Case(
        "nl", _NL + "De ambtenaar zei dat hij morgen terug moest komen voor zijn paspoort.",
        forbid=((INCIDENT, "persuasion"),)),
    "nl-harassment-beter-voor-ouders": Case(
        "nl", _NL + "Hij zei dat het beter was voor mijn ouders als ik snel deed wat ze "
        "vroegen.",
        ((INCIDENT, "harassment", "NL"),)),
    # --- Dutch: a diplomat summoned, concerns passed on -------------------------------------
    "nl-protest-zaakgelastigde-gesprek": Case(
        "nl", _NL + "Buitenlandse Zaken heeft de Chinese zaakgelastigde uitgenodigd voor een "
        "gesprek.",
        ((RESPONSE, "NL", "protest", YES),), ((INCIDENT, "harassment"),)),
    "nl-protest-diplomatieke-kanalen": Case(
        "nl", _NL + "Het kabinet heeft zijn zorgen via diplomatieke kanalen overgebracht "
        "aan China.",
        ((RESPONSE, "NL", "protest", YES),)),
    "nl-protest-neg-burgemeester": Case(
        "nl", _NL + "De burgemeester heeft de ondernemers uitgenodigd voor een gesprek over "
        "de markt.",
        forbid=((RESPONSE, "NL", "protest"),)),
    # --- Dutch: relatives visited or detained at home -------------------------------------
    "nl-harassment-vrouw-bezoek": Case(
        "nl", _NL + "Zijn vrouw kreeg in dezelfde weken bezoek van de wijkagent in hun "
        "geboortedorp.",
        ((INCIDENT, "harassment", "NL"),)),
    "nl-harassment-lokale-politie": Case(
        "nl", _NL + "Familieleden in China werden door de lokale politie bezocht.",
        ((INCIDENT, "harassment", "NL"),)),
    "nl-harassment-broer-opgepakt": Case(
        "nl", _NL + "Haar broer en zus in Xinjiang werden opgepakt nadat zij had geweigerd "
        "informatie te geven.",
        ((INCIDENT, "harassment", "NL"),), ((RESPONSE, "NL", "arrest"),)),
    "nl-harassment-neg-bezoek-burgemeester": Case(
        "nl", _NL + "Zijn vrouw kreeg bezoek van de burgemeester op haar verjaardag.",
        forbid=((INCIDENT, "harassment"),)),
    # --- Dutch: complaints counted, an agreement named by its partner ministry -------------
    "nl-count-aangiften": Case(
        "nl", _NL + "Sinds 2022 zijn bij de politie zes aangiften gedaan van intimidatie.",
        ((COUNT, "cases", 6, "NL"),)),
    "nl-agreement-partner-ministry": Case(
        "nl", "Hongarije heeft een samenwerkingsakkoord met het Chinese ministerie van "
        "Openbare Veiligheid en laat Chinese agenten mee patrouilleren.",
        ((AGREEMENT, "HU", "security_agreement"),)),
    "nl-agreement-neg-trade": Case(
        "nl", "Hongarije heeft een samenwerkingsakkoord met het Chinese ministerie van "
        "Handel over de export van wijn.",
        forbid=((AGREEMENT,),)),
}


@pytest.mark.parametrize("name", list(CASES))
def test_it_nl_discourse(name: str) -> None:
    assert_case(CASES[name])


#: Second part, written before its rules: a case told in a prosecutor's register ("la persona
#: offesa", "in almeno un caso"), a return urged through a gerund, and a response that one
#: clause asserts of some states and another denies of a third ("mentre", "terwijl").
BEFORE_SECOND = 2

SECOND = {
    "it-case-persona-offesa": Case(
        "it", _IT + "In almeno un caso, gli indagati avrebbero contattato la persona offesa al "
        "fine di indurla a fare rientro in Cina.",
        ((INCIDENT, "persuasion", "IT"),)),
    "it-case-invitato-gerundio": Case(
        "it", _IT + "Un cuoco sarebbe stato invitato più volte a sistemare la sua posizione "
        "tornando in patria.",
        ((INCIDENT, "persuasion", "IT"),)),
    "it-case-neg-purpose": Case(
        "it", _IT + "Secondo l'ong, strutture come questa servirebbero a indurre i ricercati "
        "a fare rientro in patria.",
        forbid=((INCIDENT, "persuasion"),)),
    "it-contrast-mentre": Case(
        "it", "I Paesi Bassi e l'Irlanda hanno chiuso le stazioni di polizia cinesi nel 2022, "
        "mentre in Italia nessuna sede è stata chiusa.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "IE", "closure", YES),
         (RESPONSE, "IT", "closure", NO)),
        ((RESPONSE, "NL", "closure", NO), (RESPONSE, "IE", "closure", NO))),
    "nl-contrast-terwijl": Case(
        "nl", "Nederland sloot in 2022 twee Chinese politieposten, terwijl in België geen "
        "enkele post werd gesloten.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "BE", "closure", NO)),
        ((RESPONSE, "NL", "closure", NO),)),
    "nl-contrast-neg-both": Case(
        "nl", "Nederland en België hebben de Chinese politieposten niet gesloten.",
        ((RESPONSE, "NL", "closure", NO), (RESPONSE, "BE", "closure", NO)),
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "BE", "closure", YES))),
    "nl-case-ten-minste-een-geval": Case(
        "nl", _NL + "In ten minste één geval zou een student via WeChat zijn aangeraden terug "
        "te keren.",
        ((INCIDENT, "persuasion", "NL"),)),
}


@pytest.mark.parametrize("name", list(SECOND))
def test_it_nl_discourse_second(name: str) -> None:
    assert_case(SECOND[name])


#: Third part, written before its rules: what a state could or should have done and a
#: generic "you" assert nothing ("avrebbe potuto convocare", "had moeten sluiten", "je kunt
#: niet posten sluiten"), while the conditional of hearsay still reports the act ("avrebbe
#: chiuso", "sarebbe stata chiusa", "zou hebben gesloten", "zou zijn gesloten").
BEFORE_THIRD = 4

THIRD = {
    "it-counterfactual-avrebbe-potuto": Case(
        "it", _IT + "Il governo avrebbe potuto convocare l'ambasciatore cinese, come altri.",
        forbid=((RESPONSE, "IT", "protest", YES),)),
    "it-counterfactual-avrebbe-dovuto": Case(
        "it", _IT + "Secondo molti, la prefettura avrebbe dovuto chiudere la sede già nel 2022.",
        forbid=((RESPONSE, "IT", "closure", YES),)),
    "it-counterfactual-potrebbe": Case(
        "it", _IT + "Il ministro potrebbe presto convocare l'ambasciatore cinese.",
        forbid=((RESPONSE, "IT", "protest", YES),)),
    "it-reportive-avrebbe-chiuso": Case(
        "it", _IT + "Secondo fonti investigative, la prefettura avrebbe chiuso la sede nel 2023.",
        ((RESPONSE, "IT", "closure", YES),)),
    "it-reportive-sarebbe-stata-chiusa": Case(
        "it", _IT + "La sede sarebbe stata chiusa dalla prefettura a marzo.",
        ((RESPONSE, "IT", "closure", YES),)),
    "nl-counterfactual-had-moeten": Case(
        "nl", _NL + "Volgens critici had de minister de post veel eerder moeten sluiten.",
        forbid=((RESPONSE, "NL", "closure", YES),)),
    "nl-counterfactual-had-kunnen": Case(
        "nl", _NL + "Het kabinet had de Chinese ambassadeur kunnen ontbieden.",
        forbid=((RESPONSE, "NL", "protest", YES),)),
    "nl-generic-je-kunt": Case(
        "nl", _NL + "Je kunt niet aan de ene kant posten sluiten en aan de andere kant met "
        "Chinese agenten patrouilleren.",
        forbid=((RESPONSE, "NL", "closure"),)),
    "nl-reportive-zou-hebben": Case(
        "nl", _NL + "De burgemeester zou de post in 2023 hebben gesloten.",
        ((RESPONSE, "NL", "closure", YES),)),
    "nl-reportive-zou-zijn-gesloten": Case(
        "nl", _NL + "De post zou vorig jaar zijn gesloten.",
        ((RESPONSE, "NL", "closure", YES),)),
}


@pytest.mark.parametrize("name", list(THIRD))
def test_it_nl_discourse_third(name: str) -> None:
    assert_case(THIRD[name])


#: Fourth part, written before its rules: a quoted facility name owned by a PRC bureau
#: ('un "punto di contatto" della polizia di Qingtian', "een 'servicepunt' opgezet met steun
#: van de politie van Wenzhou"), and a city's name inside a quarter's or a gate's name
#: ("nel quartiere di Borgo Roma", "in zona Porta Venezia"), which places nothing there.
BEFORE_FOURTH = 3

FOURTH = {
    "it-quoted-punto-di-contatto": Case(
        "it", "Secondo il rapporto, a Prato funzionerebbe dal 2018 un \"punto di contatto\" "
        "della polizia di Qingtian.",
        ((STATION, "IT", "Prato", YES),)),
    "it-quoted-neg-municipale": Case(
        "it", "A Prato il Comune ha aperto un \"punto di contatto\" della polizia municipale per "
        "i commercianti cinesi.",
        forbid=((STATION,),)),
    "nl-quoted-servicepunt-steun": Case(
        "nl", "In Gent zou een 'servicepunt' actief zijn geweest in het zaaltje van een "
        "Chinese vereniging, opgezet met steun van de politie van Wenzhou.",
        ((STATION, "BE", "Ghent", YES),)),
    "nl-tie-met-steun-van": Case(
        "nl", "In Gent was jarenlang een vereniging actief, opgezet met steun van de politie "
        "van Wenzhou.",
        ((STATION, "BE", "Ghent", YES),)),
    "nl-quoted-neg-local": Case(
        "nl", "In Gent opende een Chinese vereniging een kantoor, opgezet met steun van de "
        "lokale politiezone.",
        forbid=((STATION,),)),
    "it-place-borgo": Case(
        "it", "La Digos indaga su un presunto presidio della polizia cinese nel quartiere di "
        "Borgo Roma, a Verona.",
        ((STATION, "IT", "Verona", YES),), ((STATION, "IT", "Rome"),)),
    "it-place-porta": Case(
        "it", "Il presidio della polizia cinese si troverebbe in zona Porta Venezia, a Milano.",
        ((STATION, "IT", "Milan", YES),), ((STATION, "IT", "Venice"),)),
}


@pytest.mark.parametrize("name", list(FOURTH))
def test_it_nl_discourse_fourth(name: str) -> None:
    assert_case(FOURTH[name])


#: Fifth part, written before its rules: the Dutch quantitative "er" with the subject after
#: the verb or an adverb before the figure ("In Lima telden we er twee", "Turkije telt er dus
#: twee", "hebben we er twee gevonden"); years, durations and people stay uncounted.
BEFORE_FIFTH = 4

FIFTH = {
    "nl-er-telden-we": Case(
        "nl", "Er zijn ook Chinese politieposten in Peru. In Lima telden we er twee.",
        ((COUNT, "stations", 2, "PE"),)),
    "nl-er-telt-dus": Case(
        "nl", "Chinese politieposten bestaan ook in Turkije. Turkije telt er dus twee, beide in "
        "Istanbul.",
        ((COUNT, "stations", 2, "TR"),)),
    "nl-er-hebben-we-gevonden": Case(
        "nl", "Chinese politieposten zijn er ook in Suriname: in Paramaribo hebben we er twee "
        "gevonden.",
        ((COUNT, "stations", 2, "SR"),)),
    "nl-er-neg-jaren": Case(
        "nl", "Chinese politieposten bestaan ook in Turkije. We wonen er nu twee jaar.",
        forbid=((COUNT, "stations", 2),)),
    "nl-er-neg-people": Case(
        "nl", "Chinese politieposten bestaan ook in Peru. In Lima spraken we er twee "
        "medewerkers.",
        forbid=((COUNT, "stations", 2),)),
}


@pytest.mark.parametrize("name", list(FIFTH))
def test_it_nl_discourse_fifth(name: str) -> None:
    assert_case(FIFTH[name])


#: Sixth part, the counterfactual class of the third in the other languages, written before
#: its rules: what a state could or should have done asserts no response ("could have
#: summoned", "hätte einbestellen können", "aurait pu convoquer", "podría haber cerrado",
#: "deveria ter fechado"); the conditional of hearsay still reports the act.
BEFORE_SIXTH = 5

_EN = "The Chinese police station in Leeds opened in 2019. "
_DE = "Die chinesische Polizeistation in Köln war seit 2019 aktiv. "
_FR = "Le poste de police chinois de Lyon était actif depuis 2019. "
_ES = "La comisaría china de Valencia funcionaba desde 2019. "
_PT = "A esquadra chinesa do Porto funcionava desde 2019. "

SIXTH = {
    "en-counterfactual-could-have": Case(
        "en", _EN + "The government could have summoned the Chinese ambassador, as others did.",
        forbid=((RESPONSE, "GB", "protest", YES),)),
    "en-counterfactual-should-have": Case(
        "en", _EN + "Critics say the council should have closed the station long ago.",
        forbid=((RESPONSE, "GB", "closure", YES),)),
    "en-real-closed": Case(
        "en", _EN + "The council closed the station in 2023.",
        ((RESPONSE, "GB", "closure", YES),)),
    "de-counterfactual-haette-koennen": Case(
        "de", _DE + "Die Regierung hätte den chinesischen Botschafter einbestellen können.",
        forbid=((RESPONSE, "DE", "protest", YES),)),
    "de-real-einbestellt": Case(
        "de", _DE + "Die Regierung hat den chinesischen Botschafter einbestellt.",
        ((RESPONSE, "DE", "protest", YES),)),
    "fr-counterfactual-aurait-pu": Case(
        "fr", _FR + "Le gouvernement aurait pu convoquer l'ambassadeur de Chine.",
        forbid=((RESPONSE, "FR", "protest", YES),)),
    "fr-reportive-aurait-ferme": Case(
        "fr", _FR + "La préfecture aurait fermé le poste en 2023, selon la presse.",
        ((RESPONSE, "FR", "closure", YES),)),
    "es-counterfactual-podria-haber": Case(
        "es", _ES + "El Gobierno podría haber cerrado la comisaría hace meses.",
        forbid=((RESPONSE, "ES", "closure", YES),)),
    "pt-counterfactual-deveria-ter": Case(
        "pt", _PT + "O Governo deveria ter fechado a esquadra há meses.",
        forbid=((RESPONSE, "PT", "closure", YES),)),
    "pt-reportive-teria-fechado": Case(
        "pt", _PT + "A polícia teria fechado a esquadra em 2023, segundo a imprensa.",
        ((RESPONSE, "PT", "closure", YES),)),
}


@pytest.mark.parametrize("name", list(SIXTH))
def test_it_nl_discourse_sixth(name: str) -> None:
    assert_case(SIXTH[name])


#: Seventh part, the first part's "acting as a bureau's representative" in the other
#: languages, written before its rules: a court release that never calls the site a station
#: but has people act for a PRC city's police is about the stations.
BEFORE_SEVENTH = 1

SEVENTH = {
    "en-tie-acting-as-representative": Case(
        "en", "Prosecutors in Leeds charged two Chinese nationals who acted as representatives "
        "of the Wenzhou public security bureau.",
        ((RESPONSE, "GB", "arrest", YES),)),
    "en-tie-neg-travel-agency": Case(
        "en", "Prosecutors in Leeds charged two Chinese nationals who acted as representatives "
        "of a travel agency.",
        forbid=((RESPONSE,),)),
    "de-tie-als-vertreter": Case(
        "de", "Die Staatsanwaltschaft Köln hat zwei Chinesen festgenommen, die als Vertreter "
        "des Büros für öffentliche Sicherheit der chinesischen Stadt Qingtian tätig waren.",
        ((RESPONSE, "DE", "arrest", YES),)),
    "fr-tie-en-tant-que-relais": Case(
        "fr", "Le parquet de Lyon a mis en examen deux ressortissants chinois qui agissaient en "
        "tant que relais de la police de Wenzhou.",
        ((RESPONSE, "FR", "arrest", YES),)),
    "es-tie-como-enlace": Case(
        "es", "La Fiscalía de Valencia ha detenido a dos ciudadanos chinos que actuaban como "
        "enlace de la policía de Qingtian.",
        ((RESPONSE, "ES", "arrest", YES),)),
    "pt-tie-como-representante": Case(
        "pt", "O Ministério Público do Porto deteve dois cidadãos chineses que atuavam como "
        "representantes da polícia de Wenzhou.",
        ((RESPONSE, "PT", "arrest", YES),)),
    "nl-tie-als-contactpersoon": Case(
        "nl", "Het OM in Rotterdam heeft twee Chinezen aangehouden die optraden als "
        "contactpersoon van de politie van Fuzhou.",
        ((RESPONSE, "NL", "arrest", YES),)),
}


@pytest.mark.parametrize("name", list(SEVENTH))
def test_it_nl_discourse_seventh(name: str) -> None:
    assert_case(SEVENTH[name])
