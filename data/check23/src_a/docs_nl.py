"""check23 part A, Dutch documents 012-014 (NL, BE, NL irrelevant)."""
from h import S, C, R, I, D, wrap_hy, soft

DOCS = []
BZ = ["Bozhou"]
CH = ["Chizhou"]

# ---------------------------------------------------------------- 012
T012_raw = """OPENBAAR MINISTERIE
Arrondissementsparket Den Haag

PERSBERICHT　　　　　　　　　　　　　　　　　　　　　　Den Haag, 27 mei 2025

Twee verdachten aangehouden in onderzoek naar Chinese 'politiepost' in Alphen aan den Rijn

Het Openbaar Ministerie heeft dinsdag 27 mei 2025 een 54-jarige man en een 49-jarige vrouw, beiden met de Chinese nationaliteit, aangehouden op verdenking van het heimelijk verzamelen van gegevens over personen ten behoeve van een buitenlandse overheid. De verdachten worden donderdag voorgeleid aan de rechter-commissaris.

Doorzoeking
Dezelfde ochtend heeft de politie, onder leiding van de rechter-commissaris, een doorzoeking verricht in een bedrijfspand aan de Hooftstraat in Alphen aan den Rijn. Daarbij zijn administratie, stempels, twee laptops en een aantal telefoons in beslag genomen.

Het OM heeft sterke aanwijzingen dat vanuit het pand sinds 2022 een zogenoemd 'overzees politieservicestation' werd gerund, dat werkte in opdracht van het Bureau voor Openbare Veiligheid van het district Guoyang in de Chinese provincie Anhui. In de inbeslaggenomen administratie zijn lijsten aangetroffen met de namen, adressen en werkgevers van ruim veertig in Nederland wonende Chinezen.

Uit het onderzoek blijkt verder dat een in Bodegraven wonende vrouw in 2024 meermaals door de verdachten is benaderd met het dringende advies naar China terug te keren om daar 'een familiekwestie' af te handelen. Zij heeft dat geweigerd en woont nog in Nederland.

Barneveld
In het onderzoek is ook een adres in Barneveld betrokken, dat volgens een van de verdachten onder het district Lixin zou vallen. Op dat adres is eveneens een doorzoeking verricht; daarbij zijn geen strafbare feiten vastgesteld.

Sluiting
De burgemeester van Alphen aan den Rijn heeft het pand aan de Hooftstraat op grond van de Opiumwet en de APV voor de duur van zes maanden gesloten.

Het onderzoek wordt uitgevoerd door de Landelijke Eenheid onder leiding van het Landelijk Parket. Omdat het onderzoek nog loopt, kan het OM geen verdere mededelingen doen.

Voor de pers: persvoorlichting OM, 070 – 000 00 00 (alleen voor journalisten)
www.om.nl　　　　　　　　　　　　　　　　　　　　　　　　　　　　　pagina 1 van 1"""
T012 = wrap_hy(soft(T012_raw), 86)
DOCS.append(dict(name="012-nl-persbericht-om-alphen-aan-den-rijn-barneveld-guoyang-lixin.txt", text=T012, facts=[
    R("NL", "arrest", "Het Openbaar Ministerie heeft dinsdag 27 mei 2025 een 54-jarige man en een 49-jarige vrouw, beiden met de Chinese nationaliteit, aangehouden",
      claimant="Openbaar Ministerie", date="2025-05-27"),
    R("NL", "investigation", "een doorzoeking verricht in een bedrijfspand aan de Hooftstraat in Alphen aan den Rijn",
      place="Alphen aan den Rijn", claimant="Openbaar Ministerie", date="2025-05-27"),
    S("NL", "Alphen aan den Rijn", "Het OM heeft sterke aanwijzingen dat vanuit het pand sinds 2022 een zogenoemd 'overzees politieservicestation' werd gerund, dat werkte in opdracht van het Bureau voor Openbare Veiligheid van het district Guoyang in de Chinese provincie Anhui.",
      operator="Guoyang", operator_alt=BZ, claimant="Openbaar Ministerie", date="2022", note="business premises on the Hooftstraat"),
    I("NL", "surveillance", "lijsten aangetroffen met de namen, adressen en werkgevers van ruim veertig in Nederland wonende Chinezen",
      claimant="Openbaar Ministerie"),
    I("NL", "persuasion", "een in Bodegraven wonende vrouw in 2024 meermaals door de verdachten is benaderd met het dringende advies naar China terug te keren om daar 'een familiekwestie' af te handelen. Zij heeft dat geweigerd",
      place="Bodegraven", claimant="Openbaar Ministerie", date="2024"),
    S("NL", "Barneveld", "In het onderzoek is ook een adres in Barneveld betrokken, dat volgens een van de verdachten onder het district Lixin zou vallen.",
      operator="Lixin", operator_alt=BZ, claimant="Openbaar Ministerie", opt=True, note="address in the investigation, nothing found"),
    R("NL", "no_wrongdoing_found", "daarbij zijn geen strafbare feiten vastgesteld", place="Barneveld", claimant="Openbaar Ministerie"),
    R("NL", "closure", "De burgemeester van Alphen aan den Rijn heeft het pand aan de Hooftstraat op grond van de Opiumwet en de APV voor de duur van zes maanden gesloten.",
      place="Alphen aan den Rijn", claimant="Openbaar Ministerie"),
]))

