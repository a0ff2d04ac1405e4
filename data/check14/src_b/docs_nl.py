from h import S, C, R, I, A, D

SD = "Safeguard Defenders"
DOCS = []

# ---------------------------------------------------------------- 020
DOCS.append({"name": "020-nl-nos-helmond-roosendaal-zunhua.txt", "text": """
Politie doorzoekt pand in Helmond om vermoedelijk Chinees politiebureau

De politie heeft dinsdag een bedrijfspand aan de Kasteeltraverse in Helmond doorzocht. In het pand zou sinds 2021 een geheim Chinees 'politiebureau' zijn gevestigd, meldt het Openbaar Ministerie. Volgens een woordvoerder van het OM wordt onderzocht of er sprake is van ongeoorloofde activiteiten namens een buitenlandse mogendheid. Er is niemand aangehouden.

Uit documenten die de NOS heeft ingezien, blijkt dat de locatie werd opgezet door het Bureau voor Openbare Veiligheid van Zunhua, een stad in de noordelijke provincie Hebei die onder Tangshan valt. Het bureau presenteerde het adres in Chinese media als 'servicestation voor landgenoten overzee'.

Een Chinees-Nederlandse activiste uit Eindhoven vertelt dat ze vorig jaar vanaf een Helmonds telefoonnummer werd gebeld door een man die zich voorstelde als 'medewerker van het servicepunt'. Hij zou haar hebben gewaarschuwd dat haar berichten over Hongkong op sociale media 'gevolgen' konden hebben voor haar familie. Ze deed aangifte.

Ook in Roosendaal zou een tweede post hebben gedraaid, in een winkelpand nabij de Markt. Die is vorige maand op last van de burgemeester gesloten. Volgens het OM zijn er in Nederland zeker drie van zulke posten geweest. Wereldwijd gaat het volgens mensenrechtenorganisatie Safeguard Defenders om ruim honderd.

Het ministerie van Buitenlandse Zaken heeft de Chinese ambassadeur woensdag ontboden. De Chinese ambassade in Den Haag noemt de beschuldigingen 'volstrekt ongegrond'. Er zou slechts sprake zijn van vrijwilligers die landgenoten helpen bij het online verlengen van hun rijbewijs.
""", "facts": [
    S("NL", "Helmond", "In het pand zou sinds 2021 een geheim Chinees 'politiebureau' zijn gevestigd, meldt het Openbaar Ministerie.", operator="Zunhua", operator_alt=["Tangshan"], claimant="Openbaar Ministerie", date="2021", note="site Kasteeltraverse; operator in the next paragraph ('de locatie')"),
    R("NL", "investigation", "De politie heeft dinsdag een bedrijfspand aan de Kasteeltraverse in Helmond doorzocht.", place="Helmond", note="search; OM inquiry"),
    R("NL", "arrest", "Er is niemand aangehouden.", place="Helmond", pol="denied", opt=True),
    I("NL", "harassment", "Hij zou haar hebben gewaarschuwd dat haar berichten over Hongkong op sociale media 'gevolgen' konden hebben voor haar familie.", place="Helmond", note="activist warned by phone"),
    S("NL", "Roosendaal", "Ook in Roosendaal zou een tweede post hebben gedraaid, in een winkelpand nabij de Markt.", note="operator not stated"),
    R("NL", "closure", "Die is vorige maand op last van de burgemeester gesloten.", place="Roosendaal", note="mayor's order"),
    C("stations", 3, "NL", "Volgens het OM zijn er in Nederland zeker drie van zulke posten geweest.", claimant="Openbaar Ministerie"),
    C("stations", 100, None, "Wereldwijd gaat het volgens mensenrechtenorganisatie Safeguard Defenders om ruim honderd.", claimant=SD, opt=True, note="approximation"),
    R("NL", "protest", "Het ministerie van Buitenlandse Zaken heeft de Chinese ambassadeur woensdag ontboden."),
    D("CN", "De Chinese ambassade in Den Haag noemt de beschuldigingen 'volstrekt ongegrond'.", claimant="Chinese embassy in The Hague"),
]})

