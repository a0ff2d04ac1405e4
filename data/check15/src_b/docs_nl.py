"""check15 part B, Dutch documents 020-025."""
from h import S, C, R, I, A, D, W

DOCS = []

# ---------------------------------------------------------------- 020
t = """Tweede Kamer der Staten-Generaal – Vragenuur van dinsdag 20 januari 2026
Ongecorrigeerd stenogram (uittreksel)

Vragen van het lid Hoekstra-Dijkman (CDA) aan de minister van Justitie en Veiligheid over een vermeend Chinees politiesteunpunt in Drenthe.

De voorzitter:
Ik geef het woord aan mevrouw Hoekstra-Dijkman.

Mevrouw Hoekstra-Dijkman (CDA):
Voorzitter. Vorige week onthulde RTV Drenthe dat in een bedrijfsverzamelgebouw aan de rand van Emmen een zogenoemd servicecentrum voor Chinezen in het buitenland zou zijn gevestigd, opgezet door het Bureau voor Openbare Veiligheid van Hezhou, een stad in de autonome regio Guangxi. Een tweede adres, in Assen, zou door dezelfde mensen worden gebruikt. Ik heb drie vragen. Klopt dit? Wat heeft de politie gedaan? En hoe kan het dat we, ruim drie jaar nadat het kabinet de eerste van dit soort posten liet sluiten, hier opnieuw over praten?

De voorzitter:
Het woord is aan de minister.

Minister van Justitie en Veiligheid:
Voorzitter. Ik dank mevrouw Hoekstra-Dijkman voor deze vragen. Ik kan bevestigen dat de politie Noord-Nederland naar aanleiding van de berichtgeving een onderzoek is gestart, onder leiding van het Openbaar Ministerie. In het kader daarvan is op 14 januari het pand in Emmen doorzocht. Daarnaast heeft de burgemeester van Emmen het pand op grond van de Gemeentewet voor de duur van drie maanden laten sluiten; die sluiting is inmiddels ingegaan.

Wat Assen betreft: daar heeft de politie gesprekken gevoerd met de huurder en de ruimte bekeken. Er zijn daarbij geen aanwijzingen gevonden voor strafbare feiten.

De voorzitter:
Mevrouw Hoekstra-Dijkman, een vervolgvraag.

Mevrouw Hoekstra-Dijkman (CDA):
Dank. Ik hoor de minister niets zeggen over de diplomatieke kant. Is de Chinese ambassadeur ontboden, ja of nee?

Minister van Justitie en Veiligheid:
Ja. Mijn collega van Buitenlandse Zaken heeft de ambassadeur op 16 januari op het ministerie laten ontbieden en heeft daarbij duidelijk gemaakt dat dit soort activiteiten op Nederlandse bodem onaanvaardbaar is.

De voorzitter:
De heer Brouwers (GroenLinks-PvdA).

De heer Brouwers (GroenLinks-PvdA):
Volgens onderzoekers van Safeguard Defenders gaat het inmiddels om minstens vier van zulke locaties in Nederland. Kan de minister toezeggen dat alle locaties worden onderzocht, niet alleen de locaties waarover toevallig een regionale omroep bericht?

Minister van Justitie en Veiligheid:
Ik ga geen uitspraken doen over lopende onderzoeken. Ik kan wel zeggen dat de politie elk signaal serieus neemt. En ik wil er ook op wijzen dat mensen die zich onder druk gezet voelen zich altijd bij de politie kunnen melden, ook anoniem.

De voorzitter:
Dank u wel. Dan gaan we naar de volgende vraag.
"""
DOCS.append({"name": "020-nl-kamer-vragenuur-emmen-assen-hezhou.txt", "text": t, "facts": [
    S("NL", "Emmen", "Vorige week onthulde RTV Drenthe dat in een bedrijfsverzamelgebouw aan de rand van Emmen een zogenoemd servicecentrum voor Chinezen in het buitenland zou zijn gevestigd, opgezet door het Bureau voor Openbare Veiligheid van Hezhou, een stad in de autonome regio Guangxi.", operator="Hezhou", claimant="RTV Drenthe"),
    S("NL", "Assen", "Een tweede adres, in Assen, zou door dezelfde mensen worden gebruikt.", operator="Hezhou", claimant="RTV Drenthe", note="operator by reference ('dezelfde mensen')"),
    R("NL", "investigation", "Ik kan bevestigen dat de politie Noord-Nederland naar aanleiding van de berichtgeving een onderzoek is gestart, onder leiding van het Openbaar Ministerie.", place="Emmen", claimant="minister van Justitie en Veiligheid"),
    R("NL", "closure", "Daarnaast heeft de burgemeester van Emmen het pand op grond van de Gemeentewet voor de duur van drie maanden laten sluiten; die sluiting is inmiddels ingegaan.", place="Emmen", claimant="minister van Justitie en Veiligheid"),
    R("NL", "no_wrongdoing_found", "Er zijn daarbij geen aanwijzingen gevonden voor strafbare feiten.", place="Assen", claimant="minister van Justitie en Veiligheid"),
    R("NL", "protest", "Mijn collega van Buitenlandse Zaken heeft de ambassadeur op 16 januari op het ministerie laten ontbieden", claimant="minister van Justitie en Veiligheid", date="2026-01-16"),
    C("stations", 4, "NL", "Volgens onderzoekers van Safeguard Defenders gaat het inmiddels om minstens vier van zulke locaties in Nederland.", claimant="Safeguard Defenders"),
]})