# ---------------------------------------------------------------- 013
T013 = """LIVE | Huiszoeking in Chinese 'politiepost' in Geraardsbergen: Buitenlandse Zaken ontbiedt ambassadeur

Volg hier alle ontwikkelingen. Deze blog wordt niet meer bijgewerkt.

Delen: Facebook | X | WhatsApp | E-mail

18:40
Dat was het voor vandaag. Morgen meer, onder meer over de vraag hoe de Staatsveiligheid dit soort netwerken in kaart brengt. Bedankt om te volgen.

17:52
Minister van Buitenlandse Zaken: Chinese ambassadeur ontboden
De minister van Buitenlandse Zaken heeft de Chinese ambassadeur vanmiddag ontboden op het ministerie in Brussel. "Activiteiten van buitenlandse politiediensten op Belgisch grondgebied zijn onaanvaardbaar", zei ze na het gesprek.

16:35
Chinese ambassade: "Hulp bij rijbewijzen"
De Chinese ambassade in Brussel reageert in een mededeling. Er bestaan volgens de ambassade "geen Chinese politieposten in België". De vereniging in Geraardsbergen zou vrijwilligers inzetten om oudere landgenoten te helpen met het online verlengen van hun Chinese rijbewijs.

"We dachten dat het een soort consulaat was."

15:20
Ook Zottegem genoemd
In een rapport van Safeguard Defenders wordt ook een adres in Zottegem genoemd. Die post zou onder het Bureau voor Openbare Veiligheid van het district Shitai vallen. De lokale politie zegt dat ze "geen enkele aanwijzing" heeft dat daar iets gebeurt. Volgens de organisatie zijn er in België in totaal drie zulke posten.

14:05
Ouders bezocht na interview
Een restauranthouder uit Geraardsbergen vertelt aan onze redactie dat zijn ouders in Anhui twee keer bezoek kregen van de lokale politie, nadat hij vorig jaar in een krant kritiek had geuit op de Chinese regering. Niemand heeft hem gevraagd om terug te keren, zegt hij.

"We dachten dat het een soort consulaat was."

12:30
Parket: post gerund vanuit Chinese provincie
Het federaal parket bevestigt dat de post vermoedelijk werd aangestuurd door het Bureau voor Openbare Veiligheid van het district Dongzhi, in de provincie Anhui. Dat blijkt uit documenten die bij de huiszoeking in beslag werden genomen.

11:10
Niemand opgepakt
Bij de huiszoeking is niemand opgepakt, zegt een woordvoerder van het federaal parket. Het gerechtelijk onderzoek loopt.

09:45
Huiszoeking in Geraardsbergen
Speurders van de federale gerechtelijke politie hebben vanochtend een huiszoeking uitgevoerd in een pand van een Chinese vereniging op de Markt in Geraardsbergen. Volgens het federaal parket bestaat het vermoeden dat daar een clandestiene Chinese politiepost was gevestigd. Het parket leidt een gerechtelijk onderzoek naar inmenging door een buitenlandse mogendheid.

09:30
Goedemorgen. In deze liveblog volgen we de huiszoeking in Geraardsbergen.

Lees ook: Wat weten we over de Chinese 'politieposten' in Europa?
"""
DOCS.append(dict(name="013-nl-be-liveblog-geraardsbergen-zottegem-dongzhi-shitai.txt", text=T013, facts=[
    R("BE", "protest", "De minister van Buitenlandse Zaken heeft de Chinese ambassadeur vanmiddag ontboden op het ministerie in Brussel.",
      claimant="Belgian Minister of Foreign Affairs"),
    D("CN", "Er bestaan volgens de ambassade \"geen Chinese politieposten in België\".", claimant="PRC Embassy in Belgium"),
    S("BE", None, "Er bestaan volgens de ambassade \"geen Chinese politieposten in België\".", claimant="PRC Embassy in Belgium",
      pol="denied", opt=True),
    S("BE", "Zottegem", "In een rapport van Safeguard Defenders wordt ook een adres in Zottegem genoemd. Die post zou onder het Bureau voor Openbare Veiligheid van het district Shitai vallen.",
      operator="Shitai", operator_alt=CH, claimant="Safeguard Defenders"),
    S("BE", "Zottegem", "De lokale politie zegt dat ze \"geen enkele aanwijzing\" heeft dat daar iets gebeurt.",
      claimant="local police", pol="denied", opt=True),
    C("stations", 3, "BE", "Volgens de organisatie zijn er in België in totaal drie zulke posten.", claimant="Safeguard Defenders"),
    I("BE", "harassment", "zijn ouders in Anhui twee keer bezoek kregen van de lokale politie, nadat hij vorig jaar in een krant kritiek had geuit op de Chinese regering",
      place="Geraardsbergen", claimant="a restaurant owner in Geraardsbergen"),
    S("BE", "Geraardsbergen", "Het federaal parket bevestigt dat de post vermoedelijk werd aangestuurd door het Bureau voor Openbare Veiligheid van het district Dongzhi, in de provincie Anhui.",
      operator="Dongzhi", operator_alt=CH, claimant="federal prosecutor's office"),
    R("BE", "arrest", "Bij de huiszoeking is niemand opgepakt", pol="denied", opt=True, claimant="federal prosecutor's office"),
    R("BE", "investigation", "Speurders van de federale gerechtelijke politie hebben vanochtend een huiszoeking uitgevoerd in een pand van een Chinese vereniging op de Markt in Geraardsbergen.",
      place="Geraardsbergen", claimant="federal prosecutor's office"),
    S("BE", "Geraardsbergen", "Volgens het federaal parket bestaat het vermoeden dat daar een clandestiene Chinese politiepost was gevestigd.",
      claimant="federal prosecutor's office", note="a building of a Chinese association on the Markt"),
    R("BE", "investigation", "Het parket leidt een gerechtelijk onderzoek naar inmenging door een buitenlandse mogendheid.",
      claimant="federal prosecutor's office"),
]))

