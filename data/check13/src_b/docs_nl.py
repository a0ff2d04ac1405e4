"""check13 part B: Dutch documents 020-025 (held-out material: contains the gold)."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 020 NOS-style news
T020 = """
Politie doorzoekt pand in Dordrecht om vermoedelijk Chinees politiebureau

De politie heeft dinsdag een pand in de binnenstad van Dordrecht doorzocht waar volgens het Openbaar Ministerie een heimelijk Chinees 'politiebureau' gevestigd zou zijn. Er is niemand aangehouden, meldt het OM. Het onderzoek loopt nog.

Het pand, een voormalige winkel aan de Voorstraat, werd officieel gebruikt door een stichting die Chinese ouderen helpt met het invullen van formulieren. Volgens bronnen rond het onderzoek zou de locatie sinds 2022 worden aangestuurd door het Bureau voor Openbare Veiligheid van Ganyu, een district van de havenstad Lianyungang in de oostelijke provincie Jiangsu.

Het OM kijkt ook naar de melding van een Chinese promovendus uit Dordrecht. Hij zegt dat zijn ouders in China meerdere keren bezoek kregen van agenten, die hen vroegen hun zoon over te halen terug te komen. De promovendus is in Nederland gebleven.

Een tweede post zou in Middelburg hebben gezeten, in een kantoortje boven een reisbureau. Ook die zou onder Ganyu vallen. De burgemeester van Middelburg heeft die locatie vorige maand laten sluiten.

De minister van Buitenlandse Zaken heeft de Chinese ambassadeur woensdag ontboden. De Chinese ambassade spreekt in een verklaring van "kwaadaardige geruchten". De vrijwilligers in Dordrecht zouden alleen helpen bij het omwisselen van rijbewijzen en het aanvragen van pensioenpapieren.

Volgens de mensenrechtenorganisatie Safeguard Defenders zijn er in Nederland minstens vier van zulke posten actief geweest, wereldwijd ruim honderd. In 2022 sloot Nederland er al twee, in Amsterdam en Rotterdam.
"""
DOCS.append({"name": "020-nl-nos-dordrecht-middelburg-ganyu.txt", "text": T020, "facts": [
    S("NL", "Dordrecht", "De politie heeft dinsdag een pand in de binnenstad van Dordrecht doorzocht waar volgens het Openbaar Ministerie een heimelijk Chinees 'politiebureau' gevestigd zou zijn.",
      operator="Ganyu", operator_alt=["Lianyungang"], date="2022", claimant="Openbaar Ministerie",
      note="operator and year in the next paragraph ('de locatie'); site: Voorstraat"),
    R("NL", "investigation", "De politie heeft dinsdag een pand in de binnenstad van Dordrecht doorzocht waar volgens het Openbaar Ministerie een heimelijk Chinees 'politiebureau' gevestigd zou zijn.",
      place="Dordrecht", note="search; 'Het onderzoek loopt nog'"),
    R("NL", "arrest", "Er is niemand aangehouden, meldt het OM.", place="Dordrecht", pol="denied", opt=True),
    I("NL", "persuasion", "Hij zegt dat zijn ouders in China meerdere keren bezoek kregen van agenten, die hen vroegen hun zoon over te halen terug te komen.",
      place="Dordrecht", claimant="the doctoral student", note="he stayed"),
    I("NL", "harassment", "Hij zegt dat zijn ouders in China meerdere keren bezoek kregen van agenten, die hen vroegen hun zoon over te halen terug te komen.",
      place="Dordrecht", claimant="the doctoral student", opt=True, note="visits to the parents"),
    S("NL", "Middelburg", "Een tweede post zou in Middelburg hebben gezeten, in een kantoortje boven een reisbureau. Ook die zou onder Ganyu vallen.",
      operator="Ganyu", operator_alt=["Lianyungang"]),
    R("NL", "closure", "De burgemeester van Middelburg heeft die locatie vorige maand laten sluiten.", place="Middelburg", claimant=None, note="ordered by the mayor"),
    R("NL", "protest", "De minister van Buitenlandse Zaken heeft de Chinese ambassadeur woensdag ontboden."),
    D("CN", "De Chinese ambassade spreekt in een verklaring van \"kwaadaardige geruchten\". De vrijwilligers in Dordrecht zouden alleen helpen bij het omwisselen van rijbewijzen en het aanvragen van pensioenpapieren.",
      claimant="Chinese embassy"),
    C("stations", 4, "NL", "Volgens de mensenrechtenorganisatie Safeguard Defenders zijn er in Nederland minstens vier van zulke posten actief geweest, wereldwijd ruim honderd.",
      claimant="Safeguard Defenders"),
    C("stations", 100, None, "Volgens de mensenrechtenorganisatie Safeguard Defenders zijn er in Nederland minstens vier van zulke posten actief geweest, wereldwijd ruim honderd.",
      claimant="Safeguard Defenders", opt=True, note="'ruim honderd'"),
    S("NL", "Amsterdam", "In 2022 sloot Nederland er al twee, in Amsterdam en Rotterdam.", date="2022", opt=True, note="recalled background station"),
    S("NL", "Rotterdam", "In 2022 sloot Nederland er al twee, in Amsterdam en Rotterdam.", date="2022", opt=True, note="recalled background station"),
    C("stations", 2, "NL", "In 2022 sloot Nederland er al twee, in Amsterdam en Rotterdam.", date="2022", opt=True, note="closed ones, a subset"),
]})

# ---------------------------------------------------------------- 021 Belgian written question and answer
T021 = """
Schriftelijke vraag nr. 1187 van een lid van de N-VA-fractie d.d. 4 maart 2025 aan de minister van Justitie

