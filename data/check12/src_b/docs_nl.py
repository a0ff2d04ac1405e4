from h import S, C, R, I, A, D

DOCS = []

DOCS.append({"name": "020-nl-opinie-zaandam-alkmaar-daishan.txt", "text": """
OPINIE | Nederland kijkt weg terwijl Peking hier de wet handhaaft

Het begon met een bovenwoning boven een toko in Zaandam. Daar zou, zo bleek vorig jaar uit onderzoek van deze krant, een zogeheten 'servicepunt' van de Chinese politie zijn gevestigd. Een tweede adres lag in Alkmaar, in een kantoortje achter een reisbureau. Beide zouden vallen onder het bureau voor openbare veiligheid van Daishan, een eilandgemeente in de provincie Zhejiang waar veel Noord-Hollandse Chinezen hun wortels hebben.

Peking zegt dat zulke posten er zijn om landgenoten te helpen met het verlengen van hun rijbewijs. Wie met mensen uit de gemeenschap praat, hoort iets anders: dat ze dienen om critici in de gaten te houden en 'overtuigingswerk' te doen, zodat verdachten uit zichzelf terugkeren. Hoe dat in de praktijk gaat, vertelde een studente uit Alkmaar. Haar vader in China kreeg tot twee keer toe bezoek van agenten, die hem duidelijk maakten dat zijn dochter beter kon stoppen met demonstreren, 'anders heeft dat gevolgen voor de familie'.

Wat deed Nederland? De burgemeester van Zaandam liet het pand in januari sluiten, dat wel. Het Openbaar Ministerie begon een onderzoek, maar seponeerde de zaak na een half jaar: er was onvoldoende bewijs voor strafbare feiten. De Chinese ambassadeur werd niet eens ontboden. Het bleef bij 'een stevig gesprek' op ambtelijk niveau.

Vergelijk dat met andere landen. In de Verenigde Staten zijn mensen gearresteerd en aangeklaagd. Canada opende een onderzoek. Ierland liet de posten op zijn grondgebied sluiten. Tegelijk liepen Chinese agenten jarenlang gewoon mee op patrouille in Servië en Hongarije, op uitnodiging van de regeringen daar.

Volgens Safeguard Defenders bestaan er wereldwijd ruim honderd van zulke posten, verspreid over 53 landen, waarvan naar schatting een stuk of dertig in Europa. Dat zijn er geen twee of drie die toevallig uit de hand zijn gelopen; het is beleid.

Het kabinet moet ophouden met doen alsof dit een lokaal probleem is van twee Noord-Hollandse gemeenten. Ontbied de ambassadeur, maak de resultaten van het onderzoek openbaar en zorg dat mensen als die studente weten waar ze terechtkunnen.

De auteur is universitair docent Chinese politiek.
""", "facts": [
    S("NL", "Zaandam", "Het begon met een bovenwoning boven een toko in Zaandam. Daar zou, zo bleek vorig jaar uit onderzoek van deze krant, een zogeheten 'servicepunt' van de Chinese politie zijn gevestigd.", operator="Daishan", operator_alt=["Zhoushan"], note="place in the sentence before ('Daar'); operator two sentences on ('Beide')"),
    S("NL", "Alkmaar", "Een tweede adres lag in Alkmaar, in een kantoortje achter een reisbureau.", operator="Daishan", operator_alt=["Zhoushan"], note="'Beide zouden vallen onder … Daishan'"),
    I("NL", "harassment", "Haar vader in China kreeg tot twee keer toe bezoek van agenten, die hem duidelijk maakten dat zijn dochter beter kon stoppen met demonstreren, 'anders heeft dat gevolgen voor de familie'.", place="Alkmaar", note="general purpose in the sentences before is not an incident"),
    R("NL", "closure", "De burgemeester van Zaandam liet het pand in januari sluiten, dat wel.", place="Zaandam"),
    R("NL", "investigation", "Het Openbaar Ministerie begon een onderzoek, maar seponeerde de zaak na een half jaar: er was onvoldoende bewijs voor strafbare feiten.", place="Zaandam"),
    R("NL", "no_wrongdoing_found", "Het Openbaar Ministerie begon een onderzoek, maar seponeerde de zaak na een half jaar: er was onvoldoende bewijs voor strafbare feiten.", place="Zaandam", note="dismissed for lack of evidence"),
    R("NL", "protest", "De Chinese ambassadeur werd niet eens ontboden.", pol="denied", opt=True, note="not summoned"),
    R("NL", "protest", "Het bleef bij 'een stevig gesprek' op ambtelijk niveau.", opt=True, note="a talk at official level, short of a summons"),
    R("US", "arrest", "In de Verenigde Staten zijn mensen gearresteerd en aangeklaagd."),
    S("US", None, "In de Verenigde Staten zijn mensen gearresteerd en aangeklaagd.", opt=True, note="place-less host implied by the comparison"),
    R("CA", "investigation", "Canada opende een onderzoek."),
    R("IE", "closure", "Ierland liet de posten op zijn grondgebied sluiten."),
    S("IE", None, "Ierland liet de posten op zijn grondgebied sluiten.", opt=True, note="place-less host"),
    A("RS", "joint_patrol", "Tegelijk liepen Chinese agenten jarenlang gewoon mee op patrouille in Servië en Hongarije, op uitnodiging van de regeringen daar."),
    A("HU", "joint_patrol", "Tegelijk liepen Chinese agenten jarenlang gewoon mee op patrouille in Servië en Hongarije, op uitnodiging van de regeringen daar."),
    C("stations", 100, None, "Volgens Safeguard Defenders bestaan er wereldwijd ruim honderd van zulke posten, verspreid over 53 landen", claimant="Safeguard Defenders", opt=True, note="'ruim honderd'"),
    C("stations", 30, None, "waarvan naar schatting een stuk of dertig in Europa", claimant="Safeguard Defenders", opt=True, note="regional estimate"),
    C("countries", 53, None, "Volgens Safeguard Defenders bestaan er wereldwijd ruim honderd van zulke posten, verspreid over 53 landen", claimant="Safeguard Defenders"),
]})

