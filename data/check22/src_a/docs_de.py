"""check22 part A, German documents 009-011."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 009
T009 = """Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. [Alle akzeptieren] [Einstellungen]

Startseite > Region > Reutlingen
Schriftgröße A A A | Teilen: Facebook · X · WhatsApp · E-Mail

Chinesische „Polizeistation“ in Reutlingen? LKA durchsucht Vereinsräume

Reutlingen/Stuttgart (dpa/lsw) – Beamte des Landeskriminalamts Baden-Württemberg haben am Dienstagmorgen die Räume eines chinesischen Kultur- und Wirtschaftsvereins in der Reutlinger Innenstadt durchsucht. Die Generalstaatsanwaltschaft Stuttgart ermittelt wegen des Verdachts der geheimdienstlichen Agententätigkeit, wie eine Sprecherin am Mittag mitteilte. Festnahmen gab es nach ihren Angaben keine.

Nach Angaben der Menschenrechtsorganisation Safeguard Defenders soll der Verein über Jahre eine sogenannte Übersee-Polizeistation betrieben haben. Ermittler stellten bei der Durchsuchung Unterlagen sicher, denen zufolge die Außenstelle dem Büro für öffentliche Sicherheit der Stadt Gaobeidian in der nordchinesischen Provinz Hebei unterstand.

„Wir haben hier Sprachkurse, Kochabende und Tischtennis gemacht“, sagte ein Vereinsmitglied vor dem Gebäude. „Von Polizei weiß ich nichts.“

Der Verein war 2018 gegründet worden und hatte nach eigenen Angaben rund 150 Mitglieder, vor allem Beschäftigte der Automobilzulieferer im Raum Reutlingen und Tübingen sowie Studierende der Hochschule. Auf seiner Internetseite, die am Dienstag nicht mehr erreichbar war, warb er mit Chinesischkursen für Kinder und einem jährlichen Frühlingsfest auf dem Marktplatz.

Die Stadt Reutlingen teilte mit, der Verein habe für das Frühlingsfest in den vergangenen Jahren regelmäßig Genehmigungen beantragt und erhalten. Hinweise auf Unregelmäßigkeiten habe es nie gegeben.

Bildunterschrift: Polizeifahrzeuge vor dem Vereinsgebäude in der Reutlinger Innenstadt. Foto: dpa

Ein Maschinenbauingenieur, der bei einem Zulieferer in Metzingen arbeitet, schilderte der Deutschen Presse-Agentur, Mitarbeiter des Vereins hätten ihn im vergangenen Jahr mehrfach gedrängt, nach China zurückzukehren und sich dort „einem Verfahren zu stellen“. Er sei geblieben. Wenig später habe die Polizei in seiner Heimatstadt seine Schwester vorgeladen.

„Von Polizei weiß ich nichts.“

LESEN SIE AUCH: Zulieferer in der Region: Auftragslage bleibt angespannt

Safeguard Defenders zählt bundesweit mindestens vier solcher Stellen. Eine weitere soll sich in Ravensburg befinden und der Polizei von Anguo zugeordnet sein, einer kreisfreien Stadt ebenfalls in Hebei. Das Polizeipräsidium Ravensburg hat nach eigenen Angaben keine Erkenntnisse über eine solche Einrichtung.

Das Auswärtige Amt bestellte am Nachmittag den Gesandten der chinesischen Botschaft ein. Man erwarte „vollständige Aufklärung“, hieß es aus Berlin.

Die chinesische Botschaft wies die Vorwürfe zurück. Ehrenamtliche des Vereins hätten älteren Landsleuten lediglich bei der Beglaubigung von Dokumenten und bei Rentenbescheinigungen geholfen, teilte sie mit.

Korrektur: In einer früheren Fassung hieß es, die Durchsuchung habe am Montag stattgefunden. Richtig ist Dienstag.