Chinese politieposten in Sint-Niklaas en Lier

Volgens berichtgeving in de pers zou in Sint-Niklaas sinds 2021 een zogenaamd "overzees politiestation" actief zijn, opgericht door het Bureau voor Openbare Veiligheid van Xiangshui in de provincie Jiangsu. Een tweede adres zou zich in Lier bevinden, in de achterkamer van een Chinese supermarkt.

1. Bevestigt u het bestaan van die posten?
2. Werd er een gerechtelijk onderzoek geopend?
3. Zijn er aanwijzingen dat Chinese landgenoten onder druk werden gezet om naar China terug te keren?
4. Zal de regering de Chinese ambassadeur ontbieden?

Antwoord van de minister van Justitie d.d. 17 april 2025:

1 en 2. De Veiligheid van de Staat volgt deze problematiek van nabij. Het federaal parket heeft in november 2024 een gerechtelijk onderzoek geopend naar de vestiging in Sint-Niklaas. In dat kader vond een huiszoeking plaats. Tot op heden werd niemand van zijn vrijheid beroofd. Wat Lier betreft, heeft de lokale politie het adres gecontroleerd; daarbij werden geen strafbare feiten vastgesteld.

3. Eén persoon heeft zich bij de politie gemeld. Het betreft een restaurantuitbater uit Sint-Niklaas wiens zus in China herhaaldelijk werd bezocht door agenten die aandrongen op zijn terugkeer. De betrokkene is in België gebleven.

