"""check23 part B, Dutch documents 038-040."""
from h import S, C, R, I, A, D, soft, unwrap, wrap_hy

DOCS = []

# ---------------------------------------------------------------- 038
T038 = """Deze website gebruikt cookies. Door verder te klikken ga je akkoord met ons cookiebeleid. [OK]

Omroep Veluwe-Noord | Nieuws | Barneveld        Delen: WhatsApp | Facebook | Mail

Burgemeester sluit pand in Barneveld: 'Chinese politiepost achter kantoor'

Gepubliceerd: 12 maart 2026, 11.02 uur | Bijgewerkt: 12 maart 2026, 16.40 uur

De burgemeester van Barneveld heeft woensdag een bedrijfspand aan de Nijkerkerweg voor drie maanden gesloten. Volgens de politie fungeerde een kamer achter het kantoor van een Chinees importbedrijf als een 'servicepunt' van de Chinese politie.

Bij een doorzoeking vorige week werden mappen met persoonsgegevens, een stempel en een laptop in beslag genomen. Uit die papieren zou blijken dat het punt was opgezet door het Bureau voor Openbare Veiligheid van Ninghe, een district van de Chinese havenstad Tianjin.

Foto: Het gesloten pand aan de Nijkerkerweg. (Foto: Omroep Veluwe-Noord)

Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld. Er is tot nu toe niemand aangehouden, laat een woordvoerder weten.

Een studente uit Tianjin die in Wageningen studeert, vertelde aan deze omroep dat haar ouders in januari bezoek kregen van twee agenten, een paar dagen nadat zij online kritiek had geleverd op de coronamaatregelen van destijds. 'Ze vroegen niet of ik terug moest komen. Ze wilden alleen dat mijn ouders mij tot zwijgen brachten.'

LEES OOK: Chinese studenten in Wageningen voelen zich bekeken

Volgens de politie zijn er in Nederland nu vier van dergelijke locaties bekend. Een tweede pand, in het Brabantse Veghel, zou volgens het onderzoeksplatform Brabant Onderzoekt banden hebben met de politie van Jizhou, eveneens in de regio Tianjin.

Op sociale media werd ook een adres in Nijkerk genoemd. De gemeente Nijkerk zegt daarover 'geen enkel signaal' te hebben ontvangen.

De Chinese ambassade in Den Haag noemt de berichtgeving 'ongegrond'. Er bestaan volgens de ambassade geen Chinese politieposten in Nederland; vrijwilligers zouden landgenoten alleen helpen bij het omwisselen van hun rijbewijs.

Update 16.40 uur: De minister van Buitenlandse Zaken heeft de Chinese ambassadeur ontboden, meldt het ministerie.
"""
DOCS.append(dict(name="038-nl-regio-update-barneveld-veghel-nijkerk-ninghe-jizhou.txt", text=T038, facts=[
    R("NL", "closure", "De burgemeester van Barneveld heeft woensdag een bedrijfspand aan de Nijkerkerweg voor drie maanden gesloten.",
      place="Barneveld", date="2026-03-11"),
    S("NL", "Barneveld", "Volgens de politie fungeerde een kamer achter het kantoor van een Chinees importbedrijf als een 'servicepunt' van de Chinese politie.",
      claimant="politie", note="room behind an import company's office, Nijkerkerweg"),
    R("NL", "investigation", "Bij een doorzoeking vorige week werden mappen met persoonsgegevens, een stempel en een laptop in beslag genomen.",
      place="Barneveld"),
    S("NL", "Barneveld", "Uit die papieren zou blijken dat het punt was opgezet door het Bureau voor Openbare Veiligheid van Ninghe, een district van de Chinese havenstad Tianjin.",
      operator="Ninghe", operator_alt=["Tianjin"], claimant="politie"),
    R("NL", "investigation", "Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld.", claimant="Openbaar Ministerie"),
    R("NL", "arrest", "Er is tot nu toe niemand aangehouden", pol="denied", opt=True, claimant="Openbaar Ministerie"),
    I("NL", "harassment", "dat haar ouders in januari bezoek kregen van twee agenten, een paar dagen nadat zij online kritiek had geleverd",
      date="2026-01"),
    C("stations", 4, "NL", "Volgens de politie zijn er in Nederland nu vier van dergelijke locaties bekend.", claimant="politie"),
    S("NL", "Veghel", "Een tweede pand, in het Brabantse Veghel, zou volgens het onderzoeksplatform Brabant Onderzoekt banden hebben met de politie van Jizhou",
      operator="Jizhou", operator_alt=["Tianjin"], claimant="Brabant Onderzoekt"),
    S("NL", "Nijkerk", "Op sociale media werd ook een adres in Nijkerk genoemd.", opt=True, claimant="social media"),
    S("NL", "Nijkerk", "De gemeente Nijkerk zegt daarover 'geen enkel signaal' te hebben ontvangen.", pol="denied", opt=True,
      claimant="gemeente Nijkerk"),
    D("CN", "De Chinese ambassade in Den Haag noemt de berichtgeving 'ongegrond'. Er bestaan volgens de ambassade geen Chinese politieposten in Nederland; vrijwilligers zouden landgenoten alleen helpen bij het omwisselen van hun rijbewijs.",
      claimant="PRC Embassy in the Netherlands"),
    S("NL", None, "Er bestaan volgens de ambassade geen Chinese politieposten in Nederland", pol="denied", opt=True,
      claimant="PRC Embassy in the Netherlands"),
    R("NL", "protest", "De minister van Buitenlandse Zaken heeft de Chinese ambassadeur ontboden", date="2026-03-12"),
]))