dpa-lsw xy/ab 1512
Newsletter: Die wichtigsten Nachrichten aus der Region – jeden Morgen kostenlos."""

D009 = {"name": "009-de-dpa-regional-correction-reutlingen-ravensburg-gaobeidian-anguo.txt", "text": T009, "facts": [
    R("DE", "investigation", "Beamte des Landeskriminalamts Baden-Württemberg haben am Dienstagmorgen die Räume eines chinesischen Kultur- und Wirtschaftsvereins in der Reutlinger Innenstadt durchsucht", place="Reutlingen", claimant="Landeskriminalamt Baden-Württemberg"),
    R("DE", "investigation", "Die Generalstaatsanwaltschaft Stuttgart ermittelt wegen des Verdachts der geheimdienstlichen Agententätigkeit", claimant="Generalstaatsanwaltschaft Stuttgart"),
    R("DE", "arrest", "Festnahmen gab es nach ihren Angaben keine", claimant="Generalstaatsanwaltschaft Stuttgart", pol="denied", opt=True),
    S("DE", "Reutlingen", "Nach Angaben der Menschenrechtsorganisation Safeguard Defenders soll der Verein über Jahre eine sogenannte Übersee-Polizeistation betrieben haben", claimant=SD, note="the Reutlingen association of the lead"),
    S("DE", "Reutlingen", "Ermittler stellten bei der Durchsuchung Unterlagen sicher, denen zufolge die Außenstelle dem Büro für öffentliche Sicherheit der Stadt Gaobeidian in der nordchinesischen Provinz Hebei unterstand", operator="Gaobeidian", operator_alt=["Baoding"], claimant="investigators"),
    I("DE", "persuasion", "Mitarbeiter des Vereins hätten ihn im vergangenen Jahr mehrfach gedrängt, nach China zurückzukehren und sich dort „einem Verfahren zu stellen“. Er sei geblieben", claimant="a mechanical engineer working in Metzingen"),
    I("DE", "harassment", "Wenig später habe die Polizei in seiner Heimatstadt seine Schwester vorgeladen", claimant="a mechanical engineer working in Metzingen", opt=True, note="pressure on a relative inside a persuasion case"),
    C("stations", 4, "DE", "Safeguard Defenders zählt bundesweit mindestens vier solcher Stellen", claimant=SD),
    S("DE", "Ravensburg", "Eine weitere soll sich in Ravensburg befinden und der Polizei von Anguo zugeordnet sein", operator="Anguo", operator_alt=["Baoding"], claimant=SD),
    S("DE", "Ravensburg", "Das Polizeipräsidium Ravensburg hat nach eigenen Angaben keine Erkenntnisse über eine solche Einrichtung", claimant="Polizeipräsidium Ravensburg", pol="denied", opt=True),
    R("DE", "protest", "Das Auswärtige Amt bestellte am Nachmittag den Gesandten der chinesischen Botschaft ein", claimant="Auswärtiges Amt"),
    D("CN", "Die chinesische Botschaft wies die Vorwürfe zurück. Ehrenamtliche des Vereins hätten älteren Landsleuten lediglich bei der Beglaubigung von Dokumenten und bei Rentenbescheinigungen geholfen", claimant="PRC Embassy in Germany"),
]}

# ---------------------------------------------------------------- 010
T010 = """LAGEBILD – Der Podcast zur inneren Sicherheit
Folge 87: „Der lange Arm aus Hebei“ · Transkript (automatisch erstellt, redaktionell bearbeitet)

[00:00] [Intro-Musik]

[00:14] Moderator: Herzlich willkommen zu Lagebild. Heute geht es um ein Thema, das uns in dieser Redaktion schon länger beschäftigt: sogenannte chinesische Polizeistationen in Deutschland. Bei mir ist unsere Reporterin aus dem Investigativ-Ressort. Hallo!

[00:27] Reporterin: Hallo, danke für die Einladung.

[00:29] Moderator: Fangen wir in Dessau an. Was ist da passiert?

[00:33] Reporterin: Im Frühjahr hat die Polizei ein kleines Reisebüro in der Dessauer Innenstadt durchsucht. Die Bundesanwaltschaft hat dazu ein Ermittlungsverfahren eingeleitet, das läuft noch. Festgenommen wurde bisher niemand.

