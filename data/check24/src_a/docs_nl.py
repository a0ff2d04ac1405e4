"""check24 part A, Dutch documents 012-014."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOC12 = """Home › Binnenland › Onderzoek

Een bovenverdieping aan de Voorstraat: hoe een Chinese vereniging in Noordwijk onder verdenking kwam

Leestijd 9 minuten | 29 november 2026, 05:00 | Door onze redacteur binnenland

Noordwijk is een dorp van bollenvelden, strandpaviljoens en een boulevard waar 's winters vooral honden worden uitgelaten. Sinds de jaren tachtig woont er een kleine Chinese gemeenschap; de eerste familie begon een restaurant aan de Boulevard, de kinderen werken inmiddels in de kassen, de zorg en de IT.

Het is niet de plek waar je een geheime dienst zou zoeken. Toch doorzocht de politie in september een pand aan de Voorstraat, en het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld naar mogelijke heimelijke beïnvloeding.

Volgens drie ingewijden fungeerde de bovenverdieping van het pand als een zogeheten 'politieservicestation', een steunpunt waar volgens mensenrechtenorganisaties Chinese landgenoten in de gaten worden gehouden.

"Iedereen wist dat je daar je rijbewijs kon laten vertalen. Niemand wist wat er verder gebeurde."

De vereniging die de ruimte huurde, organiseerde Chinese les voor kinderen, mahjongavonden en een jaarlijks lentefeest in de sporthal. De voorzitter, een eigenaar van een cateringbedrijf, wilde niet reageren.

Uit stukken die deze krant heeft ingezien, blijkt dat het steunpunt verantwoording aflegde aan het Bureau voor Openbare Veiligheid van het district Pingding, dat onder de stad Yangquan in de provincie Shanxi valt. In een van de documenten staat een maandelijkse 'situatieschets' over 'landgenoten in de regio Leiden'.

Een werknemer van een bollenbedrijf vertelde deze krant dat hij vorig jaar herhaaldelijk werd gebeld door een medewerker van de vereniging. Die drong er bij hem op aan naar China terug te gaan om een oude schuldkwestie 'op te lossen'. Hij ging uiteindelijk zelf, kreeg op het plaatselijke bureau een standje en was drie weken later weer in Noordwijk.

"Iedereen wist dat je daar je rijbewijs kon laten vertalen. Niemand wist wat er verder gebeurde."

Volgens Safeguard Defenders zijn er in Nederland nog altijd drie van zulke posten actief. Een tweede zou in Maassluis zitten en onder het district Xiangyuan in Changzhi vallen. De politie-eenheid Rotterdam zegt daarover "geen enkele aanwijzing" te hebben.

De burgemeester van Noordwijk liet het pand in oktober sluiten, op grond van de Gemeentewet. Er is tot nu toe niemand aangehouden.

De minister van Buitenlandse Zaken ontbood de Chinese ambassadeur kort na de doorzoeking.

De Chinese ambassade noemt de beschuldigingen "volstrekt ongegrond". Het pand zou een ontmoetingsplek zijn waar vrijwilligers oudere landgenoten helpen bij het omwisselen van rijbewijzen en het aanvragen van paspoorten. "Chinese politieposten in Nederland bestaan niet", aldus een woordvoerder.

LEES OOK: Hoe de bollensector draait op arbeidsmigranten