# ---------------------------------------------------------------- 021
t = """LIVEBLOG | Invallen bij ‘Chinese politiepost’ in Vlissingen

Volg hier de laatste ontwikkelingen. Dit blog wordt niet meer bijgewerkt.

17:48
Dat was het voor vandaag. Morgen om 09.00 uur gaan we verder. Een samenvatting van de dag lees je in dit artikel.

16:55
De Chinese ambassade in Den Haag heeft gereageerd. In een verklaring op haar website noemt zij de berichtgeving over een Chinese politiepost in Zeeland “volledig verzonnen”. Het pand zou alleen worden gebruikt door “vrijwilligers die landgenoten helpen met het verlengen van hun rijbewijs”.

15:20
Een woordvoerder van het Openbaar Ministerie bevestigt dat er vandaag twee mensen zijn aangehouden: een man van 58 en een vrouw van 44, beiden met de Chinese nationaliteit en woonachtig in Vlissingen. Zij worden verdacht van het deelnemen aan heimelijke activiteiten in opdracht van een buitenlandse overheid. Ze worden morgen voorgeleid aan de rechter-commissaris.

14:02
Volgens ingewijden die Omroep Zeeland sprak, zou de post al sinds 2021 actief zijn en vallen onder het Bureau voor Openbare Veiligheid van Qingxin, een district van de stad Qingyuan in de Chinese provincie Guangdong. Veel Chinese Zeeuwen hebben hun roots in die streek.

13:15
Een Chinese ondernemer uit Middelburg vertelt aan onze verslaggever dat hij vorig jaar “drie of vier keer” door een medewerker van de post is benaderd met de vraag of hij lijsten kon aanleveren van landgenoten die Falun Gong beoefenen. “Ik heb nee gezegd. Daarna werd mijn broer in Qingxin door de politie opgezocht.”

12:30
De burgemeester van Vlissingen zegt “geschrokken” te zijn. Hij laat weten dat het pand na de doorzoeking door de gemeente is verzegeld.

11:05
Ook de Belgische federale politie zou inmiddels contact hebben opgenomen met de Nederlandse collega’s. Een bevestiging daarvan hebben we nog niet.

10:40
De Rijksrecherche is er niet bij betrokken, meldt het OM: het onderzoek wordt gedaan door de politie Zeeland-West-Brabant.

09:52
De politie heeft vanochtend vroeg een pand aan de Walstraat in Vlissingen doorzocht. Volgens de politie gaat het om een onderzoek naar een zogenoemde Chinese politiepost. Meerdere agenten in burger en een ondersteuningsteam zijn ter plaatse. Het treinstation en de veerboot naar Breskens rijden gewoon.
"""
DOCS.append({"name": "021-nl-liveblog-invallen-vlissingen-qingxin.txt", "text": t, "facts": [
    S("NL", "Vlissingen", "Volgens ingewijden die Omroep Zeeland sprak, zou de post al sinds 2021 actief zijn en vallen onder het Bureau voor Openbare Veiligheid van Qingxin, een district van de stad Qingyuan in de Chinese provincie Guangdong.", operator="Qingxin", operator_alt="Qingyuan", claimant="Omroep Zeeland", date="2021"),
    R("NL", "investigation", "De politie heeft vanochtend vroeg een pand aan de Walstraat in Vlissingen doorzocht.", place="Vlissingen"),
    R("NL", "arrest", "Een woordvoerder van het Openbaar Ministerie bevestigt dat er vandaag twee mensen zijn aangehouden", place="Vlissingen", claimant="Openbaar Ministerie"),
    R("NL", "closure", "Hij laat weten dat het pand na de doorzoeking door de gemeente is verzegeld.", place="Vlissingen", claimant="burgemeester van Vlissingen"),
    I("NL", "surveillance", "dat hij vorig jaar “drie of vier keer” door een medewerker van de post is benaderd met de vraag of hij lijsten kon aanleveren van landgenoten die Falun Gong beoefenen", claimant="Chinese ondernemer uit Middelburg"),
    I("NL", "harassment", "“Ik heb nee gezegd. Daarna werd mijn broer in Qingxin door de politie opgezocht.”", claimant="Chinese ondernemer uit Middelburg", note="threat through a relative after refusing to inform: required"),
    D("CN", "In een verklaring op haar website noemt zij de berichtgeving over een Chinese politiepost in Zeeland “volledig verzonnen”.", claimant="Chinese ambassade in Den Haag"),
    S("NL", "Vlissingen", "In een verklaring op haar website noemt zij de berichtgeving over een Chinese politiepost in Zeeland “volledig verzonnen”.", claimant="Chinese ambassade in Den Haag", pol="denied", opt=True, note="place-specific denial (Zeeland)"),
    R("BE", "investigation", "Ook de Belgische federale politie zou inmiddels contact hebben opgenomen met de Nederlandse collega’s.", opt=True, note="unconfirmed contact, not an inquiry"),
]})

