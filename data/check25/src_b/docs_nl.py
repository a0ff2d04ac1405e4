"""check25 part B, Dutch documents 038-040 (held-out: do not tune on them)."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 038
DOCS.append({
    "name": "038-nl-onderzoek-venray-wijchen-xiayi-shangshui.txt",
    "text": """Home > Binnenland > Onderzoek

Leestijd: 9 minuten

Het steunpunt boven de toko: hoe een Chinese vereniging in Venray onder de loep kwam

Een kleine vereniging in Noord-Limburg hielp Chinese arbeidsmigranten met formulieren en feestdagen. Volgens justitie deed ze meer. Een reconstructie.

Door onze verslaggever

Wie over de Grotestraat in Venray loopt, ziet het bordje nauwelijks: een gelamineerd A4'tje met Chinese karakters naast de deur van een toko. Op de eerste verdieping zat tot dit voorjaar een Chinese vereniging die landgenoten hielp met belastingaangiftes, huurcontracten en het Chinese Nieuwjaar.

Venray is een gemeente van champignonkwekerijen en kassen. Sinds een jaar of tien werken er honderden arbeidsmigranten, eerst vooral uit Polen en Roemenië, de laatste jaren ook uit China. Ze wonen in parken aan de rand van de kernen en pendelen met busjes naar de teelt.

De vereniging werd in 2019 opgericht door een handvol Chinese ondernemers: de eigenaar van de toko, een uitzendbureau dat kwekers van personeel voorziet en een restauranthouder uit Horst. Op zondagmiddag gaf een gepensioneerde lerares er Chineesles aan kinderen, met Kerst en Nieuwjaar werd er gekookt. "Het was een huiskamer," zegt een buurvrouw die er een paar keer mee-at.

Ook de gemeente kende de vereniging. Toen in 2022 een groep arbeiders zonder huisvesting kwam te zitten, hielp het bestuur met tolken en tijdelijke kamers. Een ambtenaar noemt de samenwerking achteraf "prettig, maar misschien naïef".

"We deden alleen wat de gemeente niet deed: uitleggen hoe alles werkt."

In maart doorzocht de politie het pand. Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld naar mogelijke heimelijke activiteiten voor een buitenlandse mogendheid. Volgens het OM fungeerde de bovenverdieping als een zogeheten Chinees politiesteunpunt.

Er is tot nu toe niemand aangehouden.

Uit documenten die bij de doorzoeking in beslag werden genomen, zou blijken dat het steunpunt rapporteerde aan het bureau voor openbare veiligheid van het district Xiayi in de stad Shangqiu, in de provincie Henan.

Bij die documenten zat ook een lijst met namen, telefoonnummers en woonadressen van achtendertig landgenoten die in de regio werken.

Een champignonplukker vertelt dat hij vorig jaar herhaaldelijk werd gebeld door mensen die zeiden namens de politie in zijn geboortestad te spreken. Hij moest terugkomen om "een zaak op te lossen". Hij ging in december, werd twee dagen verhoord en kwam in februari terug naar Venray.

"We deden alleen wat de gemeente niet deed: uitleggen hoe alles werkt," zegt een voormalig bestuurslid.

LEES OOK: Arbeidsmigranten in Limburg: wie controleert de huisvesting?

Safeguard Defenders, dat wereldwijd meer dan honderd van zulke posten in tientallen landen telt, zegt dat er in Nederland minstens vier van dergelijke steunpunten zijn. Een ervan zou zich in Wijchen bevinden, in een kantoor bij een groothandel, en onder het district Shangshui in Zhoukou vallen. De politie Oost-Nederland zegt geen enkele aanwijzing te hebben dat daar iets dergelijks bestaat.

Op sociale media wordt ook Schagen genoemd. Bevestiging daarvan is er niet.

De burgemeester van Venray heeft de bovenverdieping in april voor zes maanden laten sluiten.

Minister van Buitenlandse Zaken ontbood de Chinese ambassadeur.

De Chinese ambassade in Den Haag noemt de beschuldigingen "volstrekt ongegrond". Vrijwilligers zouden landgenoten alleen helpen met het omwisselen van rijbewijzen en het verlengen van paspoorten.

