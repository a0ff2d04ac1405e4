"""check24 part A, German documents 009-011."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOC9 = """Startseite › Chronik › Salzburg

Schrift: A A A   |   Teilen: Facebook X WhatsApp E-Mail

Verdacht auf chinesische "Polizeistation": Razzia in Hallein

Salzburg (APA) - Beamte des Landesamts Staatsschutz und Extremismusbekämpfung (LSE) haben am Donnerstag ein Vereinslokal in der Halleiner Altstadt durchsucht. In dem Lokal soll eine inoffizielle chinesische "Polizeistation" untergebracht gewesen sein. Die Staatsanwaltschaft Salzburg ermittelt wegen des Verdachts des geheimen Nachrichtendienstes zum Nachteil Österreichs. Festnahmen gab es keine.

Lesezeit: 4 Minuten | 20. November 2026, 17.05 Uhr | aktualisiert 21. November 2026, 10.30 Uhr

Hallein, rund 20 Kilometer südlich von Salzburg an der Salzach gelegen, ist vor allem für das Salzbergwerk am Dürrnberg bekannt. Seit einigen Jahren kommen auch vermehrt Reisegruppen aus China in die Keltenstadt; zwei chinesische Restaurants und ein Asia-Markt haben sich in der Altstadt angesiedelt.

Der Verein, der das Lokal gemietet hatte, bot nach eigenen Angaben Deutschkurse, Kalligrafie-Abende und eine Sprechstunde für Behördenwege an. Nachbarn beschreiben die Mitglieder als zurückhaltend und freundlich.

"Wir haben nie etwas Auffälliges bemerkt", sagt eine Anrainerin.

Nach Informationen der APA wird die Anlaufstelle dem Büro für öffentliche Sicherheit des Kreises Qingxu zugerechnet, der zur nordchinesischen Provinzhauptstadt Taiyuan gehört. Ermittler hätten bei der Durchsuchung Mitgliederlisten und Quittungen sichergestellt.

Eine Studentin, die in Hallein wohnt und in Salzburg studiert, schilderte der APA, ihre Eltern in der Provinz Shanxi seien von Polizisten aufgesucht worden, nachdem sie im Frühjahr an einer Mahnwache am Salzburger Residenzplatz teilgenommen hatte. Zur Rückkehr aufgefordert worden sei sie nicht.

"Wir haben nie etwas Auffälliges bemerkt", sagt eine Anrainerin.

LESEN SIE AUCH: Salzburger Festspiele melden Besucherrekord aus Asien

Laut der Menschenrechtsorganisation Safeguard Defenders gibt es in Österreich mindestens zwei solcher Stellen. Die zweite soll sich in Lustenau in Vorarlberg befinden und dem Kreisbüro von Yangqu, ebenfalls Taiyuan, unterstehen. Die Landespolizeidirektion Vorarlberg teilte mit, ihr lägen "keinerlei Hinweise" auf eine solche Einrichtung vor. Weltweit hatte die Organisation 2022 hundertzwei Stationen in dreiundfünfzig Ländern gezählt.

Das Außenministerium in Wien bestellte am Freitag den chinesischen Botschafter ein.

Die chinesische Botschaft wies die Vorwürfe als "haltlos" zurück. Das Lokal diene ehrenamtlichen Helfern, die älteren Landsleuten bei der Verlängerung von Führerscheinen und Reisepässen behilflich seien, hieß es in einer Stellungnahme.

Korrektur: In einer früheren Version dieses Artikels hieß es, die Durchsuchung habe am Mittwoch stattgefunden. Richtig ist Donnerstag.

(APA/red)