# ---------------------------------------------------------------- 022
t = """Uitgelegd | Een Chinees ‘politiebureau’ in Gouda? Zeven vragen en antwoorden

Sinds dinsdag staat Gouda in het nieuws vanwege een mogelijk Chinees politiesteunpunt in de binnenstad. Wat weten we, en wat niet? We zetten het op een rij.

1. Wat is er aan de hand?
Onderzoeksjournalisten van Follow the Money en de Chinese dienst van Radio Free Asia melden dat een stichting die in een kantoorpand bij de Goudse Markt taal- en administratiehulp aanbiedt, in werkelijkheid een zogenoemd overzees servicestation is. Dat zou zijn opgezet door de politie van Lechang, een stad in het noorden van de provincie Guangdong, die onder de prefectuur Shaoguan valt. Het steunpunt zou sinds najaar 2023 open zijn.

2. Wat is zo’n ‘servicestation’ eigenlijk?
Officieel helpen zulke posten Chinezen in het buitenland met papierwerk, zoals het verlengen van een rijbewijs. Critici zeggen dat ze ook worden gebruikt om dissidenten in de gaten te houden en mensen onder druk te zetten om terug te keren naar China. Voor Gouda is van zo’n concreet geval overigens niets bekend.

3. Hoeveel zijn er?
De Spaanse mensenrechtenorganisatie Safeguard Defenders telde er in 2022 honderdtwee, verspreid over drieënvijftig landen. Sindsdien zijn er verschillende gesloten, maar er zijn er ook bijgekomen. Hoeveel het er nu zijn, weet niemand precies.

4. Wat doet de Nederlandse politie?
De politie Den Haag, die over Gouda gaat, heeft “een verkennend onderzoek” ingesteld, laat een woordvoerder weten. Huiszoekingen of aanhoudingen zijn er tot nu toe niet geweest.

5. Wat zegt China?
De Chinese ambassade heeft op vragen van deze krant niet gereageerd. Eerder heeft Peking steeds ontkend dat het politieposten in het buitenland heeft. Een woordvoerder van het ministerie van Buitenlandse Zaken in Beijing noemde zulke berichten in 2023 nog “kwaadwillige speculatie”.

6. Is dit al eerder gebeurd?
Ja. In 2022 liet Nederland twee posten sluiten. Ook Ierland gaf toen opdracht een Chinese post te sluiten; Canada begon een strafrechtelijk onderzoek.

7. Wat betekent dit voor Chinese Goudenaren?
De Chinese gemeenschap in Gouda is klein, een paar honderd mensen. Een vrijwilliger van een kerk die veel Chinese leden heeft, zegt dat “mensen vooral bang zijn om er iets over te zeggen”.
"""
DOCS.append({"name": "022-nl-uitleg-vragen-antwoorden-gouda-lechang.txt", "text": t, "facts": [
    S("NL", "Gouda", "Onderzoeksjournalisten van Follow the Money en de Chinese dienst van Radio Free Asia melden dat een stichting die in een kantoorpand bij de Goudse Markt taal- en administratiehulp aanbiedt, in werkelijkheid een zogenoemd overzees servicestation is. Dat zou zijn opgezet door de politie van Lechang, een stad in het noorden van de provincie Guangdong, die onder de prefectuur Shaoguan valt.", operator="Lechang", operator_alt="Shaoguan", claimant="Follow the Money / Radio Free Asia", date="2023", note="'Dat' = the station at the Goudse Markt in the previous sentence"),
    C("stations", 102, None, "De Spaanse mensenrechtenorganisatie Safeguard Defenders telde er in 2022 honderdtwee, verspreid over drieënvijftig landen.", claimant="Safeguard Defenders", date="2022"),
    C("countries", 53, None, "De Spaanse mensenrechtenorganisatie Safeguard Defenders telde er in 2022 honderdtwee, verspreid over drieënvijftig landen.", claimant="Safeguard Defenders", date="2022"),
    R("NL", "investigation", "De politie Den Haag, die over Gouda gaat, heeft “een verkennend onderzoek” ingesteld, laat een woordvoerder weten.", place="Gouda"),
    R("NL", "arrest", "Huiszoekingen of aanhoudingen zijn er tot nu toe niet geweest.", pol="denied", opt=True),
    D("CN", "Eerder heeft Peking steeds ontkend dat het politieposten in het buitenland heeft.", claimant="PRC Ministry of Foreign Affairs"),
    C("stations", 2, "NL", "In 2022 liet Nederland twee posten sluiten.", date="2022"),
    R("NL", "closure", "In 2022 liet Nederland twee posten sluiten.", date="2022"),
    S("IE", None, "Ook Ierland gaf toen opdracht een Chinese post te sluiten", date="2022"),
    R("IE", "closure", "Ook Ierland gaf toen opdracht een Chinese post te sluiten", date="2022"),
    R("CA", "investigation", "Canada begon een strafrechtelijk onderzoek.", date="2022", opt=True, note="stations in Canada only implied"),
]})

