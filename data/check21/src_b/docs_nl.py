"""check21 part B, Dutch documents 038–040 (NL op-ed, NL irrelevant, BE court ruling)."""

from h import S, C, R, I, A, D, wrap_hy

DOCS = []

# ---------------------------------------------------------------------------
# 038 nl: long op-ed in a national daily
# ---------------------------------------------------------------------------
T038 = """OPINIE

Woerden liet zien dat een burgemeester wél iets kan doen

Een sinoloog over de Chinese 'servicepunten' in Nederlandse provinciesteden

Leestijd 7 minuten | 4 december 2026, 05:00

We praten in Nederland graag over China alsof het iets is dat zich in Den Haag en Beijing afspeelt: handelsmissies, exportvergunningen voor chipmachines, een ambassadeur die op het ministerie moet komen uitleggen. Maar de lange arm van Beijing reikt tot in de winkelstraat van een middelgrote gemeente in het Groene Hart.

Neem Woerden. Boven een reisbureau aan de Rijnstraat zat tot deze zomer het kantoor van een Chinese vereniging, met een bordje 'servicepunt' op de deur. Ouderen kwamen er voor hulp bij hun AOW-formulieren, jongeren voor een nieuw Chinees rijbewijs. Onderzoekers van Safeguard Defenders beschreven het in hun laatste overzicht als een van de Chinese politieposten in Nederland.

Uit stukken die de gemeente Woerden na een Woo-verzoek openbaar maakte, blijkt dat het servicepunt maandelijks rapporteerde aan het bureau voor openbare veiligheid van Liangcheng, een district op het platteland van Binnen-Mongolië. Dat verklaart meteen iets: veel Chinezen in de regio Utrecht komen uit die hoek, en hebben er familie wonen.

In september sloot de burgemeester het pand met een beroep op de openbare orde. Dat was juridisch niet zonder risico, maar het werkte: de vereniging heeft geen bezwaar gemaakt en het bordje is weg.

Een jonge vrouw die in Woerden in een restaurant werkt, vertelde me eerder dit jaar dat haar ouders in Binnen-Mongolië bezoek kregen van de plaatselijke politie, nadat zij op een demonstratie in Den Haag tegen het taalbeleid in Binnen-Mongoolse scholen was gefotografeerd. Niemand vroeg haar terug te komen. Het bezoek was de boodschap.

Hoe groot is het probleem? Safeguard Defenders telde eind 2022 honderdtwee van zulke posten in drieënvijftig landen; in Nederland zijn het er volgens de organisatie inmiddels minstens drie. Al in 2022 liet de toenmalige minister van Justitie twee vergelijkbare posten sluiten, en de Kamer sprak er destijds schande van. Daarna werd het stil.

Een derde post zou in Weert zitten, opgezet door de politie van Nanzhang in de provincie Hubei. De politie Limburg heeft daar navraag gedaan en zegt 'geen aanwijzingen' te hebben gevonden voor strafbare feiten. Dat kan kloppen. Het kan ook betekenen dat er simpelweg niemand heeft willen praten.

De Chinese ambassade in Den Haag noemt de servicepunten 'vrijwillige dienstverlening' voor landgenoten die hun rijbewijs of paspoort willen verlengen. Maar waarom zou een vrijwilligersloket maandelijks verslag uitbrengen aan een politiebureau, acht duizend kilometer verderop?

Stel dat de AIVD morgen tien van zulke punten aanwijst. Wat dan? Heeft een burgemeester dan steeds opnieuw de openbare orde nodig als juridische kapstok? Is het niet tijd voor een wet die dit soort activiteiten gewoon strafbaar stelt?

Woerden heeft laten zien dat het kan. Nu de rest van het land nog.

Lees ook: Chinese studenten in Nederland voelen zich bekeken | Kabinet wil strafbaarstelling 'diasporaspionage'

De auteur is sinoloog en doceert Chinese politiek aan een Nederlandse universiteit.

Wilt u reageren? Stuur een opiniebijdrage of een brief naar de redactie.
"""