DOCS.append({"name": "021-nl-be-rechtbank-roeselare-turnhout-songxi.txt", "text": """
Cel met uitstel voor uitbaters van Chinese 'politiepost' in Roeselare

BRUGGE - De correctionele rechtbank in Brugge heeft twee mannen veroordeeld tot dertig maanden cel, waarvan de helft met uitstel, voor het uitbaten van een illegale Chinese politiepost in Roeselare. Ze kregen ook elk een boete van 8.000 euro.

Volgens de rechtbank werkte de post vanuit de achterkamer van een wassalon aan de rand van het centrum en werd hij aangestuurd door het Openbaar Veiligheidsbureau van Songxi, een arrondissement in het noorden van de Chinese provincie Fujian. De twee beklaagden, een 52-jarige zaakvoerder en een 47-jarige kok, onderhielden volgens het vonnis wekelijks contact met agenten in Songxi.

Zwaarst woog voor de rechter wat er met een landgenoot uit Turnhout gebeurde. De mannen zetten hem maandenlang onder druk om naar China terug te keren, waar hij gezocht werd voor fraude. Ze zochten hem meermaals op en lieten doorschemeren dat zijn familie het zou bezuren. In mei 2022 vertrok de man naar China.

De verdediging had de vrijspraak gevraagd: de mannen zouden landgenoten enkel geholpen hebben bij het vernieuwen van hun rijbewijs. De rechtbank volgde dat niet.

Het onderzoek kwam op gang na een huiszoeking door de federale gerechtelijke politie in november 2022. Kort daarna sloot de post de deuren. De Staatsveiligheid telde toen in België nog minstens drie vergelijkbare posten. De Chinese ambassade in Brussel reageerde niet op vragen van deze krant.
""", "facts": [
    R("BE", "arrest", "De correctionele rechtbank in Brugge heeft twee mannen veroordeeld tot dertig maanden cel, waarvan de helft met uitstel, voor het uitbaten van een illegale Chinese politiepost in Roeselare.", place="Roeselare", note="conviction"),
    S("BE", "Roeselare", "De correctionele rechtbank in Brugge heeft twee mannen veroordeeld tot dertig maanden cel, waarvan de helft met uitstel, voor het uitbaten van een illegale Chinese politiepost in Roeselare.", operator="Songxi", operator_alt=["Nanping"], claimant="court", note="operator in the next paragraph; Brugge is the court"),
    I("BE", "persuasion", "De mannen zetten hem maandenlang onder druk om naar China terug te keren, waar hij gezocht werd voor fraude.", place="Turnhout", date="2022", claimant="court", note="man from Turnhout; left in May 2022"),
    I("BE", "harassment", "Ze zochten hem meermaals op en lieten doorschemeren dat zijn familie het zou bezuren.", place="Turnhout", claimant="court", opt=True),
    D("BE", "De verdediging had de vrijspraak gevraagd: de mannen zouden landgenoten enkel geholpen hebben bij het vernieuwen van hun rijbewijs.", claimant="defence", opt=True, note="defendants' denial, rejected by the court"),
    R("BE", "investigation", "Het onderzoek kwam op gang na een huiszoeking door de federale gerechtelijke politie in november 2022.", place="Roeselare", date="2022-11"),
    R("BE", "closure", "Kort daarna sloot de post de deuren.", place="Roeselare", opt=True, note="stopped after a search, no order"),
    C("stations", 3, "BE", "De Staatsveiligheid telde toen in België nog minstens drie vergelijkbare posten.", claimant="VSSE", note="'minstens drie'"),
]})