4. Deze vraag behoort tot de bevoegdheid van de minister van Buitenlandse Zaken. Ik kan het geachte lid wel meedelen dat de Chinese ambassadeur op 9 december 2024 naar de FOD Buitenlandse Zaken werd geroepen.
"""
DOCS.append({"name": "021-nl-be-kamervraag-sint-niklaas-lier-xiangshui.txt", "text": T021, "facts": [
    S("BE", "Sint-Niklaas", "Volgens berichtgeving in de pers zou in Sint-Niklaas sinds 2021 een zogenaamd \"overzees politiestation\" actief zijn, opgericht door het Bureau voor Openbare Veiligheid van Xiangshui in de provincie Jiangsu.",
      operator="Xiangshui", operator_alt=["Yancheng"], date="2021", claimant="press reports", note="premise of the written question"),
    S("BE", "Lier", "Een tweede adres zou zich in Lier bevinden, in de achterkamer van een Chinese supermarkt.", claimant="press reports",
      note="premise; operator not stated for Lier; site: back room of a supermarket"),
    R("BE", "investigation", "Het federaal parket heeft in november 2024 een gerechtelijk onderzoek geopend naar de vestiging in Sint-Niklaas.",
      place="Sint-Niklaas", date="2024-11", claimant="minister of Justice", note="also the huiszoeking"),
    R("BE", "arrest", "Tot op heden werd niemand van zijn vrijheid beroofd.", place="Sint-Niklaas", pol="denied", opt=True),
    R("BE", "no_wrongdoing_found", "Wat Lier betreft, heeft de lokale politie het adres gecontroleerd; daarbij werden geen strafbare feiten vastgesteld.",
      place="Lier", claimant="minister of Justice"),
    C("cases", 1, "BE", "Eén persoon heeft zich bij de politie gemeld.", claimant="minister of Justice", opt=True, note="count of one"),
    I("BE", "persuasion", "Het betreft een restaurantuitbater uit Sint-Niklaas wiens zus in China herhaaldelijk werd bezocht door agenten die aandrongen op zijn terugkeer.",
      place="Sint-Niklaas", claimant="minister of Justice", note="he stayed"),
    I("BE", "harassment", "Het betreft een restaurantuitbater uit Sint-Niklaas wiens zus in China herhaaldelijk werd bezocht door agenten die aandrongen op zijn terugkeer.",
      place="Sint-Niklaas", claimant="minister of Justice", opt=True, note="visits to the sister"),
    R("BE", "protest", "Ik kan het geachte lid wel meedelen dat de Chinese ambassadeur op 9 december 2024 naar de FOD Buitenlandse Zaken werd geroepen.",
      date="2024-12-09", claimant="minister of Justice", note="ambassador called in"),
]})

# ---------------------------------------------------------------- 022 Flemish op-ed, long
T022 = """
OPINIE

Ook in Ieper keek Peking mee. Wanneer wordt België wakker?

Wie aan Ieper denkt, denkt aan de Menenpoort, aan de Last Post die er elke avond om acht uur klinkt, aan een stad die weet wat het kost als een grote mogendheid meent dat grenzen voor haar niet gelden. Het is daarom bitter dat juist hier, een paar straten van de Grote Markt, jarenlang een Chinese politiepost zou hebben gedraaid.

Dat beweert toch Safeguard Defenders, de Spaanse mensenrechtenorganisatie die het fenomeen in 2022 aan het licht bracht. De post in Ieper zou in 2019 zijn opgezet door het politiebureau van Dongtou, een eilanddistrict van de stad Wenzhou. Officieel ging het om een vereniging die landgenoten helpt met administratie. Volgens dezelfde organisatie zijn er wereldwijd honderdtwee zulke posten, verspreid over drieënvijftig landen. In ons land zouden het er minstens vijf zijn.

Waar dienen ze voor? De posten zelf spreken van dienstverlening: een rijbewijs verlengen, een volmacht laten legaliseren. Onderzoekers zien ook een andere kant. Via zulke posten worden critici in de gaten gehouden en landgenoten die Peking verdenkt van fraude onder druk gezet om terug te keren.

Dat is geen abstractie. Een Chinese studente in Ieper vertelde me vorig jaar hoe haar vader in Zhejiang door de lokale politie "op thee" werd gevraagd, nadat zij op sociale media kritiek had geuit op de lockdowns. Hij kreeg de boodschap mee dat zijn dochter "voorzichtig moest zijn". Ze durft sindsdien haar naam niet meer onder een bericht te zetten.