# ---------------------------------------------------------------- 039
T039_BODY = """PARKET OOST-VLAANDEREN                               PERSBERICHT
Afdeling Gent

Gent, 24 februari 2026

Gerechtelijk onderzoek naar onaangemelde Chinese 'dienstpost' in Geraardsbergen: één persoon onder aanhoudingsmandaat

Op vraag van de onderzoeksrechter te Gent heeft de Federale Gerechtelijke Politie Oost-Vlaanderen op dinsdag 17 februari 2026 vijf huis~zoekingen uitgevoerd in Geraardsbergen, Ninove en Eeklo. Twee personen werden van hun vrijheid beroofd en voor verhoor overgebracht naar Gent.

Eén van hen, een 52-jarige man van Chinese nationaliteit, werd door de onderzoeksrechter onder aanhoudingsmandaat geplaatst wegens deelname aan de activiteiten van een criminele organisatie en heimelijke inmenging. De tweede persoon werd na verhoor in vrijheid gesteld.

Het onderzoek heeft ernstige aanwijzingen opgeleverd dat vanuit de lokalen van een vzw in Geraardsbergen een niet-aangemelde 'dienstpost' werd uitgebaat ten behoeve van het Bureau voor Openbare Veiligheid van het district Jinnan in Tianjin.

Bij de huis~zoekingen werden onder meer lijsten aangetroffen met de namen, adressen en foto's van een veertigtal personen van Chinese origine die in Vlaanderen wonen, waarvan sommige voorzien waren van handgeschreven aantekeningen over hun familie in China.

Minstens één persoon zou volgens de verklaringen die in het dossier zijn opgenomen meermaals onder druk zijn gezet om naar China terug te keren. Die persoon is in België gebleven.

De lokalen van de vzw werden op bevel van de onderzoeksrechter verzegeld.

Een adres in Eeklo werd in het kader van hetzelfde onderzoek doorzocht. Daar werden geen strafbare feiten vastgesteld.

Het onderzoek wordt voortgezet. In het belang van het onderzoek en met respect voor het vermoeden van onschuld worden op dit ogenblik geen verdere mededelingen gedaan.

Voor het parket,
de persmagistraat

Parket Oost-Vlaanderen – Opgeëistenlaan 401 – 9000 Gent          1/1"""
T039 = wrap_hy(soft(unwrap(T039_BODY), 9), 69)
DOCS.append(dict(name="039-nl-be-persbericht-parket-geraardsbergen-eeklo-jinnan.txt", text=T039, facts=[
    R("BE", "investigation", "heeft de Federale Gerechtelijke Politie Oost-Vlaanderen op dinsdag 17 februari 2026 vijf huiszoekingen uitgevoerd in Geraardsbergen, Ninove en Eeklo",
      place="Geraardsbergen", claimant="parket Oost-Vlaanderen", date="2026-02-17"),
    R("BE", "arrest", "werd door de onderzoeksrechter onder aanhoudingsmandaat geplaatst", claimant="parket Oost-Vlaanderen"),
    S("BE", "Geraardsbergen", "Het onderzoek heeft ernstige aanwijzingen opgeleverd dat vanuit de lokalen van een vzw in Geraardsbergen een niet-aangemelde 'dienstpost' werd uitgebaat ten behoeve van het Bureau voor Openbare Veiligheid van het district Jinnan in Tianjin.",
      operator="Jinnan", operator_alt=["Tianjin"], claimant="parket Oost-Vlaanderen"),
    I("BE", "surveillance", "lijsten aangetroffen met de namen, adressen en foto's van een veertigtal personen van Chinese origine die in Vlaanderen wonen",
      claimant="parket Oost-Vlaanderen"),
    I("BE", "persuasion", "meermaals onder druk zijn gezet om naar China terug te keren", claimant="parket Oost-Vlaanderen"),
    R("BE", "closure", "De lokalen van de vzw werden op bevel van de onderzoeksrechter verzegeld.", place="Geraardsbergen",
      claimant="parket Oost-Vlaanderen"),
    S("BE", "Eeklo", "Een adres in Eeklo werd in het kader van hetzelfde onderzoek doorzocht.", opt=True,
      claimant="parket Oost-Vlaanderen"),
    R("BE", "no_wrongdoing_found", "Daar werden geen strafbare feiten vastgesteld.", place="Eeklo", claimant="parket Oost-Vlaanderen"),
]))