DOCS.append({"name": "022-nl-persconferentie-leeuwarden-heerlen-longhai.txt", "text": """
Persconferentie na de ministerraad – vrijdag (uitgeschreven tekst, fragment)

Vraag (NOS): Minister-president, volgens onderzoeksjournalisten van Follow the Money is er in Leeuwarden jarenlang een Chinees politiebureau actief geweest, opgezet door de politie van Longhai. Wist het kabinet daarvan?

Minister-president: Ik kan bevestigen dat de AIVD signalen heeft ontvangen over een locatie in Leeuwarden. De politie doet daar nu onderzoek naar, dus ik ga daar inhoudelijk niet verder op in.

Vraag (NOS): Gaat u de Chinese ambassadeur ontbieden?

Minister-president: Dat heeft de minister van Buitenlandse Zaken vanochtend al gedaan. We hebben heel duidelijk gemaakt dat dit onaanvaardbaar is.

Vraag (Omrop Fryslân): Er zou ook een tweede post in Heerlen zijn. Klopt dat?

Minister-president: Voor Heerlen hebben we daar geen aanwijzingen voor. Dat is onderzocht en er is niets gevonden.

Vraag (RTL Nieuws): De Chinese ambassade zegt dat het gaat om vrijwilligers die mensen helpen met het verlengen van hun rijbewijs. Wat vindt u van die uitleg?

Minister-president: Die uitleg kennen we. Ook als het zo is, hoort een buitenlandse overheid hier geen taken uit te voeren zonder toestemming.

Vraag (RTL Nieuws): Zijn er mensen onder druk gezet om terug te keren naar China?

Minister-president: Er zijn ons twee gevallen bekend van mensen die onder druk zijn gezet. Meer kan ik daar niet over zeggen, ook om die mensen te beschermen.

Vraag (de Volkskrant): Wordt de post in Leeuwarden gesloten?

Minister-president: Als daar aanleiding voor is, aarzelen we niet. Maar laten we eerst het onderzoek afwachten.

Vraag (de Volkskrant): Dan iets anders. Het station in Leeuwarden wordt verbouwd en reizigers klagen over...
""", "facts": [
    S("NL", "Leeuwarden", "volgens onderzoeksjournalisten van Follow the Money is er in Leeuwarden jarenlang een Chinees politiebureau actief geweest, opgezet door de politie van Longhai.", operator="Longhai", operator_alt=["Zhangzhou"], claimant="Follow the Money", note="premise in a question; confirmed as 'signalen … over een locatie'"),
    R("NL", "investigation", "Ik kan bevestigen dat de AIVD signalen heeft ontvangen over een locatie in Leeuwarden. De politie doet daar nu onderzoek naar, dus ik ga daar inhoudelijk niet verder op in.", place="Leeuwarden", claimant="Dutch Prime Minister"),
    R("NL", "protest", "Gaat u de Chinese ambassadeur ontbieden? Minister-president: Dat heeft de minister van Buitenlandse Zaken vanochtend al gedaan.", claimant="Dutch Prime Minister", note="'Dat' = summoning the ambassador, from the question"),
    S("NL", "Heerlen", "Er zou ook een tweede post in Heerlen zijn.", opt=True, note="premise in a question, denied in the answer"),
    S("NL", "Heerlen", "Voor Heerlen hebben we daar geen aanwijzingen voor.", claimant="Dutch Prime Minister", pol="denied", opt=True),
    R("NL", "no_wrongdoing_found", "Voor Heerlen hebben we daar geen aanwijzingen voor. Dat is onderzocht en er is niets gevonden.", place="Heerlen", claimant="Dutch Prime Minister"),
    D("CN", "De Chinese ambassade zegt dat het gaat om vrijwilligers die mensen helpen met het verlengen van hun rijbewijs.", claimant="Chinese embassy in The Hague", note="explanation inside a question"),
    C("cases", 2, "NL", "Er zijn ons twee gevallen bekend van mensen die onder druk zijn gezet.", claimant="Dutch Prime Minister"),
    I("NL", "persuasion", "Er zijn ons twee gevallen bekend van mensen die onder druk zijn gezet.", claimant="Dutch Prime Minister", opt=True, note="counted, not described"),
]})