Over de auteur: onze redacteur binnenland schrijft over veiligheid en de rechtsstaat.
Schrijf je in voor de nieuwsbrief | Wij gebruiken cookies
"""

FACTS12 = [
    R("NL", "investigation", "Toch doorzocht de politie in september een pand aan de Voorstraat", place="Noordwijk"),
    R("NL", "investigation", "het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld naar mogelijke heimelijke beïnvloeding",
      claimant=None),
    S("NL", "Noordwijk", "Volgens drie ingewijden fungeerde de bovenverdieping van het pand als een zogeheten 'politieservicestation'",
      claimant="informed sources", note="station noun; place in the sentence before"),
    S("NL", "Noordwijk", "blijkt dat het steunpunt verantwoording aflegde aan het Bureau voor Openbare Veiligheid van het district Pingding, dat onder de stad Yangquan in de provincie Shanxi valt",
      operator="Pingding", operator_alt=["Yangquan"]),
    I("NL", "surveillance", "In een van de documenten staat een maandelijkse 'situatieschets' over 'landgenoten in de regio Leiden'.",
      place="Noordwijk", opt=True, note="monthly reports on the community, no list of people"),
    I("NL", "persuasion", "Die drong er bij hem op aan naar China terug te gaan om een oude schuldkwestie 'op te lossen'.",
      place="Noordwijk", claimant="bulb-company worker"),
    C("stations", 3, "NL", "Volgens Safeguard Defenders zijn er in Nederland nog altijd drie van zulke posten actief.", claimant=SD),
    S("NL", "Maassluis", "Een tweede zou in Maassluis zitten en onder het district Xiangyuan in Changzhi vallen.",
      operator="Xiangyuan", operator_alt=["Changzhi"], claimant=SD),
    S("NL", "Maassluis", "De politie-eenheid Rotterdam zegt daarover \"geen enkele aanwijzing\" te hebben.",
      claimant="Politie Rotterdam", pol="denied", opt=True),
    R("NL", "closure", "De burgemeester van Noordwijk liet het pand in oktober sluiten", place="Noordwijk",
      claimant=None),
    R("NL", "arrest", "Er is tot nu toe niemand aangehouden.", pol="denied", opt=True),
    R("NL", "protest", "De minister van Buitenlandse Zaken ontbood de Chinese ambassadeur kort na de doorzoeking.",
      claimant="Dutch Ministry of Foreign Affairs"),
    D("CN", "De Chinese ambassade noemt de beschuldigingen \"volstrekt ongegrond\".", claimant="PRC Embassy in the Netherlands"),
    S("NL", None, "\"Chinese politieposten in Nederland bestaan niet\"", claimant="PRC Embassy in the Netherlands",
      pol="denied", opt=True),
]

TEXT13 = """BELGISCHE KAMER VAN VOLKSVERTEGENWOORDIGERS
Schriftelijke vragen en antwoorden                                QRVA 56 041
Zitting 2025-2026                                                 8 december 2026

Vraag nr. 1187 van het lid van de Kamer (N-VA) van 9 oktober 2026 aan de minister van Justitie

Chinese politiesteunpunten in Vlaanderen.

Volgens mediaberichten zou in Aalter een Chinees 'politiesteunpunt' actief zijn dat valt onder het Bureau voor Openbare Veiligheid van het district Cangwu, in de stad Wuzhou, en zou een tweede steunpunt in Temse afhangen van het Bureau van het district Tengxian, eveneens in Wuzhou. Volgens de ngo Safeguard Defenders zijn er in Vlaanderen minstens twee dergelijke steunpunten.

1. Welke onderzoeksdaden werden gesteld?
2. Wat is het resultaat van de verificaties in Temse?
3. Werden personen aangehouden?
4. Hebben slachtoffers klacht ingediend?
5. Zal de regering, indien het onderzoek de banden met de Chinese politie bevestigt, Chinese diplomaten uitwijzen?

Antwoord van de minister van Justitie van 2 december 2026, op de vraag nr. 1187:

1. Het federaal parket heeft in augustus 2026 een gerechtelijk onderzoek geopend. In dat kader werd op 4 september 2026 een huiszoeking verricht in een pand in het centrum van Aalter. Het onderzoek loopt; ik kan over de inhoud geen verdere mededelingen doen.

2. In Temse hebben de verificaties van de lokale politie geen strafbare feiten aan het licht gebracht. Een adres in Harelbeke dat op sociale media werd genoemd, is bij de lokale politie niet als dusdanig gekend.

3. Er werd niemand van zijn vrijheid beroofd.