# ---------------------------------------------------------------- 040 (irrelevant)
T040 = """Nieuws | Den Haag | Veiligheid

Nieuwe wijkpost van de politie in Chinatown: 'Eindelijk een agent om de hoek'

Door onze verslaggever | 3 februari 2026, 09.15 uur | Leestijd 3 minuten

Aan de Wagenstraat, midden in de Haagse Chinatown, heeft de politie maandag een nieuwe wijkpost geopend. Twee wijkagenten en een gemeentelijke handhaver houden er voortaan op werkdagen spreekuur. Een van de agenten spreekt Mandarijn en Kantonees.

De oude politiepost aan de Gedempte Burgwal is gesloten; het gebouw was te klein en voldeed niet meer aan de eisen.

Ondernemers in de buurt klaagden al langer over fietsendiefstal en overlast rond de supermarkten. Vorig jaar kreeg de politie in de wijk 102 meldingen van winkeldiefstal en deelden handhavers 53 boetes uit voor fout geparkeerde bestelbusjes.

Politie en gemeente sloten daarom een samenwerkingsconvenant met de ondernemersvereniging. Daarin staat onder meer dat politie en handhaving op vrijdag- en zaterdagavond gezamenlijke surveillances lopen.

'Eindelijk een agent om de hoek,' zegt de eigenaar van een Chinese bakkerij. 'Vroeger moest je voor alles naar het bureau aan de andere kant van het centrum.'

Bij de wijkpost kunnen bewoners ook terecht met vragen over het omwisselen van een buitenlands rijbewijs; de wijkagent verwijst hen dan door naar het RDW-loket.

LEES OOK: Chinees Nieuwjaar trekt recordaantal bezoekers naar het centrum

Reageren? Mail de redactie.
"""
DOCS.append(dict(name="040-nl-stadsnieuws-wijkpost-politie-chinatown-den-haag.txt", text=T040, facts=[]))