DOCS.append({"name": "023-nl-sxm-lokaal-philipsburg-kralendijk-wanning.txt", "text": """
Inval in pand Front Street: 'Chinees politiekantoor' in Philipsburg

PHILIPSBURG – Het Korps Politie Sint Maarten (KPSM) heeft dinsdagochtend samen met de Landsrecherche een pand aan de Front Street doorzocht. Volgens het Openbaar Ministerie was daar een niet-erkend Chinees 'politiekantoor' gevestigd. Twee personen, een man van 58 en een vrouw van 44, zijn aangehouden.

Het kantoor zou in 2020 zijn opgezet door het Bureau voor Openbare Veiligheid van Wanning, een stad op het Chinese eiland Hainan. Veel Chinese ondernemers op Sint Maarten komen uit die streek. Het eiland telt naar schatting 1.500 inwoners van Chinese afkomst.

Een supermarkteigenaar uit Simpson Bay vertelde deze krant dat hem vorig jaar via het kantoor werd 'aangeraden' terug te gaan naar China om daar een belastingkwestie af te handelen. Hij weigerde. 'Daarna werd mijn broer in Hainan opgebeld door de politie,' zei hij.

Volgens ingewijden zou er ook in Kralendijk op Bonaire een vergelijkbaar adres zijn, maar dat heeft de politie daar niet bevestigd.

De Chinese ambassade in Den Haag noemde de berichtgeving 'volkomen ongegrond'. Nederland liet in 2022 twee van zulke posten sluiten. Een woordvoerder van het OM wilde niet zeggen of het onderzoek nog meer aanhoudingen oplevert.
""", "facts": [
    R("SX", "investigation", "Het Korps Politie Sint Maarten (KPSM) heeft dinsdagochtend samen met de Landsrecherche een pand aan de Front Street doorzocht.", place="Philipsburg", note="search"),
    S("SX", "Philipsburg", "Het Korps Politie Sint Maarten (KPSM) heeft dinsdagochtend samen met de Landsrecherche een pand aan de Front Street doorzocht. Volgens het Openbaar Ministerie was daar een niet-erkend Chinees 'politiekantoor' gevestigd.", operator="Wanning", claimant="Openbaar Ministerie Sint Maarten", date="2020", note="'daar' = Front Street, Philipsburg dateline; operator in the next paragraph"),
    R("SX", "arrest", "Twee personen, een man van 58 en een vrouw van 44, zijn aangehouden.", place="Philipsburg"),
    I("SX", "persuasion", "Een supermarkteigenaar uit Simpson Bay vertelde deze krant dat hem vorig jaar via het kantoor werd 'aangeraden' terug te gaan naar China om daar een belastingkwestie af te handelen.", place="Simpson Bay", note="he refused"),
    I("SX", "harassment", "'Daarna werd mijn broer in Hainan opgebeld door de politie,' zei hij.", place="Simpson Bay", opt=True, note="relative called"),
    S("BQ", "Kralendijk", "Volgens ingewijden zou er ook in Kralendijk op Bonaire een vergelijkbaar adres zijn, maar dat heeft de politie daar niet bevestigd.", claimant="insiders", opt=True, note="unconfirmed"),
    D("CN", "De Chinese ambassade in Den Haag noemde de berichtgeving 'volkomen ongegrond'.", claimant="Chinese embassy in The Hague"),
    R("NL", "closure", "Nederland liet in 2022 twee van zulke posten sluiten.", date="2022"),
    C("stations", 2, "NL", "Nederland liet in 2022 twee van zulke posten sluiten.", date="2022"),
    S("NL", None, "Nederland liet in 2022 twee van zulke posten sluiten.", date="2022", opt=True, note="place-less host, recalled"),
]})