# ---------------------------------------------------------------- 023
t = W("""ECLI:NL:RBLIM:2026:1187

RECHTBANK LIMBURG
Strafrecht, zittingsplaats Roermond
Parketnummer: 04/128450-25
Datum uitspraak: 5 maart 2026

Vonnis van de meervoudige strafkamer in de zaak tegen verdachte, geboren in 1967 te Huaiji (Volksrepubliek China), wonende te Roermond.

4. Bewijsoverwegingen

4.1 Vast staat dat verdachte vanaf januari 2022 een ruimte boven zijn restaurant aan de Swalmerstraat te Roermond ter beschikking stelde aan wat in de stukken een "overzees politie·service·station" wordt genoemd. Uit de in het dossier opgenomen chat·berichten en uit de verklaring van getuige 1 leidt de rechtbank af dat dit steunpunt werkte in opdracht van het Bureau voor Openbare Veiligheid van het arrondissement Huaiji, gelegen in de stads·prefectuur Zhaoqing, en dat verdachte daar als contact·persoon optrad.

4.2 Getuige 2, een Chinese student die in Maastricht studeerde, heeft verklaard dat verdachte hem in de zomer van 2023 meermalen heeft aangesproken en hem heeft voorgehouden dat hij er "verstandig aan deed naar huis te gaan", omdat hij in China werd verdacht van het ver·spreiden van "valse informatie". De student is in september 2023 naar China teruggekeerd. Zijn ouders hadden hem eerder laten weten dat zij door de plaatselijke politie waren ontboden en dat hun pensioen zou worden stopgezet als hij niet terugkwam.

4.3 Verder blijkt uit het dossier dat verdachte in de periode 2022-2024 foto's en namen van deelnemers aan bijeen·komsten van een Oei·goerse vereniging in Venlo aan zijn contact·persoon heeft doorgestuurd. De rechtbank acht ook dit bewezen.

4.4 De verdediging heeft aangevoerd dat verdachte slechts landgenoten hielp bij het aanvragen van documenten en dat van een "politiepost" geen sprake was. De rechtbank verwerpt dit verweer. Dat er daarnaast ook administra·tieve hulp werd geboden, doet aan het voorgaande niet af.

5. Bewezenverklaring en strafoplegging

De rechtbank verklaart bewezen dat verdachte zich schuldig heeft gemaakt aan dwang (artikel 284 Wetboek van Strafrecht) en aan het verrichten van heimelijke activiteiten ten behoeve van een buitenlandse mogendheid, en legt een gevangenis·straf op van achttien maanden, waarvan zes voorwaardelijk.

Het steunpunt is na de doorzoeking van 11 juni 2024 op last van de burge·meester van Roermond gesloten.
""", 76)
DOCS.append({"name": "023-nl-vonnis-rechtbank-wrapped-roermond-huaiji.txt", "text": t, "facts": [
    S("NL", "Roermond", "Uit de in het dossier opgenomen chatberichten en uit de verklaring van getuige 1 leidt de rechtbank af dat dit steunpunt werkte in opdracht van het Bureau voor Openbare Veiligheid van het arrondissement Huaiji, gelegen in de stadsprefectuur Zhaoqing, en dat verdachte daar als contactpersoon optrad.", operator="Huaiji", operator_alt="Zhaoqing", claimant="Rechtbank Limburg", date="2022-01", note="place in the previous sentence (Swalmerstraat)"),
    I("NL", "persuasion", "Getuige 2, een Chinese student die in Maastricht studeerde, heeft verklaard dat verdachte hem in de zomer van 2023 meermalen heeft aangesproken en hem heeft voorgehouden dat hij er \"verstandig aan deed naar huis te gaan\"", claimant="Rechtbank Limburg", date="2023", note="he returned in September 2023"),
    I("NL", "harassment", "Zijn ouders hadden hem eerder laten weten dat zij door de plaatselijke politie waren ontboden en dat hun pensioen zou worden stopgezet als hij niet terugkwam.", opt=True, note="pressure on relatives inside a persuasion case"),
    I("NL", "surveillance", "Verder blijkt uit het dossier dat verdachte in de periode 2022-2024 foto's en namen van deelnemers aan bijeenkomsten van een Oeigoerse vereniging in Venlo aan zijn contactpersoon heeft doorgestuurd.", claimant="Rechtbank Limburg"),
    D("NL", "De verdediging heeft aangevoerd dat verdachte slechts landgenoten hielp bij het aanvragen van documenten en dat van een \"politiepost\" geen sprake was.", claimant="verdediging", opt=True, note="defence's denial: optional"),
    R("NL", "arrest", "De rechtbank verklaart bewezen dat verdachte zich schuldig heeft gemaakt aan dwang (artikel 284 Wetboek van Strafrecht) en aan het verrichten van heimelijke activiteiten ten behoeve van een buitenlandse mogendheid", place="Roermond", claimant="Rechtbank Limburg", date="2026-03-05", note="conviction"),
    R("NL", "investigation", "Het steunpunt is na de doorzoeking van 11 juni 2024 op last van de burgemeester van Roermond gesloten.", place="Roermond", date="2024-06-11", note="search"),
    R("NL", "closure", "Het steunpunt is na de doorzoeking van 11 juni 2024 op last van de burgemeester van Roermond gesloten.", place="Roermond", claimant="Rechtbank Limburg", note="ordered by the mayor"),
]})