Reageren? Mail de redactie. | Schrijf je in voor de nieuwsbrief | Wij gebruiken cookies
""",
    "facts": [
        R("NL", "investigation", "In maart doorzocht de politie het pand.", place="Venray", date="2025-03",
          note="'het pand': the Venray premises of the lead"),
        R("NL", "investigation", "Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld naar mogelijke heimelijke activiteiten voor een buitenlandse mogendheid.",
          claimant="Openbaar Ministerie"),
        S("NL", "Venray", "Volgens het OM fungeerde de bovenverdieping als een zogeheten Chinees politiesteunpunt.",
          claimant="Openbaar Ministerie", note="Venray in the paragraphs before"),
        R("NL", "arrest", "Er is tot nu toe niemand aangehouden.", pol="denied", opt=True),
        S("NL", "Venray", "zou blijken dat het steunpunt rapporteerde aan het bureau voor openbare veiligheid van het district Xiayi in de stad Shangqiu, in de provincie Henan.",
          operator="Xiayi", operator_alt=["Shangqiu"], claimant="seized documents"),
        I("NL", "surveillance", "Bij die documenten zat ook een lijst met namen, telefoonnummers en woonadressen van achtendertig landgenoten die in de regio werken.",
          place="Venray"),
        I("NL", "persuasion", "Hij moest terugkomen om \"een zaak op te lossen\". Hij ging in december, werd twee dagen verhoord en kwam in februari terug naar Venray.",
          place="Venray"),
        C("stations", 4, "NL", "zegt dat er in Nederland minstens vier van dergelijke steunpunten zijn.",
          claimant="Safeguard Defenders"),
        C("stations", 100, None, "dat wereldwijd meer dan honderd van zulke posten in tientallen landen telt", opt=True,
          claimant="Safeguard Defenders", note="'meer dan honderd'; 'tientallen landen' gives no figure"),
        S("NL", "Wijchen", "Een ervan zou zich in Wijchen bevinden, in een kantoor bij een groothandel, en onder het district Shangshui in Zhoukou vallen.",
          operator="Shangshui", operator_alt=["Zhoukou"], claimant="Safeguard Defenders"),
        S("NL", "Wijchen", "De politie Oost-Nederland zegt geen enkele aanwijzing te hebben dat daar iets dergelijks bestaat.",
          pol="denied", opt=True, claimant="politie Oost-Nederland"),
        S("NL", "Schagen", "Op sociale media wordt ook Schagen genoemd.", opt=True, claimant="social media"),
        R("NL", "closure", "De burgemeester van Venray heeft de bovenverdieping in april voor zes maanden laten sluiten.",
          place="Venray", date="2025-04"),
        R("NL", "protest", "Minister van Buitenlandse Zaken ontbood de Chinese ambassadeur."),
        D("CN", "De Chinese ambassade in Den Haag noemt de beschuldigingen \"volstrekt ongegrond\". Vrijwilligers zouden landgenoten alleen helpen met het omwisselen van rijbewijzen en het verlengen van paspoorten.",
          claimant="Chinese Embassy in the Netherlands"),
    ],
})

# ---------------------------------------------------------------- 039 (irrelevant)
DOCS.append({
    "name": "039-nl-lokaal-nieuws-wijkkantoor-politie-lier.txt",
    "text": """Lokaal > Lier > Veiligheid

Politie opent nieuw wijkkantoor aan de Antwerpsesteenweg

Door onze redactie | 12 mei 2025, 11.20 uur

De politiezone Lier heeft maandag een nieuw wijkkantoor in gebruik genomen aan de Antwerpsesteenweg. Het oude kantoor aan de Kolveniersvest is gesloten en verkocht.

In het nieuwe gebouw werken zes wijkinspecteurs en een onthaalmedewerker. Eén van hen spreekt Mandarijn en Kantonees, wat volgens de korpschef handig is in een buurt waar meerdere Chinese restaurants en een Aziatische supermarkt gevestigd zijn.

"Mensen komen met allerlei vragen: over een verloren identiteitskaart, over hun rijbewijs, over burenruzies," zegt de korpschef. "Dat een collega hen in hun eigen taal te woord kan staan, maakt veel uit."

Vorig jaar registreerde de zone in de wijk 102 meldingen van overlast en 53 inbraken in voertuigen. Samen met de federale politie worden er in de zomermaanden gezamenlijke patrouilles gereden langs de Nete. Daarover werd een samenwerkingsakkoord afgesloten.

De Chinees-Belgische vriendschapsvereniging bood bij de opening thee en maanbroodjes aan. De vereniging organiseert ook infosessies over het omwisselen van een buitenlands rijbewijs.

Het wijkkantoor is open op weekdagen van 9 tot 12 uur en op donderdag ook van 17 tot 19 uur.

Deel dit artikel | Lees meer over: politie, Lier | Wij gebruiken cookies
""",
    "facts": [],
})

# ---------------------------------------------------------------- 040
DOCS.append({
    "name": "040-nl-be-commissie-verslag-wevelgem-puurs-fugou-jinshui.txt",
    "text": """KAMER VAN VOLKSVERTEGENWOORDIGERS
Commissie voor Binnenlandse Zaken, Veiligheid, Migratie en Bestuurszaken
Integraal Verslag – Voorlopige versie
Woensdag 21 mei 2025, namiddag

Samengevoegde vragen van
– een lid (N-VA) aan de minister van Binnenlandse Zaken over "De Chinese politiepost in Wevelgem"
– een lid (Vooruit) aan de minister van Binnenlandse Zaken over "Buitenlandse inmenging in de Chinese gemeenschap"

De voorzitter: Het woord is aan de eerste vraagsteller.