Newsletter: Die wichtigsten Nachrichten aus Salzburg jeden Morgen in Ihrem Postfach.
Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.
"""

FACTS9 = [
    R("AT", "investigation", "haben am Donnerstag ein Vereinslokal in der Halleiner Altstadt durchsucht", place="Hallein",
      claimant=None),
    S("AT", "Hallein", "In dem Lokal soll eine inoffizielle chinesische \"Polizeistation\" untergebracht gewesen sein.",
      claimant="Austrian investigators", note="station noun; place in the sentence before"),
    R("AT", "investigation", "Die Staatsanwaltschaft Salzburg ermittelt wegen des Verdachts des geheimen Nachrichtendienstes zum Nachteil Österreichs.",
      claimant="Staatsanwaltschaft Salzburg"),
    R("AT", "arrest", "Festnahmen gab es keine.", pol="denied", opt=True),
    S("AT", "Hallein", "Nach Informationen der APA wird die Anlaufstelle dem Büro für öffentliche Sicherheit des Kreises Qingxu zugerechnet",
      operator="Qingxu", operator_alt=["Taiyuan"], claimant="APA"),
    I("AT", "harassment", "ihre Eltern in der Provinz Shanxi seien von Polizisten aufgesucht worden, nachdem sie im Frühjahr an einer Mahnwache am Salzburger Residenzplatz teilgenommen hatte",
      place="Hallein", claimant="Chinese student"),
    C("stations", 2, "AT", "gibt es in Österreich mindestens zwei solcher Stellen", claimant=SD),
    S("AT", "Lustenau", "Die zweite soll sich in Lustenau in Vorarlberg befinden und dem Kreisbüro von Yangqu, ebenfalls Taiyuan, unterstehen.",
      operator="Yangqu", operator_alt=["Taiyuan"], claimant=SD),
    S("AT", "Lustenau", "ihr lägen \"keinerlei Hinweise\" auf eine solche Einrichtung vor", pol="denied", opt=True,
      claimant="Landespolizeidirektion Vorarlberg"),
    C("stations", 102, None, "hundertzwei Stationen in dreiundfünfzig Ländern", claimant=SD, date="2022"),
    C("countries", 53, None, "hundertzwei Stationen in dreiundfünfzig Ländern", claimant=SD, date="2022"),
    R("AT", "protest", "Das Außenministerium in Wien bestellte am Freitag den chinesischen Botschafter ein.",
      claimant="Austrian Ministry of Foreign Affairs"),
    D("CN", "Die chinesische Botschaft wies die Vorwürfe als \"haltlos\" zurück.", claimant="PRC Embassy in Austria"),
]

TEXT10 = """Schleswig-Holsteinisches Oberlandesgericht
1. Strafsenat (Staatsschutzsenat)
Az.: 1 StS 4/26                                          Seite 1 von 3

IM NAMEN DES VOLKES
URTEIL

In der Strafsache gegen den chinesischen Staatsangehörigen L.

wegen geheimdienstlicher Agententätigkeit

hat der 1. Strafsenat des Schleswig-Holsteinischen Oberlandesgerichts in der Hauptverhandlung vom 3., 10. und 17. November 2026 für Recht erkannt:

Der Angeklagte ist schuldig der geheimdienstlichen Agententätigkeit. Er wird zu einer Freiheitsstrafe von einem Jahr und neun Monaten verurteilt, deren Vollstreckung zur Bewährung ausgesetzt wird.

GRÜNDE (abgekürzte Fassung)

I. Feststellungen

1. Der Angeklagte lebt seit 2014 in Neumünster und betreibt dort einen Großhandel für Restaurantbedarf. Er ist Vorsitzender eines chinesischen Landsmannschaftsvereins mit rund sechzig Mitgliedern.

2. Der Senat ist davon überzeugt, dass der Angeklagte spätestens ab Januar 2024 in Räumen über einem Asia-Imbiss in der Neumünsteraner Innenstadt eine Anlaufstelle unterhielt, die dem Büro für öffentliche Sicherheit des Bezirks Beibei der regierungsunmittelbaren Stadt Chongqing als sogenannte Übersee-Servicestation diente.

3. Der Angeklagte führte eine Liste mit Namen, Wohnorten und Arbeitgebern von 41 in Schleswig-Holstein lebenden chinesischen Staatsangehörigen und übermittelte sie in regelmäßigen Abständen an einen Verbindungsbeamten in Chongqing.

4. Im Sommer 2025 wirkte der Angeklagte wiederholt auf den Zeugen W., einen in Neumünster lebenden Koch, ein, nach China zurückzukehren, um sich dort einem Ermittlungsverfahren wegen einer Darlehensforderung zu stellen. Der Zeuge kam dem nicht nach. Kurz darauf wurden seine Eltern in Chongqing von Polizeibeamten aufgesucht.

5. Bei der Durchsuchung der Räume am 9. März 2026, die der Ermittlungsrichter beim Bundesgerichtshof auf Antrag des Generalbundesanwalts angeordnet hatte, wurden die Liste sowie Schriftverkehr mit dem Bezirksbüro sichergestellt. Der Angeklagte wurde am selben Tag vorläufig festgenommen und nach Vernehmung wieder entlassen. Die Räume werden seit der Durchsuchung nicht mehr genutzt.

6. Soweit die Anklage dem Angeklagten darüber hinaus vorwirft, eine zweite Anlaufstelle in Wismar für das Bezirksbüro Qijiang eingerichtet zu haben, hat sich dies in der Hauptverhandlung nicht bestätigt.

7. Nach dem in der Hauptverhandlung verlesenen Behördenzeugnis des Bundesamts für Verfassungsschutz bestanden im Tatzeitraum bundesweit mindestens fünf derartige Stellen.

II. Einlassung

Der Angeklagte hat sich dahin eingelassen, er habe lediglich älteren Landsleuten bei der Umschreibung von Führerscheinen und der Verlängerung von Reisepässen geholfen. Diese Einlassung ist durch den sichergestellten Schriftverkehr widerlegt.

III. Strafzumessung

Zugunsten des Angeklagten spricht, dass er nicht vorbestraft ist und die Übermittlung der Liste im Kern eingeräumt hat.

