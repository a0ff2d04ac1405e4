"""check22 part A, Dutch documents 012-014."""
from h import S, C, R, I, A, D, wrap_hy, soft

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 012
T012 = """Deze website gebruikt cookies. Lees meer in onze privacyverklaring. [Akkoord]

REGIO | Hardenberg
Delen: WhatsApp · Facebook · E-mail

Politie doorzoekt pand in Hardenberg om vermeend Chinees politiesteunpunt

Vandaag, 11:52 · Aangepast vandaag, 16:40

De politie heeft dinsdagochtend een bedrijfspand aan de rand van het centrum van Hardenberg doorzocht. Volgens de mensenrechtenorganisatie Safeguard Defenders zou in het pand, dat officieel dienstdoet als kantoor van een Chinese ondernemersvereniging, een zogeheten politiesteunpunt zijn gevestigd.

Het punt zou zijn opgezet door het Bureau voor Openbare Veiligheid van Zhijin, een district in de Zuid-Chinese provincie Guizhou. Dat blijkt uit documenten die de organisatie in handen heeft.

Burgemeester liet het pand na de doorzoeking sluiten. "Als er ook maar een vermoeden is dat hier mensen onder druk worden gezet, grijp ik in", zei hij tegen deze omroep.

[Foto: Agenten dragen dozen het pand uit. © Omroep Vechtdal]

In Hardenberg wonen ongeveer tweehonderd mensen met Chinese wortels, de meesten werkzaam in de horeca en in de tuinbouw rond de stad. Een studente die in Zwolle studeert en in Hardenberg opgroeide, vertelt dat haar ouders in Guizhou afgelopen voorjaar twee keer bezoek kregen van agenten. Dat gebeurde kort nadat zij in Den Haag had meegelopen in een demonstratie. "Ze wilden weten met wie ik omga. Terugkomen hoefde ik niet, ze wilden vooral dat ik stil ben."

LEES OOK: Tuinders in Vechtdal kampen met personeelstekort

Volgens Safeguard Defenders zijn er in Nederland minstens drie van zulke steunpunten. Een tweede post zou in Coevorden zitten en gelieerd zijn aan de politie van Weining, eveneens in Guizhou. De gemeente Coevorden laat weten "geen signalen" te hebben ontvangen.

Er is niemand aangehouden.

De Chinese ambassade ontkent dat het om een politiepost gaat. Vrijwilligers zouden landgenoten in Hardenberg alleen helpen met het verlengen van hun Chinese rijbewijs.

Update 16.40 uur: Het Openbaar Ministerie meldt dat het een strafrechtelijk onderzoek is gestart naar de activiteiten in het pand.

Meer nieuws uit de regio · Download onze app"""

D012 = {"name": "012-nl-regional-news-update-hardenberg-coevorden-zhijin-weining.txt", "text": T012, "facts": [
    R("NL", "investigation", "De politie heeft dinsdagochtend een bedrijfspand aan de rand van het centrum van Hardenberg doorzocht", place="Hardenberg", claimant="Dutch police"),
    S("NL", "Hardenberg", "Volgens de mensenrechtenorganisatie Safeguard Defenders zou in het pand, dat officieel dienstdoet als kantoor van een Chinese ondernemersvereniging, een zogeheten politiesteunpunt zijn gevestigd", claimant=SD),
    S("NL", "Hardenberg", "Het punt zou zijn opgezet door het Bureau voor Openbare Veiligheid van Zhijin, een district in de Zuid-Chinese provincie Guizhou", operator="Zhijin", operator_alt=["Bijie"], claimant=SD),
    R("NL", "closure", "Burgemeester liet het pand na de doorzoeking sluiten", place="Hardenberg", claimant="mayor of Hardenberg"),
    I("NL", "harassment", "haar ouders in Guizhou afgelopen voorjaar twee keer bezoek kregen van agenten. Dat gebeurde kort nadat zij in Den Haag had meegelopen in een demonstratie", claimant="a student from Hardenberg"),
    C("stations", 3, "NL", "Volgens Safeguard Defenders zijn er in Nederland minstens drie van zulke steunpunten", claimant=SD),
    S("NL", "Coevorden", "Een tweede post zou in Coevorden zitten en gelieerd zijn aan de politie van Weining, eveneens in Guizhou", operator="Weining", operator_alt=["Bijie"], claimant=SD),
    S("NL", "Coevorden", "De gemeente Coevorden laat weten \"geen signalen\" te hebben ontvangen", claimant="municipality of Coevorden", pol="denied", opt=True),
    R("NL", "arrest", "Er is niemand aangehouden.", pol="denied", opt=True),
    D("CN", "De Chinese ambassade ontkent dat het om een politiepost gaat. Vrijwilligers zouden landgenoten in Hardenberg alleen helpen met het verlengen van hun Chinese rijbewijs", claimant="PRC Embassy in the Netherlands"),
    R("NL", "investigation", "Het Openbaar Ministerie meldt dat het een strafrechtelijk onderzoek is gestart naar de activiteiten in het pand", claimant="Openbaar Ministerie"),
]}