DOCS.append(dict(
    name="038-nl-opinie-woerden-weert-liangcheng-nanzhang.txt",
    text=T038,
    facts=[
        S("NL", "Woerden", "Onderzoekers van Safeguard Defenders beschreven het in hun laatste overzicht als een van de Chinese politieposten in Nederland",
          claimant="Safeguard Defenders", note="'het' = the association's office above a travel agency in Woerden"),
        S("NL", "Woerden", "Uit stukken die de gemeente Woerden na een Woo-verzoek openbaar maakte, blijkt dat het servicepunt maandelijks rapporteerde aan het bureau voor openbare veiligheid van Liangcheng",
          operator="Liangcheng", operator_alt=["Ulanqab", "Wulanchabu"]),
        R("NL", "closure", "In september sloot de burgemeester het pand met een beroep op de openbare orde", place="Woerden", date="2026-09"),
        I("NL", "harassment", "haar ouders in Binnen-Mongolië bezoek kregen van de plaatselijke politie, nadat zij op een demonstratie in Den Haag tegen het taalbeleid in Binnen-Mongoolse scholen was gefotografeerd",
          place="Woerden", note="nobody asked her to return"),
        C("stations", 102, None, "Safeguard Defenders telde eind 2022 honderdtwee van zulke posten in drieënvijftig landen", claimant="Safeguard Defenders", date="2022"),
        C("countries", 53, None, "Safeguard Defenders telde eind 2022 honderdtwee van zulke posten in drieënvijftig landen", claimant="Safeguard Defenders", date="2022"),
        C("stations", 3, "NL", "in Nederland zijn het er volgens de organisatie inmiddels minstens drie", claimant="Safeguard Defenders"),
        R("NL", "closure", "Al in 2022 liet de toenmalige minister van Justitie twee vergelijkbare posten sluiten", date="2022"),
        S("NL", None, "Al in 2022 liet de toenmalige minister van Justitie twee vergelijkbare posten sluiten", opt=True, date="2022",
          note="closed sites without a place"),
        S("NL", "Weert", "Een derde post zou in Weert zitten, opgezet door de politie van Nanzhang in de provincie Hubei", operator="Nanzhang",
          operator_alt=["Xiangyang"], claimant="Safeguard Defenders"),
        R("NL", "investigation", "De politie Limburg heeft daar navraag gedaan", place="Weert", claimant="Politie Limburg"),
        R("NL", "no_wrongdoing_found", "zegt 'geen aanwijzingen' te hebben gevonden voor strafbare feiten", place="Weert", claimant="Politie Limburg"),
        D("CN", "De Chinese ambassade in Den Haag noemt de servicepunten 'vrijwillige dienstverlening' voor landgenoten die hun rijbewijs of paspoort willen verlengen",
          claimant="PRC Embassy in the Netherlands"),
    ],
))

# ---------------------------------------------------------------------------
# 039 nl: regional news, irrelevant (railway-station police post)
# ---------------------------------------------------------------------------
T039 = """REGIO | AMERSFOORT

Politiepost in stationshal blijft: 'Mensen voelen zich veiliger'

Gisteren, 17:42 | Aangepast: vandaag, 08:10

Deze site gebruikt cookies voor statistieken en advertenties. Lees meer in onze cookieverklaring.

De tijdelijke politiepost in de hal van station Amersfoort Centraal wordt permanent. Dat hebben de gemeente, de politie Midden-Nederland en NS gisteren afgesproken. De post werd vorig jaar als proef geopend na een reeks zakkenrollerijen en vechtpartijen rond het busstation.

In het eerste jaar registreerden agenten en handhavers vanuit de post 102 incidenten, van fietsdiefstal tot overlast door jongeren. Er werden 53 boetes uitgeschreven, vooral voor fietsen op het perron en roken in de hal.

Onder de nieuwe samenwerkingsovereenkomst blijven politie en boa's van NS en de gemeente gezamenlijk surveilleren op de drukste momenten, 's ochtends vroeg en op vrijdag- en zaterdagavond. Het oude wijkbureau aan de Stationsstraat, dat sinds de proef nauwelijks nog bezoekers trok, gaat per 1 januari dicht.

Reizigers zijn positief. 'Vroeger liep ik 's avonds met een omweg naar mijn fiets,' zegt een verpleegkundige die dagelijks naar Utrecht pendelt. Een groep Chinese toeristen die op de trein naar Amsterdam wachtte, liet zich door een agent de weg wijzen naar de juiste perron.

Aan de balie kunnen reizigers ook terecht voor aangifte van verlies of diefstal. Voor het verlengen van een rijbewijs of paspoort moet men nog steeds naar het stadhuis, benadrukt de gemeente.

LEES OOK: Nieuwe fietsenstalling bij station opent in maart | Busstation krijgt extra camera's

Heb je een tip voor de redactie? Mail of app ons.
"""

