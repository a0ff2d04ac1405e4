"""check17 part B, Dutch documents 020-025 (held-out material: contains the gold)."""
from h import S, C, R, I, A, D, W, M

DOCS = []

# ---------------------------------------------------------------- 020
T020 = """Deze website gebruikt cookies. Door verder te gaan, ga je akkoord met ons cookiebeleid. [Oké] [Meer informatie]

Binnenland | Regionaal nieuws

Burgemeester Hengelo sluit pand Chinese vereniging om vermoedelijke politiepost

Vandaag, 11:20 · Aangepast vandaag, 18:05
Deel dit artikel: Facebook · X · WhatsApp · E-mail

De burgemeester van Hengelo heeft het pand van een Chinese vereniging aan de rand van het centrum laten sluiten. Volgens de gemeente zijn er sterke aanwijzingen dat daar een zogeheten Chinees politiesteunpunt actief was. Het Openbaar Ministerie is een strafrechtelijk onderzoek begonnen.

Het pand van de vereniging is sinds vanochtend verzegeld. © ANP

De sluiting geldt voorlopig voor drie maanden. De burgemeester baseert zich op een rapportage van de politie en de AIVD, die de gemeente vorige maand bereikte. "Wij tolereren niet dat mensen in onze stad in de gaten worden gehouden door een buitenlandse overheid", zei hij op een persconferentie.

Volgens RTV Oost zou het steunpunt in 2019 zijn opgezet door het bureau voor openbare veiligheid van Huoqiu, een district in de Chinese provincie Anhui, waar een groot deel van de Chinese ondernemers in Twente vandaan komt. Op papier hielp de vereniging landgenoten bij het verlengen van rijbewijzen en het aanvragen van documenten.

Lees ook: Kabinet wil strafbaarstelling van 'diasporaspionage' versnellen

Een studente uit Enschede vertelde de omroep dat haar ouders in China door agenten werden bezocht, kort nadat zij op sociale media kritiek had geuit op de Chinese regering. Ze zou daarvoor eerder door een medewerker van de vereniging zijn aangesproken. Aanhoudingen zijn er in het onderzoek nog niet verricht, meldt het OM.

Het is niet de eerste keer dat Nederland optreedt tegen zulke locaties. In 2022 liet de toenmalige minister van Buitenlandse Zaken al twee van deze posten sluiten.

Update 18.05 uur: De Chinese ambassade in Den Haag noemt de berichtgeving in een verklaring "pure verzinsels". Chinese vrijwilligers in het buitenland zouden alleen landgenoten helpen die hun rijbewijs niet zelf kunnen vernieuwen.
"""
DOCS.append({"name": "020-nl-nieuws-hengelo-huoqiu.txt", "text": T020, "facts": [
    S("NL", "Hengelo", "De burgemeester van Hengelo heeft het pand van een Chinese vereniging aan de rand van het centrum laten sluiten. Volgens de gemeente zijn er sterke aanwijzingen dat daar een zogeheten Chinees politiesteunpunt actief was.",
      operator="Huoqiu", operator_alt="Lu'an", claimant="gemeente Hengelo", date="2019",
      note="place in the previous sentence; operator two paragraphs on ('zou het steunpunt in 2019 zijn opgezet door … Huoqiu')"),
    R("NL", "closure", "De burgemeester van Hengelo heeft het pand van een Chinese vereniging aan de rand van het centrum laten sluiten.", place="Hengelo"),
    R("NL", "investigation", "Het Openbaar Ministerie is een strafrechtelijk onderzoek begonnen."),
    I("NL", "harassment", "Een studente uit Enschede vertelde de omroep dat haar ouders in China door agenten werden bezocht, kort nadat zij op sociale media kritiek had geuit op de Chinese regering.",
      claimant="RTV Oost", note="no demand to return"),
    R("NL", "arrest", "Aanhoudingen zijn er in het onderzoek nog niet verricht, meldt het OM.", pol="denied", opt=True),
    C("stations", 2, "NL", "In 2022 liet de toenmalige minister van Buitenlandse Zaken al twee van deze posten sluiten.", date="2022"),
    D("CN", "De Chinese ambassade in Den Haag noemt de berichtgeving in een verklaring \"pure verzinsels\". Chinese vrijwilligers in het buitenland zouden alleen landgenoten helpen die hun rijbewijs niet zelf kunnen vernieuwen.",
      claimant="Chinese embassy in The Hague"),
]})