Andere landen hebben gereageerd. Nederland liet de posten op zijn grondgebied sluiten. Ierland ook. Canada opende een strafonderzoek. De Verenigde Staten klaagden twee mannen aan. En België? Het federaal parket heeft naar Ieper nooit een onderzoek geopend, en de Chinese ambassadeur werd er nooit over ontboden. De ambassade zelf noemt de berichten "pure fantasie", en daar lijkt men het in de Wetstraat bij te laten.

Het kan nochtans anders. Wie in Italië de beelden zag van Chinese agenten die samen met Italiaanse carabinieri door de straten van Rome en Milaan patrouilleerden, weet hoe ver het kan gaan als een regering wegkijkt. Die patrouilles zijn inmiddels stopgezet, maar het vertrouwen komt niet zomaar terug.

Stel dat er morgen een post opduikt in Poperinge. Wat doen we dan? Opnieuw niets? Ontbied de ambassadeur. Open een onderzoek. Laat zien dat de Belgische rechtsstaat ook voor Chinese Belgen geldt.

De auteur is sinoloog en doceert aan een Vlaamse hogeschool.
"""
DOCS.append({"name": "022-nl-be-opinie-ieper-dongtou.txt", "text": T022, "facts": [
    S("BE", "Ypres", "De post in Ieper zou in 2019 zijn opgezet door het politiebureau van Dongtou, een eilanddistrict van de stad Wenzhou.",
      operator="Dongtou", operator_alt=["Wenzhou"], date="2019", claimant="Safeguard Defenders", place_alt=["Ieper"],
      note="also 'juist hier' in the first paragraph"),
    C("stations", 102, None, "Volgens dezelfde organisatie zijn er wereldwijd honderdtwee zulke posten, verspreid over drieënvijftig landen.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "Volgens dezelfde organisatie zijn er wereldwijd honderdtwee zulke posten, verspreid over drieënvijftig landen.", claimant="Safeguard Defenders"),
    C("stations", 5, "BE", "In ons land zouden het er minstens vijf zijn.", claimant="Safeguard Defenders"),
    I("BE", "harassment", "Een Chinese studente in Ieper vertelde me vorig jaar hoe haar vader in Zhejiang door de lokale politie \"op thee\" werd gevraagd, nadat zij op sociale media kritiek had geuit op de lockdowns.",
      place="Ypres", claimant="the author", note="father summoned over the student's posts; no return demanded"),
    R("NL", "closure", "Nederland liet de posten op zijn grondgebied sluiten."),
    S("NL", None, "Nederland liet de posten op zijn grondgebied sluiten.", note="country said to have closed stations, no place"),
    R("IE", "closure", "Nederland liet de posten op zijn grondgebied sluiten. Ierland ook."),
    S("IE", None, "Nederland liet de posten op zijn grondgebied sluiten. Ierland ook.", note="country said to have closed stations, no place"),
    R("CA", "investigation", "Canada opende een strafonderzoek."),
    S("CA", None, "Canada opende een strafonderzoek.", opt=True, note="place-less host, only an investigation"),
    R("US", "arrest", "De Verenigde Staten klaagden twee mannen aan.", note="charges"),
    S("US", None, "De Verenigde Staten klaagden twee mannen aan.", opt=True, note="place-less host, only charges"),
    R("BE", "investigation", "Het federaal parket heeft naar Ieper nooit een onderzoek geopend, en de Chinese ambassadeur werd er nooit over ontboden.",
      place="Ypres", pol="denied"),
    R("BE", "protest", "Het federaal parket heeft naar Ieper nooit een onderzoek geopend, en de Chinese ambassadeur werd er nooit over ontboden.",
      pol="denied", opt=True),
    D("CN", "De ambassade zelf noemt de berichten \"pure fantasie\", en daar lijkt men het in de Wetstraat bij te laten.", claimant="Chinese embassy"),
    S("BE", "Ypres", "De ambassade zelf noemt de berichten \"pure fantasie\", en daar lijkt men het in de Wetstraat bij te laten.",
      claimant="Chinese embassy", pol="denied", opt=True, place_alt=["Ieper"]),
    A("IT", "joint_patrol", "Wie in Italië de beelden zag van Chinese agenten die samen met Italiaanse carabinieri door de straten van Rome en Milaan patrouilleerden, weet hoe ver het kan gaan als een regering wegkijkt.",
      note="Rome/Milan are patrol locations, not stations here"),
]})

# ---------------------------------------------------------------- 023 NGO report, hard-wrapped PDF text, table, footnotes
T023 = """
3. Indonesië, Maleisië en Brunei