# ---------------------------------------------------------------- 013
P013 = """Tweede Kamer der Staten-Generaal
Aanhangsel van de Handelingen
Vergaderjaar 2026-2027

Ah-TK-20262027-0412

Vragen van het lid van de Tweede Kamer (fractie in de oppositie) aan de Minister van Justitie en Veiligheid en de Minister van Buitenlandse Zaken over een Chinees servicepunt in Culemborg (ingezonden 16 oktober 2026).

Antwoord van de Minister van Justitie en Veiligheid, mede namens de Minister van Buitenlandse Zaken (ontvangen 20 november 2026).

Vraag 1
Bent u bekend met het bericht dat in Culemborg een zogenoemd servicestation actief is dat zou vallen onder het Bureau voor Openbare Veiligheid van Meitan, een district in de Chinese provincie Guizhou?

Antwoord 1
Ja. De politie heeft naar aanleiding van het bericht onderzoek gedaan naar het pand in Culemborg. Daarbij zijn geen strafbare feiten vastgesteld.

Vraag 2
In hetzelfde bericht wordt gesteld dat een vergelijkbaar punt in Zaltbommel zou zijn gevestigd, gelieerd aan het bureau van Fenggang. Klopt dat?

Antwoord 2
De politie heeft geen aanwijzingen dat in Zaltbommel een dergelijk punt bestaat.

Vraag 3
Bent u bekend met de verklaring van een Chinese horecamedewerker uit Culemborg dat hij via het servicestation herhaaldelijk werd aangespoord om naar China terug te keren, wat hij weigerde?

Antwoord 3
Over individuele zaken doe ik geen uitspraken. In algemene zin geldt dat iedereen die in Nederland onder druk wordt gezet, aangifte kan doen.

Vraag 4
Hoeveel van zulke locaties zijn er volgens de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) in Nederland bekend?

Antwoord 4
De NCTV is bekend met vier locaties in Nederland waarover in openbare bronnen is bericht. Eind 2022 zijn na optreden van het kabinet twee daarvan gesloten.

Vraag 5
Wat gaat u doen als blijkt dat er in Culemborg wel degelijk mensen onder druk zijn gezet?

Antwoord 5
Ik ga niet in op hypothetische vragen.

Vraag 6
Heeft het kabinet de Chinese ambassadeur naar aanleiding van dit bericht aangesproken?

Antwoord 6
Ja. De Chinese ambassadeur is op 30 oktober ontboden op het ministerie van Buitenlandse Zaken. De ambassade heeft daarbij laten weten dat het servicepunt uitsluitend vrijwilligerswerk betreft, zoals hulp bij het verlengen van paspoorten.

Ah-TK-20262027-0412                                         1"""

T013 = wrap_hy(soft(P013), 72)

D013 = {"name": "013-nl-written-questions-answers-culemborg-zaltbommel-meitan-fenggang.txt", "text": T013, "facts": [
    S("NL", "Culemborg", "in Culemborg een zogenoemd servicestation actief is dat zou vallen onder het Bureau voor Openbare Veiligheid van Meitan, een district in de Chinese provincie Guizhou", operator="Meitan", operator_alt=["Zunyi"], claimant="a news report cited in the question"),
    R("NL", "investigation", "De politie heeft naar aanleiding van het bericht onderzoek gedaan naar het pand in Culemborg", place="Culemborg", claimant="Minister of Justice and Security"),
    R("NL", "no_wrongdoing_found", "Daarbij zijn geen strafbare feiten vastgesteld.", claimant="Minister of Justice and Security"),
    S("NL", "Zaltbommel", "In hetzelfde bericht wordt gesteld dat een vergelijkbaar punt in Zaltbommel zou zijn gevestigd, gelieerd aan het bureau van Fenggang", operator="Fenggang", operator_alt=["Zunyi"], claimant="a news report cited in the question"),
    S("NL", "Zaltbommel", "De politie heeft geen aanwijzingen dat in Zaltbommel een dergelijk punt bestaat.", claimant="Minister of Justice and Security", pol="denied", opt=True),
    I("NL", "persuasion", "een Chinese horecamedewerker uit Culemborg dat hij via het servicestation herhaaldelijk werd aangespoord om naar China terug te keren, wat hij weigerde", place="Culemborg", claimant="a Chinese catering worker from Culemborg"),
    C("stations", 4, "NL", "De NCTV is bekend met vier locaties in Nederland", claimant="NCTV"),
    R("NL", "closure", "Eind 2022 zijn na optreden van het kabinet twee daarvan gesloten.", claimant="Minister of Justice and Security", date="2022"),
    R("NL", "protest", "De Chinese ambassadeur is op 30 oktober ontboden op het ministerie van Buitenlandse Zaken.", claimant="Minister of Justice and Security", date="2026-10-30"),
    D("CN", "De ambassade heeft daarbij laten weten dat het servicepunt uitsluitend vrijwilligerswerk betreft, zoals hulp bij het verlengen van paspoorten", claimant="PRC Embassy in the Netherlands"),
]}