# ---------------------------------------------------------------- 021
DOCS.append({"name": "021-nl-be-schriftelijke-vraag-sint-truiden-tienen-wafangdian.txt", "text": """
BELGISCHE KAMER VAN VOLKSVERTEGENWOORDIGERS
Schriftelijke vragen en antwoorden – QRVA 55 131

Vraag nr. 1874 van de volksvertegenwoordiger d.d. 14 december 2023 (N.) aan de minister van Justitie en Noordzee

Chinese politieposten in Limburg en Vlaams-Brabant

Volgens een reportage van VRT NWS zou in Sint-Truiden een zogenaamd 'overzees politieservicestation' actief zijn, opgericht door het Bureau voor Openbare Veiligheid van Wafangdian, een stad in de provincie Liaoning. Een tweede adres zou zich in Tienen bevinden. Beide zouden sinds 2020 landgenoten 'administratief bijstaan'.

1. Heeft het parket kennis van deze posten? Werd een onderzoek geopend?
2. Werden er personen gearresteerd?
3. Zijn er gevallen bekend van Chinese onderdanen die onder druk werden gezet om terug te keren?
4. Zal de regering de Chinese ambassadeur ontbieden?

Antwoord van de minister van Justitie en Noordzee d.d. 22 februari 2024:

1. Het federaal parket heeft in november 2023 een opsporingsonderzoek geopend naar de feiten in Sint-Truiden. In dat kader vond op 9 januari 2024 een huiszoeking plaats. Wat Tienen betreft, werden na controle door de lokale politie geen aanwijzingen van strafbare feiten vastgesteld.

2. Tot op heden werd niemand van zijn vrijheid beroofd.

3. Aan de politiediensten werd één geval gemeld. Het betreft een Chinese studente uit Diest wier ouders in Liaoning herhaaldelijk werden bezocht door agenten, die hen vroegen hun dochter te overtuigen om naar China terug te keren. De studente verblijft nog steeds in België.

4. Deze vraag behoort tot de bevoegdheid van mijn collega van Buitenlandse Zaken. Ik kan het geachte lid wel meedelen dat de Chinese ambassadeur op 11 januari 2024 naar de FOD Buitenlandse Zaken werd geroepen.
""", "facts": [
    S("BE", "Sint-Truiden", "Volgens een reportage van VRT NWS zou in Sint-Truiden een zogenaamd 'overzees politieservicestation' actief zijn, opgericht door het Bureau voor Openbare Veiligheid van Wafangdian, een stad in de provincie Liaoning.", operator="Wafangdian", operator_alt=["Dalian"], claimant="VRT NWS", date="2020", place_alt=["Saint-Trond"], note="premise of the question"),
    S("BE", "Tienen", "Een tweede adres zou zich in Tienen bevinden.", claimant="VRT NWS", date="2020", place_alt=["Tirlemont"], note="premise; 'Beide zouden sinds 2020'; operator not stated for this one"),
    R("BE", "investigation", "Het federaal parket heeft in november 2023 een opsporingsonderzoek geopend naar de feiten in Sint-Truiden.", place="Sint-Truiden", claimant="Belgian Minister of Justice", date="2023-11"),
    R("BE", "no_wrongdoing_found", "Wat Tienen betreft, werden na controle door de lokale politie geen aanwijzingen van strafbare feiten vastgesteld.", place="Tienen", claimant="Belgian Minister of Justice"),
    R("BE", "arrest", "Tot op heden werd niemand van zijn vrijheid beroofd.", pol="denied", opt=True, claimant="Belgian Minister of Justice"),
    C("cases", 1, "BE", "Aan de politiediensten werd één geval gemeld.", opt=True, claimant="Belgian Minister of Justice", note="count of one"),
    I("BE", "persuasion", "wier ouders in Liaoning herhaaldelijk werden bezocht door agenten, die hen vroegen hun dochter te overtuigen om naar China terug te keren", claimant="Belgian Minister of Justice", note="student from Diest, stayed"),
    I("BE", "harassment", "wier ouders in Liaoning herhaaldelijk werden bezocht door agenten", opt=True, claimant="Belgian Minister of Justice", note="visits to the parents"),
    R("BE", "protest", "de Chinese ambassadeur op 11 januari 2024 naar de FOD Buitenlandse Zaken werd geroepen", claimant="Belgian Minister of Justice", date="2024-01-11"),
]})