4. Er werd één klacht ingediend. Een studente die in Aalter woont, verklaarde dat haar ouders in China door politieagenten werden bezocht nadat zij had deelgenomen aan een betoging in Gent. Er werd haar niet gevraagd om naar China terug te keren.

5. Ik kan niet vooruitlopen op de uitkomst van een lopend onderzoek. Ik kan wel meedelen dat de minister van Buitenlandse Zaken de Chinese ambassadeur op 12 september 2026 heeft ontboden. De ambassade stelt dat het pand in Aalter een ontmoetingsruimte is waar vrijwilligers landgenoten helpen bij de verlenging van paspoorten en de omwisseling van rijbewijzen.

QRVA 56 041                                                                   87"""

DOC13 = wrap_hy(soft(TEXT13), 71)

FACTS13 = [
    S("BE", "Aalter", "zou in Aalter een Chinees 'politiesteunpunt' actief zijn dat valt onder het Bureau voor Openbare Veiligheid van het district Cangwu",
      operator="Cangwu", operator_alt=["Wuzhou"], claimant="media reports", note="premise of the question"),
    S("BE", "Temse", "zou een tweede steunpunt in Temse afhangen van het Bureau van het district Tengxian",
      operator="Tengxian", operator_alt=["Teng County", "Wuzhou"], claimant="media reports",
      note="premise of the question"),
    C("stations", 2, "BE", "Volgens de ngo Safeguard Defenders zijn er in Vlaanderen minstens twee dergelijke steunpunten.",
      claimant=SD),
    R("BE", "investigation", "Het federaal parket heeft in augustus 2026 een gerechtelijk onderzoek geopend.",
      claimant="Belgian Minister of Justice", date="2026-08"),
    R("BE", "investigation", "werd op 4 september 2026 een huiszoeking verricht in een pand in het centrum van Aalter",
      place="Aalter", claimant="Belgian Minister of Justice", date="2026-09-04"),
    R("BE", "no_wrongdoing_found", "In Temse hebben de verificaties van de lokale politie geen strafbare feiten aan het licht gebracht.",
      place="Temse", claimant="Belgian Minister of Justice"),
    S("BE", "Harelbeke", "Een adres in Harelbeke dat op sociale media werd genoemd", claimant="social media", opt=True),
    S("BE", "Harelbeke", "Een adres in Harelbeke dat op sociale media werd genoemd, is bij de lokale politie niet als dusdanig gekend.",
      claimant="Belgian Minister of Justice", pol="denied", opt=True),
    R("BE", "arrest", "Er werd niemand van zijn vrijheid beroofd.", pol="denied", opt=True,
      claimant="Belgian Minister of Justice"),
    I("BE", "harassment", "verklaarde dat haar ouders in China door politieagenten werden bezocht nadat zij had deelgenomen aan een betoging in Gent",
      place="Aalter", claimant="complainant"),
    R("BE", "protest", "de minister van Buitenlandse Zaken de Chinese ambassadeur op 12 september 2026 heeft ontboden",
      claimant="Belgian Minister of Justice", date="2026-09-12"),
    D("CN", "De ambassade stelt dat het pand in Aalter een ontmoetingsruimte is waar vrijwilligers landgenoten helpen bij de verlenging van paspoorten",
      claimant="PRC Embassy in Belgium"),
]

DOC14 = """Transcriptie - Omroep Zuid, 'De Ochtend', uitzending van dinsdag 17 november 2026, 07.10 uur

PRESENTATOR: Goedemorgen, het is tien over zeven. We beginnen in Veldhoven, waar de recherche vorige week een kantoor aan de rand van het centrum binnenviel. Onze verslaggever is erbij geweest. Goedemorgen.

VERSLAGGEVER: Goedemorgen. Ja, het gaat om een kantoortje boven een reisbureau. Volgens de politie werkte het als een onofficieel Chinees politiebureau, gelieerd aan het Bureau voor Openbare Veiligheid van het district Yubei in Chongqing. Er zijn bij de inval twee mensen aangehouden, een man en een vrouw.