# ---------------------------------------------------------------- 014
T014 = """VRT-RADIO 1 · De Ochtend · uitzending van 4 december 2026 · transcript fragment 07.20 uur

[Jingle]

PRESENTATOR: Het is twintig over zeven. Het federaal parket heeft een gerechtelijk onderzoek geopend naar een Chinees zogenaamd politiekantoor in Tielt, in West-Vlaanderen. Gisteren was er een huiszoeking. Onze reporter volgt het dossier. Goeiemorgen.

REPORTER: Goeiemorgen.

PRESENTATOR: Wat weten we?

REPORTER: Het gaat om een klein kantoor boven een Chinees restaurant aan de markt in Tielt. Volgens documenten die bij de huiszoeking in beslag zijn genomen, werkte dat kantoor voor de politie van Yangxian, een district in de Chinese provincie Shaanxi. Er zijn twee mensen opgepakt, een man en een vrouw, allebei Chinees.

PRESENTATOR: Wat zouden ze gedaan hebben?

REPORTER: Het parket spreekt over het onder druk zetten van landgenoten. Er is één concreet geval: een kok die in Tielt werkte, is in september door twee mannen naar de luchthaven van Zaventem gebracht en op een vliegtuig naar China gezet. Zijn collega's hebben sindsdien niets meer van hem gehoord.

PRESENTATOR: Dat is nogal wat. Is dit het enige kantoor in België?

REPORTER: Volgens de ngo Safeguard Defenders zijn er in België drie zulke posten. In hun rapport wordt ook een adres in Nieuwpoort genoemd, gelinkt aan de politie van Chenggu, dat ligt in dezelfde regio als Yangxian. Maar de lokale politie in Nieuwpoort zegt daar niets van te weten.

PRESENTATOR: En wereldwijd?

REPORTER: Meer dan honderd, in meer dan vijftig landen, volgens diezelfde ngo.

PRESENTATOR: Wat zegt China?

REPORTER: De Chinese ambassade zegt dat het gaat om vrijwilligers die oudere landgenoten helpen met paspoorten en rijbewijzen. Van politiewerk zou geen sprake zijn.

PRESENTATOR: En de regering?

REPORTER: De minister van Buitenlandse Zaken heeft de Chinese ambassadeur gisterenavond op het matje geroepen.

PRESENTATOR: Stel dat er nog meer van zulke kantoren opduiken, wat dan?

REPORTER: Dat is koffiedik kijken. Het parket wil eerst dit onderzoek afronden.

PRESENTATOR: Dank je wel. Dan het weer...

[Jingle] [Einde fragment]"""

D014 = {"name": "014-nl-be-radio-transcript-tielt-nieuwpoort-yangxian-chenggu.txt", "text": T014, "facts": [
    R("BE", "investigation", "Het federaal parket heeft een gerechtelijk onderzoek geopend naar een Chinees zogenaamd politiekantoor in Tielt", place="Tielt", claimant="federal prosecutor's office"),
    S("BE", "Tielt", "Het federaal parket heeft een gerechtelijk onderzoek geopend naar een Chinees zogenaamd politiekantoor in Tielt, in West-Vlaanderen", claimant="federal prosecutor's office"),
    S("BE", "Tielt", "Volgens documenten die bij de huiszoeking in beslag zijn genomen, werkte dat kantoor voor de politie van Yangxian, een district in de Chinese provincie Shaanxi", operator="Yangxian", operator_alt=["Hanzhong"], claimant="seized documents"),
    R("BE", "arrest", "Er zijn twee mensen opgepakt, een man en een vrouw, allebei Chinees.", claimant="VRT reporter"),
    I("BE", "forced_return", "een kok die in Tielt werkte, is in september door twee mannen naar de luchthaven van Zaventem gebracht en op een vliegtuig naar China gezet", place="Tielt", claimant="federal prosecutor's office"),
    C("stations", 3, "BE", "Volgens de ngo Safeguard Defenders zijn er in België drie zulke posten", claimant=SD),
    S("BE", "Nieuwpoort", "In hun rapport wordt ook een adres in Nieuwpoort genoemd, gelinkt aan de politie van Chenggu", operator="Chenggu", operator_alt=["Hanzhong"], claimant=SD),
    S("BE", "Nieuwpoort", "de lokale politie in Nieuwpoort zegt daar niets van te weten", claimant="local police of Nieuwpoort", pol="denied", opt=True),
    C("stations", 100, None, "Meer dan honderd, in meer dan vijftig landen", claimant=SD, opt=True, note="approximation"),
    C("countries", 50, None, "Meer dan honderd, in meer dan vijftig landen", claimant=SD, opt=True, note="approximation"),
    D("CN", "De Chinese ambassade zegt dat het gaat om vrijwilligers die oudere landgenoten helpen met paspoorten en rijbewijzen. Van politiewerk zou geen sprake zijn.", claimant="PRC Embassy in Belgium"),
    R("BE", "protest", "De minister van Buitenlandse Zaken heeft de Chinese ambassadeur gisterenavond op het matje geroepen.", claimant="Belgian Minister of Foreign Affairs"),
]}

DOCS = [D012, D013, D014]