DOCS.append(dict(
    name="039-nl-regio-politiepost-station-amersfoort.txt",
    text=T039,
    facts=[],
))

# ---------------------------------------------------------------------------
# 040 nl-BE: correctional court ruling, PDF-like, hard-wrapped and hyphenated
# ---------------------------------------------------------------------------
T040_RAW = """Rb. Oost-Vlaanderen, afd. Oudenaarde – vonnis 2026/1874 – blad 3
IN DE ZAAK VAN HET OPENBAAR MINISTERIE EN DE BURGERLIJKE PARTIJ TEGEN:
1. eerste beklaagde, geboren in 1979 te Hohhot (Volksrepubliek China), voorzitter van de vzw;
2. tweede beklaagde, geboren in 1988 te Togtoh (Volksrepubliek China), secretaris van de vzw;
beklaagd van:
A. belaging (art. 442bis Strafwetboek), gepleegd te Oudenaarde tussen 1 februari 2025 en 30 april 2026, ten nadele van de burgerlijke partij;
B. onrechtmatige verwerking van persoonsgegevens, gepleegd te Oudenaarde in dezelfde periode.
1. De feiten
Beide beklaagden waren bestuurders van een vzw die vanaf maart 2024 een lokaal uitbaatte aan de Markt te Oudenaarde, waar volgens de statuten "culturele activiteiten en administratieve bijstand" werden aangeboden. Volgens het openbaar ministerie fungeerde dit lokaal als een zogenaamde Chinese "politiepost". Het lokaal werd in dat verband aangestuurd door het Bureau voor Openbare Veiligheid van Togtoh (Binnen-Mongolië), zoals blijkt uit de in beslag genomen briefwisseling.
Op 14 mei 2026 vond op bevel van de onderzoeksrechter een huiszoeking plaats in het lokaal. Daarbij werd onder meer een rekenbladbestand aangetroffen met de namen, adressen, werkgevers en foto's van achtendertig in Oost-Vlaanderen verblijvende Chinese onderdanen.
De burgerlijke partij, een studente aan de Universiteit Gent, verklaart dat de eerste beklaagde er tussen februari en oktober 2025 herhaaldelijk bij haar op aandrong om "naar huis te gaan" en er een gerechtelijke procedure in haar geboortestreek te "regelen". Zij weigerde. Vanaf november 2025 werden haar ouders in Hohhot volgens haar verklaring driemaal door de plaatselijke politie bezocht.
Volgens het openbaar ministerie werd een tweede locatie, een winkelpand te Ronse, vanaf 2025 eveneens als post gebruikt, in dit geval gelinkt aan het bureau van Yunmeng (provincie Hubei). Het gerechtelijk onderzoek heeft voor die locatie evenwel geen strafbare feiten aan het licht gebracht; zij maakt geen deel uit van de tenlastelegging.
2. Het verweer
De verdediging voert aan dat de vzw uitsluitend administratieve bijstand verleende, in het bijzonder bij de verlenging van Chinese rijbewijzen en paspoorten, en dat de contacten met de politie in China zich tot die dienstverlening beperkten. De rechtbank volgt dit verweer niet. Een loket voor rijbewijzen houdt geen lijsten bij van de werkgevers van landgenoten, noch van hun foto's.
3. Beoordeling
De rechtbank acht de tenlasteleggingen A en B voor beide beklaagden bewezen.
OM DEZE REDENEN, DE RECHTBANK,
veroordeelt de eerste beklaagde tot een gevangenisstraf van achttien maanden met uitstel gedurende drie jaar en een geldboete van 1.600 euro;
veroordeelt de tweede beklaagde tot een gevangenisstraf van twaalf maanden met uitstel gedurende drie jaar en een geldboete van 800 euro;
beveelt de sluiting van het lokaal aan de Markt te Oudenaarde voor een duur van één jaar;
verklaart de in beslag genomen gegevensdragers verbeurd.
Uitgesproken in openbare terechtzitting op 2 december 2026.
blad 3 van 7"""