# ---------------------------------------------------------------- 022
DOCS.append({"name": "022-nl-be-rechtbank-dendermonde-lokeren-zhuanghe.txt", "text": """
Uitbaatster van 'Chinese politiepost' in Lokeren krijgt achttien maanden cel

DENDERMONDE – De correctionele rechtbank van Dendermonde heeft een 56-jarige Chinese vrouw veroordeeld tot achttien maanden cel, waarvan de helft met uitstel, voor het runnen van een clandestiene Chinese politiepost in Lokeren. Haar 61-jarige echtgenoot kreeg een werkstraf van 150 uur.

Volgens de rechtbank deed het echtpaar vanuit een kantoortje boven hun reisbureau in de Lokerse Kerkstraat sinds 2019 dienst als verlengstuk van het Bureau voor Openbare Veiligheid van Zhuanghe, een havenstad in de buurt van Dalian. 'Het ging niet om louter administratieve hulp, zoals de verdediging aanvoerde, maar om het in kaart brengen en onder druk zetten van landgenoten', klonk het in het vonnis.

De rechters verwezen onder meer naar een kok uit Sint-Niklaas. Hij werd volgens het dossier maandenlang aangesproken en gebeld met de boodschap dat hij 'beter naar huis kon komen' om in Zhuanghe een oude schuldzaak te regelen. De man weigerde. Daarnaast stuurde de vrouw foto's van deelnemers aan een betoging in Gent door naar een contactpersoon in China.

De burgemeester liet het pand al in maart 2023 verzegelen, kort nadat de speurders een huiszoeking hadden gedaan. 'Ik ben opgelucht dat de rechtbank het zo duidelijk stelt', reageerde hij.

De advocaat van de vrouw noemt het vonnis 'politiek gekleurd'. Zijn cliënte zou alleen Chinese gepensioneerden hebben geholpen met hun levensbewijzen. Hij overweegt beroep aan te tekenen.

Ook de Chinese ambassade in Brussel reageerde. Ze 'betreurt' de uitspraak en herhaalt dat China 'nergens ter wereld politieposten in het buitenland' heeft. Volgens Safeguard Defenders waren er wereldwijd honderdtwee zulke posten actief, verspreid over drieënvijftig landen, en in België minstens vier.
""", "facts": [
    S("BE", "Lokeren", "voor het runnen van een clandestiene Chinese politiepost in Lokeren", operator="Zhuanghe", operator_alt=["Dalian"], claimant="correctionele rechtbank van Dendermonde", date="2019", note="operator and 2019 in the next paragraph; site Kerkstraat above a travel agency"),
    R("BE", "arrest", "De correctionele rechtbank van Dendermonde heeft een 56-jarige Chinese vrouw veroordeeld tot achttien maanden cel", place="Lokeren", note="conviction"),
    I("BE", "persuasion", "Hij werd volgens het dossier maandenlang aangesproken en gebeld met de boodschap dat hij 'beter naar huis kon komen' om in Zhuanghe een oude schuldzaak te regelen.", place="Lokeren", claimant="correctionele rechtbank van Dendermonde", note="cook from Sint-Niklaas, refused"),
    I("BE", "surveillance", "Daarnaast stuurde de vrouw foto's van deelnemers aan een betoging in Gent door naar een contactpersoon in China.", place="Lokeren", claimant="correctionele rechtbank van Dendermonde"),
    R("BE", "closure", "De burgemeester liet het pand al in maart 2023 verzegelen", place="Lokeren", date="2023-03", note="mayor's order"),
    R("BE", "investigation", "kort nadat de speurders een huiszoeking hadden gedaan", place="Lokeren", date="2023-03"),
    D("BE", "Zijn cliënte zou alleen Chinese gepensioneerden hebben geholpen met hun levensbewijzen.", claimant="defence lawyer", opt=True, note="defence's denial"),
    D("CN", "Ze 'betreurt' de uitspraak en herhaalt dat China 'nergens ter wereld politieposten in het buitenland' heeft.", claimant="Chinese embassy in Brussels"),
    S("BE", None, "herhaalt dat China 'nergens ter wereld politieposten in het buitenland' heeft", claimant="Chinese embassy in Brussels", pol="denied", opt=True, note="world-wide denial"),
    C("stations", 102, None, "wereldwijd honderdtwee zulke posten actief, verspreid over drieënvijftig landen", claimant=SD),
    C("countries", 53, None, "wereldwijd honderdtwee zulke posten actief, verspreid over drieënvijftig landen", claimant=SD),
    C("stations", 4, "BE", "Volgens Safeguard Defenders waren er wereldwijd honderdtwee zulke posten actief, verspreid over drieënvijftig landen, en in België minstens vier.", claimant=SD),
]})