In de drie landen samen troffen wij acht locaties aan, waarvan er zes met
voldoende zekerheid konden worden vastgesteld.⁴ Indonesië telt er drie:
twee in Semarang en één in Makassar. In Maleisië gaat het om twee pos-
ten, beide in Kota Kinabalu, de hoofdstad van de deelstaat Sabah. Brunei
heeft er naar verluidt één, in Bandar Seri Begawan.⁵

Tabel 3. Vastgestelde posten, met verantwoordelijk bureau en jaar van
opening

  plaats                land        bureau (prefectuur)         sinds
  Semarang (1 van 2)    Indonesië   Meixian (Meizhou)           2018
  Semarang (2 van 2)    Indonesië   Meixian (Meizhou)           2021
  Makassar              Indonesië   Longmen (Huizhou)           2019
  Kota Kinabalu (2x)    Maleisië    Donghai (Lianyungang)       2020
  Bandar Seri Begawan   Brunei      onbekend                    -

Volgens de eigen jaarverslagen van de betrokken bureaus dienen de pos-
ten voor "dienstverlening aan landgenoten" en voor het "overreden tot
terugkeer" van voortvluchtige verdachten. Hoe dat in de praktijk uit-
pakt, laten twee gevallen zien die wij konden reconstrueren.

In Semarang werd een textielhandelaar in maart 2022 door twee mannen
van zijn woning naar het vliegveld gebracht en op een vlucht naar
Guangzhou gezet. Hij verblijft sindsdien in voorarrest in zijn ge-
boorteprovincie. In Kota Kinabalu werden deelnemers aan een herdenkings-
bijeenkomst gefotografeerd; de foto's kwamen enkele weken later terecht
bij hun familieleden in Jiangsu.

De Indonesische nationale politie liet ons weten dat er geen onderzoek
is ingesteld naar de posten in Semarang en Makassar. Indonesië en China
ondertekenden in 2017 een memorandum van overeenstemming over samenwer-
king tussen hun politiediensten. De Maleisische politie verklaarde na
een controle in Kota Kinabalu dat er "geen onwettige activiteiten" wa-
ren vastgesteld.

---
⁴ Twee meldingen konden niet worden bevestigd en zijn niet opgenomen.
⁵ Een regeringswoordvoerder van Brunei ontkende tegenover ons het bestaan
  van de post.