Schleswig, den 17. November 2026                          Seite 3 von 3"""

DOC10 = wrap_hy(soft(TEXT10), 69)

OLG = "Schleswig-Holsteinisches Oberlandesgericht"

FACTS10 = [
    R("DE", "arrest", "Der Angeklagte ist schuldig der geheimdienstlichen Agententätigkeit. Er wird zu einer Freiheitsstrafe von einem Jahr und neun Monaten verurteilt",
      claimant=OLG, date="2026-11-17"),
    S("DE", "Neumünster", "eine Anlaufstelle unterhielt, die dem Büro für öffentliche Sicherheit des Bezirks Beibei der regierungsunmittelbaren Stadt Chongqing als sogenannte Übersee-Servicestation diente",
      operator="Beibei", operator_alt=["Chongqing"], claimant=OLG, place_alt=["Neumuenster"]),
    I("DE", "surveillance", "Der Angeklagte führte eine Liste mit Namen, Wohnorten und Arbeitgebern von 41 in Schleswig-Holstein lebenden chinesischen Staatsangehörigen",
      claimant=OLG),
    I("DE", "persuasion", "wirkte der Angeklagte wiederholt auf den Zeugen W., einen in Neumünster lebenden Koch, ein, nach China zurückzukehren",
      place="Neumünster", claimant=OLG),
    I("DE", "harassment", "Kurz darauf wurden seine Eltern in Chongqing von Polizeibeamten aufgesucht.", claimant=OLG, opt=True,
      note="pressure on relatives inside a persuasion case"),
    R("DE", "investigation", "Bei der Durchsuchung der Räume am 9. März 2026", claimant=OLG, date="2026-03-09"),
    R("DE", "arrest", "Der Angeklagte wurde am selben Tag vorläufig festgenommen", claimant=OLG, date="2026-03-09"),
    R("DE", "closure", "Die Räume werden seit der Durchsuchung nicht mehr genutzt.", opt=True, claimant=OLG,
      note="stopped without an order"),
    S("DE", "Wismar", "eine zweite Anlaufstelle in Wismar für das Bezirksbüro Qijiang eingerichtet zu haben",
      operator="Qijiang", operator_alt=["Chongqing"], claimant="Generalbundesanwalt", opt=True,
      note="indictment's claim, not confirmed at trial"),
    C("stations", 5, "DE", "bestanden im Tatzeitraum bundesweit mindestens fünf derartige Stellen",
      claimant="Bundesamt für Verfassungsschutz"),
    D("DE", "er habe lediglich älteren Landsleuten bei der Umschreibung von Führerscheinen und der Verlängerung von Reisepässen geholfen",
      claimant="defendant", opt=True, note="the defendant's account, rejected by the court"),
]

DOC11 = """LOKALES | GÖRLITZ

Neues Bürgerbüro der Polizei am Postplatz eröffnet

Mehr Präsenz in der Innenstadt: Die Polizeidirektion Görlitz hat am Montag ihr neues Bürgerbüro eröffnet. Der alte Standort in der Berliner Straße ist geschlossen.

Von unserer Redakteurin | 30.11.2026, 16:20 Uhr

Görlitz. Mit Kaffee, Kuchen und einem Infostand zum Fahrraddiebstahl hat die Polizei am Montag ihr neues Bürgerbüro am Postplatz eröffnet. Zwei Bürgerpolizisten sind dort künftig an vier Tagen pro Woche ansprechbar. Das bisherige Büro in der Berliner Straße wurde geschlossen, weil der Mietvertrag auslief.

Im vergangenen Jahr hatten die Bürgerpolizisten nach eigenen Angaben 102 Hinweise aus der Bevölkerung aufgenommen, 53 davon betrafen Ruhestörungen und Müll. Gemeinsam mit dem Ordnungsamt und der polnischen Polizei aus Zgorzelec sollen die gemeinsamen Streifen an der Altstadtbrücke auch im Winter fortgesetzt werden; eine entsprechende Vereinbarung wurde im Frühjahr verlängert.

Zur Eröffnung kam auch der Vorsitzende des deutsch-chinesischen Kulturvereins, der im Januar wieder ein Laternenfest am Untermarkt plant. Der Verein bietet Sprachkurse an und hilft Studierenden der Hochschule bei Behördengängen, etwa bei der Umschreibung des Führerscheins.

"Wir wollen, dass die Leute uns kennen, bevor etwas passiert", sagte der Revierleiter.

Das Bürgerbüro ist montags bis donnerstags von 9 bis 15 Uhr geöffnet.

Mehr aus Görlitz | Newsletter abonnieren | Datenschutz | Cookie-Einstellungen
"""

DOCS = [
    {"name": "009-de-at-wire-correction-hallein-lustenau-qingxu-yangqu.txt", "text": DOC9, "facts": FACTS9},
    {"name": "010-de-olg-judgment-neumuenster-wismar-beibei-qijiang.txt", "text": DOC10, "facts": FACTS10},
    {"name": "011-de-lokalnachrichten-buergerbuero-polizei-goerlitz.txt", "text": DOC11, "facts": []},
]