# ---------------------------------------------------------------- 024
t = """De Wereld Rond – podcast, aflevering 212
“Chinese politieposten in de kleine landen van Europa” – transcript van het gesprek

PRESENTATOR: Welkom bij De Wereld Rond. Naast mij zit een onderzoekster van de KU Leuven die de voorbije twee jaar Chinese invloed in kleine Europese staten in kaart bracht. Je nieuwe paper gaat over Luxemburg en Malta. Waarom juist die twee?

ONDERZOEKSTER: Omdat ze zo klein zijn dat niemand kijkt. In Luxemburg hebben we een post gevonden in Esch-sur-Alzette, in de zuidelijke mijnstreek. Die werd, voor zover wij kunnen nagaan, sinds eind 2022 gerund door het politiebureau van Gaoyao, een district van Zhaoqing in Guangdong. Daar komen veel van de Chinese restauranthouders in het zuiden van Luxemburg vandaan.

PRESENTATOR: En Malta?

ONDERZOEKSTER: In Malta gaat het om een “servicepunt” in Sliema, in een gebouw van een handelsvereniging. Wie daarachter zit, konden we niet vaststellen. We weten alleen dat daar in 2023 een student is gevraagd om “de situatie aan de universiteit” te rapporteren: wie er naar Tibetaanse lezingen ging, dat soort dingen.

PRESENTATOR: Hoe reageerden de autoriteiten?

ONDERZOEKSTER: Heel verschillend. Het Luxemburgse parket heeft een vooronderzoek geopend, dat was in maart vorig jaar, en dat loopt volgens mij nog. De Maltese politie heeft nooit een onderzoek geopend. Toen ik daarnaar vroeg, kreeg ik als antwoord dat er “geen klacht” was.

PRESENTATOR: En diplomatiek?

ONDERZOEKSTER: Luxemburg heeft de Chinese ambassadeur niet ontboden, maar de minister van Buitenlandse Zaken heeft het wel “aangekaart” bij een ontmoeting. Malta heeft, voor zover ik weet, niets gedaan. Wat je ook moet weten: Malta heeft in 2019 een politieakkoord met China gesloten. Sindsdien lopen er in het toeristenseizoen Chinese agenten mee op gezamenlijke patrouilles, onder meer in Sliema. Dat maakt het politiek gevoelig.

PRESENTATOR: Je schrijft in je paper dat er in heel Europa nog een veertigtal actief zijn. Hoe kom je aan dat getal?

ONDERZOEKSTER: Dat is een voorzichtige schatting op basis van onze eigen lijst en die van andere onderzoekers. Het kan ook meer zijn. Ik zeg erbij: in Luxemburg en Malta gaat het telkens om één post. Dat lijkt weinig, maar op een bevolking van een half miljoen is dat niet niks.

PRESENTATOR: Wat zegt China zelf?

ONDERZOEKSTER: Wat het altijd zegt: dat het om vrijwilligers gaat die landgenoten helpen, dat “politiestations” een verzinsel van westerse media zijn.

PRESENTATOR: Hartelijk bedankt voor dit gesprek.
"""
DOCS.append({"name": "024-nl-podcast-gesprek-esch-sur-alzette-sliema-gaoyao.txt", "text": t, "facts": [
    S("LU", "Esch-sur-Alzette", "In Luxemburg hebben we een post gevonden in Esch-sur-Alzette, in de zuidelijke mijnstreek. Die werd, voor zover wij kunnen nagaan, sinds eind 2022 gerund door het politiebureau van Gaoyao, een district van Zhaoqing in Guangdong.", operator="Gaoyao", operator_alt="Zhaoqing", claimant="researcher (KU Leuven)", date="2022", note="operator in the next sentence ('Die')"),
    S("MT", "Sliema", "In Malta gaat het om een “servicepunt” in Sliema, in een gebouw van een handelsvereniging.", claimant="researcher (KU Leuven)"),
    I("MT", "surveillance", "We weten alleen dat daar in 2023 een student is gevraagd om “de situatie aan de universiteit” te rapporteren", place="Sliema", claimant="researcher (KU Leuven)", date="2023"),
    R("LU", "investigation", "Het Luxemburgse parket heeft een vooronderzoek geopend, dat was in maart vorig jaar, en dat loopt volgens mij nog.", claimant="researcher (KU Leuven)"),
    R("MT", "investigation", "De Maltese politie heeft nooit een onderzoek geopend.", pol="denied", claimant="researcher (KU Leuven)"),
    R("LU", "protest", "Luxemburg heeft de Chinese ambassadeur niet ontboden", pol="denied", opt=True),
    R("LU", "protest", "maar de minister van Buitenlandse Zaken heeft het wel “aangekaart” bij een ontmoeting", opt=True, note="raised at a meeting, short of a summons"),
    R("MT", "protest", "Malta heeft, voor zover ik weet, niets gedaan.", pol="denied", opt=True),
    A("MT", "security_agreement", "Malta heeft in 2019 een politieakkoord met China gesloten.", claimant="researcher (KU Leuven)", date="2019"),
    A("MT", "joint_patrol", "Sindsdien lopen er in het toeristenseizoen Chinese agenten mee op gezamenlijke patrouilles, onder meer in Sliema.", claimant="researcher (KU Leuven)"),
    C("stations", 40, None, "Je schrijft in je paper dat er in heel Europa nog een veertigtal actief zijn.", claimant="researcher (KU Leuven)", opt=True, note="regional approximation"),
    C("stations", 1, "LU", "in Luxemburg en Malta gaat het telkens om één post", opt=True, note="count of one"),
    C("stations", 1, "MT", "in Luxemburg en Malta gaat het telkens om één post", opt=True, note="count of one"),
    D("CN", "Wat het altijd zegt: dat het om vrijwilligers gaat die landgenoten helpen, dat “politiestations” een verzinsel van westerse media zijn.", claimant="PRC government"),
]})