Een lid (N-VA): Mevrouw de minister, volgens een nieuw rapport van Safeguard Defenders werd in een handelspand langs de Kortrijkstraat in Wevelgem een Chinese politiepost uitgebaat, die zou afhangen van het bureau voor openbare veiligheid van het district Fugou in Zhoukou. Hetzelfde rapport noemt een tweede post in Puurs, die onder het district Jinshui van Zhengzhou zou vallen. In ons land zouden er volgens dat rapport drie zijn. Wat heeft de politie gedaan? En werd de Chinese ambassadeur ontboden?

Een lid (Vooruit): Mevrouw de minister, ik sluit mij aan. Ik heb contact gehad met een studente in Kortrijk die in maart deelnam aan een betoging in Brussel. Een week later werden haar ouders in Zhoukou bezocht door agenten, die hen foto's toonden van de betoging. Niemand vroeg haar terug te komen, maar haar ouders werden onder druk gezet. Stel dat de minister bevestigt dat het om een politiepost gaat: zal zij dan diplomaten uitwijzen?

De voorzitter: Mevrouw de minister, u hebt het woord.

Minister van Binnenlandse Zaken: Mijnheer de voorzitter, collega's, het federaal parket heeft een gerechtelijk onderzoek geopend. In het kader daarvan heeft de federale gerechtelijke politie op 8 april een huiszoeking verricht in het pand in Wevelgem. Er werd tot op heden niemand aangehouden.

Wat Puurs betreft, heeft de lokale politie het adres gecontroleerd. Daarbij werden geen strafbare feiten vastgesteld.

Op sociale media werd ook een adres in Overijse genoemd. De politie heeft daar geen enkele aanwijzing voor gevonden.

Mijn collega van Buitenlandse Zaken heeft de Chinese ambassadeur op 10 april ontboden.

De ambassade heeft laten weten dat het gaat om vrijwilligers die oudere landgenoten helpen met het vernieuwen van rijbewijzen en het aanvragen van levensbewijzen voor hun pensioen.

Op hypothetische vragen over uitwijzingen ga ik niet in.

Een lid (N-VA): Dank u, mevrouw de minister. Ik zal dit dossier blijven opvolgen.

Het incident is gesloten.

CRIV 56 COM 212 – 21/05/2025 – blz. 14
""",
    "facts": [
        S("BE", "Wevelgem", "volgens een nieuw rapport van Safeguard Defenders werd in een handelspand langs de Kortrijkstraat in Wevelgem een Chinese politiepost uitgebaat, die zou afhangen van het bureau voor openbare veiligheid van het district Fugou in Zhoukou.",
          operator="Fugou", operator_alt=["Zhoukou"], claimant="Safeguard Defenders"),
        S("BE", "Puurs", "Hetzelfde rapport noemt een tweede post in Puurs, die onder het district Jinshui van Zhengzhou zou vallen.",
          operator="Jinshui", operator_alt=["Zhengzhou"], claimant="Safeguard Defenders"),
        C("stations", 3, "BE", "In ons land zouden er volgens dat rapport drie zijn.", claimant="Safeguard Defenders"),
        I("BE", "harassment", "Een week later werden haar ouders in Zhoukou bezocht door agenten, die hen foto's toonden van de betoging. Niemand vroeg haar terug te komen, maar haar ouders werden onder druk gezet.",
          place="Kortrijk"),
        R("BE", "investigation", "het federaal parket heeft een gerechtelijk onderzoek geopend.", claimant="minister van Binnenlandse Zaken"),
        R("BE", "investigation", "In het kader daarvan heeft de federale gerechtelijke politie op 8 april een huiszoeking verricht in het pand in Wevelgem.",
          place="Wevelgem", date="2025-04-08", claimant="minister van Binnenlandse Zaken"),
        R("BE", "arrest", "Er werd tot op heden niemand aangehouden.", pol="denied", opt=True),
        R("BE", "investigation", "Wat Puurs betreft, heeft de lokale politie het adres gecontroleerd.", place="Puurs",
          claimant="minister van Binnenlandse Zaken"),
        R("BE", "no_wrongdoing_found", "Daarbij werden geen strafbare feiten vastgesteld.", place="Puurs",
          claimant="minister van Binnenlandse Zaken"),
        S("BE", "Overijse", "Op sociale media werd ook een adres in Overijse genoemd.", opt=True, claimant="social media"),
        S("BE", "Overijse", "De politie heeft daar geen enkele aanwijzing voor gevonden.", pol="denied", opt=True,
          claimant="police"),
        R("BE", "protest", "Mijn collega van Buitenlandse Zaken heeft de Chinese ambassadeur op 10 april ontboden.", date="2025-04-10"),
        D("CN", "De ambassade heeft laten weten dat het gaat om vrijwilligers die oudere landgenoten helpen met het vernieuwen van rijbewijzen en het aanvragen van levensbewijzen voor hun pensioen.",
          claimant="Chinese Embassy in Belgium"),
    ],
})