# ---------------------------------------------------------------- 021
MARKS021 = ["Ne·der·land", "po·li·tie·steun·punt", "ver·eni·ging", "Open·baar", "on·der·zoek", "aan·wij·zin·gen", "ambas·sa·deur",
            "Bui·ten·land·se", "op·spo·rings·on·der·zoek", "bur·ge·mees·ter", "Ma'an·shan", "ge·meen·schap", "in·ter·na·ti·o·na·le",
            "in·di·vi·du·e·le", "lo·ca·ties", "re·ge·ring", "ver·ze·geld", "ge·slo·ten", "Hard·er·wijk", "on·der·han·de·lin·gen"]
Q021 = """Vraag 1
Bent u bekend met het bericht 'Chinese politiepost in Den Helder jarenlang actief'?¹

Antwoord 1
Ja.

Vraag 2
Klopt het dat deze post, zoals het Noordhollands Dagblad meldt, in 2020 is opgezet door het bureau voor openbare veiligheid van de stad Ma'anshan?

Antwoord 2
Uit informatie van de AIVD blijkt dat de locatie in Den Helder in 2020 is ingericht in opdracht van het bureau voor openbare veiligheid van Ma'anshan, in de provincie Anhui. Het Openbaar Ministerie heeft in maart 2025 een opsporingsonderzoek ingesteld. De burgemeester van Den Helder heeft het pand op 2 april 2025 gesloten en verzegeld.

Vraag 3
Is het waar dat een inwoner van Den Helder onder druk is gezet om naar China terug te keren?

Antwoord 3
Over individuele zaken in een lopend strafrechtelijk onderzoek doe ik geen uitspraken.

Vraag 4
Zijn er in Nederland nog andere locaties bekend? Wat is er bekend over de locatie in Harderwijk die in het bericht wordt genoemd?

Antwoord 4
Bij de politie en de AIVD zijn op dit moment drie locaties in Nederland bekend. De politie heeft de locatie in Harderwijk bezocht en met de betrokkenen gesproken. Daarbij zijn geen aanwijzingen voor strafbare feiten aangetroffen.

Vraag 5
Bent u bereid de Chinese ambassadeur te ontbieden?

Antwoord 5
De minister van Buitenlandse Zaken heeft de Chinese ambassadeur op 14 april 2025 ontboden en hem duidelijk gemaakt dat dergelijke activiteiten op Nederlands grondgebied onaanvaardbaar zijn.

Vraag 6
Wordt de samenwerking met de Chinese politie op het gebied van internationale misdaadbestrijding voortgezet?

Antwoord 6
Nederland en China hebben geen politieverdrag. Over gezamenlijke patrouilles is nooit gesproken en daartoe bestaan ook geen plannen."""
P021a, P021b = Q021.split("Vraag 4")
T021 = ("""ah-tk-20242025-1873
Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden

Tweede Kamer der Staten-Generaal                    Vergaderjaar 2024-2025

1873
Vragen van het lid Van der Werf (D66) aan de Minister van Justitie en Veiligheid over een Chinese politiepost in Den Helder (ingezonden 20 maart 2025).

Antwoord van Minister van Justitie en Veiligheid (ontvangen 22 april 2025).

""" + W(M(P021a, MARKS021)) + """

Tweede Kamer, vergaderjaar 2024-2025, Aanhangsel                                   1

ah-tk-20242025-1873
Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden

""" + W(M("Vraag 4" + P021b, MARKS021)) + """

________________
¹ Noordhollands Dagblad, 18 maart 2025.

Tweede Kamer, vergaderjaar 2024-2025, Aanhangsel                                   2
""")
DOCS.append({"name": "021-nl-kamervragen-antwoord-wrapped-den-helder-harderwijk-maanshan.txt", "text": T021, "facts": [
    S("NL", "Den Helder", "Uit informatie van de AIVD blijkt dat de locatie in Den Helder in 2020 is ingericht in opdracht van het bureau voor openbare veiligheid van Ma'anshan, in de provincie Anhui.",
      operator="Ma'anshan", operator_alt="Maanshan", claimant="AIVD", date="2020", note="also in question 2's premise (Noordhollands Dagblad)"),
    R("NL", "investigation", "Het Openbaar Ministerie heeft in maart 2025 een opsporingsonderzoek ingesteld.", date="2025-03"),
    R("NL", "closure", "De burgemeester van Den Helder heeft het pand op 2 april 2025 gesloten en verzegeld.", place="Den Helder", date="2025-04-02"),
    C("stations", 3, "NL", "Bij de politie en de AIVD zijn op dit moment drie locaties in Nederland bekend.", claimant="politie en AIVD"),
    S("NL", "Harderwijk", "Wat is er bekend over de locatie in Harderwijk die in het bericht wordt genoemd?", claimant="Noordhollands Dagblad", opt=True,
      note="named in a question as a location of the report; the answer finds nothing"),
    R("NL", "investigation", "De politie heeft de locatie in Harderwijk bezocht en met de betrokkenen gesproken.", place="Harderwijk"),
    R("NL", "no_wrongdoing_found", "Daarbij zijn geen aanwijzingen voor strafbare feiten aangetroffen.", place="Harderwijk"),
    R("NL", "protest", "De minister van Buitenlandse Zaken heeft de Chinese ambassadeur op 14 april 2025 ontboden", date="2025-04-14"),
    A("NL", "joint_patrol", "Over gezamenlijke patrouilles is nooit gesproken en daartoe bestaan ook geen plannen.", pol="denied", opt=True),
    A("NL", "security_agreement", "Nederland en China hebben geen politieverdrag.", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 022
T022 = """FACTCHECK

Zit er een Chinees politiekantoor in Aarschot? Nee, maar wel elders in Vlaanderen

Op TikTok en Facebook circuleert een video waarin wordt beweerd dat China "gewoon een politiekantoor" runt boven een theehuis in Aarschot. Dat klopt niet. Wel zijn er aanwijzingen voor zo'n steunpunt in Waregem.

Door de factcheckredactie · 6 mei 2025, 07:00 · Leestijd 4 min.

DE BEWERING
"In Aarschot zit gewoon een Chinees politiebureau, midden in het centrum. Niemand doet er iets aan." Dat zegt een man in een video die sinds eind april ruim 180.000 keer is bekeken. In de beelden wijst hij naar een gevel met Chinese karakters.

DE FEITEN
We legden de video voor aan de lokale politiezone. Die heeft het pand in kwestie na de eerste meldingen bezocht. "Het gaat om een theehuis met een kleine Chinese taalschool op de bovenverdieping", zegt een woordvoerder. "We hebben niets aangetroffen dat op politieactiviteiten van een ander land wijst." De Chinese karakters op de gevel betekenen, zo lieten we vertalen, "thee en rust".

Toch komt de bewering niet uit het niets. De Veiligheid van de Staat (VSSE) bevestigde vorig jaar dat er in ons land drie locaties bekend zijn waar zogenaamde Chinese politiesteunpunten actief waren of zijn. Eén daarvan ligt in Waregem. Volgens de VSSE is de locatie daar gelinkt aan het bureau voor openbare veiligheid van Lingbi, een district in het noorden van de Chinese provincie Anhui. Het federaal parket opende in 2024 een onderzoek; over de stand daarvan wil het parket niets kwijt.

De andere twee locaties maakt de VSSE niet bekend.

WAT ZEGT CHINA?
De Chinese ambassade in Brussel reageerde op onze vraag met een verwijzing naar eerdere verklaringen. Daarin noemt de ambassade de berichten over politieposten "kwaadwillige geruchten" en spreekt ze van "dienstverlening door vrijwilligers".

DE CONTEXT
De mensenrechtenorganisatie Safeguard Defenders bracht in 2022 in kaart dat er 102 zulke steunpunten zouden bestaan, verspreid over 53 landen.

ONS OORDEEL: ONWAAR
Er is geen aanwijzing dat er in Aarschot een Chinees politiekantoor zit. Wel bestaan er elders in België zulke locaties.

Heeft u een bewering die we moeten checken? Mail naar factcheck@redactie.be.
"""
DOCS.append({"name": "022-nl-factcheck-aarschot-waregem-lingbi.txt", "text": T022, "facts": [
    S("BE", "Aarschot", "In Aarschot zit gewoon een Chinees politiebureau, midden in het centrum.", claimant="TikTok video", opt=True, note="claim rated false"),
    S("BE", "Aarschot", "Er is geen aanwijzing dat er in Aarschot een Chinees politiekantoor zit.", pol="denied", opt=True,
      note="the fact-check's verdict"),
    R("BE", "investigation", "Die heeft het pand in kwestie na de eerste meldingen bezocht.", place="Aarschot"),
    R("BE", "no_wrongdoing_found", "\"We hebben niets aangetroffen dat op politieactiviteiten van een ander land wijst.\"", place="Aarschot"),
    C("stations", 3, "BE", "De Veiligheid van de Staat (VSSE) bevestigde vorig jaar dat er in ons land drie locaties bekend zijn waar zogenaamde Chinese politiesteunpunten actief waren of zijn.",
      claimant="VSSE"),
    S("BE", "Waregem", "Eén daarvan ligt in Waregem. Volgens de VSSE is de locatie daar gelinkt aan het bureau voor openbare veiligheid van Lingbi, een district in het noorden van de Chinese provincie Anhui.",
      operator="Lingbi", operator_alt="Suzhou", claimant="VSSE"),
    R("BE", "investigation", "Het federaal parket opende in 2024 een onderzoek;", date="2024"),
    D("CN", "Daarin noemt de ambassade de berichten over politieposten \"kwaadwillige geruchten\" en spreekt ze van \"dienstverlening door vrijwilligers\".",
      claimant="Chinese embassy in Brussels"),
    C("stations", 102, None, "De mensenrechtenorganisatie Safeguard Defenders bracht in 2022 in kaart dat er 102 zulke steunpunten zouden bestaan, verspreid over 53 landen.",
      claimant="Safeguard Defenders", date="2022"),
    C("countries", 53, None, "De mensenrechtenorganisatie Safeguard Defenders bracht in 2022 in kaart dat er 102 zulke steunpunten zouden bestaan, verspreid over 53 landen.",
      claimant="Safeguard Defenders", date="2022"),
]})

# ---------------------------------------------------------------- 023
T023 = """Vragen en antwoorden
Chinese 'politieposten' in Nederland: hoe zit het nu, en wat is er in Zeist aan de hand?

Sinds de politie vorige week een pand in Zeist doorzocht, is de kwestie van de Chinese 'politiesteunpunten' terug in het nieuws. Wat weten we, en wat (nog) niet? De belangrijkste vragen op een rij.

Wat is een Chinees politiesteunpunt?
Officieel zijn het loketten waar Chinezen in het buitenland terechtkunnen voor praktische zaken, zoals het verlengen van een rijbewijs. Critici zeggen dat ze ook worden gebruikt om landgenoten in de gaten te houden en mensen die in China worden gezocht over te halen om terug te gaan. Volgens de Chinese autoriteiten zelf zijn op die manier wereldwijd al tienduizenden mensen 'teruggehaald'.

Wat is er in Zeist gebeurd?
Op dinsdag 3 juni doorzocht de politie op verzoek van het Openbaar Ministerie een kantoorruimte boven een supermarkt in het centrum van Zeist. Volgens onderzoeksplatform Follow the Money zat daar sinds 2018 een steunpunt dat valt onder het bureau voor openbare veiligheid van Hefei, de hoofdstad van de provincie Anhui. Er is niemand aangehouden.

Wie zijn er de dupe van?
Follow the Money sprak een Oeigoerse man uit de regio die maandenlang telefoontjes kreeg van een medewerker van het kantoor. Die drong erop aan dat hij 'voor zijn eigen bestwil' naar China zou terugkeren. De man weigerde en woont nog altijd in Nederland.

Zijn er meer van zulke posten?
Het kabinet ging er in december van uit dat er minstens vier in Nederland actief zijn geweest. Een daarvan zou in Veenendaal hebben gezeten, op een steenworp afstand van Zeist; die is volgens de gemeente inmiddels leeg.

Wat doet de regering?
Naast het strafrechtelijk onderzoek heeft Buitenlandse Zaken 'zorgen overgebracht' aan de Chinese ambassade. Een ontbieding van de ambassadeur is er niet gekomen, bevestigt het ministerie.

Wat als blijkt dat het kantoor echt voor de Chinese politie werkte?
Dan kan het OM vervolging instellen. Of dat gebeurt, is nog onduidelijk.

Wat zegt China?
De ambassade zegt dat het om 'vrijwillige dienstverlening' gaat en dat er 'geen sprake is van politiewerk'.

Dit artikel wordt bijgewerkt zodra er meer bekend is.
"""
DOCS.append({"name": "023-nl-vragen-en-antwoorden-zeist-veenendaal-hefei.txt", "text": T023, "facts": [
    I(None, "surveillance", "Critici zeggen dat ze ook worden gebruikt om landgenoten in de gaten te houden en mensen die in China worden gezocht over te halen om terug te gaan.",
      claimant="critics", opt=True, note="general statement of purpose"),
    I(None, "persuasion", "mensen die in China worden gezocht over te halen om terug te gaan", claimant="critics", opt=True, note="general statement of purpose"),
    R("NL", "investigation", "Op dinsdag 3 juni doorzocht de politie op verzoek van het Openbaar Ministerie een kantoorruimte boven een supermarkt in het centrum van Zeist.", place="Zeist"),
    S("NL", "Zeist", "Volgens onderzoeksplatform Follow the Money zat daar sinds 2018 een steunpunt dat valt onder het bureau voor openbare veiligheid van Hefei, de hoofdstad van de provincie Anhui.",
      operator="Hefei", claimant="Follow the Money", date="2018"),
    R("NL", "arrest", "Er is niemand aangehouden.", pol="denied", opt=True),
    I("NL", "persuasion", "Follow the Money sprak een Oeigoerse man uit de regio die maandenlang telefoontjes kreeg van een medewerker van het kantoor. Die drong erop aan dat hij 'voor zijn eigen bestwil' naar China zou terugkeren.",
      claimant="Follow the Money", note="he refused and stayed"),
    C("stations", 4, "NL", "Het kabinet ging er in december van uit dat er minstens vier in Nederland actief zijn geweest.", claimant="Dutch government"),
    S("NL", "Veenendaal", "Een daarvan zou in Veenendaal hebben gezeten, op een steenworp afstand van Zeist;"),
    R("NL", "closure", "die is volgens de gemeente inmiddels leeg", place="Veenendaal", opt=True, note="empty now, no order stated"),
    R("NL", "protest", "heeft Buitenlandse Zaken 'zorgen overgebracht' aan de Chinese ambassade.", opt=True, note="concerns conveyed, short of a summons"),
    R("NL", "protest", "Een ontbieding van de ambassadeur is er niet gekomen, bevestigt het ministerie.", pol="denied", opt=True),
    D("CN", "De ambassade zegt dat het om 'vrijwillige dienstverlening' gaat en dat er 'geen sprake is van politiewerk'.", claimant="Chinese embassy"),
]})

# ---------------------------------------------------------------- 024
T024 = """REGIO | DOETINCHEM

Gemeente zegt huur op van pand waar 'Chinese politiepost' zat

Door onze verslaggever · 14 okt. 2025, 06:00

DOETINCHEM – De gemeente Doetinchem zet de Chinese culturele stichting uit het gemeentelijke pand aan de Grutstraat. Dat heeft het college gisteravond besloten, twee weken nadat deze krant onthulde dat er een Chinees politiesteunpunt in het gebouw zou zijn gevestigd.

Zoals we eerder meldden, werd in het pand volgens ingewijden sinds 2021 ook 'hulp' geboden namens het bureau voor openbare veiligheid van Jianyang, een stadsdistrict van Nanping in de Chinese provincie Fujian. Uit die regio komen de meeste Chinese horecaondernemers in de Achterhoek.

Het college noemt de huuropzegging "een noodzakelijke stap". De stichting moet het pand voor 1 januari verlaten. Een wethouder: "Wij verhuren geen ruimte aan een organisatie die mogelijk namens een buitenlandse politiedienst mensen in de gaten houdt."

Reageren? Mail de redactie: regio@krant.nl

Foto's op telefoon
De aanleiding was het verhaal van een winkelmedewerkster uit Doetinchem. Zij vertelde deze krant dat ze bij een herdenking van het bloedbad op het Plein van de Hemelse Vrede in Arnhem werd gefotografeerd door een man die zij kende uit het pand. Weken later kreeg ze die foto's via WeChat toegestuurd van een onbekend nummer.

De politie Oost-Nederland heeft het pand na de publicatie bezocht en gesprekken gevoerd. "Strafbare feiten hebben we daarbij niet vastgesteld", aldus een woordvoerder. Wel is de informatie doorgegeven aan de AIVD.

De voorzitter van de stichting ontkent alles. "Hier worden oudere mensen geholpen met formulieren. Er is hier nooit een politiepost geweest en die komt er ook niet."

Meer over dit onderwerp
› Chinese politieposten: wat we weten
› Achterhoekse horeca zoekt personeel

Over de auteur: onze verslaggever schrijft over Doetinchem, Oude IJsselstreek en Montferland.
"""
DOCS.append({"name": "024-nl-regionaal-vervolg-doetinchem-jianyang.txt", "text": T024, "facts": [
    S("NL", "Doetinchem", "Zoals we eerder meldden, werd in het pand volgens ingewijden sinds 2021 ook 'hulp' geboden namens het bureau voor openbare veiligheid van Jianyang, een stadsdistrict van Nanping in de Chinese provincie Fujian.",
      operator="Jianyang", operator_alt="Nanping", claimant="ingewijden", date="2021",
      note="the place comes from the dateline and the previous paragraph ('een Chinees politiesteunpunt in het gebouw')"),
    R("NL", "closure", "De gemeente Doetinchem zet de Chinese culturele stichting uit het gemeentelijke pand aan de Grutstraat.", place="Doetinchem", date="2025-10-13",
      note="the municipality terminates the lease"),
    I("NL", "surveillance", "Zij vertelde deze krant dat ze bij een herdenking van het bloedbad op het Plein van de Hemelse Vrede in Arnhem werd gefotografeerd door een man die zij kende uit het pand.",
      place="Doetinchem"),
    R("NL", "investigation", "De politie Oost-Nederland heeft het pand na de publicatie bezocht en gesprekken gevoerd.", place="Doetinchem"),
    R("NL", "no_wrongdoing_found", "\"Strafbare feiten hebben we daarbij niet vastgesteld\", aldus een woordvoerder.", place="Doetinchem"),
    D("NL", "De voorzitter van de stichting ontkent alles.", claimant="chairman of the foundation", opt=True,
      note="host-country association's denial"),
    S("NL", "Doetinchem", "Er is hier nooit een politiepost geweest en die komt er ook niet.", pol="denied", claimant="chairman of the foundation", opt=True),
]})

# ---------------------------------------------------------------- 025 (irrelevant)
T025 = """Chinese consulaat houdt spreekuur in Gorinchem: 'Scheelt een dag reizen'

GORINCHEM – Ruim vijftig Chinese Nederlanders uit de Alblasserwaard en de Betuwe hebben zaterdag in het buurthuis aan de Lingewal hun paspoort laten verlengen. Het Chinese consulaat-generaal in Amsterdam hield er voor het eerst een mobiel spreekuur.

Voor veel ouderen scheelt dat een lange reis, zegt de voorzitter van de Chinese ondernemersvereniging, die het spreekuur samen met de gemeente organiseerde. "Mijn moeder is 84. Met de trein naar Amsterdam, dan de tram, dan wachten: dat kost haar een hele dag." In totaal werden 53 aanvragen behandeld, ook voor visa en legalisaties van akten.

Wijkagent Gerrit de Waal was er ook even bij. Hij gaf uitleg over oplichting via de telefoon, waar volgens hem opvallend vaak Chinese ouderen het slachtoffer van worden. "Mensen worden gebeld door iemand die zegt dat hij van de politie in China is en dat er een zaak tegen hen loopt. Dat is altijd nep. Hang op en bel ons."

De gemeente en de vereniging hebben afgesproken het spreekuur twee keer per jaar te herhalen. Een samenwerkingsovereenkomst is volgens de wethouder niet nodig: "Wij stellen alleen de ruimte beschikbaar."

Wie een afspraak wil maken voor het volgende spreekuur, kan zich melden via de website van het consulaat. Vervoer vanaf het station wordt geregeld door vrijwilligers.
"""
DOCS.append({"name": "025-nl-lokaal-consulair-spreekuur-gorinchem.txt", "text": T025, "facts": []})