PRESENTATOR: Wat deden ze daar dan precies?

VERSLAGGEVER: Officieel hielpen ze Chinezen in de regio met papierwerk. Maar de politie heeft het over een man uit Eindhoven die in 2024 naar Schiphol zou zijn gebracht en daar op een vlucht naar Chongqing is gezet. Hij is niet meer teruggekomen.

PRESENTATOR: Dat klinkt ernstig. Is dit het enige adres?

VERSLAGGEVER: Nee. Volgens Safeguard Defenders zouden er in Brabant twee zijn. Een tweede locatie zou in Cuijk zitten, onder het district Banan, ook in Chongqing. De politie in Cuijk zegt daar eerlijk gezegd niets van te weten.

PRESENTATOR: En wat zegt China?

VERSLAGGEVER: De Chinese ambassade noemt het "laster". Volgens de ambassade gaat het om vrijwilligers die ouderen helpen met het verlengen van hun paspoort. Het ministerie van Buitenlandse Zaken heeft de Chinese zaakgelastigde gisteren ontboden.

PRESENTATOR: Dank je wel. Stel dat de verdachten vrijuit gaan, gaat het kantoor dan weer open?

VERSLAGGEVER: Dat is op dit moment echt niet te zeggen.

[RECLAME]

PRESENTATOR: Het is twintig over zeven. Het verkeer: op de A2 bij Leenderheide staat een file van vier kilometer. En dan het weer: vandaag droog, in de middag tien graden.

PRESENTATOR: Zaterdag is in Eindhoven weer de lichtjesoptocht van de Chinese vereniging, de route loopt van het station naar de Markt.

Transcriptie automatisch gegenereerd en redactioneel nagekeken. Aan deze tekst kunnen geen rechten worden ontleend.
"""

FACTS14 = [
    R("NL", "investigation", "waar de recherche vorige week een kantoor aan de rand van het centrum binnenviel", place="Veldhoven"),
    S("NL", "Veldhoven", "Volgens de politie werkte het als een onofficieel Chinees politiebureau, gelieerd aan het Bureau voor Openbare Veiligheid van het district Yubei in Chongqing.",
      operator="Yubei", operator_alt=["Chongqing"], claimant="Dutch police"),
    R("NL", "arrest", "Er zijn bij de inval twee mensen aangehouden, een man en een vrouw."),
    I("NL", "forced_return", "een man uit Eindhoven die in 2024 naar Schiphol zou zijn gebracht en daar op een vlucht naar Chongqing is gezet",
      place="Eindhoven", claimant="Dutch police", date="2024"),
    C("stations", 2, "NL", "Volgens Safeguard Defenders zouden er in Brabant twee zijn.", claimant=SD),
    S("NL", "Cuijk", "Een tweede locatie zou in Cuijk zitten, onder het district Banan, ook in Chongqing.",
      operator="Banan", operator_alt=["Chongqing"], claimant=SD),
    S("NL", "Cuijk", "De politie in Cuijk zegt daar eerlijk gezegd niets van te weten.", claimant="Dutch police",
      pol="denied", opt=True),
    D("CN", "De Chinese ambassade noemt het \"laster\".", claimant="PRC Embassy in the Netherlands"),
    R("NL", "protest", "Het ministerie van Buitenlandse Zaken heeft de Chinese zaakgelastigde gisteren ontboden.",
      claimant=None),
]

DOCS = [
    {"name": "012-nl-onderzoek-noordwijk-maassluis-pingding-xiangyuan.txt", "text": DOC12, "facts": FACTS12},
    {"name": "013-nl-be-schriftelijke-vraag-aalter-temse-cangwu-tengxian.txt", "text": DOC13, "facts": FACTS13},
    {"name": "014-nl-radio-transcriptie-veldhoven-cuijk-yubei-banan.txt", "text": DOC14, "facts": FACTS14},
]