# ---------------------------------------------------------------- 023
DOCS.append({"name": "023-nl-pdf-rapport-zuidelijk-afrika-swakopmund-bulawayo-francistown-maseru-dengzhou.txt", "text": """
4. Zuidelijk Afrika: zes posten in vier landen

4.1 Overzicht

In zuidelijk Afrika hebben wij in de onderzoeks-
periode (2022-2024) zes zogeheten 'overzeese politie-
servicestations' kunnen vaststellen, verspreid over
vier landen. Zimbabwe telt er drie: twee in Bula-
wayo en één in Mutare. Daarnaast vonden wij er één in
Swakopmund (Namibië), één in Francistown (Botswa-
na) en één in Maseru (Lesotho).

Tabel 4.1 – Posten in zuidelijk Afrika

  Plaats          Land   Opgericht   Verantwoordelijk bureau
  --------------  -----  ---------   -----------------------
  Bulawayo (1/2)  ZW     2018        Xinzheng (Zhengzhou)
  Bulawayo (2/2)  ZW     2021        Huanghua (Cangzhou)
  Mutare          ZW     2020        onbekend
  Swakopmund      NA     2019        Dengzhou (Nanyang)
  Francistown     BW     2020        Botou (Cangzhou)
  Maseru          LS     2021        Dingzhou (Baoding)

Bron: eigen onderzoek; jaarverslagen en Weibo-berichten van
de betrokken bureaus.

4.2 Werkwijze en gevallen

Volgens de eigen jaarverslagen van de bureaus helpen de
posten bij rijbewijzen, notariële stukken en 'bemidde-
ling bij geschillen'. Dat die dienstverlening een an-
dere kant heeft, blijkt uit het geval van een Chinese
mijnopzichter in Francistown. Hij werd in augustus 2023
door twee mannen van zijn werk naar het vliegveld ge-
bracht en op een vlucht naar Johannesburg en verder naar
Zhengzhou gezet. Zijn collega's hebben sindsdien niets
meer van hem gehoord.

4.3 Reacties van de gastlanden

De Botswaanse politie liet de post in Francistown in
oktober 2023 sluiten. In Namibië is, voor zover wij
konden nagaan, geen onderzoek ingesteld. Zimbabwe en
China ondertekenden in 2019 een veiligheidsovereenkomst,
die onder meer opleiding van Zimbabwaanse agenten in
China voorziet. Lesotho reageerde niet op onze vragen.

De Chinese ambassade in Windhoek ontkende in een schrif-
telijke reactie het bestaan van 'zogenaamde politie-
posten'; het gaat volgens haar om 'gemeenschaps-
centra van de Chinese diaspora'.³

____________________
³ Schriftelijke reactie aan de auteurs, 3 mei 2024.
""", "facts": [
    C("stations", 6, None, "zes zogeheten 'overzeese politieservicestations' kunnen vaststellen, verspreid over vier landen", opt=True, note="regional count"),
    C("countries", 4, None, "verspreid over vier landen", opt=True, note="regional count"),
    C("stations", 3, "ZW", "Zimbabwe telt er drie: twee in Bulawayo en één in Mutare."),
    S("ZW", "Bulawayo", "Zimbabwe telt er drie: twee in Bulawayo en één in Mutare.", operator="Xinzheng", operator_alt=["Zhengzhou", "Huanghua", "Cangzhou"], date="2018", note="two sites, one key: 1/2 Xinzheng (2018), 2/2 Huanghua (2021) per the table"),
    C("stations", 2, "ZW", "Zimbabwe telt er drie: twee in Bulawayo en één in Mutare.", opt=True, note="city-scoped count"),
    S("ZW", "Mutare", "Zimbabwe telt er drie: twee in Bulawayo en één in Mutare.", date="2020", note="operator 'onbekend'"),
    S("NA", "Swakopmund", "Daarnaast vonden wij er één in Swakopmund (Namibië), één in Francistown (Botswana) en één in Maseru (Lesotho).", operator="Dengzhou", operator_alt=["Nanyang"], date="2019", note="operator only in the table"),
    S("BW", "Francistown", "Daarnaast vonden wij er één in Swakopmund (Namibië), één in Francistown (Botswana) en één in Maseru (Lesotho).", operator="Botou", operator_alt=["Cangzhou"], date="2020", note="operator only in the table"),
    S("LS", "Maseru", "Daarnaast vonden wij er één in Swakopmund (Namibië), één in Francistown (Botswana) en één in Maseru (Lesotho).", operator="Dingzhou", operator_alt=["Baoding"], date="2021", note="operator only in the table"),
    I("BW", "forced_return", "Hij werd in augustus 2023 door twee mannen van zijn werk naar het vliegveld gebracht en op een vlucht naar Johannesburg en verder naar Zhengzhou gezet.", place="Francistown", date="2023-08"),
    R("BW", "closure", "De Botswaanse politie liet de post in Francistown in oktober 2023 sluiten.", place="Francistown", date="2023-10"),
    R("NA", "investigation", "In Namibië is, voor zover wij konden nagaan, geen onderzoek ingesteld.", pol="denied", note="required denied investigation"),
    A("ZW", "security_agreement", "Zimbabwe en China ondertekenden in 2019 een veiligheidsovereenkomst", date="2019"),
    D("CN", "De Chinese ambassade in Windhoek ontkende in een schriftelijke reactie het bestaan van 'zogenaamde politieposten'", claimant="Chinese embassy in Windhoek", date="2024-05-03"),
    S("NA", None, "het bestaan van 'zogenaamde politieposten'; het gaat volgens haar om 'gemeenschapscentra van de Chinese diaspora'", claimant="Chinese embassy in Windhoek", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 024
DOCS.append({"name": "024-nl-radio-interview-burgemeester-schiedam-xintai.txt", "text": """
Transcriptie – 'De Ochtend', NPO Radio 1, donderdag 7 maart 2024 (fragment)

PRESENTATOR: In Schiedam heeft de gemeente een pand gesloten waarin volgens onderzoeksjournalisten van Follow the Money een Chinees politiebureau zat, ingericht door de politie van Xintai, een stad in de provincie Shandong. We hebben de burgemeester van Schiedam aan de lijn. Goedemorgen.

BURGEMEESTER: Goedemorgen.

PRESENTATOR: U heeft het pand dichtgedaan. Waarom?

BURGEMEESTER: Omdat ik niet wil dat er in mijn stad een loket is waar mensen onder druk worden gezet. We hebben het op basis van de Gemeentewet gesloten, vorige week vrijdag.

PRESENTATOR: Hoe weet u dat daar mensen onder druk werden gezet?

BURGEMEESTER: De politie heeft de afgelopen weken met een aantal mensen gesproken. Eén jonge vrouw, een studente, is via haar moeder in China steeds opnieuw benaderd: ze moest terugkomen, anders zou haar moeder haar baan verliezen. Zij is gebleven, gelukkig. Maar dat is precies wat we hier niet willen.

PRESENTATOR: Is er ook een strafrechtelijk onderzoek?

BURGEMEESTER: Dat is aan het Openbaar Ministerie. Wat ik kan zeggen: de recherche heeft de beheerder verhoord. Strafbare feiten zijn tot nu toe niet vastgesteld, maar dat is voor mij ook niet de maatstaf. Openbare orde is de maatstaf.

PRESENTATOR: De Chinese ambassade zegt dat het gewoon een loket was waar Chinezen hun rijbewijs konden laten verlengen.

BURGEMEESTER: Ja, dat hoor ik vaker. Maar voor rijbewijzen hoef je niemands moeder te bellen.

PRESENTATOR: Zijn er meer van zulke plekken in de regio?

BURGEMEESTER: Daar ga ik niet over speculeren.

PRESENTATOR: Burgemeester, dank u wel. Dan nu het verkeer: op de A20 bij Schiedam-Kethel staat een file van vier kilometer, en op station Schiedam Centrum rijden geen treinen richting Rotterdam Centraal.
""", "facts": [
    S("NL", "Schiedam", "In Schiedam heeft de gemeente een pand gesloten waarin volgens onderzoeksjournalisten van Follow the Money een Chinees politiebureau zat, ingericht door de politie van Xintai, een stad in de provincie Shandong.", operator="Xintai", operator_alt=["Tai'an", "Taian"], claimant="Follow the Money", note="premise of the presenter"),
    R("NL", "closure", "We hebben het op basis van de Gemeentewet gesloten, vorige week vrijdag.", place="Schiedam", claimant="mayor of Schiedam", note="mayor's order"),
    I("NL", "persuasion", "Eén jonge vrouw, een studente, is via haar moeder in China steeds opnieuw benaderd: ze moest terugkomen, anders zou haar moeder haar baan verliezen.", place="Schiedam", claimant="mayor of Schiedam", note="stayed"),
    I("NL", "harassment", "anders zou haar moeder haar baan verliezen", opt=True, claimant="mayor of Schiedam", note="threat to the mother's job"),
    R("NL", "investigation", "de recherche heeft de beheerder verhoord", place="Schiedam", claimant="mayor of Schiedam"),
    R("NL", "no_wrongdoing_found", "Strafbare feiten zijn tot nu toe niet vastgesteld", place="Schiedam", claimant="mayor of Schiedam", note="'tot nu toe': no offences established so far"),
    D("CN", "De Chinese ambassade zegt dat het gewoon een loket was waar Chinezen hun rijbewijs konden laten verlengen.", claimant="Chinese embassy"),
    S("NL", "Schiedam", "De Chinese ambassade zegt dat het gewoon een loket was waar Chinezen hun rijbewijs konden laten verlengen.", claimant="Chinese embassy", pol="denied", opt=True, note="denial by explanation"),
]})

# ---------------------------------------------------------------- 025
DOCS.append({"name": "025-nl-nieuws-enschede-universiteit-chinese-studenten.txt", "text": """
Universiteit Twente beëindigt samenwerking met Chinese partneruniversiteit

ENSCHEDE – De Universiteit Twente zet een punt achter de samenwerkingsovereenkomst met een technische universiteit in de Chinese stad Harbin. Dat heeft het college van bestuur donderdag bekendgemaakt. Aanleiding is een nieuw advies van het landelijke Loket Kennisveiligheid over onderzoek met mogelijke militaire toepassingen.

Voor de 53 Chinese promovendi en studenten die via het uitwisselingsprogramma in Enschede verblijven, verandert voorlopig weinig. Zij mogen hun opleiding afmaken. Pas daarna volgt de terugkeer naar China, zoals in het programma altijd al was voorzien. 'Niemand wordt naar huis gestuurd', benadrukt een woordvoerder.

De Chinese ambassade in Den Haag noemt het besluit 'betreurenswaardig' en 'slecht voor de wetenschap'. Een Chinese studentenvereniging organiseerde donderdagmiddag een bijeenkomst op de campus, die volgens de politie rustig verliep.

Op de campus opent volgende maand overigens een nieuwe politiepost, waar de wijkagent twee middagen per week spreekuur houdt. De gemeente wil daarmee het aantal fietsdiefstallen bij station Enschede Kennispark terugdringen: vorig jaar werden daar 102 fietsen gestolen.
""", "facts": []})