DOCS.append({"name": "024-nl-nieuws-panda-terugkeer-rhenen.txt", "text": """
Panda's Wu Wen en Xing Ya keren terug naar China

RHENEN - De twee reuzenpanda's van Ouwehands Dierenpark vertrekken volgende maand naar China. Dat heeft het park woensdag bekendgemaakt. De dieren waren sinds 2017 in bruikleen op grond van een overeenkomst met de China Wildlife Conservation Association, die vijftien jaar loopt maar in onderling overleg is ingekort.

De terugkeer wordt tot in detail voorbereid. De panda's reizen in speciale kisten per vrachtvliegtuig vanaf Schiphol naar Chengdu, waar ze terechtkomen in een onderzoeksstation voor panda's. Een dierenarts en twee verzorgers reizen mee. De politie begeleidt het transport over de A12 naar het vliegveld.

Voor het park is het afscheid een strop: de panda's trokken jaarlijks honderdduizenden extra bezoekers. 'We hopen op een nieuwe overeenkomst,' zei de directeur. Volgens de Chinese ambassade in Den Haag staat de samenwerking 'op geen enkele manier onder druk'.

Bezoekers kunnen tot en met 14 juni afscheid nemen. Het park zet op drukke dagen pendelbussen in vanaf station Rhenen.
""", "facts": []})

DOCS.append({"name": "025-nl-be-nieuws-antwerpen-centraal-gokhol.txt", "text": """
PERSBERICHT – Politiezone Antwerpen

Illegaal gokhol boven restaurant bij Antwerpen-Centraal opgerold

ANTWERPEN - De politie van Antwerpen heeft zaterdagnacht een illegaal gokhol opgerold in een pand vlak bij het station Antwerpen-Centraal. Twaalf mensen werden gecontroleerd, drie van hen zijn opgepakt. Het gaat volgens het parket om twee Chinezen en een Belg.

Agenten van het politiekantoor Centrum vonden op de eerste verdieping vier speeltafels en ruim 20.000 euro aan contanten. De burgemeester liet het pand voor zes maanden sluiten.

Twee van de gecontroleerde personen verbleven illegaal in het land. De Dienst Vreemdelingenzaken bekijkt of ze kunnen worden teruggestuurd naar China; daarover bestaan afspraken met de Chinese autoriteiten. 'Dat gebeurt met alle nationaliteiten op dezelfde manier,' aldus de woordvoerder van de politiezone.

Het restaurant op de benedenverdieping valt niet onder de sluiting. Het onderzoek loopt verder.
""", "facts": []})