[00:48] Moderator: Und was hat das Reisebüro mit einer Polizeistation zu tun?

[00:52] Reporterin: Nach Unterlagen, die wir einsehen konnten, war das Büro nicht nur ein Reisebüro. Es arbeitete für das Büro für öffentliche Sicherheit in Xinle, das ist eine kreisfreie Stadt in der Provinz Hebei, nicht weit von Shijiazhuang.

[01:10] Moderator: Woher wissen Sie das?

[01:12] Reporterin: Es gibt Schreiben mit dem Briefkopf der Behörde, Dienstpläne, und es gibt Menschen, die dort waren. Einer davon ist ein Student, den ich mehrfach getroffen habe.

[01:24] Moderator: Was hat er erzählt?

[01:26] Reporterin: Er hatte in Halle studiert und war politisch ein bisschen aktiv, nichts Großes. Im Januar haben ihn zwei Männer aus dem Umfeld des Büros zum Flughafen Leipzig gebracht und in ein Flugzeug nach Peking gesetzt. Er durfte nicht einmal seine Sachen packen.

[01:45] Moderator: Das klingt nach einer Entführung.

[01:47] Reporterin: Juristisch ist das die Frage, die die Bundesanwaltschaft klären muss.

[01:52] [Werbung]

[02:40] Moderator: Wir sind zurück. Weltweit ist ja von sehr vielen solcher Stellen die Rede.

[02:45] Reporterin: Safeguard Defenders spricht von hundertzwei Stellen in dreiundfünfzig Ländern. Für Deutschland gibt es keine belastbare Gesamtzahl. Der Verfassungsschutz in Sachsen-Anhalt geht allein in seinem Land von zwei mutmaßlichen Stellen aus, Dessau eingerechnet.

[02:56] Moderator: Und Neubrandenburg? Der Ort taucht in einem Bericht auf.

[03:00] Reporterin: Genau. In einem Bericht einer Exil-Organisation heißt es, dort solle es eine Stelle geben, die dem Polizeibüro von Zaoqiang unterstehe, einem Kreis in Hebei. Die Polizei in Neubrandenburg sagt uns, sie habe keine Erkenntnisse darüber.

[03:16] Moderator: Was passiert eigentlich, wenn sich der Verdacht in Dessau am Ende nicht bestätigt?

[03:20] Reporterin: Dann wird das Verfahren eingestellt. Aber so weit sind wir nicht.

[03:24] Moderator: Was sagt die chinesische Seite?

[03:26] Reporterin: Die Botschaft sagt, es gebe keine chinesischen Polizeistationen in Deutschland. In Dessau habe man Landsleuten bloß bei der Verlängerung ihrer Führerscheine geholfen.

[03:38] Moderator: Danke dir. Das war Lagebild. Wenn Ihnen die Folge gefallen hat, abonnieren Sie uns.