# ---------------------------------------------------------------- 014 (irrelevant)
T014 = """Wij gebruiken cookies om de site te verbeteren. Lees ons cookiebeleid.

REGIO | Capelle aan den IJssel

Nieuwe buurtpolitiepost in winkelcentrum: 'Eindelijk een aanspreekpunt'

Door onze verslaggever　|　12 februari 2025, 10:05

De politie heeft woensdag een nieuwe buurtpolitiepost geopend in het winkelcentrum aan de Koperwiek. De oude post aan de Slotlaan, die alleen op dinsdagmiddag open was, is gesloten.

Wijkagent en boa's houden er drie dagen per week spreekuur. Ondernemers, onder wie de eigenaren van de Chinese supermarkt en twee Chinese restaurants, hadden al lang om een vast aanspreekpunt gevraagd. "Na de inbraken van vorig jaar voelden we ons niet gehoord", zegt de eigenaar van de supermarkt.

Vorig jaar kreeg de politie in de wijk 102 meldingen van winkeldiefstal en overlast; er werden 53 boetes uitgeschreven. Sinds januari lopen agenten en handhavers van de gemeente in het weekend gezamenlijke surveillances in en rond het winkelcentrum. De afspraken daarover staan in een convenant dat de gemeente, de politie en de winkeliersvereniging vorige maand ondertekenden.

Bij de opening werd ook een Chinees Nieuwjaarsfeest gevierd, met een leeuwendans voor de ingang en rode lampionnen in de passage. De gemeente deelde een folder in het Chinees uit over het omwisselen van een buitenlands rijbewijs bij het CBR.

"Eindelijk een aanspreekpunt", zegt een bewoner die al dertig jaar in de wijk woont.

Reageren? Mail de redactie.
"""
DOCS.append(dict(name="014-nl-regionieuws-buurtpolitiepost-winkelcentrum-capelle.txt", text=T014, facts=[]))