# ---------------------------------------------------------------- 025 (irrelevant)
t = """Nieuwe politiepost bij station Arnhem Centraal moet overlast tegengaan

ARNHEM – Bij het centraal station van Arnhem opent volgende maand een nieuwe politiepost. De post komt in een leegstaande winkelruimte in de stationshal en wordt de hele dag bemand door agenten en handhavers van de gemeente. Dat hebben politie, gemeente en ProRail gisteren bekendgemaakt.

Aanleiding zijn de klachten over zakkenrollers en drugshandel rond het stationsplein. Vorig jaar werden daar 102 mensen aangehouden, onder wie een groep van drie mannen die het vooral gemunt had op toeristen uit China en Japan. De burgemeester spreekt van “een duidelijk signaal”.

De drie partijen ondertekenden gisteren een convenant waarin ze afspreken samen te surveilleren en camerabeelden te delen. Ook de Koninklijke Marechaussee sluit aan. “We gaan gezamenlijke patrouilles lopen, vooral in de avonduren”, zegt de teamchef van het politiebureau Arnhem-Centrum.

Bij de opening was ook een delegatie uit de Chinese zusterstad aanwezig, die op bezoek was voor een handelsmissie. Een vertegenwoordiger van de Chinese ambassade prees de aanpak: “Veel van onze studenten komen via dit station aan.”

Het oude politiebureau aan de Beekstraat sluit eind dit jaar definitief zijn deuren; het gebouw wordt verkocht. De gemeente onderzoekt nog of er woningen in kunnen komen.

Intussen is het aantal asielzoekers dat vanuit Gelderland terugkeert naar het land van herkomst gestegen, meldt de Dienst Terugkeer en Vertrek: vorig jaar keerden er 53 zelfstandig terug. “Terugkeer blijft maatwerk”, aldus een woordvoerder.
"""
DOCS.append({"name": "025-nl-lokaal-politiepost-station-arnhem.txt", "text": t, "facts": []})