[03:44] [Outro-Musik]"""

D010 = {"name": "010-de-podcast-transcript-dessau-neubrandenburg-xinle-zaoqiang.txt", "text": T010, "facts": [
    R("DE", "investigation", "Im Frühjahr hat die Polizei ein kleines Reisebüro in der Dessauer Innenstadt durchsucht. Die Bundesanwaltschaft hat dazu ein Ermittlungsverfahren eingeleitet", place="Dessau", claimant="Bundesanwaltschaft"),
    R("DE", "arrest", "Festgenommen wurde bisher niemand.", claimant="the podcast's reporter", pol="denied", opt=True),
    S("DE", "Dessau", "Es arbeitete für das Büro für öffentliche Sicherheit in Xinle, das ist eine kreisfreie Stadt in der Provinz Hebei", operator="Xinle", operator_alt=["Shijiazhuang"], place_alt=["Dessau-Roßlau", "Dessau-Rosslau"], claimant="the podcast's reporter", note="the Dessau travel agency; place named in the answer before"),
    I("DE", "forced_return", "Im Januar haben ihn zwei Männer aus dem Umfeld des Büros zum Flughafen Leipzig gebracht und in ein Flugzeug nach Peking gesetzt", claimant="the podcast's reporter"),
    C("stations", 102, None, "Safeguard Defenders spricht von hundertzwei Stellen in dreiundfünfzig Ländern", claimant=SD),
    C("countries", 53, None, "Safeguard Defenders spricht von hundertzwei Stellen in dreiundfünfzig Ländern", claimant=SD),
    C("stations", 2, "DE", "Der Verfassungsschutz in Sachsen-Anhalt geht allein in seinem Land von zwei mutmaßlichen Stellen aus, Dessau eingerechnet", claimant="Verfassungsschutz Sachsen-Anhalt", note="scoped to Saxony-Anhalt"),
    S("DE", "Neubrandenburg", "Der Ort taucht in einem Bericht auf.\n\n[03:00] Reporterin: Genau. In einem Bericht einer Exil-Organisation heißt es, dort solle es eine Stelle geben, die dem Polizeibüro von Zaoqiang unterstehe", operator="Zaoqiang", operator_alt=["Hengshui"], claimant="an exile organisation's report"),
    S("DE", "Neubrandenburg", "Die Polizei in Neubrandenburg sagt uns, sie habe keine Erkenntnisse darüber", claimant="Neubrandenburg police", pol="denied", opt=True),
    S("DE", None, "Die Botschaft sagt, es gebe keine chinesischen Polizeistationen in Deutschland", claimant="PRC Embassy in Germany", pol="denied", opt=True),
    D("CN", "Die Botschaft sagt, es gebe keine chinesischen Polizeistationen in Deutschland. In Dessau habe man Landsleuten bloß bei der Verlängerung ihrer Führerscheine geholfen", claimant="PRC Embassy in Germany"),
]}

# ---------------------------------------------------------------- 011 (irrelevant)
T011 = """Lokales | Blaulicht

Neue Polizeiwache am Bahnhof: Mehr Präsenz, kürzere Wege

Von unserer Lokalredaktion · 28.11.2026, 16:20 Uhr · Lesezeit 3 Min.

Die Polizei zeigt am Bahnhof künftig dauerhaft Gesicht. Am Freitag hat das Polizeirevier Mitte seine neue Wache im ehemaligen Reisezentrum eröffnet. Die alte Wache in der Schillerstraße wurde zum Monatsende geschlossen, ihre Aufgaben übernimmt der Neubau.

Grundlage ist eine Kooperationsvereinbarung zwischen Land, Stadt und Bundespolizei. Beamte von Landes- und Bundespolizei sollen vor allem an Wochenenden gemeinsame Streifen durch die Bahnhofsunterführung und den Busbahnhof gehen.

Seit dem Sommer, als die Wache provisorisch in Containern untergebracht war, zählte die Polizei rund um den Bahnhof 102 Einsätze und nahm 53 Anzeigen auf, vor allem wegen Fahrraddiebstahls und Sachbeschädigung.

„Viele Menschen fragen einfach nach dem Weg“, sagt der Revierleiter. Erst am Donnerstag habe eine chinesische Reisegruppe wissen wollen, wie man zur Altstadt kommt. Auch ausländische Studierende kämen häufig vorbei, etwa mit Fragen zur Umschreibung ihres Führerscheins – dafür sei allerdings die Führerscheinstelle im Rathaus zuständig.

Die Wache ist rund um die Uhr besetzt. Zur Eröffnung gab es Kaffee und Brezeln; eine Schulklasse durfte einen Streifenwagen besichtigen.

Bildunterschrift: Der Revierleiter (links) und der Oberbürgermeister bei der Eröffnung der neuen Wache.

Mehr zum Thema: Bahnhofsumbau – Unterführung wird im Frühjahr gesperrt

Kommentare (4) · Newsletter „Guten Morgen, Region“ abonnieren"""

D011 = {"name": "011-de-local-news-railway-police-station-opening.txt", "text": T011, "facts": []}

DOCS = [D009, D010, D011]