for _a, _b in [("administratieve bijstand\" werden", "admini~stratieve bijstand\" werden"), ("briefwisseling", "brief~wisseling"),
               ("onderzoeksrechter", "onder~zoeks~rechter"), ("rekenbladbestand", "reken~blad~bestand"),
               ("verblijvende", "ver~blijvende"), ("procedure in haar", "proce~dure in haar"),
               ("tenlastelegging.", "tenlaste~legging."), ("dienstverlening beperkten", "dienst~verlening beperkten"),
               ("gevangenisstraf van achttien", "gevangenis~straf van achttien"), ("gegevensdragers", "gegevens~dragers")]:
    assert _a in T040_RAW, _a
    T040_RAW = T040_RAW.replace(_a, _b, 1)

T040 = wrap_hy(T040_RAW, width=68)

DOCS.append(dict(
    name="040-nl-be-vonnis-correctionele-rechtbank-oudenaarde-ronse-togtoh-yunmeng.txt",
    text=T040,
    facts=[
        S("BE", "Oudenaarde", "Volgens het openbaar ministerie fungeerde dit lokaal als een zogenaamde Chinese \"politiepost\"", claimant="Belgian public prosecutor"),
        S("BE", "Oudenaarde", "Het lokaal werd in dat verband aangestuurd door het Bureau voor Openbare Veiligheid van Togtoh (Binnen-Mongolië)", operator="Togtoh",
          operator_alt=["Tuoketuo", "Hohhot"], claimant="Belgian public prosecutor"),
        R("BE", "investigation", "Op 14 mei 2026 vond op bevel van de onderzoeksrechter een huiszoeking plaats in het lokaal", place="Oudenaarde", date="2026-05-14"),
        I("BE", "surveillance", "een rekenbladbestand aangetroffen met de namen, adressen, werkgevers en foto's van achtendertig in Oost-Vlaanderen verblijvende Chinese onderdanen",
          place="Oudenaarde"),
        I("BE", "persuasion", "de eerste beklaagde er tussen februari en oktober 2025 herhaaldelijk bij haar op aandrong om \"naar huis te gaan\"", place="Oudenaarde",
          claimant="civil party", date="2025", note="she refused"),
        I("BE", "harassment", "Vanaf november 2025 werden haar ouders in Hohhot volgens haar verklaring driemaal door de plaatselijke politie bezocht", opt=True,
          claimant="civil party", date="2025-11", note="pressure on relatives inside a persuasion case"),
        S("BE", "Ronse", "Volgens het openbaar ministerie werd een tweede locatie, een winkelpand te Ronse, vanaf 2025 eveneens als post gebruikt, in dit geval gelinkt aan het bureau van Yunmeng (provincie Hubei)",
          operator="Yunmeng", operator_alt=["Xiaogan"], claimant="Belgian public prosecutor"),
        R("BE", "no_wrongdoing_found", "Het gerechtelijk onderzoek heeft voor die locatie evenwel geen strafbare feiten aan het licht gebracht", place="Ronse"),
        D("BE", "De verdediging voert aan dat de vzw uitsluitend administratieve bijstand verleende, in het bijzonder bij de verlenging van Chinese rijbewijzen en paspoorten",
          opt=True, claimant="defence", note="host-side explanation by the defendants"),
        R("BE", "arrest", "De rechtbank acht de tenlasteleggingen A en B voor beide beklaagden bewezen", claimant="court",
          note="conviction of both defendants"),
        R("BE", "closure", "beveelt de sluiting van het lokaal aan de Markt te Oudenaarde voor een duur van één jaar", place="Oudenaarde", date="2026-12-02",
          claimant="court"),
    ],
))