"""
DOCS.append({"name": "023-nl-pdf-rapport-semarang-makassar-kota-kinabalu-meixian.txt", "text": T023, "facts": [
    C("stations", 8, None, "In de drie landen samen troffen wij acht locaties aan, waarvan er zes met voldoende zekerheid konden worden vastgesteld.", opt=True, note="regional count"),
    C("stations", 6, None, "In de drie landen samen troffen wij acht locaties aan, waarvan er zes met voldoende zekerheid konden worden vastgesteld.", opt=True, note="regional count"),
    C("stations", 3, "ID", "Indonesië telt er drie: twee in Semarang en één in Makassar."),
    C("stations", 2, "ID", "Indonesië telt er drie: twee in Semarang en één in Makassar.", opt=True, note="city-scoped (Semarang)"),
    S("ID", "Semarang", "Indonesië telt er drie: twee in Semarang en één in Makassar.", operator="Meixian", operator_alt=["Meizhou"], date="2018",
      note="two sites (1 of 2: 2018, 2 of 2: 2021); operator only in the table"),
    S("ID", "Makassar", "Indonesië telt er drie: twee in Semarang en één in Makassar.", operator="Longmen", operator_alt=["Huizhou"], date="2019",
      note="operator only in the table"),
    C("stations", 2, "MY", "In Maleisië gaat het om twee posten, beide in Kota Kinabalu, de hoofdstad van de deelstaat Sabah."),
    S("MY", "Kota Kinabalu", "In Maleisië gaat het om twee posten, beide in Kota Kinabalu, de hoofdstad van de deelstaat Sabah.",
      operator="Donghai", operator_alt=["Lianyungang"], date="2020", note="two sites; operator only in the table"),
    S("BN", "Bandar Seri Begawan", "Brunei heeft er naar verluidt één, in Bandar Seri Begawan.", note="operator 'onbekend'"),
    C("stations", 1, "BN", "Brunei heeft er naar verluidt één, in Bandar Seri Begawan.", opt=True, note="count of one"),
    I("ID", "forced_return", "In Semarang werd een textielhandelaar in maart 2022 door twee mannen van zijn woning naar het vliegveld gebracht en op een vlucht naar Guangzhou gezet.",
      place="Semarang", date="2022-03"),
    I("MY", "surveillance", "In Kota Kinabalu werden deelnemers aan een herdenkingsbijeenkomst gefotografeerd; de foto's kwamen enkele weken later terecht bij hun familieleden in Jiangsu.",
      place="Kota Kinabalu"),
    R("ID", "investigation", "De Indonesische nationale politie liet ons weten dat er geen onderzoek is ingesteld naar de posten in Semarang en Makassar.",
      pol="denied", claimant="Indonesian National Police"),
    A("ID", "security_agreement", "Indonesië en China ondertekenden in 2017 een memorandum van overeenstemming over samenwerking tussen hun politiediensten.", date="2017"),
    R("MY", "no_wrongdoing_found", "De Maleisische politie verklaarde na een controle in Kota Kinabalu dat er \"geen onwettige activiteiten\" waren vastgesteld.",
      place="Kota Kinabalu", claimant="Malaysian police"),
    D("BN", "Een regeringswoordvoerder van Brunei ontkende tegenover ons het bestaan van de post.", claimant="Brunei government spokesman",
      note="host-government denial (footnote 5)"),
    S("BN", "Bandar Seri Begawan", "Een regeringswoordvoerder van Brunei ontkende tegenover ons het bestaan van de post.", claimant="Brunei government spokesman",
      pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 024 press-conference transcript
T024 = """
Persconferentie na de ministerraad (fragment)

Vraag (RTL Nieuws): Meneer de minister-president, in Hoorn heeft een Chinese politiepost gezeten, opgezet door het bureau voor openbare veiligheid van Guanyun. Dat hebben onderzoeksjournalisten deze week aangetoond. De Chinese ambassade zegt dat het om een servicepunt voor rijbewijzen gaat. Wat gaat het kabinet doen?

Minister-president: Laat ik vooropstellen: dit soort praktijken accepteren wij niet, van geen enkel land. De politie heeft het pand inmiddels bezocht en doet onderzoek. De burgemeester van Hoorn heeft de post gisteren laten sluiten, en dat steun ik volledig.

Vraag (RTL Nieuws): Gaat u de Chinese ambassadeur ontbieden?

Minister-president: Dat is op dit moment niet aan de orde. We hebben via de diplomatieke kanalen heel duidelijk gemaakt wat wij hiervan vinden.

Vraag (NRC): Er gaan ook geruchten over een tweede post, in Lelystad. Klopt dat?

Minister-president: Dat is onderzocht. Daar is niets gevonden.

Vraag (NRC): Zijn er mensen onder druk gezet om terug te gaan naar China?

Minister-president: Er is ons één geval bekend, van een man in Hoorn wiens familie in China is aangesproken om hem terug te halen. Hij is hier gebleven. Meer kan ik daar niet over zeggen, dat ligt bij het OM.

Vraag (De Telegraaf): Over iets anders: de staking bij de NS. Hoeveel stations blijven maandag dicht?

Minister-president: Voor zover ik weet gaat het om ongeveer veertig stations, vooral in het noorden. Maar daarover gaat de staatssecretaris.
"""
DOCS.append({"name": "024-nl-persconferentie-hoorn-lelystad-guanyun.txt", "text": T024, "facts": [
    S("NL", "Hoorn", "Meneer de minister-president, in Hoorn heeft een Chinese politiepost gezeten, opgezet door het bureau voor openbare veiligheid van Guanyun.",
      operator="Guanyun", operator_alt=["Lianyungang"], claimant="investigative journalists", note="premise of a question"),
    D("CN", "De Chinese ambassade zegt dat het om een servicepunt voor rijbewijzen gaat.", claimant="Chinese embassy", note="embassy explanation inside a question's premise"),
    S("NL", "Hoorn", "De Chinese ambassade zegt dat het om een servicepunt voor rijbewijzen gaat.", claimant="Chinese embassy", pol="denied", opt=True),
    R("NL", "investigation", "De politie heeft het pand inmiddels bezocht en doet onderzoek.", place="Hoorn", claimant="Prime Minister"),
    R("NL", "closure", "De burgemeester van Hoorn heeft de post gisteren laten sluiten, en dat steun ik volledig.", place="Hoorn", claimant="Prime Minister", note="ordered by the mayor"),
    R("NL", "protest", "Dat is op dit moment niet aan de orde.", pol="denied", opt=True, note="answer to 'Gaat u de Chinese ambassadeur ontbieden?'"),
    R("NL", "protest", "We hebben via de diplomatieke kanalen heel duidelijk gemaakt wat wij hiervan vinden.", opt=True, note="'made clear', short of a summons"),
    S("NL", "Lelystad", "Er gaan ook geruchten over een tweede post, in Lelystad.", claimant="rumours", opt=True, note="rumour inside a question, then nothing found"),
    R("NL", "no_wrongdoing_found", "Dat is onderzocht. Daar is niets gevonden.", place="Lelystad", claimant="Prime Minister"),
    C("cases", 1, "NL", "Er is ons één geval bekend, van een man in Hoorn wiens familie in China is aangesproken om hem terug te halen.", claimant="Prime Minister", opt=True, note="count of one"),
    I("NL", "persuasion", "Er is ons één geval bekend, van een man in Hoorn wiens familie in China is aangesproken om hem terug te halen.",
      place="Hoorn", claimant="Prime Minister", note="he stayed"),
]})

# ---------------------------------------------------------------- 025 irrelevant
T025 = """
Zieke Chinese zeeman na drie weken van boord gehaald

ROTTERDAM - Een zieke Chinese zeeman die drie weken aan boord van een containerschip in de Waalhaven lag, is donderdag naar huis teruggekeerd. De man werd met een ambulance naar Schiphol gebracht en vloog via Frankfurt terug naar Shanghai, meldt het Zeemanshuis.

De 23 bemanningsleden van het schip mochten door coronaregels in China lange tijd niet aan land. Medewerkers van het servicepunt voor zeevarenden in de haven brachten de man eten en medicijnen. De Zeehavenpolitie, die een post heeft aan de Waalhaven, hield toezicht bij het vertrek.

De rederij en de Chinese ambassade maakten afspraken over de terugkeer. Het Havenbedrijf Rotterdam heeft sinds 2019 een samenwerkingsovereenkomst met de haven van Ningbo-Zhoushan. Het schip vertrok vrijdag naar Hamburg.
"""
DOCS.append({"name": "025-nl-nieuws-rotterdam-zeeman-waalhaven.txt", "text": T025, "facts": []})
